/** Checker benchmark: warm in-process time per file vs the npm peers, and per-process CLI time vs a bare `node -e 0`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules, check } from '../src/core/rules/index.ts';
import { parseDockerfile } from '../src/core/syntax/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'test/fixtures/corpus/');

/** One in-process measurement. */
export interface InProcessResult {
  readonly tool: string;
  readonly rules: number;
  /** Mean warm time per file, microseconds (median of batches). */
  readonly microsPerFile: number;
  readonly warmUp: WarmUp;
}

/** One per-process measurement. */
export interface ProcessResult {
  readonly command: string;
  readonly medianMs: number;
}

/** Everything the benchmark measured. */
export interface CheckBenchResult {
  readonly files: number;
  readonly lines: number;
  readonly inProcess: readonly InProcessResult[];
  readonly perProcess: readonly ProcessResult[];
  /** Warm parse-only time per file, µs: the share of check() that is the parser's. */
  readonly parseMicrosPerFile: number;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A tool's warm-up: how long it ran before its per-file time settled, and the time then. */
export interface WarmUp {
  readonly ms: number;
  /** Per-file time over the last probes before MIN_WARM_UP_MS had passed (what a fixed warm-up of that length would see). */
  readonly microsAtMinimum: number;
  readonly settledMicrosPerFile: number;
  /** False when MAX_WARM_UP_MS ran out before the time settled. */
  readonly settled: boolean;
}

/** Warm-up limits: every tool runs at least MIN_WARM_UP_MS and stops settling at MAX_WARM_UP_MS. */
const MIN_WARM_UP_MS = 1500;
const MAX_WARM_UP_MS = 12_000;
/** Rounds of the corpus per warm-up probe, probes per comparison window, the change that counts as settled, and the CPU share that counts as quiet. */
const PROBE_ROUNDS = 2;
const WINDOW = 6;
const SETTLED_CHANGE = 0.03;
const QUIET_CPU = 1.15;

/**
 * Runs a tool until it is warm: V8 keeps compiling and re-optimising a large program on background threads for a
 * while, so a fixed warm-up measures the JIT's progress as much as the tool. The tool runs the corpus in short probes,
 * each timed by the wall clock and by the process's CPU time (which counts the background compiler too). Once
 * MIN_WARM_UP_MS has passed, the tool is warm when, over the last WINDOW probes, the process used no more than
 * QUIET_CPU seconds of CPU per second (the compiler has gone quiet) and the median time per file is no more than
 * SETTLED_CHANGE below the median of the WINDOW probes before them. The same rule applies to every tool.
 */
function warmUp(texts: readonly string[], run: (text: string) => unknown): WarmUp {
  const start = performance.now();
  const probes: number[] = [];
  const cpuShares: number[] = [];
  let atMinimum: number | undefined;
  for (;;) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let r = 0; r < PROBE_ROUNDS; r++) for (const t of texts) run(t);
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    probes.push((wallMs * 1000) / (PROBE_ROUNDS * texts.length));
    cpuShares.push((cpu.user + cpu.system) / 1000 / wallMs);
    const ms = performance.now() - start;
    if (ms < MIN_WARM_UP_MS) continue;
    atMinimum ??= median(probes.slice(-WINDOW));
    if (probes.length < 2 * WINDOW) continue;
    const last = median(probes.slice(-WINDOW));
    const before = median(probes.slice(-2 * WINDOW, -WINDOW));
    const quiet = Math.max(...cpuShares.slice(-WINDOW)) <= QUIET_CPU;
    if (quiet && last >= before * (1 - SETTLED_CHANGE)) return { ms, microsAtMinimum: atMinimum, settledMicrosPerFile: last, settled: true };
    if (ms >= MAX_WARM_UP_MS) return { ms, microsAtMinimum: atMinimum, settledMicrosPerFile: last, settled: false };
  }
}

/** Times tools in interleaved batches (A B C A B C …) after each has warmed up, so a busy machine slows them alike; median µs per file each. */
function timeInterleaved(texts: readonly string[], runs: readonly ((text: string) => unknown)[], batches: number, rounds: number): { perFile: number[]; warmUps: WarmUp[] } {
  const warmUps = runs.map((run) => warmUp(texts, run));
  const perFile: number[][] = runs.map(() => []);
  for (let b = 0; b < batches; b++) {
    runs.forEach((run, i) => {
      const start = performance.now();
      for (let r = 0; r < rounds; r++) for (const t of texts) run(t);
      perFile[i]!.push(((performance.now() - start) * 1000) / (rounds * texts.length));
    });
  }
  return { perFile: perFile.map(median), warmUps };
}

/** One process run's wall time, ms (exit 0 or 1 expected). */
function runProcess(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Median wall time of each command, run in turns (A B A B …) so a busy machine slows them alike; one warm-up each. */
function timeProcesses(commands: readonly { args: readonly string[]; env?: NodeJS.ProcessEnv }[], runs: number): number[] {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    commands.forEach((c, k) => {
      const ms = runProcess(c.args, c.env ?? process.env);
      if (i > 0) times[k]!.push(ms);
    });
  }
  return times.map(median);
}

