#!/usr/bin/env node
// Oracle recorder: replays scenario files against the real BuildKit of the local Docker Engine and
// writes back, for every build, which Dockerfile steps BuildKit took from cache ("cached") and
// which it executed ("run"). Format: ../shared/oracle/SCENARIO_FORMAT.md.
//
// Layerlab's copy of ../shared/oracle/record.mjs (same behaviour for builds that succeed) with two
// extensions, documented in test/fixtures/scenarios/README.md:
//   a build that fails (e.g. the engine's Dockerfile frontend rejects a flag it does not know) is
//   recorded, not fatal: the build gets "error": the last line docker printed (BuildKit's error
//   line, the temp context path replaced by "<context>", 64-hex path components by "<id>"), and
//   "steps" holds only the step vertices that finished (CACHED or DONE) before the failure.
//   Later builds of the scenario still run.
//   With --check the error line is compared too.
// A second, optional extension: "owners": { "path": "uid:gid" } at scenario level or in a build
//   (beside "modes", applied after them, before "symlinks"): a chown of that context file or
//   directory (the docker client is expected to send uid/gid 0 whatever the owner is).
// Other differences: the default scenario set is test/fixtures/scenario-defs/*.json, and the base
// images come from ../shared/oracle/images/images.sh (LAYERLAB_SHARED overrides ../shared).
//
//   node record.mjs                      record every scenario-defs/*.json (rewrites "steps" and "engine")
//   node record.mjs defs/a.json ...      record only these
//   node record.mjs --check [files...]   record, compare with the stored steps, write nothing;
//                                        exits 1 if anything differs
//   options: --docker PATH (default /usr/bin/docker), --keep (keep temp contexts), --verbose,
//            --out DIR  write each recording to DIR/<name>.json instead of over the scenario file
//                       (with --check: compare with DIR/<name>.json); the scenario definition
//                       (files, builds) is still read from the files given / scenario-defs/*.json
//   The engine is the one the docker CLI reaches: DOCKER_HOST / DOCKER_CONFIG from the environment
//   are honoured. Usually: `eval "$(scripts/engines.sh start)"; node scripts/oracle/record.mjs
//   --docker "$LAYERLAB_MODERN_DOCKER" --out test/fixtures/scenarios/modern` (or
//   scripts/oracle/record-all.sh for both engines).
//
// Each scenario starts from an empty build cache (`docker builder prune -af`); its builds share the
// cache in order. Base images are made locally by images/images.sh (no registry is needed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const SHARED = process.env.LAYERLAB_SHARED ? path.resolve(process.env.LAYERLAB_SHARED) : path.resolve(REPO, '..', 'shared');
const IMAGES_SH = path.join(SHARED, 'oracle', 'images', 'images.sh');
const args = process.argv.slice(2);
let DOCKER = '/usr/bin/docker';
let check = false, keep = false, verbose = false, outDir = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--help' || a === '-h') { const head = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1).join('\n').split(/\n(?!\/\/)/)[0].split('\n').map((l) => l.replace(/^\/\/ ?/, '')); console.log(head.join('\n')); process.exit(0); }
  else if (a === '--check') check = true;
  else if (a === '--keep') keep = true;
  else if (a === '--verbose') verbose = true;
  else if (a === '--docker') DOCKER = args[++i];
  else if (a === '--out') outDir = path.resolve(args[++i]);
  else files.push(a);
}
if (files.length === 0) {
  const dir = path.join(REPO, 'test', 'fixtures', 'scenario-defs');
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.json')) files.push(path.join(dir, f));
}

// BuildKit is vendored into dockerd and not reported by the API; map the engine versions we know.
const VENDORED_BUILDKIT = {
  '20.10.24': 'BuildKit v0.8 branch (vendored moby/buildkit eeb7b65ab7d6, "v0.8.4-0.20221020190723-eeb7b65ab7d6"), built-in Dockerfile frontend',
  // Debian sid/forky docker.io 28.5.2+dfsg4-5: moby v28.5.2 vendor.mod pins moby/buildkit v0.25.2,
  // shipped as the package's orig-buildkit component (its own `buildkit version` says v0.0.0+unknown)
  '28.5.2': 'BuildKit v0.25.2 (moby/buildkit v0.25.2 as vendored by moby v28.5.2; Debian docker.io orig-buildkit component), built-in Dockerfile frontend (= dockerfile 1.19.0)',
};

