/** Typed views of instruction nodes that rules need: flags, key/value pairs, RUN mounts, COPY sources. */
import type { InstructionNode, Word } from '../../syntax/types.ts';
import { lowerCase } from '../../lower-case.ts';
import { EMPTY_LIST } from '../../empty-list.ts';
import { isNameChar } from './text.ts';

/** A `--name=value` flag as written. */
export interface Flag {
  readonly name: string;
  readonly value: string | undefined;
  readonly word: Word;
}

// Per-check memo tables. Each check gets fresh maps and drops them when it ends (resetViews): a map that outlived a
// check would be promoted to the old generation, and every object it had pointed to would then survive young-generation
// collections until the next full one (clearing an old map does not help: its dead table still counts as a root).
const tables: { map: Map<unknown, unknown> }[] = [];

// The views of instruction nodes share one table: a node's entry holds a slot per view.
let nodeViews = new Map<InstructionNode, unknown[]>();
let nodeSlots = 0;
// A rule usually asks several views of one node in a row: the last node's entry is kept at hand.
let lastNode: InstructionNode | undefined;
let lastViews: unknown[] | undefined;

/** Forgets every memoised view (the checker calls it after each check). */
export function resetViews(): void {
  for (const t of tables) if (t.map.size > 0) t.map = new Map();
  if (nodeViews.size > 0) nodeViews = new Map();
  lastNode = undefined;
  lastViews = undefined;
}

/** A view of an instruction node, memoised for the current check in the node's entry of the shared node table. */
export function perNodeMemo<V>(fn: (node: InstructionNode) => V): (node: InstructionNode) => V {
  const slot = nodeSlots++;
  return (node) => {
    let views = node === lastNode ? lastViews : undefined;
    if (views === undefined) {
      views = nodeViews.get(node);
      if (views === undefined) nodeViews.set(node, (views = []));
      lastNode = node;
      lastViews = views;
    }
    let v = views[slot] as V | undefined;
    if (v === undefined) views[slot] = v = fn(node);
    return v;
  };
}

/** A function memoised for the current check only (see resetViews). */
export function perCheckMemo<K, V>(fn: (key: K) => V): (key: K) => V {
  const table = { map: new Map<K, V>() };
  tables.push(table as { map: Map<unknown, unknown> });
  return (key) => {
    let v = table.map.get(key);
    if (v === undefined) table.map.set(key, (v = fn(key)));
    return v;
  };
}

/** Parses an instruction's flags (memoised per node, like every view here: rules ask for the same views many times). */
export const flagsOf = perNodeMemo((node: InstructionNode): readonly Flag[] =>
  node.flags.length === 0 ? EMPTY_LIST : node.flags.map((word) => {
    const body = word.value.replace(/^--/, '');
    const eq = body.indexOf('=');
    return eq < 0 ? { name: body, value: undefined, word } : { name: body.slice(0, eq), value: body.slice(eq + 1), word };
  }));

/** The first flag with a name. */
export function flag(node: InstructionNode, name: string): Flag | undefined {
  return flagsOf(node).find((f) => lowerCase(f.name) === name);
}

/** One `key=value` pair of ENV, LABEL or ARG. */
export interface KeyValue {
  readonly key: string;
  readonly value: string | undefined;
  /** True for the legacy whitespace form (`ENV key value`). */
  readonly legacy: boolean;
  readonly word: Word;
}

/** ENV/LABEL pairs (parser nodes come as key, value, operator triples). */
export const envPairs = perNodeMemo((node: InstructionNode): KeyValue[] => {
  const out: KeyValue[] = [];
  const args = node.args;
  for (let i = 0; i + 1 < args.length; i += 3) {
    const op = args[i + 2]?.value ?? '';
    out.push({ key: args[i]!.value, value: args[i + 1]!.value, legacy: op !== '=', word: args[i]! });
  }
  return out;
});

