import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpTree, parseDockerfile } from '../../src/core/syntax/index.ts';
import type { Range, SyntaxTree } from '../../src/core/syntax/index.ts';
import { allRanges, offsetAt, sliceRange } from './helpers.ts';

const fixtureRoot = new URL('../fixtures/syntax/', import.meta.url).pathname;
const fixtures = readdirSync(fixtureRoot).map((dir) => readFileSync(`${fixtureRoot}${dir}/Dockerfile`, 'utf8'));

const tokens = [
  'FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'LABEL', 'ARG', 'CMD', 'ENTRYPOINT', 'SHELL', 'ONBUILD', 'HEALTHCHECK',
  'EXPOSE', 'VOLUME', 'USER', 'WORKDIR', 'STOPSIGNAL', 'MAINTAINER', 'run', 'Copy', 'FOO',
  ' ', '  ', '\t', '\\', '`', '#', '# escape=`', '# escape=\\', '# syntax=x', '# check=error=true', '\n', '\r\n',
  '<<EOF', '<<-EOF', '<<"EOF"', "<<'EOT'", '3<<EOF', 'EOF', '\tEOF', 'EOT', '"', "'", '[', ']', ',', '"a"', '=',
  'a=b', 'k v', '--mount=type=cache,target=/x', '--from=build', '--chown="a b"', '--', '-', '$VAR', '${X:-y}',
  '${', '}', 'é', '🐳', '\u00a0', '\u2028', '\uFEFF', '\x01', 'NONE', 'CMD ["a"]', '[1]', '{}', 'echo hi',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...tokens) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const dockerfileText = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));

const mutatedFixture = fc
  .tuple(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), token), { maxLength: 6 }))
  .map(([text, edits]) =>
    edits.reduce((acc, [at, del, insert]) => {
      const pos = acc.length === 0 ? 0 : at % (acc.length + 1);
      return acc.slice(0, pos) + insert + acc.slice(pos + del);
    }, text),
  );

const anyText = fc.oneof(dockerfileText, mutatedFixture);

function isBlank(line: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/.test(line);
}

interface Item {
  readonly first: number;
  readonly last: number;
}

/** Items of the tree as line spans, in document order. */
function items(tree: SyntaxTree): Item[] {
  const span = (r: Range): Item => ({ first: r.start.line, last: r.end.line });
  return [...tree.directives.map((d) => span(d.range)), ...tree.comments.map((c) => span(c.range)), ...tree.instructions.map((n) => span(n.range))]
    .sort((a, b) => a.first - b.first);
}

/**
 * Round-trip: walking the text line by line, every line is either blank (Go whitespace only) or the first line
 * of the next item (directive, comment or instruction), whose span is then skipped; every item is met once, in
 * order, and the walk ends exactly at the end of the text. So the item spans plus blank lines tile the text.
 */
function tiles(text: string, tree: SyntaxTree): boolean {
  const lines = text.split('\n');
  const list = items(tree);
  let next = 0;
  for (let line = 0; line < lines.length; line += 1) {
    const item = list[next];
    if (item && item.first === line) {
      if (item.last < line) return false;
      line = item.last;
      next += 1;
    } else if (!isBlank(lines[line]!.replace(/^\uFEFF/, ''))) return false;
  }
  return next === list.length;
}

describe('parser properties', () => {
  it('has a tiling check that notices a missing item or a non-blank stray line', () => {
    const text = '# c\nFROM a\n\nRUN b\n';
    const tree = parseDockerfile(text);
    expect(tiles(text, tree)).toBe(true);
    expect(tiles(text, { ...tree, comments: [] })).toBe(false);
    expect(tiles(text, { ...tree, instructions: tree.instructions.slice(1) })).toBe(false);
    expect(tiles(`${text}x`, tree)).toBe(false);
  });

  it('never throws on random and mutated Dockerfiles, and dumps every tree', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tree = parseDockerfile(text);
        expect(typeof dumpTree(tree)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every range inside the text, start before end', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const range of allRanges(parseDockerfile(text))) {
          const start = offsetAt(text, range.start);
          const end = offsetAt(text, range.end);
          expect(start).toBeDefined();
          expect(end).toBeDefined();
          expect(end!).toBeGreaterThanOrEqual(start!);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips: directives, comments, instructions and blank lines tile the text in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tiles(text, parseDockerfile(text))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('starts every instruction range at its keyword as written (unless the line holds only an escape token)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tree = parseDockerfile(text);
        for (const node of tree.instructions) {
          const source = sliceRange(text, node.range) ?? '';
          const keyword = sliceRange(text, node.keywordWord.range);
          expect(source.startsWith(keyword ?? '') || /^[\\`]/.test(source)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const plainWord = fc.stringMatching(/^[a-z0-9_./:-]{1,8}$/).filter((w) => !w.startsWith('--') && !w.includes('<<'));
const indent = fc.constantFrom('', ' ', '    ', '\t');

describe('model round-trip', () => {
  it('RUN with flags and continuation breaks parses back to its flags and BuildKit-joined command', () => {
    const model = fc.record({
      flags: fc.array(plainWord.map((w) => `--${w.replace(/^-+/, '') || 'x'}`), { maxLength: 3 }),
      words: fc.array(plainWord, { minLength: 1, maxLength: 6 }),
      breaks: fc.array(fc.option(indent), { minLength: 6, maxLength: 6 }),
    });
    fc.assert(
      fc.property(model, ({ flags, words, breaks }) => {
        let text = `RUN ${flags.map((f) => `${f} `).join('')}${words[0]}`;
        let command = words[0]!;
        for (let i = 1; i < words.length; i += 1) {
          const brk = breaks[i - 1];
          const piece = brk === null || brk === undefined ? ` ${words[i]}` : ` \\\n${brk}${words[i]}`;
          text += piece;
          command += brk === null || brk === undefined ? ` ${words[i]}` : ` ${brk}${words[i]}`;
        }
        const tree = parseDockerfile(`FROM a\n${text}\n`);
        expect(tree.problems).toEqual([]);
        const node = tree.instructions[1]!;
        expect(node.flags.map((f) => f.value)).toEqual(flags);
        expect(node.args.map((a) => a.value)).toEqual([command]);
        expect(node.original).toBe(`RUN ${flags.map((f) => `${f} `).join('')}${command}`);
      }),
      { numRuns: 300 },
    );
  });

  it('exec form round-trips any array of strings through JSON', () => {
    const keyword = fc.constantFrom('CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'COPY', 'VOLUME');
    const values = fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(keyword, values, (kw, list) => {
        const text = `${kw} ${JSON.stringify(list)}`;
        const node = parseDockerfile(text).instructions[0];
        expect(node?.json).toBe(true);
        expect(node?.args.map((a) => a.value)).toEqual(list);
        expect(node?.args.map((a) => JSON.parse(sliceRange(text, a.range) ?? 'null'))).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

});
