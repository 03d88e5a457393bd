/** Layerlab rule: what BuildKit would reject before building (parse errors, a malformed `# check=`). */
import { layerlabRule } from '../define.ts';
import { fileLintOptions } from '../check.ts';

/** Parse errors and bad check options stop the build; report them like findings so editors show them. */
export const syntaxError = layerlabRule({
  id: 'SyntaxError', title: 'The Dockerfile must parse', severity: 'error', category: 'correctness',
  check(ctx, report) {
    for (const p of ctx.tree.problems) if (p.severity === 'error') report({ range: p.range, message: p.message });
    const opts = fileLintOptions(ctx.tree, Object.fromEntries(ctx.buildArgs));
    if ('error' in opts && typeof opts.error === 'string') {
      const directive = ctx.tree.directives.find((d) => d.name === 'check');
      const range = directive?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      report({ range, message: `failed to parse check options: ${opts.error}` });
    }
    if (ctx.stages.length === 0 && ctx.tree.problems.every((p) => p.severity !== 'error')) {
      report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'dockerfile contains no stages to build' });
    }
  },
});
