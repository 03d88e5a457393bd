/** Syntax-tree types of the Dockerfile parser (mirrors BuildKit frontend/dockerfile/parser Node). */

/** A 0-based LSP position: line and UTF-16 character offset. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A 0-based LSP range, end exclusive. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** How serious a problem is: an error means BuildKit rejects the file. */
export type Severity = 'error' | 'warning';

/** A problem found while parsing; the parser never throws, it reports these. */
export interface Problem {
  readonly severity: Severity;
  /** Stable machine code, e.g. "empty-continuation", "unterminated-heredoc", "empty-file". */
  readonly code: string;
  /** Plain message; for errors, with the same meaning as BuildKit's error. */
  readonly message: string;
  readonly range: Range;
  /** Further places the problem is about (e.g. each empty continuation line). */
  readonly related?: readonly Range[];
}

/** A word of text with where it came from. */
export interface Word {
  readonly value: string;
  readonly range: Range;
}

/** A heredoc body attached to an instruction (BuildKit parser.Heredoc). */
export interface Heredoc {
  /** The terminator word, e.g. EOF. */
  readonly name: string;
  /** The body, with BuildKit's line endings kept and `<<-` tab stripping applied. */
  readonly content: string;
  /** The body exactly as BuildKit's parser stores it (Heredoc.Content, before `<<-` tab stripping). */
  readonly rawContent: string;
  /** False when the terminator was quoted: the body is not expanded. */
  readonly expand: boolean;
  /** True for `<<-`. */
  readonly chomp: boolean;
  /** Optional file descriptor written before `<<` (e.g. `3<<EOF`). */
  readonly fileDescriptor: number;
  readonly range: Range;
}

/** A parser directive at the top of the file (`# syntax=`, `# escape=`, `# check=`). */
export interface Directive {
  readonly name: 'syntax' | 'escape' | 'check';
  readonly value: string;
  readonly range: Range;
}

/** A comment line outside instructions (kept for rules and language features). */
export interface Comment {
  readonly text: string;
  readonly range: Range;
}

/** One instruction: BuildKit's top-level Node plus ranges. */
export interface InstructionNode {
  readonly kind: 'instruction';
  /** Keyword lower-cased, as BuildKit's node.Value ("run", "copy"). */
  readonly keyword: string;
  /** Keyword exactly as written ("Run", "COPY"). */
  readonly keywordWord: Word;
  /** Leading `--flag[=value]` words as written (node.Flags). */
  readonly flags: readonly Word[];
  /** The argument chain (node.Next values in order); for ONBUILD, empty (see `onbuild`). */
  readonly args: readonly Word[];
  /** True when the arguments were in exec (JSON) form (node.Attributes["json"]). */
  readonly json: boolean;
  /** The joined logical line as BuildKit joins it (node.Original). */
  readonly original: string;
  /** Heredoc bodies, in order. */
  readonly heredocs: readonly Heredoc[];
  /** The wrapped instruction of an ONBUILD (node.Next.Children[0]). */
  readonly onbuild?: InstructionNode;
  /** Comment lines directly above (node.PrevComment), without the `#`. */
  readonly comments: readonly string[];
  /** From the keyword to the end of the last line (including heredoc bodies). */
  readonly range: Range;
}

/** The result of parsing: everything BuildKit's parser.Parse returns, plus problems. */
export interface SyntaxTree {
  readonly text: string;
  readonly directives: readonly Directive[];
  /** The escape token in force: `\` or a backtick. */
  readonly escapeToken: '\\' | '`';
  readonly instructions: readonly InstructionNode[];
  readonly comments: readonly Comment[];
  readonly problems: readonly Problem[];
}
