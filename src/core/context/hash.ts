/** Injected hashing for context digests, with a pure sha256 default (@noble/hashes): no node:crypto in the core. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8 } from './go-path.ts';

/** Hashes bytes to a digest string; equal input must give equal output, distinct input distinct output. */
export type HashFn = (data: Uint8Array) => string;

/** The default HashFn: "sha256:<hex>". */
export const sha256Hash: HashFn = (data) => 'sha256:' + bytesToHex(sha256(data));

/** Concatenates string/byte parts (strings as UTF-8) into one buffer. */
export function concatBytes(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? (isAscii(p) ? p : utf8(p)) : p));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    if (typeof c === 'string') for (let i = 0; i < c.length; i++) out[at++] = c.charCodeAt(i);
    else {
      out.set(c, at);
      at += c.length;
    }
  }
  return out;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
