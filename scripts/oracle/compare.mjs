#!/usr/bin/env node
// Compares two folders of recordings of the same scenarios (e.g. test/fixtures/scenarios/v0.8 and
// .../modern) build by build: prints every step whose verdict differs, step names printed by only
// one engine, and error lines. sameVertex groups are treated as one name. A step whose name differs
// only by the "stage-0 " prefix (the single-stage naming change of BuildKit v0.9, ENGINES.md) is
// matched with its twin and reported once per scenario as a naming difference.
//   node scripts/oracle/compare.mjs DIR_A DIR_B [names...]      exit 1 if anything differs
import fs from 'node:fs';
import path from 'node:path';

const [dirA, dirB, ...only] = process.argv.slice(2);
if (!dirA || !dirB) { console.error('usage: compare.mjs DIR_A DIR_B [names...]'); process.exit(2); }
const names = only.length ? only : fs.readdirSync(dirA).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
let differ = 0;
for (const name of names) {
  const a = JSON.parse(fs.readFileSync(path.join(dirA, name + '.json'), 'utf8'));
  const b = JSON.parse(fs.readFileSync(path.join(dirB, name + '.json'), 'utf8'));
  const canon = new Map();
  for (const g of [...(a.sameVertex || []), ...(b.sameVertex || [])]) for (const n of g) canon.set(n, g[0]);
  const c = (n) => (canon.get(n) || n).replace(/^\[stage-0 /, '[');
  const out = [];
  const renamed = new Set();
  a.builds.forEach((ba, i) => {
    const bb = b.builds[i];
    if ((ba.error ?? null) !== (bb.error ?? null)) out.push(`  build ${i} error: ${ba.error ?? '-'}  |  ${bb.error ?? '-'}`);
    const sa = new Map(Object.entries(ba.steps).map(([k, v]) => [c(k), v]));
    const sb = new Map(Object.entries(bb.steps).map(([k, v]) => [c(k), v]));
    const na = new Map(Object.keys(ba.steps).map((k) => [c(k), k]));
    for (const k of Object.keys(bb.steps)) if (na.has(c(k)) && na.get(c(k)) !== k) renamed.add(`${na.get(c(k))} -> ${k}`);
    for (const [k, v] of sa) {
      if (!sb.has(k)) out.push(`  build ${i} only A: ${k} = ${v}`);
      else if (sb.get(k) !== v) out.push(`  build ${i} verdict: ${k}: ${v} -> ${sb.get(k)}`);
    }
    for (const [k, v] of sb) if (!sa.has(k)) out.push(`  build ${i} only B: ${k} = ${v}`);
  });
  if (renamed.size) out.unshift(`  step names (verdicts compared as one step): ${[...renamed].join('; ')}`);
  if (out.length) { differ++; console.log(`DIFF ${name}\n${out.join('\n')}`); } else console.log(`same ${name}`);
}
console.log(`${names.length} scenarios, ${differ} differ`);
process.exit(differ ? 1 : 0);
