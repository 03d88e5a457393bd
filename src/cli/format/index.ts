/** The output formats of `layerlab check`, by name. */
import { formatCheckstyle } from './checkstyle.ts';
import { formatGithub } from './github.ts';
import { formatGitlab } from './gitlab.ts';
import { formatJson } from './json.ts';
import { formatSarif } from './sarif.ts';
import { formatText } from './text.ts';
import type { Formatter } from './types.ts';

export type { FileReport, FormatOptions, Formatter } from './types.ts';

/** Every format `--format` accepts. */
export const formatters: Readonly<Record<string, Formatter>> = {
  text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub, checkstyle: formatCheckstyle, gitlab: formatGitlab,
};
