// Tracks BuildKit solver/cachekey.go and cache/contenthash/checksum.go: digests that name cache keys and content.
// The digest is a fast non-cryptographic 64-bit string hash: keys only need to be equal for equal
// inputs inside one simulation, never across machines.

/** A digest in hex, e.g. "d:3f0a…"; opaque, compare with ===. */
export type Digest = string;

/** Hashes a list of string parts (order matters, parts are length-delimited) into one digest. */
export function digest(...parts: readonly string[]): Digest {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (const part of parts) {
    const len = part.length;
    h1 = Math.imul(h1 ^ len, 0x01000193);
    h2 = Math.imul(h2 ^ (len + 0x5bd1e995), 0x5bd1e995);
    for (let i = 0; i < len; i++) {
      const c = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = Math.imul(h1 ^ 0xff, 0x01000193);
  }
  h1 ^= h2 >>> 13;
  h1 = Math.imul(h1, 0x85ebca6b);
  h2 ^= h1 >>> 16;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h1 ^= h2 >>> 13;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Digest of a JSON-serialisable value (key order as given). */
export function digestJson(value: unknown): Digest {
  return digest(JSON.stringify(value));
}

/** Hashes raw bytes (binary file contents, src/core/context's digest lists) the same fast way; a src/core/context HashFn. */
export function hashBytes(data: Uint8Array): Digest {
  let h1 = 0x3c6ef372;
  let h2 = 0x9747b28c ^ data.length;
  for (let i = 0; i < data.length; i++) {
    const c = data[i] as number;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h2 >>> 13;
  h1 = Math.imul(h1, 0x85ebca6b);
  h2 ^= h1 >>> 16;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h1 ^= h2 >>> 13;
  return 'b' + (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
