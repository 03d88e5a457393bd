/** `layerlab rules`: lists every rule with its family, severity, category and whether it can fix. */
import { allRules } from '../../core/rules/index.ts';
import type { CommandHandler } from '../io.ts';

/** The `rules` command (`--json` prints the rule data). */
export const rulesCommand: CommandHandler = async (args, io) => {
  if (args.includes('--json')) {
    io.stdout(JSON.stringify(allRules.map((r) => r.meta), null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  const out: string[] = [];
  let family = '';
  for (const { meta } of allRules) {
    if (meta.family !== family) {
      family = meta.family;
      out.push(`\n${family === 'buildkit' ? "BuildKit checks (docker build --check names)" : family === 'hadolint' ? 'hadolint rules (hadolint ids)' : 'Layerlab rules (Go builds, stage graph, context)'}\n`);
    }
    out.push(`  ${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${meta.category.padEnd(11)}  ${meta.fixable ? 'fix' : '   '}  ${meta.title}\n`);
  }
  out.push(`\n${allRules.length} rules. \`layerlab explain RULE\` prints a rule's page.\n`);
  io.stdout(out.join(''));
  return 0;
};
