/** Reads the recorded scenario corpus (../shared/scenarios/<engine>/*.json) and replays each build's Dockerfile. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One recorded build, with the Dockerfile text in force after its changes. */
export interface ScenarioBuild {
  readonly scenario: string;
  readonly build: number;
  readonly dockerfile: string;
  readonly target: string | undefined;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly steps: readonly string[];
  readonly sameVertex: readonly (readonly string[])[];
  /** The error line BuildKit printed when it failed the build (team recordings only). */
  readonly error: string | undefined;
}

interface RawBuild {
  readonly error?: string;
  readonly change?: Readonly<Record<string, string | null>>;
  readonly dockerfile?: string;
  readonly target?: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly steps: Readonly<Record<string, string>>;
}

interface RawScenario {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
  readonly builds: readonly RawBuild[];
  readonly sameVertex?: readonly (readonly string[])[];
}

/** The shared corpus folder of an engine (`../shared/scenarios` from the repository root). */
export function corpusDir(engine: string): string {
  return new URL(`../../../shared/scenarios/${engine}/`, import.meta.url).pathname;
}

/** Layerlab's own recordings (test/fixtures/scenarios/<engine>). */
export function teamCorpusDir(engine: string): string {
  return new URL(`../fixtures/scenarios/${engine}/`, import.meta.url).pathname;
}

/** Every build of every scenario in a folder, files changed in order. */
export function loadCorpus(engine: string, dir = corpusDir(engine)): ScenarioBuild[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((file) => {
    const scenario = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RawScenario;
    const files = new Map(Object.entries(scenario.files));
    return scenario.builds.map((b, build): ScenarioBuild => {
      for (const [path, content] of Object.entries(b.change ?? {})) {
        if (content === null) files.delete(path);
        else files.set(path, content);
      }
      return {
        scenario: scenario.name, build, dockerfile: files.get(b.dockerfile ?? 'Dockerfile') ?? '', target: b.target,
        buildArgs: b.buildArgs ?? {}, steps: Object.keys(b.steps), sameVertex: scenario.sameVertex ?? [], error: b.error,
      };
    });
  });
}

/** Maps each name of a sameVertex group to the group's first name, so group members compare equal. */
export function canonical(names: readonly string[], groups: readonly (readonly string[])[]): string[] {
  const map = new Map<string, string>();
  for (const g of groups) for (const n of g) map.set(n, g[0] ?? n);
  return [...new Set(names.map((n) => map.get(n) ?? n))].sort();
}
