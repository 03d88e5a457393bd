/** What every output format receives: one entry per checked file. */
import type { Finding, Rule } from '../../core/rules/index.ts';

/** One checked file. */
export interface FileReport {
  /** Path as shown to the user (relative to the working directory when possible). */
  readonly path: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

/** Options a formatter may use. */
export interface FormatOptions {
  readonly color: boolean;
  readonly rules: readonly Rule[];
  readonly toolVersion: string;
}

/** A formatter turns reports into the text printed on stdout. */
export type Formatter = (reports: readonly FileReport[], options: FormatOptions) => string;
