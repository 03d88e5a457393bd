/** Prints the axe sweep's findings: `node test/site/axe-cli.ts [light|dark] [path…]` (all built pages by default). */
import { builtPages, startSite } from './harness.ts';
import { sweep } from './axe.ts';

const [theme = 'light', ...paths] = process.argv.slice(2);
const h = await startSite();
try {
  const list = paths.length > 0 ? paths : builtPages();
  const found = await sweep(h.browser, h.site.url, list, theme === 'dark' ? 'dark' : 'light');
  const byRule = new Map<string, string[]>();
  for (const v of found) byRule.set(`${v.rule} (${v.impact}) ${v.summary.slice(0, 300)}`, [...(byRule.get(`${v.rule} (${v.impact}) ${v.summary.slice(0, 300)}`) ?? []), `${v.page} ${v.targets.join(' | ')}`]);
  for (const [rule, where] of byRule) console.log(`${rule}\n  ${where.slice(0, 8).join('\n  ')}${where.length > 8 ? `\n  … ${where.length - 8} more` : ''}`);
  console.log(`${list.length} pages, ${found.length} violations`);
} finally {
  await h.close();
}
