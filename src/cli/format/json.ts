/** JSON output: every file with its findings as the core returns them (0-based LSP ranges). */
import type { Formatter } from './types.ts';

/** Formats reports as one JSON document. */
export const formatJson: Formatter = (reports, options) =>
  JSON.stringify({ tool: 'layerlab', version: options.toolVersion, files: reports.map((r) => ({ path: r.path, findings: r.findings })) }, null, 2) + '\n';
