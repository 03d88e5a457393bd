/** The builder connection: URL and token checks, their stored form, `GET /v1/health`, and plain-words failures. */
import { english, type Translate } from '../i18n.ts';

/** Where the builder is and how to authenticate. */
export interface Connection {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:7421`. */
  readonly url: string;
  readonly token: string;
}

/** One engine as health reports it. */
export interface EngineHealth {
  readonly id: string;
  readonly reachable: boolean;
  /** `BuildKit v0.25.2 (Docker 28.5.2)`, or the engine's error. */
  readonly detail: string;
}

/** What a connection test found. */
export type HealthOutcome =
  | { readonly kind: 'ok'; readonly version: string; readonly engines: readonly EngineHealth[]; readonly anyReachable: boolean }
  | { readonly kind: 'error'; readonly reason: ConnectError; readonly message: string };

/** The ways a connection fails, each with its own advice. */
export type ConnectError = 'bad-url' | 'refused' | 'cors' | 'unauthorized' | 'http' | 'not-layerlab';

/** Normalizes a typed URL; null when it is not an http(s) origin (with an optional path prefix). */
export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username !== '' || u.password !== '' || u.search !== '' || u.hash !== '') return null;
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** Reads a stored connection; null when absent or malformed. */
export function decodeConnection(text: string | null): Connection | null {
  if (text === null) return null;
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null) return null;
    const { url, token } = raw as Record<string, unknown>;
    if (typeof url !== 'string' || typeof token !== 'string' || normalizeUrl(url) === null) return null;
    return { url: normalizeUrl(url)!, token };
  } catch {
    return null;
  }
}

/** The stored form of a connection. */
export function encodeConnection(c: Connection): string {
  return JSON.stringify({ url: c.url, token: c.token });
}

/** Reads a health answer's engines. */
export function readHealth(body: unknown, t: Translate = english): HealthOutcome {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as Record<string, unknown>)['engines'])) {
    return { kind: 'error', reason: 'not-layerlab', message: t('pg.real.err.notLayerlab') };
  }
  const b = body as Record<string, unknown>;
  const engines = (b['engines'] as unknown[]).filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null).map((e): EngineHealth => {
    const reachable = e['reachable'] === true;
    const text = (k: string): string => (typeof e[k] === 'string' ? e[k] : '');
    const detail = reachable
      ? `BuildKit ${text('buildkit') || '?'}${text('server') ? ` (Docker ${text('server')})` : ''}`
      : text('error') || t('pg.real.unreachable');
    return { id: text('id') || '?', reachable, detail };
  });
  return { kind: 'ok', version: typeof b['version'] === 'string' ? b['version'] : '?', engines, anyReachable: engines.some((e) => e.reachable) };
}

/** The message for a failed request, by HTTP status (null for 2xx). */
export function statusError(status: number, serverReason: string | null, pageOrigin: string, retryAfter: string | null = null, t: Translate = english): { reason: ConnectError; message: string } | null {
  if (status >= 200 && status < 300) return null;
  const reason = serverReason ? `: ${serverReason}` : '';
  if (status === 429) return { reason: 'http', message: retryAfter ? t('pg.real.err.busyIn', { reason, seconds: retryAfter }) : t('pg.real.err.busyLater', { reason }) };
  if (status === 401) return { reason: 'unauthorized', message: t('pg.real.err.unauthorized') };
  if (status === 403) return { reason: 'cors', message: t('pg.real.err.forbidden', { origin: pageOrigin }) };
  return { reason: 'http', message: t('pg.real.err.status', { status, reason }) };
}

/** The message for a fetch that threw: `reachable` says whether a no-cors probe got through (then CORS blocked us). */
export function networkError(url: string, reachable: boolean, pageOrigin: string, t: Translate = english): { reason: ConnectError; message: string } {
  if (pageOrigin.startsWith('https:') && url.startsWith('http:') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(`${url}/`)) {
    return { reason: 'cors', message: t('pg.real.err.mixed', { url }) };
  }
  if (reachable) return { reason: 'cors', message: t('pg.real.err.cors', { url, origin: pageOrigin }) };
  return { reason: 'refused', message: t('pg.real.err.refused', { url }) };
}
