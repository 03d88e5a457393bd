import { describe, expect, it } from 'vitest';
import { decodeConnection, encodeConnection, networkError, normalizeUrl, readHealth, statusError } from '../../../src/editor/real-build/connection.ts';

const origin = 'http://127.0.0.1:4321';

describe('builder connection', () => {
  it('accepts http(s) origins with an optional path, nothing else', () => {
    expect(normalizeUrl(' http://127.0.0.1:7421/ ')).toBe('http://127.0.0.1:7421');
    expect(normalizeUrl('https://build.example/layerlab//')).toBe('https://build.example/layerlab');
    for (const bad of ['127.0.0.1:7421', 'ftp://x', 'not a url', 'http://u:p@x', 'http://x/?a=1', '']) expect(normalizeUrl(bad)).toBeNull();
  });

  it('stores and reads back a connection; garbage reads as none', () => {
    const c = { url: 'http://127.0.0.1:7421', token: 't0k' };
    expect(decodeConnection(encodeConnection(c))).toEqual(c);
    expect(decodeConnection(null)).toBeNull();
    expect(decodeConnection('{')).toBeNull();
    expect(decodeConnection('{"url":"ftp://x","token":"a"}')).toBeNull();
  });

  it('reads engines with versions, and unreachable ones with their error', () => {
    const h = readHealth({ ok: true, version: '0.1.0', engines: [
      { id: 'v0.8', reachable: true, server: '20.10.24', buildkit: 'v0.8 branch' },
      { id: 'modern', reachable: false, error: 'Cannot connect to the Docker daemon' },
    ] });
    expect(h).toEqual({ kind: 'ok', version: '0.1.0', anyReachable: true, engines: [
      { id: 'v0.8', reachable: true, detail: 'BuildKit v0.8 branch (Docker 20.10.24)' },
      { id: 'modern', reachable: false, detail: 'Cannot connect to the Docker daemon' },
    ] });
    expect(readHealth({ hello: 1 }).kind).toBe('error');
  });

  it('says what each failure means and what to do', () => {
    expect(statusError(200, null, origin)).toBeNull();
    expect(statusError(401, 'x', origin)?.reason).toBe('unauthorized');
    expect(statusError(403, null, origin)?.message).toContain('--allow-origin http://127.0.0.1:4321');
    expect(statusError(429, 'queue full', origin, '3')?.message).toBe('The server is busy (429: queue full); try again in 3 s.');
    expect(statusError(500, 'internal error', origin)?.message).toBe('The server answered 500: internal error.');
    expect(networkError('http://127.0.0.1:9', false, origin)).toMatchObject({ reason: 'refused' });
    expect(networkError('http://127.0.0.1:9', true, origin)).toMatchObject({ reason: 'cors' });
    expect(networkError('http://build.example', false, 'https://layerlab.dev').message).toContain('mixed content');
    expect(networkError('http://localhost:7421', false, 'https://layerlab.dev').reason).toBe('refused');
  });
});
