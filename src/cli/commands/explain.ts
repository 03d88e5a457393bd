/** `layerlab explain RULE`: prints the rule's page (content/rules/<id>.mdx, or .zh-cn.mdx with --lang zh-cn). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleById } from '../../core/rules/index.ts';
import type { CommandHandler } from '../io.ts';

// From src/cli/commands/ in the source, from dist-cli/ in the bundle.
const PAGES = [new URL('../../../content/rules/', import.meta.url), new URL('../content/rules/', import.meta.url)].map((u) => fileURLToPath(u)).find((p) => existsSync(p)) ?? '';

/** The `explain` command. */
export const explainCommand: CommandHandler = async (args, io) => {
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args[langAt + 1] : undefined;
  const id = args.find((a, i) => !a.startsWith('-') && (langAt < 0 || i !== langAt + 1));
  if (!id) {
    io.stderr('usage: layerlab explain RULE [--lang zh-cn]\n');
    return 2;
  }
  const rule = ruleById(id);
  if (!rule) {
    io.stderr(`layerlab explain: no rule "${id}" (run \`layerlab rules\` for the list)\n`);
    return 2;
  }
  const path = `${PAGES}${rule.meta.id}${lang === 'zh-cn' ? '.zh-cn' : ''}.mdx`;
  const { meta } = rule;
  io.stdout(`${meta.id}: ${meta.title}\nfamily ${meta.family}, severity ${meta.severity}, category ${meta.category}${meta.fixable ? ', fixable' : ''}\n${meta.url}\n\n`);
  if (existsSync(path)) io.stdout(readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/```dockerfile [^\n]*/g, '```dockerfile'));
  return 0;
};
