/** Reads a request body with a byte cap and turns it (JSON or tar + query) into a BuildRequest. */
import { checkRequest, parseJsonRequest } from './request.ts';
import { readTar } from './tar.ts';
import { parentsOf } from './paths.ts';
import type { BuildRequest, Checked, Limits } from './types.ts';

/** Reads at most `max` bytes; a larger body is a 413. */
export async function readCapped(req: Request, max: number): Promise<Checked<Uint8Array>> {
  const declared = Number(req.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > max) return { ok: false, error: { status: 413, reason: `request body of ${declared} bytes is over the ${max}-byte limit` } };
  if (!req.body) return { ok: true, value: new Uint8Array() };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return { ok: false, error: { status: 413, reason: `request body is over the ${max}-byte limit` } };
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return { ok: true, value: out };
}

function tarFields(url: URL): Record<string, unknown> {
  const q = url.searchParams;
  const buildArgs: Record<string, string> = {};
  for (const a of q.getAll('buildArg')) {
    const eq = a.indexOf('=');
    buildArgs[eq < 0 ? a : a.slice(0, eq)] = eq < 0 ? '' : a.slice(eq + 1);
  }
  const noCache = q.get('noCache');
  return {
    session: q.get('session') ?? undefined, engine: q.get('engine') ?? undefined, dockerfile: q.get('dockerfile') ?? undefined,
    target: q.get('target') ?? undefined, buildArgs, noCache: noCache === null ? false : noCache === 'true' || noCache === '1' ? true : noCache,
  };
}

/** Parses a build body by its content type. */
export async function parseBuildBody(req: Request, limits: Limits): Promise<Checked<BuildRequest>> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const isJson = type === 'application/json';
  const isTar = type === 'application/x-tar' || type === 'application/tar';
  if (!isJson && !isTar) return { ok: false, error: { status: 415, reason: 'send application/json or application/x-tar' } };
  const body = await readCapped(req, limits.maxBodyBytes);
  if (!body.ok) return body;
  if (isJson) return parseJsonRequest(new TextDecoder().decode(body.value), limits);
  const tar = readTar(body.value, limits.maxFiles);
  if (!tar.ok) return tar;
  // directory entries only carry modes; an empty directory is not part of the context
  const holding = new Set([...tar.value.context.keys()].flatMap(parentsOf));
  const dirModes = new Map([...tar.value.dirModes].filter(([d, m]) => holding.has(d) && m !== 0o755));
  return checkRequest(tarFields(new URL(req.url)), tar.value.context, dirModes, limits);
}
