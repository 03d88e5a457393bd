import { describe, expect, it } from 'vitest';
import { decodeUtf8Escaped, dumpTree, parseDockerfile } from '../../src/core/syntax/index.ts';
import type { InstructionNode } from '../../src/core/syntax/index.ts';
import { sliceRange } from './helpers.ts';

function only(text: string, index = 0): InstructionNode {
  const node = parseDockerfile(text).instructions[index];
  if (!node) throw new Error(`no instruction ${index}`);
  return node;
}

describe('ranges of nodes and words', () => {
  it('points the keyword, flags and shell-form argument at their source text', () => {
    const text = 'FROM alpine\n  RUN --mount=type=cache,target=/x --network=none go build ./...\n';
    const node = only(text, 1);
    expect(node.keyword).toBe('run');
    expect(node.keywordWord).toEqual({ value: 'RUN', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } } });
    expect(node.flags.map((f) => sliceRange(text, f.range))).toEqual(['--mount=type=cache,target=/x', '--network=none']);
    expect(sliceRange(text, node.args[0]!.range)).toBe('go build ./...');
    expect(node.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 64 } });
    expect(sliceRange(text, node.range)).toBe(text.split("\n")[1]!.trim());
  });

  it('spans continuation lines, keeping BuildKit\'s joined original', () => {
    const text = 'RUN echo a \\\n# dropped\n    && echo b\n';
    const node = only(text);
    expect(node.original).toBe('RUN echo a     && echo b');
    expect(node.args[0]!.range).toEqual({ start: { line: 0, character: 4 }, end: { line: 2, character: 13 } });
    expect(node.range.end).toEqual({ line: 2, character: 13 });
  });

  it('gives exec-form elements the range of their JSON string', () => {
    const text = 'CMD [ "echo", "a\\"b" ]';
    const node = only(text);
    expect(node.json).toBe(true);
    expect(node.args.map((a) => a.value)).toEqual(['echo', 'a"b']);
    expect(node.args.map((a) => sliceRange(text, a.range))).toEqual(['"echo"', '"a\\"b"']);
  });

  it('splits ENV key=value words into key, value and "=" ranges', () => {
    const text = 'ENV A=1 B="x y"';
    const node = only(text);
    expect(node.args.map((a) => [a.value, sliceRange(text, a.range)])).toEqual([
      ['A', 'A'], ['1', '1'], ['=', '='], ['B', 'B'], ['"x y"', '"x y"'], ['=', '='],
    ]);
    const legacy = only('ENV K v w');
    expect(legacy.args.map((a) => a.value)).toEqual(['K', 'v w', '']);
    expect(legacy.args[2]!.range.start).toEqual(legacy.args[2]!.range.end);
  });

  it('covers heredoc bodies up to the terminator', () => {
    const text = 'FROM a\nRUN <<EOF cat\nhello\n\tworld\nEOF\nRUN next\n';
    const tree = parseDockerfile(text);
    const node = tree.instructions[1]!;
    expect(node.heredocs).toHaveLength(1);
    const doc = node.heredocs[0]!;
    expect(doc).toMatchObject({ name: 'EOF', content: 'hello\n\tworld\n', rawContent: 'hello\n\tworld\n', expand: true, chomp: false, fileDescriptor: 0 });
    expect(sliceRange(text, doc.range)).toBe('hello\n\tworld\nEOF');
    expect(node.range.end).toEqual({ line: 4, character: 3 });
    expect(tree.instructions[2]!.original).toBe('RUN next');
  });

  it('strips leading tabs from <<- content but keeps the raw body', () => {
    const doc = only('RUN <<-EOT\n\t\tindented\n\tEOT\n').heredocs[0]!;
    expect(doc.content).toBe('indented\n');
    expect(doc.rawContent).toBe('\t\tindented\n');
    expect(doc.chomp).toBe(true);
  });

  it('marks quoted terminators as not expanded and keeps fd prefixes', () => {
    const docs = only("COPY 3<<'A' <<\"B\" /dst\na\nA\nb\nB\n").heredocs;
    expect(docs.map((d) => [d.name, d.expand, d.fileDescriptor, d.content])).toEqual([
      ['A', false, 3, 'a\n'],
      ['B', false, 0, 'b\n'],
    ]);
  });

  it('places the ONBUILD child at its own keyword', () => {
    const text = 'ONBUILD COPY --from=b /a /b';
    const node = only(text);
    expect(node.args).toEqual([]);
    expect(node.onbuild?.keyword).toBe('copy');
    expect(node.onbuild?.original).toBe('COPY --from=b /a /b');
    expect(sliceRange(text, node.onbuild!.keywordWord.range)).toBe('COPY');
    expect(node.onbuild!.flags.map((f) => sliceRange(text, f.range))).toEqual(['--from=b']);
  });

  it('counts a stripped byte-order mark in character offsets', () => {
    const text = '\uFEFFFROM alpine';
    const node = only(text);
    expect(node.keywordWord.range.start).toEqual({ line: 0, character: 1 });
    expect(sliceRange(text, node.keywordWord.range)).toBe('FROM');
  });

  it('uses UTF-16 characters for positions', () => {
    const text = 'LABEL a="🐳" b=c';
    const node = only(text);
    expect(node.args.map((a) => sliceRange(text, a.range))).toEqual(['a', '"🐳"', '=', 'b', 'c', '=']);
  });
});

