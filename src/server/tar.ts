/** A strict reader of POSIX tar (ustar, PAX path/linkpath, GNU long names) for build contexts. */
import { parseMode } from './paths.ts';
import type { Checked, ContextItem, RequestError } from './types.ts';

/** What a tar body yields: context entries and the modes of directories it lists. */
export interface TarContext {
  readonly context: Map<string, ContextItem>;
  readonly dirModes: Map<string, number>;
}

const bad = (reason: string): { ok: false; error: RequestError } => ({ ok: false, error: { status: 400, reason: `malformed tar: ${reason}` } });
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function field(block: Uint8Array, start: number, length: number): Uint8Array {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return end < 0 ? raw : raw.subarray(0, end);
}

function octal(block: Uint8Array, start: number, length: number): number | undefined {
  const text = latin1.decode(field(block, start, length)).trim();
  if (text === '') return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

function checksumOk(block: Uint8Array): boolean {
  const stored = octal(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
  return stored === sum;
}

function paxRecords(data: Uint8Array): Map<string, string> | undefined {
  const out = new Map<string, string>();
  const text = utf8.decode(data);
  let i = 0;
  while (i < text.length) {
    const space = text.indexOf(' ', i);
    const len = Number(text.slice(i, space));
    if (space < 0 || !Number.isInteger(len) || len <= 0) return undefined;
    const record = text.slice(space + 1, i + len - 1);
    const eq = record.indexOf('=');
    if (eq < 0) return undefined;
    out.set(record.slice(0, eq), record.slice(eq + 1));
    i += len;
  }
  return out;
}

/** Normalises a member name: drops one leading "./" and a trailing "/"; never resolves "..". */
function memberName(name: string): string {
  let n = name.startsWith('./') ? name.slice(2) : name;
  while (n.endsWith('/')) n = n.slice(0, -1);
  return n;
}

/** Reads a tar archive into a context; refuses anything it does not understand (devices, hard links, bad checksums). */
export function readTar(bytes: Uint8Array, maxFiles: number): Checked<TarContext> {
  const context = new Map<string, ContextItem>();
  const dirModes = new Map<string, number>();
  let offset = 0;
  let pending: Map<string, string> = new Map();
  let sawEnd = false;
  while (offset + 512 <= bytes.length) {
    const block = bytes.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) { sawEnd = true; break; }
    if (!checksumOk(block)) return bad(`bad header checksum at byte ${offset}`);
    const size = octal(block, 124, 12);
    if (size === undefined) return bad(`bad size field at byte ${offset}`);
    const dataStart = offset + 512;
    if (dataStart + size > bytes.length) return bad(`entry at byte ${offset} is truncated`);
    const data = bytes.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;
    const type = String.fromCharCode(block[156]!);
    if (type === 'x' || type === 'g') {
      const records = paxRecords(data);
      if (!records) return bad('bad PAX header');
      if (type === 'x') pending = new Map([...pending, ...records]);
      continue;
    }
    if (type === 'L' || type === 'K') {
      pending.set(type === 'L' ? 'path' : 'linkpath', utf8.decode(field(data, 0, data.length)));
      continue;
    }
    const prefix = utf8.decode(field(block, 345, 155));
    const rawName = pending.get('path') ?? (prefix ? `${prefix}/` : '') + utf8.decode(field(block, 0, 100));
    const link = pending.get('linkpath') ?? utf8.decode(field(block, 157, 100));
    pending = new Map();
    const name = memberName(rawName);
    const modeBits = octal(block, 100, 8);
    if (modeBits === undefined) return bad(`bad mode of "${rawName}"`);
    const mode = parseMode((modeBits & 0o7777).toString(8).padStart(4, '0')) ?? 0o644;
    if (name === '' || name === '.') continue;
    if (context.size >= maxFiles) return { ok: false, error: { status: 413, reason: `too many files: more than ${maxFiles}` } };
    if (context.has(name) || dirModes.has(name)) return bad(`"${name}" appears twice`);
    switch (type) {
      case '0': case '\0': case '7': context.set(name, { kind: 'file', data: data.slice(), mode }); break;
      case '2': context.set(name, { kind: 'symlink', target: link }); break;
      case '5': dirModes.set(name, mode); break;
      default: return bad(`"${name}" has entry type "${type === '\0' ? 'NUL' : type}"; only files, directories and symlinks are allowed`);
    }
  }
  if (!sawEnd && offset < bytes.length) return bad('trailing bytes that are not a tar block');
  if (!sawEnd && bytes.length === 0) return bad('empty body');
  return { ok: true, value: { context, dirModes } };
}
