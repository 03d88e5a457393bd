/** --offline-images: small local stand-ins for the base images the lessons use (shared/oracle/images/images.sh). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliEnv } from './drivers/docker.ts';
import { runQuick } from './process.ts';

/** The repo's shared/ folder: $LAYERLAB_SHARED, else ../shared beside the repo root. */
export function sharedDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return env['LAYERLAB_SHARED'] ?? join(repo, '..', 'shared');
}

/** Runs images.sh against one docker CLI (it only creates images that are missing). */
export async function makeOfflineImages(dockerCli: string): Promise<void> {
  const script = join(sharedDir(), 'oracle', 'images', 'images.sh');
  if (!existsSync(script)) throw new Error(`--offline-images needs ${script} (set LAYERLAB_SHARED to the shared/ folder)`);
  const r = await runQuick('bash', [script], cliEnv({ DOCKER: dockerCli }), 300_000);
  if (r.code !== 0) throw new Error(`images.sh failed: ${r.output.slice(-400)}`);
}
