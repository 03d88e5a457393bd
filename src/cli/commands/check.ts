/** `layerlab check [PATH…|-]`: finds Dockerfiles, reads their context, prints findings; exit 0 clean, 1 findings ≥ threshold, 2 usage/IO. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { allRules, atOrAbove, check, fixAll, type CheckConfig, type CheckInput, type EngineId, type Finding } from '../../core/rules/index.ts';
import { formatters, type FileReport } from '../format/index.ts';
import type { CliIo, CommandHandler } from '../io.ts';

const VERSION = '0.1.0';
const USAGE = `usage: layerlab check [PATH…|-] [--format text|json|sarif|github|checkstyle|gitlab] [--fix [--dry-run]]
       [--failure-threshold error|warning|info|style|none] [--config FILE] [--target STAGE] [--build-arg K=V]
       [--engine v0.8|modern|latest] [--no-color]
`;

/** Parsed command-line options. */
interface Options {
  paths: string[]; format: string; fix: boolean; dryRun: boolean; threshold?: string; config?: string;
  target?: string; buildArgs: Record<string, string>; engine?: EngineId; color: boolean;
}

/** A usage mistake: reported with exit code 2 and no stack trace. */
interface UsageError extends Error { readonly usage: true }
const usageError = (message: string): UsageError => Object.assign(new Error(message), { usage: true as const });
const isUsage = (e: unknown): e is UsageError => e instanceof Error && (e as Partial<UsageError>).usage === true;

function parseArgs(args: readonly string[]): Options {
  const o: Options = { paths: [], format: 'text', fix: false, dryRun: false, buildArgs: {}, color: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw usageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': case '-f': o.format = value(); break;
      case '--fix': o.fix = true; break;
      case '--dry-run': o.dryRun = true; break;
      case '--failure-threshold': case '-t': o.threshold = value(); break;
      case '--config': case '-c': o.config = value(); break;
      case '--target': o.target = value(); break;
      case '--engine': o.engine = value() as EngineId; break;
      case '--no-color': o.color = false; break;
      case '--help': case '-h': throw usageError('help');
      case '--build-arg': {
        const kv = value();
        const eq = kv.indexOf('=');
        if (eq <= 0) throw usageError(`--build-arg expects KEY=VALUE, got "${kv}"`);
        o.buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw usageError(`unknown option ${flag}`);
        o.paths.push(a);
    }
  }
  if (!formatters[o.format]) throw usageError(`unknown format "${o.format}" (text, json, sarif, github, checkstyle, gitlab)`);
  if (o.threshold && !['error', 'warning', 'info', 'style', 'none'].includes(o.threshold)) throw usageError(`unknown failure threshold "${o.threshold}"`);
  if (o.engine && !['v0.8', 'modern', 'latest'].includes(o.engine)) throw usageError(`unknown engine "${o.engine}"`);
  if (o.dryRun && !o.fix) throw usageError('--dry-run only makes sense with --fix');
  return o;
}

const DOCKERFILE = /^(Dockerfile|Containerfile)([.-].+)?$|\.(Dockerfile|dockerfile|Containerfile)$/;
const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'testdata', '.cache']);

/** Dockerfiles under a directory (recursive, skipping .git, node_modules, vendor, testdata). */
export function findDockerfiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name)) out.push(...findDockerfiles(path));
    } else if (DOCKERFILE.test(name) && !/\.(dockerignore|go\.mod|md|snap)$/.test(name)) out.push(path);
  }
  return out;
}

/** What rules need to know about the context, cheaply: its top-level entries (directories end in `/`). */
function listContext(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
}

const readIf = (path: string): string | null => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** The check input for a Dockerfile: its text plus the .dockerignore that applies (`<file>.dockerignore` first) and go.mod. */
function inputFor(file: string, contextRoot: string, text: string, o: Options, config: CheckConfig): CheckInput {
  const dockerignore = readIf(`${file}.dockerignore`) ?? readIf(join(contextRoot, '.dockerignore'));
  return {
    text, path: file, config,
    context: { dockerignore, goMod: readIf(join(contextRoot, 'go.mod')), files: listContext(contextRoot) },
    buildArgs: o.buildArgs,
    ...(o.target ? { target: o.target } : {}),
    ...(o.engine ? { engine: o.engine } : {}),
  };
}

