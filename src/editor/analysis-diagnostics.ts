/** Parser problems and rule findings → LSP diagnostics with their fixes. */
import type { Finding } from '../core/rules/index.ts';
import { ruleById } from '../core/rules/index.ts';
import type { Problem } from '../core/syntax/types.ts';
import type { DiagnosticSeverity, LspDiagnostic } from '../core/language/types.ts';

const severities: Record<Finding['severity'], DiagnosticSeverity> = { error: 1, warning: 2, info: 3, style: 4 };

/** A rule finding as an LSP diagnostic; its fix (if any) travels in `data.fixes`. */
export function findingToDiagnostic(f: Finding): LspDiagnostic {
  const title = ruleById(f.ruleId)?.meta.title ?? f.ruleId;
  const base = { range: f.range, severity: severities[f.severity], code: f.ruleId, source: f.family === 'buildkit' ? 'buildkit' : f.family, message: f.message, codeDescription: { href: f.url } };
  return f.fix && f.fix.length > 0 ? { ...base, data: { fixes: [{ title: `${f.fixTitle ?? title} (${f.ruleId})`, edits: f.fix }] } } : base;
}

/** A parser problem as an LSP diagnostic. */
export function problemToDiagnostic(p: Problem): LspDiagnostic {
  return { range: p.range, severity: p.severity === 'error' ? 1 : 2, code: p.code, source: 'parser', message: p.message };
}
