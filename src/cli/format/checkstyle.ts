/** Checkstyle XML, the format CI dashboards and reviewdog read. */
import type { Formatter } from './types.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const LEVEL = { error: 'error', warning: 'warning', info: 'info', style: 'info' } as const;

/** Formats reports as checkstyle XML. */
export const formatCheckstyle: Formatter = (reports) => {
  const files = reports.map((r) => {
    const errors = r.findings.map((f) =>
      `    <error line="${f.range.start.line + 1}" column="${f.range.start.character + 1}" severity="${LEVEL[f.severity]}" message="${xml(f.message)}" source="layerlab.${xml(f.ruleId)}"/>`);
    return [`  <file name="${xml(r.path)}">`, ...errors, '  </file>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...files, '</checkstyle>'].join('\n') + '\n';
};
