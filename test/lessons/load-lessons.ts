/** Reads content/lessons/<NN-slug>/ folders from disk: both frontmatters, the _files/ context and the _solution/ overlay. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The lessons folder. */
export const LESSONS_ROOT = new URL('../../content/lessons/', import.meta.url).pathname;

/** One lesson folder as found on disk. */
export interface LessonFolder {
  readonly folder: string;
  readonly frontmatter: { readonly en: unknown; readonly 'zh-cn': unknown };
  readonly bodies: { readonly en: string; readonly 'zh-cn': string };
  readonly files: Readonly<Record<string, string>>;
  readonly solution: Readonly<Record<string, string>>;
}

function readTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Splits `---\nyaml\n---\nbody`; the frontmatter is undefined when missing. */
export function splitFrontmatter(text: string): { readonly data: unknown; readonly body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' } : { data: undefined, body: text };
}

function readPage(path: string): { readonly data: unknown; readonly body: string } {
  return existsSync(path) ? splitFrontmatter(readFileSync(path, 'utf8')) : { data: undefined, body: '' };
}

/** Every lesson folder, in name order. */
export function loadLessonFolders(): LessonFolder[] {
  return readdirSync(LESSONS_ROOT)
    .filter((name) => /^\d\d-/.test(name) && statSync(join(LESSONS_ROOT, name)).isDirectory())
    .sort()
    .map((folder) => {
      const dir = join(LESSONS_ROOT, folder);
      const en = readPage(join(dir, 'index.mdx'));
      const zh = readPage(join(dir, 'index.zh-cn.mdx'));
      return {
        folder,
        frontmatter: { en: en.data, 'zh-cn': zh.data },
        bodies: { en: en.body, 'zh-cn': zh.body },
        files: readTree(join(dir, '_files')),
        solution: readTree(join(dir, '_solution')),
      };
    });
}
