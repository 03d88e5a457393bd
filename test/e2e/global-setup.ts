/** Before the browser tests: make sure Chromium is installed and the site is built (E2E_SKIP_BUILD=1 reuses dist/). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Vitest global setup. */
export default function setup(): void {
  const root = new URL('../../', import.meta.url).pathname;
  execFileSync('bash', ['scripts/ensure-chromium.sh'], { cwd: root, stdio: 'inherit' });
  if (process.env['E2E_SKIP_BUILD'] === '1' && existsSync(`${root}dist/playground/index.html`)) return;
  execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
