/** `layerlab replay SCENARIO.json… [--engine E] [--json]`: predicted vs recorded verdicts of recorded scenarios. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo, CommandHandler } from '../io.ts';
import type { EngineId } from '../../core/engines/index.ts';
import { canonicalName, parseScenario, runScenario, type Scenario, type ScenarioRun } from '../../core/simulate/scenario.ts';
import type { Verdict } from '../../core/simulate/types.ts';

const USAGE = 'usage: layerlab replay SCENARIO.json|DIR... [--engine v0.8|modern] [--json]\n';

interface ReplayArgs {
  readonly files: readonly string[];
  readonly engine: EngineId | undefined;
  readonly json: boolean;
}

function parseArgs(args: readonly string[]): ReplayArgs | string {
  const files: string[] = [];
  let engine: EngineId | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--engine' || a.startsWith('--engine=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'v0.8' && v !== 'modern') return `unknown engine "${v ?? ''}" (use v0.8 or modern)`;
      engine = v;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length === 0) return 'no scenario files given';
  return { files, engine, json };
}

/** Which engine a recording belongs to: --engine, else its "engine" text, else its folder (v0.8/ or modern/). */
export function inferEngine(path: string, engineText: unknown, given: EngineId | undefined): EngineId {
  if (given) return given;
  if (typeof engineText === 'string') {
    if (/20\.10\.|BuildKit v0\.8\b/.test(engineText)) return 'v0.8';
    if (/BuildKit v0\.(9|[1-9]\d)|Docker Engine (2[3-9]|[3-9]\d)\./.test(engineText)) return 'modern';
  }
  if (/(^|[\\/])v0\.8[\\/]/.test(path)) return 'v0.8';
  return 'modern';
}

/** Predicted names, using the recorded spelling of a sameVertex group when the recording has one. */
function predictedSteps(s: Scenario, predicted: Readonly<Record<string, Verdict>>, recorded: Readonly<Record<string, Verdict>> | undefined): Record<string, Verdict> {
  const byCanon = new Map(Object.keys(recorded ?? {}).map((n) => [canonicalName(s, n), n] as const));
  const out: Record<string, Verdict> = {};
  for (const [name, v] of Object.entries(predicted)) out[byCanon.get(canonicalName(s, name)) ?? name] = v;
  return out;
}

function textReport(s: Scenario, run: ScenarioRun, engine: EngineId): string {
  let out = `${s.name} (${engine})\n`;
  run.builds.forEach((b, i) => {
    const bad = new Set(b.mismatches.map((m) => m.name));
    out += `  build ${i + 1}${b.mismatches.length === 0 ? '' : '  ✗ mismatch'}    predicted  recorded\n`;
    if (b.result.errors.length > 0 || s.builds[i]?.error) out += `    error: predicted ${b.result.errors.length > 0 ? 'fails' : 'succeeds'}, recorded ${s.builds[i]?.error ? 'fails' : 'succeeds'}\n`;
    const shown = new Map<string, string>();
    for (const n of [...Object.keys(b.recorded ?? {}), ...Object.keys(b.predicted)]) if (!shown.has(canonicalName(s, n))) shown.set(canonicalName(s, n), n);
    const pred = new Map(Object.entries(b.predicted).map(([k, v]) => [canonicalName(s, k), v]));
    const rec = new Map(Object.entries(b.recorded ?? {}).map(([k, v]) => [canonicalName(s, k), v]));
    for (const [n, label] of shown) {
      const mark = bad.has(n) ? '✗' : ' ';
      out += `   ${mark} ${(pred.get(n) ?? '-').padEnd(6)}  ${(rec.get(n) ?? '-').padEnd(6)}  ${label}\n`;
    }
  });
  return out;
}

function load(io: CliIo, file: string): { scenario: Scenario; engineText: unknown } {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return { scenario: parseScenario(value, file), engineText: (value as { engine?: unknown }).engine };
}

/** The replay command. */
export const replay: CommandHandler = async (args, io) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`layerlab replay: ${parsed}\n${USAGE}`);
    return 2;
  }
  const files = parsed.files.flatMap((f) => {
    const abs = resolve(io.cwd, f);
    try {
      if (statSync(abs).isDirectory()) return readdirSync(abs).filter((n) => n.endsWith('.json')).sort().map((n) => `${f.replace(/\/$/, '')}/${n}`);
    } catch {
      return [f];
    }
    return [f];
  });
  const summary = { steps: 0, correct: 0, builds: 0, exact: 0 };
  const scenarios: { name: string; builds: { steps: Record<string, Verdict>; error?: string }[] }[] = [];
  let text = '';
  for (const file of files) {
    let loaded: { scenario: Scenario; engineText: unknown };
    try {
      loaded = load(io, file);
    } catch (error) {
      io.stderr(`layerlab replay: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const engine = inferEngine(file, loaded.engineText, parsed.engine);
    const run = runScenario(loaded.scenario, engine);
    for (const b of run.builds) {
      summary.steps += b.total;
      summary.correct += b.correct;
      summary.builds++;
      if (b.mismatches.length === 0) summary.exact++;
    }
    scenarios.push({
      name: loaded.scenario.name,
      builds: run.builds.map((b) => ({ steps: predictedSteps(loaded.scenario, b.predicted, b.recorded), ...(b.result.errors.length > 0 ? { error: b.result.errors.join('; ') } : {}) })),
    });
    text += textReport(loaded.scenario, run, engine);
  }
  if (parsed.json) io.stdout(JSON.stringify({ scenarios, summary }, null, 2) + '\n');
  else {
    const pct = summary.steps === 0 ? 100 : (100 * summary.correct) / summary.steps;
    io.stdout(`${text}\naccuracy: ${summary.correct}/${summary.steps} steps (${pct.toFixed(1)}%), ${summary.exact}/${summary.builds} builds exact\n`);
  }
  return summary.correct === summary.steps && summary.exact === summary.builds ? 0 : 1;
};
