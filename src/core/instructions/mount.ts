// Tracks BuildKit frontend/dockerfile/instructions/commands_runmount.go (parseMount)
/** Parses one RUN --mount value into a MountSpec, with each engine's keys and checks. */
import type { EngineProfile } from '../engines/types.ts';
import { readCsvRecord } from './csv.ts';
import type { MountSpec, MountType } from './types.ts';
import { lowerCase } from '../lower-case.ts';

/** Expands one mount value (modern engines), or reports BuildKit's error. */
export type MountExpander = (value: string) => { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: string };

/** A parsed mount or BuildKit's error message. */
export type MountParse = { readonly ok: true; readonly mount: MountSpec } | { readonly ok: false; readonly error: string };

const MOUNT_TYPES: readonly string[] = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING: readonly string[] = ['shared', 'private', 'locked'];

interface Draft {
  type: MountType;
  from?: string; source?: string; target?: string; id?: string; env?: string; size?: string;
  sharing?: 'shared' | 'private' | 'locked';
  readOnly: boolean; roAuto: boolean; required: boolean;
  mode?: number; uid?: number; gid?: number;
}

/** Go's strconv.ParseBool. */
const parseBool = (v: string): boolean | undefined =>
  ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v) ? true
  : ['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v) ? false
  : undefined;
const parseUint = (v: string, radix: 8 | 10): number | undefined =>
  (radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(v) && Number.parseInt(v, radix) <= 0xffffffff ? Number.parseInt(v, radix) : undefined;

function setKey(m: Draft, key: string, value: string, field: string, engine: EngineProfile): string | undefined {
  const fileInfo = (name: 'mode' | 'uid' | 'gid', radix: 8 | 10): string | undefined => {
    const n = parseUint(value, radix);
    if (n === undefined) return `invalid value ${value} for ${name}`;
    m[name] = n;
    return undefined;
  };
  switch (key) {
    case 'type':
      if (!MOUNT_TYPES.includes(value.toLowerCase())) return `unsupported mount type "${value}"`;
      m.type = value.toLowerCase() as MountType;
      return undefined;
    case 'from': m.from = value; return undefined;
    case 'source': case 'src': m.source = value; return undefined;
    case 'target': case 'dst': case 'destination': m.target = value; return undefined;
    case 'readonly': case 'ro': case 'readwrite': case 'rw': {
      const b = parseBool(value);
      if (b === undefined) return `invalid value for ${key}: ${value}`;
      m.readOnly = key === 'readonly' || key === 'ro' ? b : !b;
      m.roAuto = false;
      return undefined;
    }
    case 'required': {
      if (m.type !== 'secret' && m.type !== 'ssh') return `unexpected key '${key}' for mount type '${m.type}'`;
      const b = parseBool(value);
      if (b === undefined) return `invalid value for ${key}: ${value}`;
      m.required = b;
      return undefined;
    }
    case 'id': m.id = value; return undefined;
    case 'sharing':
      if (!SHARING.includes(value.toLowerCase())) return `unsupported sharing value "${value}"`;
      m.sharing = value.toLowerCase() as Draft['sharing'];
      return undefined;
    case 'mode': return fileInfo('mode', 8);
    case 'uid': return fileInfo('uid', 10);
    case 'gid': return fileInfo('gid', 10);
    case 'size':
      if (!engine.features.tmpfsSize.supported) break;
      if (m.type !== 'tmpfs') return `unexpected key '${key}' for mount type '${m.type}'`;
      m.size = value;
      return undefined;
    case 'env':
      if (!engine.features.secretEnv.supported) break;
      m.env = value;
      return undefined;
    default:
      break;
  }
  return `unexpected key '${key}' in '${field}'`;
}

function bareKey(m: Draft, key: string, field: string): string | undefined {
  if (key === 'readonly' || key === 'ro') { m.readOnly = true; m.roAuto = false; return undefined; }
  if (key === 'readwrite' || key === 'rw') { m.readOnly = false; m.roAuto = false; return undefined; }
  if (key === 'required') {
    if (m.type === 'secret' || m.type === 'ssh') { m.required = true; return undefined; }
    return `unexpected key '${key}' for mount type '${m.type}'`;
  }
  return `invalid field '${field}' must be a key=value pair`;
}

function validate(m: Draft): string | undefined {
  const fileInfoAllowed = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  for (const name of ['mode', 'uid', 'gid'] as const) {
    if (m[name] !== undefined && !fileInfoAllowed) return `${name} not allowed for "${m.type}" type mounts`;
  }
  if (m.roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.sharing !== undefined && m.type !== 'cache' && m.type !== 'secret') return `invalid cache sharing set for ${m.type} mount`;
  if (m.type === 'secret') {
    if (m.from !== undefined) return 'secret mount should not have a from';
    if (m.sharing !== undefined) return 'secret mount should not define sharing';
    if (m.source === undefined && m.target === undefined && m.id === undefined) return 'invalid secret mount. one of source, target required';
    if (m.source !== undefined && m.id !== undefined) return "both source and id can't be set";
  }
  return undefined;
}

/** parseMount: CSV fields of key=value; values go through `expand` first when the engine expands them. */
export function parseMount(raw: string, engine: EngineProfile, expand: MountExpander | undefined): MountParse {
  const csv = readCsvRecord(raw);
  if (!csv.ok) return { ok: false, error: `failed to parse csv mounts: ${csv.error}` };
  const m: Draft = { type: 'bind', readOnly: false, roAuto: true, required: false };
  for (const field of csv.fields) {
    const at = field.indexOf('=');
    const key = lowerCase(at < 0 ? field : field.slice(0, at));
    let error: string | undefined;
    if (at < 0) {
      error = bareKey(m, key, field);
    } else {
      let value = field.slice(at + 1);
      if (expand !== undefined && key !== 'from') {
        const expanded = expand(value);
        if (!expanded.ok) return { ok: false, error: expanded.error };
        value = expanded.value;
      } else if (key === 'from' && engine.features.mountValueExpansion.supported) {
        const dollar = value.indexOf('$');
        if (dollar !== -1 && dollar !== value.length - 1) return { ok: false, error: `'${key}' doesn't support variable expansion, define alias stage instead` };
      }
      error = setKey(m, key, value, field, engine);
    }
    if (error !== undefined) return { ok: false, error };
  }
  const error = validate(m);
  if (error !== undefined) return { ok: false, error };
  return {
    ok: true,
    mount: {
      type: m.type, from: m.from, source: m.source, target: m.target, readOnly: m.readOnly, id: m.id,
      sharing: m.sharing, required: m.required, mode: m.mode, uid: m.uid, gid: m.gid, env: m.env, size: m.size, raw,
    },
  };
}
