/** GitLab Code Quality report (JSON array with fingerprints). */
import { createHash } from 'node:crypto';
import type { Finding } from '../../core/rules/index.ts';
import type { Formatter } from './types.ts';

const LEVEL: Record<Finding['severity'], string> = { error: 'critical', warning: 'major', info: 'minor', style: 'info' };

/** Formats reports for GitLab's code quality widget. */
export const formatGitlab: Formatter = (reports) => {
  const issues = reports.flatMap((r) => r.findings.map((f) => ({
    description: `${f.ruleId}: ${f.message}`,
    check_name: f.ruleId,
    fingerprint: createHash('sha256').update(`${r.path}\0${f.ruleId}\0${f.range.start.line}\0${f.message}`).digest('hex'),
    severity: LEVEL[f.severity],
    location: { path: r.path, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
  })));
  return JSON.stringify(issues, null, 2) + '\n';
};
