/** Which context paths make two input digests differ, in words the simulator can print. */
import type { InputDigest } from './digest.ts';
import type { DigestRecord } from './records.ts';

/** One reason two digests differ. `name` is the record's name inside its selector, `path` its context path. */
export type DigestDifference =
  | { readonly kind: 'added'; readonly selector: string; readonly name: string; readonly path: string }
  | { readonly kind: 'removed'; readonly selector: string; readonly name: string; readonly path: string }
  | { readonly kind: 'content'; readonly selector: string; readonly name: string; readonly path: string }
  | { readonly kind: 'mode'; readonly selector: string; readonly name: string; readonly path: string; readonly before: number; readonly after: number }
  | { readonly kind: 'target'; readonly selector: string; readonly name: string; readonly path: string; readonly before: string; readonly after: string }
  | { readonly kind: 'type'; readonly selector: string; readonly name: string; readonly path: string; readonly before: DigestRecord['kind']; readonly after: DigestRecord['kind'] }
  | { readonly kind: 'selectors'; readonly before: readonly string[]; readonly after: readonly string[] }
  | { readonly kind: 'failed'; readonly side: 'before' | 'after'; readonly error: string };

function recordMap(input: InputDigest): Map<string, { selector: string; record: DigestRecord }> {
  const m = new Map<string, { selector: string; record: DigestRecord }>();
  for (const s of input.selectors) if (s.ok) for (const r of s.records) m.set(`${s.selector.path}\0${r.name}`, { selector: s.selector.path, record: r });
  return m;
}

function compareRecords(selector: string, a: DigestRecord, b: DigestRecord): DigestDifference[] {
  const at = { selector, name: b.name, path: b.path };
  if (a.kind !== b.kind) return [{ kind: 'type', ...at, before: a.kind, after: b.kind }];
  const out: DigestDifference[] = [];
  if (a.mode !== b.mode) out.push({ kind: 'mode', ...at, before: a.mode, after: b.mode });
  if (a.kind === 'symlink' && a.target !== b.target) out.push({ kind: 'target', ...at, before: a.target ?? '', after: b.target ?? '' });
  if (a.kind === 'file' && a.content !== b.content) out.push({ kind: 'content', ...at });
  return out;
}

/** Lists what differs between the records behind two input digests (empty when the digests are equal). */
export function diffInputs(before: InputDigest, after: InputDigest): DigestDifference[] {
  if (!before.ok) return [{ kind: 'failed', side: 'before', error: before.error }];
  if (!after.ok) return [{ kind: 'failed', side: 'after', error: after.error }];
  if (before.digest === after.digest) return [];
  const sb = before.selectors.map((s) => s.selector.path);
  const sa = after.selectors.map((s) => s.selector.path);
  const out: DigestDifference[] = [];
  if (sb.join('\0') !== sa.join('\0')) out.push({ kind: 'selectors', before: sb, after: sa });
  const a = recordMap(before);
  const b = recordMap(after);
  for (const [key, { selector, record }] of a) {
    const other = b.get(key);
    if (other === undefined) out.push({ kind: 'removed', selector, name: record.name, path: record.path });
    else out.push(...compareRecords(selector, record, other.record));
  }
  for (const [key, { selector, record }] of b) if (!a.has(key)) out.push({ kind: 'added', selector, name: record.name, path: record.path });
  return out;
}
