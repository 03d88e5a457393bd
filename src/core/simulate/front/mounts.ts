// Tracks BuildKit frontend/dockerfile/instructions/commands_runmount.go and dockerfile2llb/convert_runmount.go.
import type { RunMount, StepSource } from '../../cache/types.ts';
import { splitCsv } from './words.ts';

/** Joins a possibly relative path onto a directory, cleaned, absolute. */
export function resolvePath(dir: string, p: string): string {
  const joined = p.startsWith('/') ? p : `${dir}/${p}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return value === '' || value === 'true' || value === '1';
}

/** Parses one `--mount=` value into the ExecOp mount it becomes. */
export function parseMount(value: string, cwd: string, resolveFrom: (name: string) => StepSource): RunMount {
  const kv = splitCsv(value);
  const type = kv.get('type') ?? 'bind';
  const rawTarget = kv.get('target') ?? kv.get('dst') ?? kv.get('destination') ?? '';
  const from = kv.get('from');
  const ro = kv.has('rw') || kv.has('readwrite') ? !bool(kv.get('rw') ?? kv.get('readwrite'), true) : bool(kv.get('readonly') ?? kv.get('ro'), type === 'bind');
  switch (type) {
    case 'cache': {
      const target = resolvePath(cwd, rawTarget);
      const id = kv.get('id') ?? '';
      return {
        type,
        target,
        id: id === '' ? target : id,
        defaultId: id === '' || id === target,
        sharing: kv.get('sharing') ?? 'shared',
        readonly: kv.has('readonly') || kv.has('ro') ? ro : false,
        mode: kv.get('mode') ?? '',
        uid: kv.get('uid') ?? '',
        gid: kv.get('gid') ?? '',
      };
    }
    case 'secret':
    case 'ssh': {
      const id = kv.get('id') ?? (type === 'ssh' ? 'default' : rawTarget.split('/').pop() ?? '');
      const target = rawTarget === '' ? (type === 'secret' ? `/run/secrets/${id}` : '/run/buildkit/ssh_agent.0') : resolvePath(cwd, rawTarget);
      return { type, target, id, required: bool(kv.get('required'), false), mode: kv.get('mode') ?? (type === 'secret' ? '0400' : '0600'), uid: kv.get('uid') ?? '0', gid: kv.get('gid') ?? '0' };
    }
    case 'tmpfs':
      return { type, target: resolvePath(cwd, rawTarget), size: kv.get('size') ?? '' };
    default:
      return {
        type: 'bind',
        target: resolvePath(cwd, rawTarget),
        source: kv.get('source') ?? kv.get('src') ?? '/',
        from: from === undefined || from === '' ? { kind: 'context' } : resolveFrom(from),
        readonly: ro,
      };
  }
}

/** The `from=` of a mount flag value, if any; and whether the mount registers a scratch state. */
export function mountFrom(value: string): { readonly from: string | undefined; readonly type: string } {
  const kv = splitCsv(value);
  return { from: kv.get('from'), type: kv.get('type') ?? 'bind' };
}
