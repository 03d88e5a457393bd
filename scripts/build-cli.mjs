// Bundles the CLI (src/cli/main.ts) with esbuild into dist-cli/, so a run loads one small file set instead of
// stripping types from hundreds of modules. Code splitting keeps each command, zod and the server out of `check`.
// The server stays outside the bundle (it finds its repository files relative to its own source path).
// dist-cli/manifest.json lists the inputs: bin/layerlab.mjs uses the bundle only while none is newer.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-cli');

/** Keeps src/server/** as a runtime import of the TypeScript source, by absolute URL. */
const serverOutside = {
  name: 'server-outside',
  setup(b) {
    b.onResolve({ filter: /\/server\// }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return relative(join(root, 'src/server'), path).startsWith('..') ? undefined : { path: pathToFileURL(path).href, external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'src/cli/main.ts')], bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node22',
  minify: true, outdir, logLevel: 'warning', metafile: true, plugins: [serverOutside],
  banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
});
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/') && !p.includes(':'));
writeFileSync(join(outdir, 'manifest.json'), JSON.stringify({ entry: 'main.js', inputs: ['package.json', 'package-lock.json', ...inputs] }));
process.stdout.write(`dist-cli: ${Object.keys(result.metafile.outputs).length} files from ${inputs.length} sources\n`);
