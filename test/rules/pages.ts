/** Reads rule pages (content/rules/<id>.mdx and .zh-cn.mdx): frontmatter and the marked ❌/✅ examples. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { RuleCase } from './rule-tester.ts';

/** Where rule pages live. */
export const PAGES_DIR = new URL('../../content/rules/', import.meta.url).pathname;

/** A rule page. */
export interface RulePage {
  readonly file: string;
  readonly frontmatter: Record<string, unknown>;
  readonly bad: RuleCase[];
  readonly good: RuleCase[];
}

function meta(info: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of info.matchAll(/(\w[\w-]*)(?:=(?:"([^"]*)"|(\S+)))?/g)) out[m[1]!] = m[2] ?? m[3] ?? 'true';
  return out;
}

/** Turns fence metadata into check context: `dockerignore="a\nb"|none`, `go=1.23`, `gomod-require=mod`, `files="a b"`. */
function contextOf(m: Record<string, string>): RuleCase['context'] {
  const ctx: { dockerignore?: string | null; goMod?: string; files?: string[] } = {};
  if (m['dockerignore'] !== undefined) ctx.dockerignore = m['dockerignore'] === 'none' ? null : m['dockerignore'].replace(/\\n/g, '\n');
  if (m['go'] || m['require']) ctx.goMod = `module example.com/app\n\ngo ${m['go'] ?? '1.22'}\n${m['require'] ? `\nrequire ${m['require']} v1.0.0\n` : ''}`;
  if (m['files']) ctx.files = m['files'].split(' ');
  return Object.keys(ctx).length ? ctx : undefined;
}

/** Parses one page. */
export function readPage(file: string): RulePage {
  const text = readFileSync(PAGES_DIR + file, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const frontmatter = (fm ? parseYaml(fm[1]!) : {}) as Record<string, unknown>;
  const bad: RuleCase[] = [];
  const good: RuleCase[] = [];
  for (const m of text.matchAll(/^```dockerfile([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const info = meta(m[1]!.trim());
    const context = contextOf(info);
    const c: RuleCase = { code: m[2]!, name: `${file} (${info['bad'] ? 'bad' : 'good'})`, ...(context ? { context } : {}), ...(info['target'] ? { target: info['target'] } : {}) };
    if (info['bad']) bad.push(c);
    else if (info['good']) good.push(c);
  }
  return { file, frontmatter, bad, good };
}

/** All page files. */
export function pageFiles(): string[] {
  return existsSync(PAGES_DIR) ? readdirSync(PAGES_DIR).filter((f) => f.endsWith('.mdx')).sort() : [];
}
