// Command models for the Go toolchain: what `go build`, `go install`, `go mod download`, `go test` produce.
import { contentOf, fileAt, filesBelow } from '../fs-state.ts';
import { digest, type Digest } from '../hash.ts';
import type { CommandModel, CommandOutcome, RunView } from './types.ts';
import type { SimpleCommand } from './shell.ts';
import { findModule, goFileInfo, moduleFiles, normalize, packageDirs, packageSources, withModuleImports, type GoModule, type ModuleFiles } from './go-source.ts';

const VALUE_FLAGS = new Set([
  'o', 'ldflags', 'gcflags', 'asmflags', 'tags', 'mod', 'modfile', 'pkgdir', 'p', 'buildmode', 'compiler', 'installsuffix', 'overlay', 'pgo', 'C',
  'covermode', 'coverpkg', 'run', 'count', 'timeout', 'bench', 'benchtime', 'cpu', 'parallel', 'exec', 'vet', 'outputdir', 'coverprofile', 'skip',
  'shuffle', 'fuzz', 'fuzztime', 'list', 'toolexec', 'benchmem',
]);

/** Environment variables that change what the Go toolchain produces. */
export const GO_ENV_VARS = ['CGO_ENABLED', 'GOOS', 'GOARCH', 'GOARM', 'GO386', 'GOAMD64', 'GOARM64', 'GOFLAGS', 'GOEXPERIMENT', 'GOTOOLCHAIN', 'CC', 'CGO_CFLAGS', 'CGO_LDFLAGS', 'GOWORK'];

interface GoArgs {
  readonly flags: ReadonlyMap<string, string>;
  readonly flagText: readonly string[];
  readonly positional: readonly string[];
}

function parseGoArgs(args: readonly string[]): GoArgs {
  const flags = new Map<string, string>();
  const flagText: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const body = a.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const value = eq >= 0 ? body.slice(eq + 1) : VALUE_FLAGS.has(name) ? (args[++i] ?? '') : 'true';
    flags.set(name, value);
    flagText.push(`-${name}=${value}`);
  }
  return { flags, flagText, positional };
}

function goEnv(command: SimpleCommand, view: RunView): string[] {
  const local = new Map(command.assigns);
  return GO_ENV_VARS.map((n) => `${n}=${local.get(n) ?? view.env(n) ?? ''}`);
}

function resolve(cwd: string, p: string): string {
  return normalize(p.startsWith('/') ? p : `${cwd}/${p}`);
}

function isVolatile(view: RunView, path: string): boolean {
  return view.volatileTargets.some((t) => path === t || path.startsWith(t.endsWith('/') ? t : t + '/'));
}

interface Compiled {
  readonly mod: GoModule | undefined;
  readonly files: ModuleFiles;
  readonly dirs: readonly string[];
  readonly inputs: Digest;
  readonly reads: readonly string[];
}

/** Digest of what a Go compile of the given patterns reads: sources, go.mod/go.sum, .git, flags, env, toolchain. */
function compileInputs(view: RunView, cwd: string, args: GoArgs, command: SimpleCommand, withTests: boolean): Compiled {
  const mod = findModule(view.fs, cwd, view.toolchain === 'go');
  const root = mod?.root ?? cwd;
  const files = moduleFiles(view.fs, root);
  const dirs = withModuleImports(files, mod, packageDirs(files, mod, cwd, args.positional.filter((p) => !p.endsWith('.go'))));
  const parts: string[] = ['toolchain', contentOf(view.fs, '/usr/local/go'), ...goEnv(command, view), ...args.flagText.filter((f) => !f.startsWith('-o='))];
  const reads: string[] = [];
  for (const d of dirs) {
    parts.push('pkg', d.slice(root.length));
    for (const [p, f] of packageSources(files, d, withTests)) {
      parts.push(p.slice(root.length), f.digest);
      reads.push(p);
    }
  }
  for (const p of args.positional.filter((x) => x.endsWith('.go'))) {
    const abs = resolve(cwd, p);
    parts.push('file', abs, fileAt(view.fs, abs)?.digest ?? 'missing');
    reads.push(abs);
  }
  if (mod) {
    parts.push('go.mod', mod.goMod.digest, 'go.sum', mod.goSum?.digest ?? '', 'module', mod.path);
    reads.push(`${root}/go.mod`);
    if (mod.goSum) reads.push(`${root}/go.sum`);
  }
  if (view.toolchain === 'go' && args.flags.get('trimpath') !== 'true') parts.push('root', root);
  if (view.toolchain === 'go' && args.flags.get('buildvcs') !== 'false' && [...files.all.keys()].some((p) => p.startsWith(`${root}/.git/`))) parts.push('vcs', contentOf(view.fs, `${root}/.git`));
  if ([...files.all.keys()].some((p) => p.startsWith(`${root}/vendor/`))) parts.push('vendor', contentOf(view.fs, `${root}/vendor`));
  parts.push(...files.opaque);
  return { mod, files, dirs, inputs: digest('go-compile', ...parts), reads };
}

const IMAGE_DIRS = new Set(['/usr/local/bin', '/usr/bin', '/bin', '/go/bin', '/usr/local/sbin', '/usr/sbin', '/sbin', '/tmp', '/root']);

function binaryName(dir: string, mod: GoModule | undefined, view: RunView): string {
  if (view.toolchain === 'go' && mod && dir === mod.root) return mod.path.split('/').pop() ?? 'main';
  return dir.split('/').pop() || 'main';
}

function isDirectory(view: RunView, path: string): boolean {
  return IMAGE_DIRS.has(path) || filesBelow(view.fs, path).files.size > 0;
}

