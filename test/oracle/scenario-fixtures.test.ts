// The oracle recordings in test/fixtures/scenarios/{v0.8,modern} match their definitions in
// test/fixtures/scenario-defs (format of ../shared/oracle/SCENARIO_FORMAT.md plus the "error" and
// "owners" extensions of scripts/oracle/record.mjs) and are listed in the README beside them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../fixtures/', import.meta.url).pathname;
const defsDir = `${root}scenario-defs/`;
const engines = ['v0.8', 'modern'] as const;

type Json = Record<string, unknown>;

/** Reads a JSON object. */
function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** The scenario without what a recording adds (engine, per-build steps and error). */
function definitionOf(sc: Json): Json {
  const { engine: _engine, ...rest } = sc;
  const builds = (sc['builds'] as Json[]).map(({ steps: _steps, error: _error, ...b }) => b);
  return { ...rest, builds };
}

const names = readdirSync(defsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const readme = readFileSync(`${root}scenarios/README.md`, 'utf8');

describe('oracle scenario fixtures', () => {
  it('has at least 15 scenario definitions', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });
  for (const name of names) {
    const def = readJson(`${defsDir}${name}.json`);
    it(`${name}: definition is named after its file and has no recorded parts`, () => {
      expect(def['format']).toBe(1);
      expect(def['name']).toBe(name);
      expect(def['engine']).toBeUndefined();
      for (const b of def['builds'] as Json[]) expect(b).not.toHaveProperty('steps');
    });
    it(`${name}: is described in scenarios/README.md`, () => {
      expect(readme).toContain(`\`${name}\``);
    });
    for (const engine of engines) {
      it(`${name}: ${engine} recording matches the definition`, () => {
        const rec = readJson(`${root}scenarios/${engine}/${name}.json`);
        expect(definitionOf(rec)).toEqual(def);
        expect(String(rec['engine'])).toContain(engine === 'v0.8' ? 'BuildKit v0.8' : 'BuildKit v0.25.2');
        for (const b of rec['builds'] as Json[]) {
          const steps = b['steps'] as Record<string, string>;
          for (const verdict of Object.values(steps)) expect(['cached', 'run']).toContain(verdict);
          if ('error' in b) expect(typeof b['error']).toBe('string');
          else expect(Object.keys(steps).length).toBeGreaterThan(0);
        }
      });
    }
  }
});
