// Tracks BuildKit solver/llbsolver/ops/exec.go and file.go CacheMap: which op fields are in the definition digest.
import { digest, type Digest } from './hash.ts';
import type { CopyOp, ExecOp, MkdirOp, RunMount, StepOp } from './types.ts';

/** Engine switches that change op digests. */
export interface OpDigestOptions {
  /** v0.8: a cache mount's id and sharing are in the key; v0.13+: only when the id is the default. */
  readonly cacheMountIdInKey: boolean;
  /** The network mode a RUN without `--network` (or with `--network=default`) gets. */
  readonly defaultNetwork: string;
}

function mountFields(m: RunMount, options: OpDigestOptions): string[] {
  switch (m.type) {
    case 'bind':
      return ['bind', m.target, m.readonly ? 'ro' : 'rw'];
    case 'cache': {
      const keep = options.cacheMountIdInKey || (m.defaultId && m.sharing === 'shared');
      return ['cache', m.target, keep ? m.id : '', keep ? m.sharing : '', m.readonly ? 'ro' : 'rw', m.mode, m.uid, m.gid];
    }
    case 'secret':
    case 'ssh':
      return [m.type, m.target, m.id, m.required ? 'required' : 'optional', m.mode, m.uid, m.gid];
    case 'tmpfs':
      return ['tmpfs', m.target, m.size];
    default: {
      const never: never = m;
      return never;
    }
  }
}

function execDigest(op: ExecOp, options: OpDigestOptions): Digest {
  const env = op.env.map((e) => `${e.name}=${e.value}`);
  return digest('exec', JSON.stringify(op.args), ...env, '|cwd', op.cwd, '|user', op.user, '|net', op.network === '' || op.network === 'default' ? options.defaultNetwork : op.network, '|sec', op.security, ...op.mounts.flatMap((m) => ['|m', ...mountFields(m, options)]));
}

function copyDigest(op: CopyOp): Digest {
  const bases = op.sources.map((s) => s.replace(/\/+$/, '').split('/').pop() ?? '');
  return digest('copy', op.add ? 'add' : 'copy', ...bases, '|dest', op.dest, '|chmod', op.chmod, '|chown', op.chown, op.link ? 'link' : '', ...op.exclude, op.parents ? 'parents' : '');
}

function mkdirDigest(op: MkdirOp): Digest {
  return digest('mkdir', op.path, '0755', 'parents', op.user, op.epoch);
}

/** The definition digest of an op (its CacheMap digest, without inputs). */
export function opDigest(op: StepOp, options: OpDigestOptions): Digest {
  switch (op.kind) {
    case 'exec':
      return execDigest(op, options);
    case 'copy':
      return copyDigest(op);
    case 'mkdir':
      return mkdirDigest(op);
    default: {
      const never: never = op;
      return never;
    }
  }
}
