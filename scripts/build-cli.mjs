// Bundles the CLI with esbuild into dist-cli/, so a run loads one small file set instead of stripping types from
// hundreds of modules:
// - main.js (+ chunks): every command, ESM, code-split so each command, zod and the server load only when used;
// - check.cjs: `layerlab check` alone in one CommonJS file, which bin/layerlab.cjs compiles with a V8 code cache
//   (vm.Script cachedData written after a run, so it holds every function the run compiled, not just the top level).
// The server stays outside the bundles (it finds its repository files relative to its own source path).
// dist-cli/manifest.json lists the inputs: bin/layerlab.cjs uses the bundles only while none is newer.
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
// zod stays a require() of the installed package; yaml and diff are bundled (esbuild would keep their dynamic
// import(), which a vm.Script cannot run without an experimental flag). Both load only for a config file or --fix.
const checkResult = await build({
  entryPoints: { check: join(root, 'src/cli/check-entry.ts') }, bundle: true, format: 'cjs', platform: 'node', target: 'node22',
  minify: true, outdir, outExtension: { '.js': '.cjs' }, logLevel: 'warning', metafile: true, external: ['zod'],
  // Written as one function expression, so the launcher hands the file to vm.Script as it is (no wrapping copy).
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' }, footer: { js: '})' },
});
const sources = (meta) => Object.keys(meta.inputs).filter((p) => !p.startsWith('node_modules/') && !p.includes(':'));
const inputs = [...new Set([...sources(result.metafile), ...sources(checkResult.metafile)])].sort();
// `inputs` decide main.js's freshness, `checkInputs` check.cjs's (a check run stats only the files in its bundle).
const lock = ['package.json', 'package-lock.json'];
writeFileSync(join(outdir, 'manifest.json'), JSON.stringify({ entry: 'main.js', check: 'check.cjs', inputs: [...lock, ...inputs], checkInputs: [...lock, ...sources(checkResult.metafile).sort()] }));
process.stdout.write(`dist-cli: ${Object.keys(result.metafile.outputs).length + 1} files from ${inputs.length} sources\n`);