/** Loads `.layerlab.yaml|.yml|.json` (or --config), validated against the schema; yaml and zod load only when a config exists. */
async function loadConfig(cwd: string, explicit: string | undefined): Promise<CheckConfig> {
  const candidates = explicit ? [resolve(cwd, explicit)] : ['.layerlab.yaml', '.layerlab.yml', '.layerlab.json'].map((n) => join(cwd, n));
  const path = candidates.find((p) => existsSync(p));
  if (!path) {
    if (explicit) throw usageError(`config file ${explicit} not found`);
    return {};
  }
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(readFileSync(path, 'utf8')) : (await import('yaml')).parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw usageError(`${basename(path)}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  const { validateConfig } = await import('../../core/rules/config/schema.ts');
  const result = validateConfig(raw, new Set(allRules.map((r) => r.meta.id)));
  if (!result.ok) throw usageError(`${basename(path)} is invalid:\n  ${result.errors.join('\n  ')}`);
  return result.config;
}

/** Applies fixes until none applies (at most 10 passes); returns the new text. */
function fixText(input: CheckInput): string {
  let text = input.text;
  for (let pass = 0; pass < 10; pass++) {
    const next = fixAll(text, check({ ...input, text }));
    if (next.applied === 0 || next.text === text) break;
    text = next.text;
  }
  return text;
}

/** Files to check: `-` is stdin, directories are searched, files are taken as they are. */
function targets(o: Options, io: CliIo): { file: string; root: string }[] {
  const paths = o.paths.length ? o.paths : ['.'];
  return paths.flatMap((p) => {
    if (p === '-') return [{ file: '-', root: io.cwd }];
    const abs = resolve(io.cwd, p);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) throw usageError(`${p}: no such file or directory`);
    if (st.isDirectory()) {
      const found = findDockerfiles(abs);
      if (!found.length) throw usageError(`${p}: no Dockerfile found (looked for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile)`);
      return found.map((file) => ({ file, root: dirname(file) }));
    }
    return [{ file: abs, root: dirname(abs) }];
  });
}

/** The `check` command. */
export const checkCommand: CommandHandler = async (args, io) => {
  let o: Options;
  let config: CheckConfig;
  let files: { file: string; root: string }[];
  try {
    o = parseArgs(args);
    config = await loadConfig(io.cwd, o.config);
    files = targets(o, io);
  } catch (error) {
    if (!isUsage(error)) throw error;
    if (error.message === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    io.stderr(`layerlab check: ${error.message}\n${error.message.includes('needs') || error.message.startsWith('unknown') ? USAGE : ''}`);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const { file, root } of files) {
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : readFileSync(file, 'utf8');
    } catch (error) {
      io.stderr(`layerlab check: cannot read ${file}: ${error instanceof Error ? error.message : error}\n`);
      return 2;
    }
    const input = inputFor(file === '-' ? join(io.cwd, 'Dockerfile') : file, root, text, o, config);
    const shown = file === '-' ? '<stdin>' : relative(io.cwd, file) || basename(file);
    if (o.fix) {
      const fixed = fixText(input);
      if (fixed !== text) {
        if (o.dryRun || file === '-') io.stdout((await import('diff')).createTwoFilesPatch(shown, shown, text, fixed));
        else writeFileSync(file, fixed);
      }
      text = o.dryRun ? text : fixed;
    }
    reports.push({ path: shown, text, findings: check({ ...input, text }) });
  }
  const format = await formatters[o.format]!();
  if (!(o.fix && o.dryRun)) io.stdout(format(reports, { color: o.color && o.format === 'text' && !process.env['NO_COLOR'], rules: allRules, toolVersion: VERSION }));
  const threshold = (o.threshold ?? config.failureThreshold ?? 'info') as Finding['severity'] | 'none';
  return reports.some((r) => r.findings.some((f) => atOrAbove(f.severity, threshold))) ? 1 : 0;
};
