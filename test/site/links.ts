/** Internal links of the built site: every `href`/`src` to a site path resolves to a built file. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './harness.ts';

/** One link that does not resolve. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
}

function resolves(path: string): boolean {
  const file = join(distDir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return true;
  return existsSync(join(file, 'index.html')) || existsSync(`${file}.html`);
}

/** Scans every built page for root-relative links (hreflang alternates on the site's own host included). */
export function brokenLinks(site = 'https://layerlab.dev'): { checked: number; broken: BrokenLink[] } {
  const out: BrokenLink[] = [];
  let checked = 0;
  for (const page of builtPages()) {
    const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      let href = m[1] ?? '';
      if (href.startsWith(site)) href = href.slice(site.length) || '/';
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const path = href.split(/[?#]/)[0] ?? '/';
      if (path.startsWith('/pagefind/')) continue;
      checked++;
      if (!resolves(path)) out.push({ page, href });
    }
  }
  return { checked, broken: out };
}
