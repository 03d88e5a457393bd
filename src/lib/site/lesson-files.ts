/** Build-time IO: reads a lesson's `_files/` and `_solution/` folders from disk (dotfiles included). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folder holding content/lessons, resolved from the project root Astro builds in. */
export const lessonsRoot = join(process.cwd(), 'content', 'lessons');

/** Every file under `dir` as a path → text map (paths `/`-separated, relative to `dir`); empty when it is missing. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const path = join(abs, name);
      const relPath = rel === '' ? name : `${rel}/${name}`;
      if (statSync(path).isDirectory()) walk(path, relPath);
      else out[relPath] = readFileSync(path, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/** A lesson folder's starting files and solution overlay. */
export function readLessonFiles(folder: string): { files: Record<string, string>; solution: Record<string, string> } {
  return { files: readTree(join(lessonsRoot, folder, '_files')), solution: readTree(join(lessonsRoot, folder, '_solution')) };
}
