/** Human output: one block per finding with a code frame and the rule's URL, coloured when asked. */
import pc from 'picocolors';
import type { Finding } from '../../core/rules/index.ts';
import type { FileReport, Formatter } from './types.ts';

const paint = (color: boolean) => (color ? pc : pc.createColors(false));

function frame(lines: readonly string[], f: Finding, c: ReturnType<typeof paint>): string {
  const first = f.range.start.line;
  const from = Math.max(0, first - 1);
  const to = Math.min(lines.length - 1, first + 1);
  const width = String(to + 1).length;
  const out: string[] = [];
  for (let i = from; i <= to; i++) {
    const mark = i === first ? c.red('>') : ' ';
    out.push(`  ${mark} ${c.dim(String(i + 1).padStart(width))} | ${lines[i] ?? ''}`);
    if (i === first) {
      const start = f.range.start.character;
      const end = f.range.end.line === first ? Math.max(f.range.end.character, start + 1) : (lines[i] ?? '').length;
      out.push(`    ${' '.repeat(width)} | ${' '.repeat(start)}${c.red('^'.repeat(Math.max(1, end - start)))}`);
    }
  }
  return out.join('\n');
}

const LEVEL = { error: 'red', warning: 'yellow', info: 'cyan', style: 'gray' } as const;

/** Formats reports for a terminal. */
export const formatText: Formatter = (reports, options) => {
  const c = paint(options.color);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const report of reports) {
    const lines = report.text.split(/\r?\n/);
    for (const f of report.findings) {
      counts[f.severity]++;
      const where = `${report.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const level = c[LEVEL[f.severity]](f.severity);
      out.push(`${c.bold(where)} ${level} ${c.bold(f.ruleId)} ${f.message}${f.fix ? c.green(' (fixable)') : ''}`);
      if (f.uncertain) out.push(c.dim(`  note: uncertain, ${f.uncertain}`));
      out.push(frame(lines, f, c));
      out.push(c.dim(`  ${f.url}`), '');
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.style;
  out.push(total === 0
    ? c.green(`${reports.length} file${reports.length === 1 ? '' : 's'} checked, no problems found`)
    : `${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${total} problem${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.style} style)`);
  return out.join('\n') + '\n';
};

/** Shorthand used by tests: path of a report with its findings' rule ids. */
export function summarize(report: FileReport): string {
  return `${report.path}: ${report.findings.map((f) => f.ruleId).join(', ')}`;
}
