/** The embed postMessage protocol (docs/embed-api.md): message shapes, parsing and the origin allowlist. Pure. */

/** Protocol version carried by every message. */
export const EMBED_PROTOCOL = 1;

/** Host → embed requests. */
export type HostMessage =
  | { readonly layerlab: 1; readonly type: 'setFiles'; readonly id: string; readonly files: Readonly<Record<string, string>> }
  | { readonly layerlab: 1; readonly type: 'getState'; readonly id: string }
  | { readonly layerlab: 1; readonly type: 'build'; readonly id: string };

/** A step as the host sees it. */
export interface EmbedStep {
  readonly name: string;
  readonly verdict: string;
  readonly reason: string;
}

/** Embed → host messages: the ready handshake, replies to requests, and result events. */
export type EmbedMessage =
  | { readonly layerlab: 1; readonly type: 'ready'; readonly lesson: string | null; readonly lang: string }
  | { readonly layerlab: 1; readonly type: 'response'; readonly id: string; readonly ok: true; readonly result: unknown }
  | { readonly layerlab: 1; readonly type: 'response'; readonly id: string; readonly ok: false; readonly error: string }
  | { readonly layerlab: 1; readonly type: 'result'; readonly steps: readonly EmbedStep[]; readonly problems: readonly { readonly message: string; readonly line: number; readonly rule: string }[] }
  | { readonly layerlab: 1; readonly type: 'goals'; readonly goals: readonly { readonly id: string; readonly state: string }[]; readonly allPassed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a host request; null for anything that is not a well-formed one (ignored, never answered). */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data['layerlab'] !== EMBED_PROTOCOL || typeof data['id'] !== 'string' || data['id'].length > 200) return null;
  const id = data['id'];
  switch (data['type']) {
    case 'getState':
    case 'build':
      return { layerlab: 1, type: data['type'], id };
    case 'setFiles': {
      const files = data['files'];
      if (!isRecord(files)) return null;
      const entries = Object.entries(files);
      if (entries.length > 500 || !entries.every(([k, v]) => typeof v === 'string' && k.length > 0 && k.length < 1000)) return null;
      return { layerlab: 1, type: 'setFiles', id, files: Object.fromEntries(entries) as Record<string, string> };
    }
    default:
      return null;
  }
}

/** Normalizes one allowlist entry to an origin (`https://docs.example.com`); null when it is not an http(s) origin. */
export function normalizeOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The allowed host origins: the site's own origin, the operator's configured list, and the embed URL's `origins` parameter. */
export function allowedOrigins(own: string, configured: string, param: string | null): Set<string> {
  const list = [own, ...configured.split(/[\s,]+/), ...(param ?? '').split(/[\s,]+/)];
  return new Set(list.map((o) => (o === '' ? null : normalizeOrigin(o))).filter((o): o is string => o !== null));
}

/** The origin to post events to: the parent's origin when it is allowed, else null (the embed stays silent). */
export function targetOrigin(allowed: ReadonlySet<string>, ancestor: string | undefined, referrer: string): string | null {
  const candidate = ancestor ?? (referrer === '' ? null : normalizeOrigin(referrer));
  return candidate !== null && allowed.has(candidate) ? candidate : null;
}
