/** Site bench in Chromium against the built site: JS before the editor, Monaco chunk, first diagnostics, keystroke p95. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/static-server.ts';

const root = new URL('../', import.meta.url).pathname;
const dist = `${root}dist/`;

/** Figures the bench reports, with their targets. */
export interface SiteFigures {
  readonly jsBeforeEditorGzip: number;
  readonly workerGzip: number;
  readonly monacoChunkGzip: number;
  readonly monacoChunkRaw: number;
  readonly firstDiagnosticsMs: number;
  readonly monacoReadyMs: number;
  readonly keystrokeP50Ms: number;
  readonly keystrokeP95Ms: number;
}

interface Loaded {
  readonly url: string;
  readonly gzip: number;
}

async function loadAndCount(page: Page, url: string): Promise<{ before: Loaded[]; worker: Loaded[] }> {
  const seen: { url: string; at: number }[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) seen.push({ url: r.url(), at: seen.length });
  });
  await page.goto(url);
  await page.waitForSelector('[data-playground][data-editor="monaco"]');
  const monacoAt = seen.findIndex((s) => /monaco-host/.test(s.url));
  const size = (u: string): Loaded => ({ url: u, gzip: gzipSync(readFileSync(dist + new URL(u).pathname.slice(1))).length });
  const early = seen.slice(0, monacoAt < 0 ? seen.length : monacoAt).map((s) => s.url);
  return { before: early.filter((u) => !/worker/.test(u)).map(size), worker: early.filter((u) => /worker/.test(u)).map(size) };
}

async function keystrokes(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyAt: number[]; __doneAt: number[] };
    w.__keyAt = [];
    w.__doneAt = [];
    document.addEventListener('keydown', () => w.__keyAt.push(performance.now()), true);
    const pg = document.querySelector('[data-playground]')!;
    new MutationObserver(() => w.__doneAt.push(performance.now())).observe(pg, { attributes: true, attributeFilter: ['data-analyses'] });
  });
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => (window as unknown as { __doneAt: number[] }).__doneAt.length);
    await page.keyboard.type(i % 2 === 0 ? 'x' : 'y');
    await page.waitForFunction((n) => (window as unknown as { __doneAt: number[] }).__doneAt.length > n, before);
    out.push(await page.evaluate(() => {
      const w = window as unknown as { __keyAt: number[]; __doneAt: number[] };
      return w.__doneAt[w.__doneAt.length - 1]! - w.__keyAt[w.__keyAt.length - 1]!;
    }));
  }
  return out;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Measures the built site (builds it first unless BENCH_SKIP_BUILD=1 and dist/ exists) and prints the figures. */
export async function benchSite(): Promise<SiteFigures> {
  execFileSync('bash', ['scripts/ensure-chromium.sh'], { cwd: root, stdio: 'inherit' });
  if (!(process.env['BENCH_SKIP_BUILD'] === '1' && existsSync(`${dist}playground/index.html`))) {
    execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const { before, worker } = await loadAndCount(page, `${site.url}/playground`);
    const timing = await page.evaluate(() => {
      const mark = (name: string): number => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? -1;
      return { first: mark('layerlab:first-analysis'), ready: mark('layerlab:monaco-ready') };
    });
    const monacoReady = timing.ready;
    const monacoFile = readdirSync(`${dist}_astro`).find((f) => /^monaco-host.*\.js$/.test(f)) ?? '';
    const monacoBytes = readFileSync(`${dist}_astro/${monacoFile}`);
    // Record two builds so each keystroke replays a real cache, then type on the RUN go build line.
    await page.locator('[data-part="build"]').click();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# bench ');
    await page.locator('[data-part="build"]').click();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    const lat = await keystrokes(page, 60);
    const figures: SiteFigures = {
      jsBeforeEditorGzip: before.reduce((n, l) => n + l.gzip, 0),
      workerGzip: worker.reduce((n, l) => n + l.gzip, 0),
      monacoChunkGzip: gzipSync(monacoBytes).length,
      monacoChunkRaw: monacoBytes.length,
      firstDiagnosticsMs: timing.first,
      monacoReadyMs: monacoReady,
      keystrokeP50Ms: percentile(lat, 50),
      keystrokeP95Ms: percentile(lat, 95),
    };
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    console.log(`  JS before the editor loads: ${kb(figures.jsBeforeEditorGzip)} gzip (target ≤ 60 KB) in ${before.length} files; analysis worker ${kb(figures.workerGzip)} gzip`);
    console.log(`  Monaco chunk: ${kb(figures.monacoChunkRaw)} raw, ${kb(figures.monacoChunkGzip)} gzip`);
    console.log(`  first diagnostics after navigation: ${figures.firstDiagnosticsMs.toFixed(0)} ms (Monaco up by ${figures.monacoReadyMs.toFixed(0)} ms)`);
    console.log(`  keystroke → markers and verdicts: p50 ${figures.keystrokeP50Ms.toFixed(1)} ms, p95 ${figures.keystrokeP95Ms.toFixed(1)} ms over ${lat.length} keys (target p95 ≤ 50 ms)`);
    await context.close();
    return figures;
  } finally {
    await browser.close();
    await site.close();
  }
}
