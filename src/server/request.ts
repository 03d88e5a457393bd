/** Turns a JSON body (or tar entries + query fields) into a validated BuildRequest. */
import { layoutProblem, parentsOf, parseMode, pathProblem } from './paths.ts';
import type { BuildRequest, Checked, ContextItem, EngineId, Limits, RequestError } from './types.ts';

/** Fields of a build besides its context (from JSON or from the query string). */
export interface BuildFields {
  readonly session?: unknown;
  readonly engine?: unknown;
  readonly dockerfile?: unknown;
  readonly target?: unknown;
  readonly buildArgs?: unknown;
  readonly noCache?: unknown;
  readonly secrets?: unknown;
}

const SESSION = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID = /^[A-Za-z0-9_.-]{1,64}$/;

const bad = (reason: string): { ok: false; error: RequestError } => ({ ok: false, error: { status: 400, reason } });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringMap(v: unknown, what: string, key: RegExp): Checked<Record<string, string>> {
  if (v === undefined) return { ok: true, value: {} };
  if (!isObject(v)) return bad(`"${what}" must be an object of strings`);
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, val] of Object.entries(v)) {
    if (!key.test(k)) return bad(`"${what}" has an invalid name: ${JSON.stringify(k).slice(0, 80)}`);
    if (typeof val !== 'string') return bad(`"${what}.${k}" must be a string`);
    out[k] = val;
  }
  return { ok: true, value: out };
}

/** Validates the non-context fields; `context` and `dirModes` are checked here too. */
export function checkRequest(
  fields: BuildFields,
  context: Map<string, ContextItem>,
  dirModes: Map<string, number>,
  limits: Limits,
): Checked<BuildRequest> {
  const { session, engine, dockerfile = 'Dockerfile', target, noCache = false } = fields;
  if (typeof session !== 'string' || !SESSION.test(session)) return bad('"session" must be 1-64 characters of A-Z a-z 0-9 _ . - (starting with a letter or digit)');
  const eng = engine ?? 'modern';
  if (eng !== 'v0.8' && eng !== 'modern') return bad('"engine" must be "v0.8" or "modern"');
  if (typeof dockerfile !== 'string') return bad('"dockerfile" must be a path string');
  if (target !== undefined && (typeof target !== 'string' || !/^[A-Za-z0-9_.-]{1,128}$/.test(target))) return bad('"target" must be a stage name');
  if (typeof noCache !== 'boolean') return bad('"noCache" must be true or false');
  const args = stringMap(fields.buildArgs, 'buildArgs', ARG_NAME);
  if (!args.ok) return args;
  const secrets = stringMap(fields.secrets, 'secrets', SECRET_ID);
  if (!secrets.ok) return secrets;
  if (context.size > limits.maxFiles) return { ok: false, error: { status: 413, reason: `too many files: ${context.size} > ${limits.maxFiles}` } };
  for (const p of [...context.keys(), ...dirModes.keys()]) {
    const problem = pathProblem(p, limits.maxPathLength);
    if (problem) return bad(problem);
  }
  for (const [p, item] of context) {
    if (item.kind === 'symlink' && (item.target.length === 0 || item.target.length > limits.maxPathLength || item.target.includes('\0'))) return bad(`symlink "${p}" has an invalid target`);
  }
  const layout = layoutProblem(context.keys());
  if (layout) return { ok: false, error: layout };
  const dirs = new Set([...context.keys()].flatMap(parentsOf));
  for (const d of dirModes.keys()) {
    if (context.has(d)) return bad(`"modes" names "${d}" as a directory but it is a file or symlink`);
    if (!dirs.has(d)) return bad(`"modes" names "${d}", which is neither a file nor a directory holding files`);
  }
  const dfProblem = pathProblem(dockerfile, limits.maxPathLength);
  if (dfProblem) return bad(`"dockerfile": ${dfProblem}`);
  const df = context.get(dockerfile);
  if (!df) return bad(`the Dockerfile "${dockerfile}" is not in the context`);
  if (df.kind !== 'file') return bad(`the Dockerfile "${dockerfile}" must be a regular file, not a symlink`);
  // the docker CLI reads these on the host, following links: a link could make it read outside the context
  for (const ignore of ['.dockerignore', `${dockerfile}.dockerignore`]) {
    if (context.get(ignore)?.kind === 'symlink') return bad(`"${ignore}" must be a regular file, not a symlink`);
  }
  return {
    ok: true,
    value: {
      session, engine: eng as EngineId, context, dirModes, dockerfile, target: target as string | undefined,
      buildArgs: args.value, noCache, secrets: secrets.value,
    },
  };
}

/** Parses and validates a JSON build body (already size-limited text). */
export function parseJsonRequest(text: string, limits: Limits): Checked<BuildRequest> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    return bad(`malformed JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObject(body)) return bad('the JSON body must be an object');
  if (!isObject(body.files)) return bad('"files" must be an object of path → content');
  const encoder = new TextEncoder();
  const context = new Map<string, ContextItem>();
  const modes = body.modes === undefined ? {} : body.modes;
  const links = body.symlinks === undefined ? {} : body.symlinks;
  if (!isObject(modes)) return bad('"modes" must be an object of path → octal string');
  if (!isObject(links)) return bad('"symlinks" must be an object of path → target');
  const fileCount = Object.keys(body.files).length + Object.keys(links).length;
  if (fileCount > limits.maxFiles) return { ok: false, error: { status: 413, reason: `too many files: ${fileCount} > ${limits.maxFiles}` } };
  for (const [p, content] of Object.entries(body.files)) {
    if (typeof content !== 'string') return bad(`"files.${p.slice(0, 80)}" must be a string`);
    context.set(p, { kind: 'file', data: encoder.encode(content), mode: 0o644 });
  }
  for (const [p, target] of Object.entries(links)) {
    if (typeof target !== 'string') return bad(`"symlinks.${p.slice(0, 80)}" must be a string`);
    if (context.has(p)) return bad(`"${p.slice(0, 80)}" is both a file and a symlink`);
    context.set(p, { kind: 'symlink', target });
  }
  const dirModes = new Map<string, number>();
  for (const [p, m] of Object.entries(modes)) {
    const mode = typeof m === 'string' ? parseMode(m) : undefined;
    if (mode === undefined) return bad(`"modes.${p.slice(0, 80)}" must be an octal string like "0755"`);
    const item = context.get(p);
    if (item?.kind === 'file') context.set(p, { ...item, mode });
    else if (item?.kind === 'symlink') return bad(`"modes" cannot name the symlink "${p.slice(0, 80)}"`);
    else dirModes.set(p, mode);
  }
  return checkRequest(body, context, dirModes, limits);
}
