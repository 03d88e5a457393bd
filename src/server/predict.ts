/** Layerlab's prediction for a session's next build: the core simulator fed the same context diffs BuildKit saw. */
import type { ContextEntry } from '../core/cache/context.ts';
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
  return { simulator: createSimulator({ engine, ...environment }), context: { files: new Map(), dirModes: new Map(), hashedDirModes: new Map() }, builds: 0 };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** File bytes as the simulator's text: UTF-8 when valid, else one char per byte (lossless, so changes stay visible). */
function textOf(data: Uint8Array): string {
  try { return utf8.decode(data); } catch { return latin1.decode(data); }
}
const modeText = (m: number): string => m.toString(8).padStart(4, '0');

function entryOf(item: BuildRequest['context'] extends ReadonlyMap<string, infer I> ? I : never): ContextEntry {
  return item.kind === 'file' ? { kind: 'file', content: textOf(item.data), mode: item.mode } : { kind: 'symlink', target: item.target };
}

/** The request as a scenario build: what changed since the previous build of this history. */
export function diffBuild(ctx: ScenarioContext, req: BuildRequest): ScenarioBuild {
  const change: Record<string, string | null> = {};
  const modes: Record<string, string> = {};
  const symlinks: Record<string, string | null> = {};
  for (const [p, old] of ctx.files) {
    if (req.context.has(p)) continue;
    if (old.kind === 'file') change[p] = null; else symlinks[p] = null;
  }
  for (const [p, item] of req.context) {
    const e = entryOf(item), old = ctx.files.get(p);
    if (e.kind === 'file') {
      const changed = old?.kind !== 'file' || old.content !== e.content;
      if (changed) change[p] = e.content;
      if ((changed && e.mode !== 0o644) || (!changed && old?.kind === 'file' && old.mode !== e.mode)) modes[p] = modeText(e.mode);
    } else if (old?.kind !== 'symlink' || old.target !== e.target) symlinks[p] = e.target;
  }
  const dirs = new Set([...req.dirModes.keys(), ...ctx.dirModes.keys()]);
  for (const d of dirs) {
    const now = req.dirModes.get(d) ?? 0o755, before = ctx.dirModes.get(d) ?? 0o755;
    if (now !== before) modes[d] = modeText(now);
  }
  return { change, modes, symlinks, dockerfile: req.dockerfile, target: req.target, buildArgs: req.buildArgs, noCache: req.noCache };
}

/** Predicts the request as the next build of the history (and records it there). */
export function predict(h: PredictionHistory, req: BuildRequest): Prediction {
  const build = diffBuild(h.context, req);
  applyBuild(h.context, build, h.builds === 0);
  // dir modes the request no longer names go back to the default
  for (const d of [...h.context.dirModes.keys()]) if (!req.dirModes.has(d)) h.context.dirModes.delete(d);
  h.builds++;
  const df = h.context.files.get(req.dockerfile);
  const result = h.simulator.build({
    dockerfile: df?.kind === 'file' ? df.content : '',
    dockerfilePath: req.dockerfile,
    context: new Map(h.context.files),
    dirModes: new Map(h.context.hashedDirModes),
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
