// Runs a recorded scenario (shared/oracle/SCENARIO_FORMAT.md) through the simulator and scores it.
import { applyChange, createContext, lookupFile, type BuildContext } from '../context/index.ts';
import type { EngineId } from '../engines/index.ts';
import { createSimulator } from './simulator.ts';
import type { BuildResult, Verdict } from './types.ts';

/**
 * How the oracle recorder builds (shared/oracle/record.mjs, images/images.sh): every build runs with
 * `--network=none`, the Go images carry a deterministic stand-in `go`, and some tags are one image.
 */
export const ORACLE_ENVIRONMENT = {
  toolchain: 'stand-in',
  network: 'none',
  imageAliases: { 'alpine:latest': 'alpine:3.20', alpine: 'alpine:3.20', 'golang:1.22': 'golang:1.22-alpine' },
} as const;

/** One build of a scenario file. */
export interface ScenarioBuild {
  readonly change?: Readonly<Record<string, string | null>>;
  readonly modes?: Readonly<Record<string, string>>;
  readonly symlinks?: Readonly<Record<string, string | null>>;
  readonly dockerfile?: string;
  readonly target?: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly noCache?: boolean;
  readonly secrets?: Readonly<Record<string, string>>;
  readonly steps?: Readonly<Record<string, Verdict>>;
  /** The recorder's error message when the build failed. */
  readonly error?: string;
  /** A client-side chown of context paths (recorder extension): the CLI sends uid/gid 0, so no effect. */
  readonly owners?: Readonly<Record<string, string>>;
}

/** A scenario file. */
export interface Scenario {
  readonly name: string;
  readonly title?: string;
  readonly files: Readonly<Record<string, string>>;
  readonly modes?: Readonly<Record<string, string>>;
  readonly symlinks?: Readonly<Record<string, string | null>>;
  readonly sameVertex?: readonly (readonly string[])[];
  readonly builds: readonly ScenarioBuild[];
}

/** Predicted vs recorded verdicts of one build. */
export interface ScenarioBuildRun {
  readonly result: BuildResult;
  readonly predicted: Readonly<Record<string, Verdict>>;
  readonly recorded: Readonly<Record<string, Verdict>> | undefined;
  /** Recorded step names whose prediction differs or is missing, and predicted names not recorded. */
  readonly mismatches: readonly { readonly name: string; readonly predicted: Verdict | undefined; readonly recorded: Verdict | undefined }[];
  readonly correct: number;
  readonly total: number;
}

/** A whole scenario's run. */
export interface ScenarioRun {
  readonly name: string;
  readonly builds: readonly ScenarioBuildRun[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates the shape of a scenario JSON value; throws an Error with a plain message. */
export function parseScenario(value: unknown, label = 'scenario'): Scenario {
  if (!isRecord(value)) throw new Error(`${label}: not a JSON object`);
  if (!isRecord(value.files)) throw new Error(`${label}: "files" must be an object of path → text`);
  if (!Array.isArray(value.builds) || value.builds.length === 0) throw new Error(`${label}: "builds" must be a non-empty array`);
  for (const [i, b] of value.builds.entries()) if (!isRecord(b)) throw new Error(`${label}: build ${i} is not an object`);
  return { ...(value as unknown as Scenario), name: typeof value.name === 'string' ? value.name : label };
}

/** The build context of a scenario as it evolves build by build (the daemon's snapshot lives in the simulator). */
export interface ScenarioContext {
  context: BuildContext;
}

/** Applies a build's changes (src/core/context applyChange: `change`, then `modes`, then `symlinks`). */
export function applyBuild(ctx: ScenarioContext, build: ScenarioBuild): void {
  ctx.context = applyChange(ctx.context, { change: build.change, modes: build.modes, symlinks: build.symlinks });
}

/** The initial context of a scenario. */
export function initialContext(s: Scenario): ScenarioContext {
  return { context: createContext(s.files, s.modes, s.symlinks) };
}

/** Canonical step name under the scenario's sameVertex groups. */
export function canonicalName(s: Scenario, name: string): string {
  return s.sameVertex?.find((g) => g.includes(name))?.[0] ?? name;
}

function compare(s: Scenario, predicted: Record<string, Verdict>, recorded: Readonly<Record<string, Verdict>> | undefined, errorMatch: boolean, failed: boolean): Pick<ScenarioBuildRun, 'mismatches' | 'correct' | 'total'> {
  if (!errorMatch) return { mismatches: [{ name: '(build error)', predicted: undefined, recorded: undefined }], correct: 0, total: Object.keys(recorded ?? {}).length };
  if (!recorded) return { mismatches: [], correct: 0, total: 0 };
  if (failed) {
    // A failed build records only the steps that finished before the failure: score those.
    const p = new Map(Object.entries(predicted).map(([k, v]) => [canonicalName(s, k), v] as const));
    const mismatches = Object.entries(recorded).filter(([k, v]) => p.get(canonicalName(s, k)) !== v).map(([name, v]) => ({ name, predicted: p.get(canonicalName(s, name)), recorded: v }));
    return { mismatches, correct: Object.keys(recorded).length - mismatches.length, total: Object.keys(recorded).length };
  }
  const p = new Map(Object.entries(predicted).map(([k, v]) => [canonicalName(s, k), v] as const));
  const r = new Map(Object.entries(recorded).map(([k, v]) => [canonicalName(s, k), v] as const));
  const mismatches: ScenarioBuildRun['mismatches'][number][] = [];
  let correct = 0;
  for (const [name, v] of r) {
    if (p.get(name) === v) correct++;
    else mismatches.push({ name, predicted: p.get(name), recorded: v });
  }
  for (const [name, v] of p) if (!r.has(name)) mismatches.push({ name, predicted: v, recorded: undefined });
  return { mismatches, correct, total: r.size };
}

/** Runs every build of a scenario on one engine and compares with the recorded steps. */
export function runScenario(s: Scenario, engine: EngineId): ScenarioRun {
  const sim = createSimulator({ engine, ...ORACLE_ENVIRONMENT });
  const ctx = initialContext(s);
  const builds = s.builds.map((build) => {
    applyBuild(ctx, build);
    const dockerfilePath = build.dockerfile ?? 'Dockerfile';
    const dockerfile = lookupFile(ctx.context, dockerfilePath)?.content;
    const result = sim.build({
      dockerfile: typeof dockerfile === 'string' ? dockerfile : '',
      context: ctx.context.entries,
      buildArgs: build.buildArgs,
      target: build.target,
      noCache: build.noCache,
      secrets: build.secrets ?? {},
      dockerfilePath,
    });
    const predicted: Record<string, Verdict> = {};
    for (const st of result.steps) if (!st.failed) predicted[st.name] = st.verdict;
    const errorMatch = (build.error !== undefined) === (result.errors.length > 0);
    return { result, predicted, recorded: build.steps, ...compare(s, predicted, build.steps, errorMatch, build.error !== undefined) };
  });
  return { name: s.name, builds };
}
