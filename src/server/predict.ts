/** Layerlab's prediction for a session's next build: the core simulator fed the same context diffs BuildKit saw. */
import { EMPTY_CONTEXT, lookupFile, type ContextEntry } from '../core/context/index.ts';
import { applyBuild, canonicalName, createSimulator, initialContext, ORACLE_ENVIRONMENT, type Scenario, type ScenarioBuild, type Simulator } from '../core/simulate/index.ts';
import type { BuildRequest, ComparisonRow, EngineId, Verdict } from './types.ts';

/** The context of a scenario as it evolves build by build (the simulator's view, incl. sticky dir modes). */
export type ScenarioContext = ReturnType<typeof initialContext>;

/** One session's build history on one engine, as the simulator holds it. */
export interface PredictionHistory {
  readonly simulator: Simulator;
  readonly context: ScenarioContext;
  builds: number;
}

/** What the simulator says about one build. */
export interface Prediction {
  readonly steps: Readonly<Record<string, Verdict>>;
  /** Groups of names one deduplicated vertex may be printed under (BuildKit picks one). */
  readonly sameVertex: readonly (readonly string[])[];
  readonly errors: readonly string[];
}

/**
 * A fresh history (an empty build cache). Builds always run with --network=none; with the stand-in images
 * (--offline-images, scripts/engines.sh) the simulator assumes the oracle's environment: fake `go`, and
 * alpine/alpine:latest/golang:1.22 being the same images as alpine:3.20/golang:1.22-alpine.
 */
export function newHistory(engine: EngineId, toolchain: 'go' | 'stand-in'): PredictionHistory {
  const environment = toolchain === 'stand-in' ? ORACLE_ENVIRONMENT : { toolchain: 'go' as const, network: 'none' };
  return { simulator: createSimulator({ engine, ...environment }), context: { context: EMPTY_CONTEXT }, builds: 0 };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** File bytes as the simulator's text: UTF-8 when valid, else one char per byte (lossless, so changes stay visible). */
function textOf(data: Uint8Array): string {
  try { return utf8.decode(data); } catch { return latin1.decode(data); }
}
const modeText = (m: number): string => m.toString(8).padStart(4, '0');

function entryOf(path: string, item: BuildRequest['context'] extends ReadonlyMap<string, infer I> ? I : never): ContextEntry {
  return item.kind === 'file' ? { kind: 'file', path, content: textOf(item.data), mode: item.mode } : { kind: 'symlink', path, target: item.target };
}

/** The directories a request's paths imply (the client sends no others). */
function impliedDirs(req: BuildRequest): Set<string> {
  const out = new Set<string>();
  for (const p of req.context.keys()) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) out.add(p.slice(0, i));
  return out;
}

/** The request as a scenario build: what changed since the previous build of this history. */
export function diffBuild(ctx: ScenarioContext, req: BuildRequest): ScenarioBuild {
  const change: Record<string, string | null> = {};
  const modes: Record<string, string> = {};
  const symlinks: Record<string, string | null> = {};
  const dirs = impliedDirs(req);
  for (const [p, old] of ctx.context.entries) {
    if (req.context.has(p) || (old.kind === 'dir' && dirs.has(p))) continue;
    if (old.kind === 'symlink') symlinks[p] = null; else change[p] = null;
  }
  for (const [p, item] of req.context) {
    const e = entryOf(p, item), old = ctx.context.entries.get(p);
    if (e.kind === 'file' && typeof e.content === 'string') {
      const changed = old?.kind !== 'file' || old.content !== e.content;
      if (changed) change[p] = e.content;
      if ((changed && e.mode !== 0o644) || (!changed && old?.kind === 'file' && old.mode !== e.mode)) modes[p] = modeText(e.mode);
    } else if (e.kind === 'symlink' && (old?.kind !== 'symlink' || old.target !== e.target)) symlinks[p] = e.target;
  }
  for (const d of dirs) {
    const old = ctx.context.entries.get(d);
    const now = req.dirModes.get(d) ?? 0o755, before = old?.kind === 'dir' ? old.mode : 0o755;
    if (now !== before) modes[d] = modeText(now);
  }
  return { change, modes, symlinks, dockerfile: req.dockerfile, target: req.target, buildArgs: req.buildArgs, noCache: req.noCache };
}

/** Predicts the request as the next build of the history (and records it there). */
export function predict(h: PredictionHistory, req: BuildRequest): Prediction {
  const build = diffBuild(h.context, req);
  applyBuild(h.context, build);
  h.builds++;
  const df = lookupFile(h.context.context, req.dockerfile)?.content;
  const result = h.simulator.build({
    dockerfile: typeof df === 'string' ? df : '',
    dockerfilePath: req.dockerfile,
    context: h.context.context.entries,
    buildArgs: req.buildArgs,
    target: req.target,
    noCache: req.noCache,
  });
  const steps: Record<string, Verdict> = {};
  for (const s of result.steps) steps[s.name] = s.verdict;
  const sameVertex = result.steps.filter((s) => s.names.length > 1).map((s) => s.names);
  return { steps, sameVertex, errors: result.errors };
}

/** Predicted vs real per step; names of one deduplicated vertex count as one (sameVertex-aware). */
export function compareSteps(predicted: Prediction, real: Readonly<Record<string, Verdict>>): ComparisonRow[] {
  const s: Pick<Scenario, 'sameVertex'> = { sameVertex: predicted.sameVertex };
  const canon = (n: string) => canonicalName(s as Scenario, n);
  const p = new Map(Object.entries(predicted.steps).map(([k, v]) => [canon(k), { name: k, v }] as const));
  const rows: ComparisonRow[] = [];
  for (const [name, v] of Object.entries(real)) {
    const pr = p.get(canon(name));
    p.delete(canon(name));
    rows.push({ step: name, predicted: pr?.v ?? null, real: v, match: pr?.v === v });
  }
  for (const { name, v } of p.values()) rows.push({ step: name, predicted: v, real: null, match: false });
  return rows;
}