function goBuild(command: SimpleCommand, view: RunView, install: boolean): CommandOutcome {
  const args = parseGoArgs(command.argv.slice(2));
  const cwd = args.flags.has('C') ? resolve(view.cwd, args.flags.get('C')!) : view.cwd;
  const c = compileInputs(view, cwd, args, command, false);
  const writes = new Map<string, Digest>();
  const mains = c.dirs.filter((d) => packageSources(c.files, d, false).some(([p, f]) => p.endsWith('.go') && goFileInfo(f.text ?? '').main));
  const named = packageDirs(c.files, c.mod, cwd, args.positional);
  const targets = named.filter((d) => mains.includes(d));
  const out = args.flags.get('o');
  const gobin = view.env('GOBIN') || `${view.env('GOPATH') || '/go'}/bin`;
  for (const d of targets) {
    let path: string | undefined;
    const name = binaryName(view.toolchain === 'stand-in' ? (named[0] ?? d) : d, c.mod, view);
    if (install && view.toolchain === 'go') path = `${gobin}/${name}`;
    else if (out !== undefined) path = out.endsWith('/') || targets.length > 1 || isDirectory(view, resolve(cwd, out)) ? `${resolve(cwd, out)}/${name}` : resolve(cwd, out);
    else if (targets.length === 1) path = `${cwd}/${name}`;
    if (path !== undefined && !isVolatile(view, path)) writes.set(path, digest('go-binary', c.inputs, d));
  }
  const noFiles = c.reads.filter((p) => p.endsWith('.go')).length === 0 && c.files.opaque.length === 0;
  return {
    ...(noFiles ? { fails: `go: no Go files in ${named.join(' ') || cwd}` } : {}),
    model: install ? 'go-install' : 'go-build',
    writes,
    rest: 'untouched',
    inputs: c.inputs,
    reads: c.reads,
    dependsOn: `the non-test .go files of the packages built and their in-module imports, go.mod, go.sum, the flags, CGO_ENABLED/GOOS/GOARCH and the Go toolchain${view.toolchain === 'go' ? ', and .git unless -buildvcs=false' : ''}`,
  };
}

function goModDownload(command: SimpleCommand, view: RunView): CommandOutcome {
  const mod = findModule(view.fs, view.cwd, view.toolchain === 'go');
  const inputs = digest('go-mod-download', mod?.goMod.digest ?? 'none', mod?.goSum?.digest ?? '', ...goEnv(command, view));
  const cache = view.env('GOMODCACHE') || `${view.env('GOPATH') || '/go'}/pkg/mod`;
  const writes = new Map<string, Digest>();
  if (!isVolatile(view, cache)) writes.set(cache, digest('module-cache', inputs));
  const reads = mod ? [`${mod.root}/go.mod`, ...(mod.goSum ? [`${mod.root}/go.sum`] : [])] : [];
  return { ...(mod ? {} : { fails: 'go: go.mod file not found in current directory or any parent directory' }), model: 'go-mod-download', writes, rest: 'untouched', inputs, reads, dependsOn: 'go.mod and go.sum' };
}

function goTest(command: SimpleCommand, view: RunView): CommandOutcome {
  const args = parseGoArgs(command.argv.slice(2));
  const c = compileInputs(view, view.cwd, args, command, true);
  const named = packageDirs(c.files, c.mod, view.cwd, args.positional);
  const hasTests = named.some((d) => (c.files.byDir.get(d) ?? []).some(([p]) => p.endsWith('_test.go')));
  const standIn = view.toolchain === 'stand-in';
  const report = standIn
    ? digest('stand-in-test-report', c.mod?.path ?? '')
    : hasTests
      ? digest('test-report-with-timings', c.inputs, view.nonce)
      : digest('test-report', ...named.map((d) => d.slice((c.mod?.root ?? '').length)), args.flagText.join(' '));
  const writes = new Map<string, Digest>();
  for (const r of command.redirects) writes.set(resolve(view.cwd, r.target), report);
  return {
    model: 'go-test',
    writes,
    rest: 'untouched',
    inputs: c.inputs,
    reads: c.reads,
    dependsOn: standIn
      ? 'the module path only (the stand-in toolchain prints a constant report)'
      : hasTests
      ? 'the test report lists timings, so it differs every run'
      : 'the packages tested; a report of packages with no test files is the same every run',
  };
}

function isGo(argv: readonly string[], sub: string, sub2?: string): boolean {
  const bin = argv[0]?.split('/').pop();
  return bin === 'go' && argv[1] === sub && (sub2 === undefined || argv[2] === sub2);
}

/** The Go toolchain models. */
export const GO_MODELS: readonly CommandModel[] = [
  { id: 'go-build', dependsOn: 'Go sources of the packages built, go.mod, go.sum, flags, Go env', matches: (a) => isGo(a, 'build'), apply: (c, v) => goBuild(c, v, false) },
  { id: 'go-install', dependsOn: 'Go sources of the packages installed, go.mod, go.sum, flags, Go env', matches: (a) => isGo(a, 'install') && !a.some((x) => x.includes('@')), apply: (c, v) => goBuild(c, v, true) },
  { id: 'go-mod-download', dependsOn: 'go.mod and go.sum', matches: (a) => isGo(a, 'mod', 'download'), apply: goModDownload },
  { id: 'go-test', dependsOn: 'the packages tested (report with timings changes every run)', matches: (a) => isGo(a, 'test'), apply: goTest },
  {
    id: 'go-vet',
    dependsOn: 'nothing it writes: go vet only reports',
    matches: (a) => isGo(a, 'vet') || isGo(a, 'mod', 'verify') || isGo(a, 'version') || isGo(a, 'env'),
    apply: (c) => ({ model: 'go-vet', writes: new Map(), rest: 'untouched', inputs: digest('go-vet', ...c.argv), reads: [], dependsOn: 'nothing it writes: it only reports' }),
  },
];

