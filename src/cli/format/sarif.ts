/** SARIF 2.1.0 output (code scanning): rules in tool.driver.rules, 1-based regions, fixes as replacements. */
import type { Finding } from '../../core/rules/index.ts';
import type { Formatter } from './types.ts';

const LEVEL: Record<Finding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

const region = (r: Finding['range']) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });

/** Formats reports as a SARIF 2.1.0 log. */
export const formatSarif: Formatter = (reports, options) => {
  const index = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const results = reports.flatMap((report) =>
    report.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
      level: LEVEL[f.severity],
      message: { text: f.uncertain ? `${f.message} (uncertain: ${f.uncertain})` : f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(report.path) }, region: region(f.range) } }],
      ...(f.fix ? {
        fixes: [{
          description: { text: f.fixTitle ?? `Fix ${f.ruleId}` },
          artifactChanges: [{ artifactLocation: { uri: encodeURI(report.path) }, replacements: f.fix.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
        }],
      } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'layerlab', version: options.toolVersion, informationUri: 'https://layerlab.dev/',
          rules: options.rules.map((r) => ({
            id: r.meta.id, name: r.meta.id, shortDescription: { text: r.meta.title }, helpUri: r.meta.url,
            defaultConfiguration: { level: LEVEL[r.meta.severity] },
            properties: { family: r.meta.family, category: r.meta.category, fixable: r.meta.fixable },
          })),
        },
      },
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