describe('directives, comments and escape token', () => {
  it('reads directives at the top and switches the escape token', () => {
    const text = '# syntax=docker/dockerfile:1.19\n#check=error=true\n# escape=`\nFROM a\nRUN x `\n  y\n';
    const tree = parseDockerfile(text);
    expect(tree.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1.19'], ['check', 'error=true'], ['escape', '`'],
    ]);
    expect(tree.escapeToken).toBe('`');
    expect(sliceRange(text, tree.directives[1]!.range)).toBe('#check=error=true');
    expect(tree.comments).toEqual([]);
    expect(tree.instructions[1]!.original).toBe('RUN x   y');
  });

  it('treats a directive after a comment as a plain comment', () => {
    const tree = parseDockerfile('# hello\n# escape=`\nFROM a\n');
    expect(tree.directives).toEqual([]);
    expect(tree.escapeToken).toBe('\\');
    expect(tree.comments.map((c) => c.text)).toEqual(['hello', 'escape=`']);
    expect(tree.instructions[0]!.comments).toEqual(['hello', 'escape=`']);
  });

  it('attaches comments above an instruction like PrevComment (an empty # resets them)', () => {
    const tree = parseDockerfile('# one\n#\n# two\n\n# three\nFROM a\nRUN b\n');
    expect(tree.instructions[0]!.comments).toEqual(['two', 'three']);
    expect(tree.instructions[1]!.comments).toEqual([]);
  });
});

describe('problems', () => {
  const codes = (text: string): string[] => parseDockerfile(text).problems.map((p) => `${p.severity}:${p.code}`);

  it('reports each BuildKit rejection with a stable code', () => {
    expect(codes('')).toEqual(['error:empty-file']);
    expect(codes('# only a comment\n')).toEqual(['error:empty-file']);
    expect(codes('FROM a\nENV X\n')).toEqual(['error:missing-value']);
    expect(codes('FROM a\nLABEL a=1 b\n')).toEqual(['error:missing-equals']);
    expect(codes('FROM a\nRUN <<EOF\nbody\n')).toEqual(['error:unterminated-heredoc']);
    expect(codes('# escape=\\\n# escape=\\\nFROM a\n')).toEqual(['error:duplicate-directive']);
    expect(codes('# escape=!\nFROM a\n')).toEqual(['error:invalid-escape']);
    expect(codes('FROM a\nRUN ["a", true]\n')).toEqual(['error:json-not-strings']);
    expect(codes('FROM a\nRUN <<"EOF\n')).toEqual([]);
  });

  it('warns about empty continuation lines once per instruction, pointing at each empty line', () => {
    const text = 'FROM a\nRUN x \\\n\n  y \\\n  \n  z\n';
    const [problem] = parseDockerfile(text).problems;
    expect(problem).toMatchObject({ severity: 'warning', code: 'empty-continuation', message: 'Empty continuation line found in: RUN x   y   z' });
    expect(problem!.range.start.line).toBe(5);
    expect(problem!.related?.map((r) => r.start.line)).toEqual([2, 4]);
  });

  it('keeps parsing after an error, so later instructions still get nodes', () => {
    const tree = parseDockerfile('FROM a\nENV X\nRUN ok\n');
    expect(tree.instructions.map((n) => n.keyword)).toEqual(['from', 'env', 'run']);
    expect(tree.problems[0]!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
  });

  it('stops at a line longer than bufio allows, as BuildKit does', () => {
    const tree = parseDockerfile(`FROM a\nLABEL x=${'a'.repeat(65536)}\nRUN b\n`);
    expect(tree.instructions).toHaveLength(1);
    expect(tree.problems.map((p) => p.message)).toEqual(['dockerfile line greater than max allowed size of 65535']);
  });

  it('puts the empty-file problem inside the text', () => {
    const tree = parseDockerfile('# a\n\n');
    expect(tree.problems[0]!.range.start).toEqual({ line: 1, character: 0 });
  });
});

describe('byte-level fidelity', () => {
  it('decodes stray bytes as surrogate escapes and valid UTF-8 as text', () => {
    const text = decodeUtf8Escaped(Uint8Array.from([0x61, 0xff, 0xc3, 0xa9, 0xe2, 0x85]));
    expect([...text].map((c) => c.charCodeAt(0).toString(16))).toEqual(['61', 'dcff', 'e9', 'dce2', 'dc85']);
  });

  it('scans flags byte by byte: non-ASCII bytes become Latin-1 runes and 0x85/0xA0 end a word', () => {
    expect(dumpTree(parseDockerfile('RUN --t=/é ls'))).toBe('(run ["--t=/Ã©"] "ls")\n');
    expect(dumpTree(parseDockerfile('RUN --t=Ⅱ y'))).toBe('(run ["--t=â"] "\\xa1 y")\n');
    expect(dumpTree(parseDockerfile('HEALTHCHECK CMDà x'))).toBe('(healthcheck "CMD\\xc3" "x")\n');
  });

  it('does not take a non-ASCII space for a flag separator: U+00A0 is two bytes, neither a space to the byte scan', () => {
    // The character fast path must hand these to the byte scan: `--from=x` stays an argument, not a flag.
    expect(dumpTree(parseDockerfile('COPY \u00a0--from=x a b\n'))).toBe('(copy "--from=x" "a" "b")\n');
    expect(dumpTree(parseDockerfile('RUN --mount=type=cache,target=/x\u00a0--network=none ls\n'))).toBe('(run ["--mount=type=cache,target=/x\u00c2" "--network=none"] "ls")\n');
  });
});
