/** Our own `input | env | expected words` table for ProcessWords (BuildKit's word splitting). */
import type { LexOptions } from '../../src/core/shell/index.ts';

/** One row: the word, its environment, and the expected words or the failure cause. */
export type WordsRow = readonly [word: string, env: Readonly<Record<string, string>>, expected: readonly string[] | { readonly error: string }];

/** The environment the word-splitting rows use. */
export const WORDS_ENV: Readonly<Record<string, string>> = {
  SPACED: 'a b  c',
  LEAD: '  lead x',
  TRAIL: 'trail y  ',
  EMPTY: '',
  ONE: 'one',
  TAB: 't1\tt2',
  NL: 'n1\nn2',
  NBSP: 'p\u00a0q',
};

const W = WORDS_ENV;

/** Splitting rows with the default escape token. */
export const wordsRows: readonly WordsRow[] = [
  ['a b c', W, ['a', 'b', 'c']],
  ['  a   b  ', W, ['a', 'b']],
  ['', W, []],
  ['   ', W, []],
  ['a\\ b', W, ['a b']],
  ['"a b" c', W, ['a b', 'c']],
  ["'a  b'", W, ['a  b']],
  ['$SPACED', W, ['a', 'b', 'c']],
  ['"$SPACED"', W, ['a b  c']],
  ['x${SPACED}y', W, ['xa', 'b', 'cy']],
  ['x"$SPACED"y', W, ['xa b  cy']],
  ['$LEAD', W, ['lead', 'x']],
  ['pre$LEAD', W, ['pre', 'lead', 'x']],
  ['${TRAIL}post', W, ['trail', 'y', 'post']],
  ['"$TRAIL"post', W, ['trail y  post']],
  ['"" a', W, ['a']],
  ['""', W, []],
  ["''", W, []],
  ['$EMPTY', W, []],
  ['a $EMPTY b', W, ['a', 'b']],
  ['$TAB', W, ['t1', 't2']],
  ['$NL', W, ['n1', 'n2']],
  ['$NBSP', W, ['p', 'q']],
  ['a\u00a0b\u3000c', W, ['a', 'b', 'c']],
  ['a\\\u00a0b', W, ['a\u00a0b']],
  ['a"b', W, { error: 'unexpected end of statement while looking for matching double-quote' }],
  ["'a", W, { error: 'unexpected end of statement while looking for matching single-quote' }],
  ['${', W, { error: "syntax error: missing '}'" }],
  ['a\\"b c', W, ['a"b', 'c']],
  ['cat <<  EOF', W, ['cat', '<<  EOF']],
  ['a < b', W, ['a', '<', 'b']],
  ['a ${UNSET:-x y}', W, ['a', 'x', 'y']],
  ['a "${UNSET:-x y}"', W, ['a', 'x y']],
  ['pre${ONE}post', W, ['preonepost']],
  ['pre$ONE post', W, ['preone', 'post']],
  ['$UNSET', W, []],
  ['a\\\\ b', W, ['a\\', 'b']],
  ["'$SPACED'", W, ['$SPACED']],
  [`"a"'b'c`, W, ['abc']],
  ['a\\', W, ['a']],
  ['\\ ', W, [' ']],
  ['x $1 $@ y', W, ['x', 'y']],
  // BuildKit quirk: a `${VAR<modifier>…}` operand is read with the shared words buffer, which it
  // clears, so ProcessWords loses what the same word held before the expansion.
  ['ab${UNSET:-x}cd', W, ['xcd']],
  ['one two${ONE:+!}', W, ['one', '!']],
  ['a${ONE:+ }b', W, ['b']],
  ['ab"${UNSET:-x}"', W, ['x']],
  ['ab${ONE#o}', W, ['ne']],
  ['"${UNSET:-x}"', W, ['x']],
  ['ab ${ONE/o/0}', W, ['ab', '0ne']],
];

/** Splitting rows for the backtick escape token. */
export const backtickWordsRows: readonly WordsRow[] = [
  ['a` b', W, ['a b']],
  ['C:\\dir\\ x', W, ['C:\\dir\\', 'x']],
  ['"a`"b" c', W, ['a"b', 'c']],
  ['`$SPACED', W, ['$SPACED']],
  ['$SPACED`', W, ['a', 'b', 'c']],
];

/** Splitting rows with Lex fields set (the combination BuildKit uses for RUN's shell-form checks). */
export const optionWordsRows: ReadonlyArray<readonly [options: LexOptions, ...row: WordsRow]> = [
  [{ skipUnsetEnv: true, rawQuotes: true }, `'$x' $UNSET "\${ONE}"`, W, [`'$x'`, '$UNSET', '"one"']],
  [{ skipUnsetEnv: true, rawQuotes: true }, 'hello"${UNSET}" x', W, ['hello"${UNSET}"', 'x']],
  [{ rawQuotes: true }, `"a b" 'c d'`, W, ['"a b"', "'c d'"]],
  [{ skipProcessQuotes: true }, `"a b"`, W, ['"a', 'b"']],
  [{ rawEscapes: true }, 'a\\ b c', W, ['a\\ b', 'c']],
];
