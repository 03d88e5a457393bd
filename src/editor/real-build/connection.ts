/** The builder connection: URL and token checks, their stored form, `GET /v1/health`, and plain-words failures. */

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
export function readHealth(body: unknown): HealthOutcome {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as Record<string, unknown>)['engines'])) {
    return { kind: 'error', reason: 'not-layerlab', message: 'The server answered, but not like `layerlab serve` (no engines in /v1/health). Check the URL.' };
  }
  const b = body as Record<string, unknown>;
  const engines = (b['engines'] as unknown[]).filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null).map((e): EngineHealth => {
    const reachable = e['reachable'] === true;
    const text = (k: string): string => (typeof e[k] === 'string' ? e[k] : '');
    const detail = reachable
      ? `BuildKit ${text('buildkit') || '?'}${text('server') ? ` (Docker ${text('server')})` : ''}`
      : text('error') || 'unreachable';
    return { id: text('id') || '?', reachable, detail };
  });
  return { kind: 'ok', version: typeof b['version'] === 'string' ? b['version'] : '?', engines, anyReachable: engines.some((e) => e.reachable) };
}

/** The message for a failed request, by HTTP status (null for 2xx). */
export function statusError(status: number, serverReason: string | null, pageOrigin: string, retryAfter: string | null = null): { reason: ConnectError; message: string } | null {
  if (status >= 200 && status < 300) return null;
  if (status === 429) return { reason: 'http', message: `The server is busy (429${serverReason ? `: ${serverReason}` : ''}); try again${retryAfter ? ` in ${retryAfter} s` : ' later'}.` };
  if (status === 401) return { reason: 'unauthorized', message: 'The server refused the token (401). Paste the token `layerlab serve` printed at start (or its LAYERLAB_TOKEN).' };
  if (status === 403) return { reason: 'cors', message: `The server refused this page's origin (403). Start it with --allow-origin ${pageOrigin}.` };
  return { reason: 'http', message: `The server answered ${status}${serverReason ? `: ${serverReason}` : ''}.` };
}

/** The message for a fetch that threw: `reachable` says whether a no-cors probe got through (then CORS blocked us). */
export function networkError(url: string, reachable: boolean, pageOrigin: string): { reason: ConnectError; message: string } {
  if (pageOrigin.startsWith('https:') && url.startsWith('http:') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(`${url}/`)) {
    return { reason: 'cors', message: `This page is served over https and cannot call ${url} over plain http (mixed content). Put the builder behind https.` };
  }
  if (reachable) {
    return { reason: 'cors', message: `${url} answered, but the browser blocked the answer (CORS). Start the server with --allow-origin ${pageOrigin}.` };
  }
  return { reason: 'refused', message: `Nothing answered at ${url} (connection refused or unreachable). Is \`layerlab serve\` running on that port?` };
}
