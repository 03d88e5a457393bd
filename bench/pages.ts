/** Page weight of the built site in Chromium: JS a lesson page ships before the editor (Monaco) loads, gzip. Budget 60 KB. */
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';

/** The budget for a lesson page's main-thread JS before the editor loads, in gzip bytes. */
export const lessonJsBudget = 60 * 1024;

/** JS fetched by one page, split by role, in gzip bytes. */
export interface PageWeight {
  readonly path: string;
  readonly beforeEditor: number;
  readonly workers: number;
  readonly editor: number;
  readonly files: readonly { readonly url: string; readonly gzip: number; readonly role: 'page' | 'worker' | 'editor' }[];
}

const roleOf = (url: string): 'page' | 'worker' | 'editor' =>
  /monaco-host|editor\.worker|\/codicon/.test(url) ? 'editor' : /worker-[\w-]+\.js$/.test(url) ? 'worker' : 'page';

/** Loads each path on a desktop screen, waits for Monaco, and weighs every script it fetched. */
export async function weighPages(base: string, paths: readonly string[]): Promise<PageWeight[]> {
  const browser = await launchChromium();
  const out: PageWeight[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const pending: Promise<{ url: string; gzip: number }>[] = [];
      context.on('response', (response) => {
        const url = response.url();
        if (!url.endsWith('.js') && !url.endsWith('.mjs')) return;
        pending.push(response.body().then((b) => ({ url, gzip: gzipSync(b).length }), () => ({ url, gzip: 0 })));
      });
      const page = await context.newPage();
      await page.goto(base + path);
      await page.waitForSelector('[data-playground][data-editor="monaco"]', { timeout: 30_000 });
      await page.waitForTimeout(500);
      const files = (await Promise.all(pending)).map((f) => ({ url: f.url.replace(base, ''), gzip: f.gzip, role: roleOf(f.url) }));
      const sum = (role: string): number => files.filter((f) => f.role === role).reduce((n, f) => n + f.gzip, 0);
      out.push({ path, beforeEditor: sum('page'), workers: sum('worker'), editor: sum('editor'), files });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Prints the page weights of lesson pages (English and Chinese) and checks the 60 KB budget; throws when over. */
export async function benchPages(): Promise<PageWeight[]> {
  const dist = process.env['SITE_DIST'] ?? new URL('../dist/', import.meta.url).pathname;
  const site = await serveStatic(dist);
  try {
    const weights = await weighPages(site.url, ['/lessons/go-modules-first/', '/zh-cn/lessons/go-modules-first/', '/lessons/multi-stage/', '/embed/go-modules-first/']);
    for (const w of weights) {
      console.log(`  ${w.path.padEnd(36)} before editor ${kb(w.beforeEditor).padStart(9)} (budget ${kb(lessonJsBudget)})   workers ${kb(w.workers).padStart(9)}   editor (lazy) ${kb(w.editor).padStart(9)}`);
    }
    const first = weights[0];
    if (first) for (const f of first.files) console.log(`    ${f.role.padEnd(6)} ${kb(f.gzip).padStart(9)}  ${f.url}`);
    const over = weights.filter((w) => w.beforeEditor > lessonJsBudget);
    if (over.length > 0) throw new Error(`over the ${kb(lessonJsBudget)} budget: ${over.map((w) => `${w.path} ${kb(w.beforeEditor)}`).join(', ')}`);
    return weights;
  } finally {
    await site.close();
  }
}

if (import.meta.main) await benchPages();
