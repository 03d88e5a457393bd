/** LSP-shaped data the language features return (positions 0-based, UTF-16, as in the syntax tree). */
import type { Position, Range } from '../syntax/types.ts';

/** An LSP position. */
export type LspPosition = Position;

/** An LSP range, end exclusive. */
export type LspRange = Range;

/** An LSP TextEdit. */
export interface TextEdit {
  readonly range: LspRange;
  readonly newText: string;
}

/** A named fix: the edits that resolve one finding. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** LSP DiagnosticSeverity: 1 error, 2 warning, 3 information, 4 hint. */
export type DiagnosticSeverity = 1 | 2 | 3 | 4;

/** An LSP Diagnostic with its fixes carried in `data`. */
export interface LspDiagnostic {
  readonly range: LspRange;
  readonly severity: DiagnosticSeverity;
  /** Rule name (e.g. `JSONArgsRecommended`) or parser problem code. */
  readonly code: string;
  readonly source: string;
  readonly message: string;
  /** Link to the rule's page. */
  readonly codeDescription?: { readonly href: string };
  readonly data?: { readonly fixes: readonly Fix[] };
}

/** LSP MarkupContent in markdown. */
export interface Hover {
  readonly contents: { readonly kind: 'markdown'; readonly value: string };
  readonly range: LspRange;
}

/** LSP CompletionItemKind values we use. */
export type CompletionKind = 'keyword' | 'flag' | 'stage' | 'variable' | 'value';

/** An LSP-like completion item. */
export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  readonly documentation?: string;
  /** Text to insert; may hold `${1}` snippet tab stops when `snippet` is true. */
  readonly insertText: string;
  readonly snippet: boolean;
  /** The range the item replaces (the word typed so far). */
  readonly range: LspRange;
}

/** An LSP CodeAction of kind quickfix. */
export interface CodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  readonly diagnostics: readonly LspDiagnostic[];
  readonly isPreferred: boolean;
  readonly edit: { readonly changes: Readonly<Record<string, readonly TextEdit[]>> };
}

/** What a rule says about itself, for hovers. */
export interface RuleDoc {
  readonly name: string;
  readonly description: string;
  readonly url?: string;
}

/** The language of hover and completion text: English (the default) or Simplified Chinese. */
export type DocLang = 'en' | 'zh-cn';

/** Options of the language features that word text for a reader. */
export interface LanguageOptions {
  readonly lang?: DocLang;
}
