/** The output formats of `layerlab check`, by name; each loads on demand so a JSON run never loads colours or crypto. */
import type { Formatter } from './types.ts';

export type { FileReport, FormatOptions, Formatter } from './types.ts';

/** Loaders for every format `--format` accepts. */
export const formatters: Readonly<Record<string, () => Promise<Formatter>>> = {
  text: async () => (await import('./text.ts')).formatText,
  json: async () => (await import('./json.ts')).formatJson,
  sarif: async () => (await import('./sarif.ts')).formatSarif,
  github: async () => (await import('./github.ts')).formatGithub,
  checkstyle: async () => (await import('./checkstyle.ts')).formatCheckstyle,
  gitlab: async () => (await import('./gitlab.ts')).formatGitlab,
};