function sh(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) throw r.error;
  return r;
}

function engineString() {
  const r = sh(DOCKER, ['version', '--format', '{{.Server.Version}}']);
  if (r.status !== 0) throw new Error('docker daemon not reachable: ' + r.stderr);
  const v = r.stdout.trim();
  const base = v.replace(/\+.*$/, '');
  const bk = VENDORED_BUILDKIT[base] || 'BuildKit version unknown (embedded in dockerd)';
  // A docker CLI >= 23 with the buildx plugin runs `docker build` as `docker buildx build`; name it.
  let client = '';
  const cv = sh(DOCKER, ['version', '--format', '{{.Client.Version}}']).stdout.trim();
  const bx = sh(DOCKER, ['buildx', 'version']);
  if (Number(cv.split('.')[0]) >= 23 && bx.status === 0) {
    client = `; docker CLI ${cv}, buildx ${(bx.stdout.trim().split(/\s+/)[1] || '?')}`;
  }
  return `Docker Engine ${v} (DOCKER_BUILDKIT=1 docker build --network=none${client}), ${bk}`;
}

function ensureImages(images) {
  const missing = images.filter((img) => sh(DOCKER, ['image', 'inspect', img]).status !== 0);
  if (missing.length === 0) return;
  const r = sh('bash', [IMAGES_SH], { env: { ...process.env, DOCKER } });
  if (r.status !== 0) throw new Error('images.sh failed: ' + r.stderr);
  for (const img of missing) {
    if (sh(DOCKER, ['image', 'inspect', img]).status !== 0) throw new Error(`base image ${img} is not available locally and images.sh does not make it`);
  }
}

function writeFile(root, rel, content, mode) {
  const p = path.join(root, rel);
  if (!p.startsWith(root + path.sep)) throw new Error('path escapes the context: ' + rel);
  if (content === null) { fs.rmSync(p, { force: true, recursive: true }); return; }
  fs.mkdirSync(path.dirname(p), { recursive: true });
  try { if (fs.lstatSync(p).isSymbolicLink()) fs.unlinkSync(p); } catch {}
  fs.writeFileSync(p, content);
  fs.chmodSync(p, mode === undefined ? 0o644 : parseInt(mode, 8));
}

function applyModes(root, modes) {
  for (const [rel, m] of Object.entries(modes || {})) fs.chmodSync(path.join(root, rel), parseInt(m, 8));
}

function applyOwners(root, owners) {
  for (const [rel, o] of Object.entries(owners || {})) {
    const m = /^(\d+):(\d+)$/.exec(o);
    if (!m) throw new Error(`owners: "${o}" is not uid:gid`);
    fs.lchownSync(path.join(root, rel), Number(m[1]), Number(m[2]));
  }
}

function applySymlinks(root, links) {
  for (const [rel, target] of Object.entries(links || {})) {
    const p = path.join(root, rel);
    fs.rmSync(p, { force: true, recursive: true });
    if (target === null) continue;
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.symlinkSync(target, p);
  }
}

// Stage names in Dockerfile order, as BuildKit names them in progress ("" for a single stage).
function stageOrder(dockerfile) {
  const names = [];
  const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const m = /^\s*from\s+(?:--\S+\s+)*\S+(?:\s+as\s+(\S+))?\s*$/i.exec(line);
    if (m) names.push(m[1] ? m[1].toLowerCase() : `stage-${names.length}`);
  }
  return names;
}

// Parse docker's --progress=plain output into { name: 'cached' | 'run' } for step vertices.
// With failed=true (the build failed) the vertex that failed and those left unfinished are skipped.
function parseProgress(out, failed = false) {
  const vertices = new Map(); // id -> { name, cached, done, error }
  for (const line of out.split(/\r?\n/)) {
    const m = /^#(\d+) (.*)$/.exec(line);
    if (!m) continue;
    const id = m[1], rest = m[2];
    let v = vertices.get(id);
    if (!v) { v = { name: rest, cached: false, done: false, error: false }; vertices.set(id, v); continue; }
    if (rest === 'CACHED') v.cached = true;
    else if (/^DONE\b/.test(rest)) v.done = true;
    else if (/^(ERROR|CANCELED)\b/.test(rest)) v.error = true;
  }
  const steps = [];
  for (const v of vertices.values()) {
    const n = v.name;
    if (n.startsWith('[internal]') || /^exporting\b/.test(n) || /^(\[[^\]]*\] )?FROM /.test(n)) continue;
    if (/^building with ".*" instance using \S+ driver$/.test(n)) continue; // buildx's "#0" banner
    if (/^\[[^\]]*\] (\[[^\]]*\] )*?(\[internal\]|FROM )/.test(n)) continue;
    if (failed && (v.error || (!v.cached && !v.done))) continue;
    if (v.error) throw new Error('step failed: ' + n);
    if (!v.cached && !v.done) throw new Error('step neither CACHED nor DONE: ' + n);
    steps.push([n, v.cached ? 'cached' : 'run']);
  }
  return steps;
}