/** Builds dist-cli/ the way `npm run build:cli` does; bin/layerlab.cjs then runs the bundle. */
function bundleCli(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`build:cli failed: ${r.stderr}`);
}

/** Runs the benchmark and prints figures and ratios; returns them for tests or the runner. */
export async function benchCheck(options: { batches?: number; rounds?: number; runs?: number } = {}): Promise<CheckBenchResult> {
  const { batches = 11, rounds = 10, runs = 21 } = options;
  const names = readdirSync(CORPUS).filter((f) => f.endsWith('.Dockerfile')).sort();
  const texts = names.map((n) => readFileSync(CORPUS + n, 'utf8'));
  const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
  const require = createRequire(import.meta.url);
  const { validate } = require('dockerfile-utils') as { validate: (text: string) => unknown[] };
  const dockerfilelint = require('dockerfilelint') as { run: (configDir: string, text: string) => unknown[] };
  const noConfigDir = mkdtempSync(join(tmpdir(), 'dockerfilelint-'));
  const timed = timeInterleaved(texts, [(text) => check({ text }), (text) => validate(text), (text) => dockerfilelint.run(noConfigDir, text), (text) => parseDockerfile(text)], batches, rounds);
  const [ours, utils, lint, parseOnly] = timed.perFile;
  const [oursWarm, utilsWarm, lintWarm] = timed.warmUps;
  const inProcess: InProcessResult[] = [
    { tool: 'layerlab check()', rules: allRules.length, microsPerFile: ours!, warmUp: oursWarm! },
    { tool: 'dockerfile-utils validate()', rules: 53, microsPerFile: utils!, warmUp: utilsWarm! },
    { tool: 'dockerfilelint run()', rules: 26, microsPerFile: lint!, warmUp: lintWarm! },
  ];
  console.log(`  corpus: ${names.length} real Dockerfiles, ${lines} lines (test/fixtures/corpus)`);
  console.log(`  (of layerlab's time, parseDockerfile alone takes ${parseOnly!.toFixed(0)} µs/file)`);
  console.log(`  in-process, warm (each tool first runs the corpus until its time per file settles), mean per file (median of ${batches} interleaved batches):`);
  const mine = inProcess[0]!;
  for (const r of inProcess) {
    const ratio = r === mine ? '' : `  → ${r.tool.split(' ')[0]} takes ${(r.microsPerFile / mine.microsPerFile).toFixed(2)}× layerlab's time`;
    console.log(`    ${r.tool.padEnd(30)} ${r.microsPerFile.toFixed(0).padStart(6)} µs/file  (${r.rules} rules)${ratio}`);
  }
  console.log(`  warm-up (at least ${MIN_WARM_UP_MS / 1000} s, then until the JIT is quiet and the time per file stops falling; at most ${MAX_WARM_UP_MS / 1000} s):`);
  for (const r of inProcess) {
    const w = r.warmUp;
    console.log(`    ${r.tool.padEnd(30)} ${(w.ms / 1000).toFixed(1).padStart(5)} s${w.settled ? '' : ' (not settled)'}; after ${MIN_WARM_UP_MS / 1000} s it took ${w.microsAtMinimum.toFixed(0)} µs/file`);
  }
  const file = CORPUS + 'coredns__coredns__Dockerfile.Dockerfile';
  bundleCli();
  const launcher = join(ROOT, 'bin/layerlab.cjs');
  const args = [launcher, 'check', file, '--format', 'json'];
  // The first run after a build writes the check bundle's V8 code cache (node_modules/.cache/layerlab-cli).
  runProcess(args, process.env);
  const [bare, bundled] = timeProcesses([{ args: ['-e', '0'] }, { args }], runs);
  const [fromSource] = timeProcesses([{ args, env: { ...process.env, LAYERLAB_CLI_SOURCE: '1' } }], Math.max(3, Math.floor(runs / 3)));
  const perProcess: ProcessResult[] = [
    { command: 'node -e 0', medianMs: bare! },
    { command: 'layerlab check FILE (bin/layerlab.cjs, dist-cli/check.cjs + code cache)', medianMs: bundled! },
    { command: 'layerlab check FILE (bin/layerlab.cjs, TypeScript source)', medianMs: fromSource! },
  ];
  const base = perProcess[0]!.medianMs;
  console.log(`  per process, one file, median of ${runs} runs:`);
  for (const p of perProcess) console.log(`    ${p.command.padEnd(62)} ${p.medianMs.toFixed(0).padStart(5)} ms  (${(p.medianMs / base).toFixed(2)}× node -e 0)`);
  return { files: names.length, lines, inProcess, perProcess, parseMicrosPerFile: parseOnly! };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCheck();