/** ARG declarations: `NAME` or `NAME=default`. */
export const argPairs = perNodeMemo((node: InstructionNode): readonly KeyValue[] =>
  node.args.length === 0 ? EMPTY_LIST : node.args.map((word) => {
    const eq = word.value.indexOf('=');
    return eq < 0
      ? { key: word.value, value: undefined, legacy: false, word }
      : { key: word.value.slice(0, eq), value: unquote(word.value.slice(eq + 1)), legacy: false, word };
  }));

/** Strips one level of matching quotes. */
export function unquote(value: string): string {
  const n = value.length;
  if (n < 2) return value;
  const q = value.charCodeAt(0);
  return (q === 0x22 || q === 0x27) && value.charCodeAt(n - 1) === q ? value.slice(1, -1) : value;
}

/** The script of a RUN/CMD/ENTRYPOINT: shell-form text or exec-form words joined, plus heredoc bodies. */
export const scriptOf = perNodeMemo((node: InstructionNode): string =>
  node.heredocs.length === 0 && node.args.length === 1 ? node.args[0]!.value : [node.args.map((a) => a.value).join(' '), ...node.heredocs.map((h) => h.content)].join('\n'));

/** One simple command of a RUN: its text, split into leading assignments and words on first read. */
export class ShellCommand {
  readonly text: string;
  #split: { env: Map<string, string>; words: string[] } | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Leading `VAR=value` assignments (also after env/exec/time/sudo). */
  get env(): Map<string, string> { return (this.#split ??= commandWords(this.text)).env; }
  /** The words after the assignments, unquoted. */
  get words(): string[] { return (this.#split ??= commandWords(this.text)).words; }

  /**
   * What commandWords would make of the first word, read without splitting the command: the unquoted word when it
   * is neither an assignment nor a prefix command commandWords looks past (env, exec, time, sudo), else undefined.
   */
  get plainFirstWord(): string | undefined {
    if (this.#split) return undefined;
    const raw = firstRawWord(this.text);
    if (raw === undefined || assignmentNameEnd(raw) > 0) return undefined;
    const word = unquote(raw);
    return word === 'env' || word === 'exec' || word === 'time' || word === 'sudo' ? undefined : word;
  }
}

/** The simple commands of a RUN (memoised; each is split into words only when a rule reads them). */
export const commandsOf = perNodeMemo((node: InstructionNode): ShellCommand[] => shellCommands(scriptOf(node)).map((text) => new ShellCommand(text)));

/** COPY/ADD: sources and destination words (after flags). */
export interface CopyView {
  readonly from: string | undefined;
  readonly sources: readonly Word[];
  readonly dest: Word | undefined;
}

/** Splits a COPY/ADD into sources and destination; heredoc sources are left out. */
export const copyOf = perNodeMemo((node: InstructionNode): CopyView => {
  const words = node.args;
  const dest = words.length > 1 ? words[words.length - 1] : undefined;
  const from = node.flags.length === 0 ? undefined : flag(node, 'from')?.value;
  if (node.heredocs.length === 0) return { from, sources: words.slice(0, -1), dest };
  const heredocNames = new Set(node.heredocs.map((h) => h.name));
  const sources = words.slice(0, -1).filter((w) => !/^<<-?/.test(w.value) || !heredocNames.has(w.value.replace(/^<<-?["']?|["']$/g, '')));
  return { from, sources, dest };
});

/**
 * The characters shellCommands stops at: quotes, `;`, newline, `|` and `&`. A global pattern searched from
 * `lastIndex` with test() jumps between them in the regexp engine's loop, several times faster than reading every
 * character in JavaScript, and makes no match object.
 */
const SHELL_SPECIAL = /["';\n|&]/g;

/** Pushes `text[start, end)` without the white space around it (String.prototype.trim's), unless nothing is left. */
function pushTrimmed(out: string[], text: string, start: number, end: number): void {
  while (start < end && isJsSpace(text.charCodeAt(start))) start++;
  while (end > start && isJsSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(text.slice(start, end));
}

/** Splits shell text into simple commands on `;`, `&&`, `||`, `|` and newlines (quotes respected, roughly). */
export function shellCommands(script: string): string[] {
  const out: string[] = [];
  const n = script.length;
  let start = 0;
  let i = 0;
  for (;;) {
    SHELL_SPECIAL.lastIndex = i;
    if (!SHELL_SPECIAL.test(script)) break;
    i = SHELL_SPECIAL.lastIndex - 1;
    const c = script.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      // A quote runs to its partner; an unclosed one runs to the end.
      const close = script.indexOf(c === 0x22 ? '"' : "'", i + 1);
      i = close < 0 ? n : close + 1;
      continue;
    }
    // A lone `&` (background, redirection) does not split.
    if (c === 0x26 && script.charCodeAt(i + 1) !== 0x26) {
      i += 1;
      continue;
    }
    pushTrimmed(out, script, start, i);
    if ((c === 0x7c || c === 0x26) && script.charCodeAt(i + 1) === c) i++;
    start = i + 1;
    i = start;
  }
  pushTrimmed(out, script, start, n);
  return out;
}

/** JavaScript's `\s`: the white space and line terminators a RegExp's `\s` matches. */
function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The end of the shell-ish word that starts at `start` (a run of non-space text and quoted strings glued together,
 * quotes kept); `start` itself when no word starts there (a space, or a quote with no closing partner).
 */
function rawWordEnd(command: string, start: number): number {
  const n = command.length;
  let i = start;
  while (i < n) {
    const c = command.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const close = command.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close + 1;
    } else if (isJsSpace(c)) break;
    else i += 1;
  }
  return i;
}

/**
 * Shell-ish words of a command: runs of non-space text and quoted strings glued together (quotes kept). A quote with
 * no closing partner is dropped and the text after it read as plain words.
 */
export function rawWords(command: string): string[] {
  const out: string[] = [];
  const n = command.length;
  let i = 0;
  while (i < n) {
    const end = rawWordEnd(command, i);
    if (end > i) out.push(command.slice(i, end));
    i = end > i ? end : i + 1;
  }
  return out;
}

/** rawWords(command)[0], without splitting the rest. */
export function firstRawWord(command: string): string | undefined {
  const n = command.length;
  for (let i = 0; i < n; i++) {
    const end = rawWordEnd(command, i);
    if (end > i) return command.slice(i, end);
  }
  return undefined;
}

/** The `NAME=` prefix length of a shell assignment word (`[A-Za-z_][A-Za-z0-9_]*=`), or 0 when it is not one. */
function assignmentNameEnd(word: string): number {
  if (!isNameChar(word.charCodeAt(0), false)) return 0;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x3d) return i;
    if (!isNameChar(c, true)) return 0;
  }
  return 0;
}

/** Words of a simple command, with leading `VAR=value` assignments separated out. */
export function commandWords(command: string): { env: Map<string, string>; words: string[] } {
  const raw = rawWords(command);
  const env = new Map<string, string>();
  let i = 0;
  for (; i < raw.length; i++) {
    const w = raw[i]!;
    const eq = assignmentNameEnd(w);
    if (eq === 0) break;
    env.set(w.slice(0, eq), unquote(w.slice(eq + 1)));
  }
  const words: string[] = [];
  for (let k = i; k < raw.length; k++) words.push(unquote(raw[k]!));
  let at = 0;
  while (words[at] === 'env' || words[at] === 'exec' || words[at] === 'time' || words[at] === 'sudo') {
    at += 1;
    for (let w = words[at]; w !== undefined && assignmentNameEnd(w) > 0; w = words[at]) {
      const eq = w.indexOf('=');
      env.set(w.slice(0, eq), w.slice(eq + 1));
      at += 1;
    }
  }
  return { env, words: at === 0 ? words : words.slice(at) };
}