function sortSteps(steps, stages) {
  const key = (name) => {
    const m = /^\[(?:(\S+) )?\s*(\d+)\/(\d+)\]/.exec(name);
    if (!m) return [1e6, 0, name];
    const si = stages.indexOf(m[1] || '');
    return [si < 0 ? 1e5 : si, Number(m[2]), name];
  };
  return steps.sort((a, b) => {
    const ka = key(a[0]), kb = key(b[0]);
    return ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0);
  });
}

// "sameVertex": groups of step names that denote one deduplicated vertex; BuildKit prints exactly
// one of them (which one is random in 0.8). Comparison maps every name of a group to the first.
function canonicalizer(groups) {
  const to = new Map();
  for (const g of groups || []) for (const n of g) to.set(n, g[0]);
  return (steps) => {
    const out = {};
    for (const [k, v] of Object.entries(steps)) out[to.get(k) || k] = v;
    return Object.fromEntries(Object.entries(out).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
  };
}

function checkSameVertex(groups, steps, where) {
  for (const g of groups || []) {
    const seen = g.filter((n) => n in steps);
    if (seen.length > 1) throw new Error(`${where}: sameVertex names printed together: ${seen.join(' | ')}`);
  }
}

function recordScenario(file, engine) {
  const sc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const base = path.basename(file, '.json');
  if (sc.name !== base) throw new Error(`${file}: name "${sc.name}" must equal the file name`);
  ensureImages(sc.images || []);
  let r = sh(DOCKER, ['builder', 'prune', '-af']);
  if (r.status !== 0) throw new Error('builder prune failed: ' + r.stderr);

  const ctx = fs.mkdtempSync(path.join(os.tmpdir(), `oracle-${base}-`));
  const secretsDir = fs.mkdtempSync(path.join(os.tmpdir(), `oracle-secrets-${base}-`));
  const tags = [];
  const results = [];
  const errors = [];
  try {
    for (const [rel, content] of Object.entries(sc.files)) writeFile(ctx, rel, content, (sc.modes || {})[rel]);
    applyModes(ctx, sc.modes);
    applyOwners(ctx, sc.owners);
    applySymlinks(ctx, sc.symlinks);
    sc.builds.forEach((b, i) => {
      if (b.change) for (const [rel, content] of Object.entries(b.change)) writeFile(ctx, rel, content, (b.modes || {})[rel]);
      applyModes(ctx, b.modes);
      applyOwners(ctx, b.owners);
      applySymlinks(ctx, b.symlinks);
      const dockerfile = b.dockerfile || 'Dockerfile';
      const tag = `oracle-${base}:${i}`;
      tags.push(tag);
      const argv = ['build', '--network=none', '--progress=plain', '-f', path.join(ctx, dockerfile), '-t', tag];
      if (b.target) argv.push('--target', b.target);
      for (const [k, v] of Object.entries(b.buildArgs || {})) argv.push('--build-arg', `${k}=${v}`);
      if (b.noCache) argv.push('--no-cache');
      for (const [id, value] of Object.entries(b.secrets || {})) {
        const sf = path.join(secretsDir, `${i}-${id}`);
        fs.writeFileSync(sf, value, { mode: 0o600 });
        argv.push('--secret', `id=${id},src=${sf}`);
      }
      argv.push(ctx);
      r = sh(DOCKER, argv, { env: { ...process.env, DOCKER_BUILDKIT: '1' }, timeout: 180000 });
      const out = (r.stdout || '') + (r.stderr || '');
      if (verbose) process.stderr.write(`--- ${base} build ${i}\n${out}\n`);
      let error = null;
      if (r.status !== 0) {
        if (r.error || r.signal) throw new Error(`${base}: build ${i} did not finish (${r.signal || r.error})`);
        error = errorLine(out, ctx);
        if (!error) throw new Error(`${base}: build ${i} failed (exit ${r.status}) without an error line:\n${out.split('\n').slice(-30).join('\n')}`);
        process.stderr.write(`${base}: build ${i} failed, recorded as error: ${error}\n`);
      }
      errors.push(error);
      const df = fs.readFileSync(path.join(ctx, dockerfile), 'utf8');
      const steps = Object.fromEntries(sortSteps(parseProgress(out, error !== null), stageOrder(df)));
      checkSameVertex(sc.sameVertex, steps, `${base} build ${i}`);
      results.push(steps);
    });
  } finally {
    for (const t of tags) sh(DOCKER, ['rmi', '-f', t]);
    fs.rmSync(secretsDir, { recursive: true, force: true });
    if (!keep) fs.rmSync(ctx, { recursive: true, force: true });
    else process.stderr.write(`context kept at ${ctx}\n`);
  }
  return { sc, results, errors };
}

// The error line of a failed build: the last non-empty line docker printed (20.10: "failed to solve
// with frontend dockerfile.v0: ..." / "executor failed running ..."; buildx: "ERROR: failed to
// build: ..."), with the temp context directory replaced by "<context>".
function errorLine(out, ctx) {
  const lines = out.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const last = lines[lines.length - 1];
  // snapshot directories (e.g. <data-root>/overlay2/<64 hex>/merged) are random per build
  return last ? last.split(ctx).join('<context>').replace(/\/[0-9a-f]{64}(?=\/)/g, '/<id>') : null;
}

function orderedScenario(sc, results, errors, engine) {
  const out = {};
  const head = ['format', 'name', 'title', 'tags', 'engine', 'images', 'files', 'modes', 'owners', 'symlinks', 'sameVertex', 'notes'];
  for (const k of head) {
    if (k === 'engine') out.engine = engine;
    else if (k in sc) out[k] = sc[k];
  }
  for (const k of Object.keys(sc)) if (!(k in out) && k !== 'builds') out[k] = sc[k];
  out.builds = sc.builds.map((b, i) => {
    const nb = {};
    for (const k of Object.keys(b)) if (k !== 'steps' && k !== 'error') nb[k] = b[k];
    if (errors[i] !== null) nb.error = errors[i];
    nb.steps = results[i];
    return nb;
  });
  return out;
}

const engine = engineString();
let failed = 0, differ = 0, nBuilds = 0, nSteps = 0;
const t0 = Date.now();
for (const f of files) {
  const t1 = Date.now();
  try {
    const { sc, results, errors } = recordScenario(f, engine);
    nBuilds += results.length;
    for (const s of results) nSteps += Object.keys(s).length;
    const dest = outDir ? path.join(outDir, path.basename(f)) : f;
    if (check) {
      const diffs = [];
      const stored = outDir ? JSON.parse(fs.readFileSync(dest, 'utf8')) : sc;
      const canon = canonicalizer(stored.sameVertex);
      stored.builds.forEach((b, i) => {
        const a = JSON.stringify(canon(b.steps || {})), c = JSON.stringify(canon(results[i]));
        if (a !== c) diffs.push(`  build ${i}:\n    stored:   ${a}\n    recorded: ${c}`);
        const ea = b.error ?? null, ec = errors[i];
        if (ea !== ec) diffs.push(`  build ${i} error:\n    stored:   ${ea}\n    recorded: ${ec}`);
      });
      if (diffs.length) { differ++; console.log(`DIFF ${path.basename(f)}\n${diffs.join('\n')}`); }
      else console.log(`same ${path.basename(f)} (${((Date.now() - t1) / 1000).toFixed(1)}s)`);
    } else {
      if (outDir) fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(dest, JSON.stringify(orderedScenario(sc, results, errors, engine), null, 2) + '\n');
      console.log(`recorded ${path.basename(f)}: ${results.length} builds (${((Date.now() - t1) / 1000).toFixed(1)}s)`);
    }
  } catch (e) {
    failed++;
    console.log(`FAILED ${path.basename(f)}: ${e.message}`);
  }
}
console.log(`${files.length} scenarios, ${nBuilds} builds, ${nSteps} steps, ${failed} failed${check ? `, ${differ} differ` : ''}, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
process.exit(failed || differ ? 1 : 0);
