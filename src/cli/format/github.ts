/** GitHub Actions workflow commands: one ::error/::warning/::notice annotation per finding. */
import type { Finding } from '../../core/rules/index.ts';
import type { Formatter } from './types.ts';

const LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Formats reports as GitHub annotations. */
export const formatGithub: Formatter = (reports) =>
  reports.flatMap((r) => r.findings.map((f) => {
    const props = `file=${escapeProp(r.path)},line=${f.range.start.line + 1},col=${f.range.start.character + 1},endLine=${f.range.end.line + 1},endColumn=${f.range.end.character + 1},title=${escapeProp(f.ruleId)}`;
    return `::${LEVEL[f.severity]} ${props}::${escapeData(`${f.message} (${f.url})`)}\n`;
  })).join('');
