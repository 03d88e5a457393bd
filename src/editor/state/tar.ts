/** A tiny ustar writer and reader for the build context (regular files and folders only). */
import { strFromU8, strToU8 } from 'fflate';

const block = 512;

/** Writes files (path → text) into a ustar archive with two zero blocks at the end. */
export function writeTar(files: Readonly<Record<string, string>>, mtime = 0): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const [path, text] of Object.entries(files)) {
    const body = strToU8(text);
    chunks.push(header(path, body.length, mtime), body, new Uint8Array((block - (body.length % block)) % block));
  }
  chunks.push(new Uint8Array(block * 2));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Reads regular files out of a tar archive (ustar or old-style); other entry types are skipped. */
export function readTar(data: Uint8Array): Record<string, string> {
  const files: Record<string, string> = {};
  let offset = 0;
  while (offset + block <= data.length) {
    const head = data.subarray(offset, offset + block);
    if (head.every((b) => b === 0)) break;
    const name = field(head, 0, 100);
    const prefix = strFromU8(head.subarray(257, 263)).startsWith('ustar') ? field(head, 345, 155) : '';
    const size = parseInt(field(head, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(head[156] ?? 0);
    if (Number.isNaN(size) || offset + block + size > data.length) throw new Error('truncated tar archive');
    const path = prefix ? `${prefix}/${name}` : name;
    if (type === '0' || type === '\0') files[path.replace(/^\.\//, '')] = strFromU8(data.subarray(offset + block, offset + block + size));
    offset += block + Math.ceil(size / block) * block;
  }
  return files;
}

function header(path: string, size: number, mtime: number): Uint8Array {
  const h = new Uint8Array(block);
  const bytes = strToU8(path);
  let name = path;
  let prefix = '';
  if (bytes.length > 100) {
    const cut = path.lastIndexOf('/', 155);
    if (cut <= 0 || strToU8(path.slice(cut + 1)).length > 100) throw new Error(`path too long for tar: ${path}`);
    prefix = path.slice(0, cut);
    name = path.slice(cut + 1);
  }
  put(h, 0, name);
  put(h, 100, '0000644\0');
  put(h, 108, '0000000\0');
  put(h, 116, '0000000\0');
  put(h, 124, `${size.toString(8).padStart(11, '0')}\0`);
  put(h, 136, `${Math.floor(mtime).toString(8).padStart(11, '0')}\0`);
  put(h, 148, '        ');
  h[156] = '0'.charCodeAt(0);
  put(h, 257, 'ustar\0');
  put(h, 263, '00');
  put(h, 345, prefix);
  const sum = h.reduce((n, b) => n + b, 0);
  put(h, 148, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

function put(h: Uint8Array, at: number, text: string): void {
  h.set(strToU8(text), at);
}

function field(h: Uint8Array, at: number, length: number): string {
  const raw = h.subarray(at, at + length);
  const end = raw.indexOf(0);
  return strFromU8(end < 0 ? raw : raw.subarray(0, end));
}
