// Tracks BuildKit dockerfile2llb/convert_runmount.go (dispatchRunMounts) and convert_secrets.go / convert_ssh.go
/** Turns RUN --mount specs into ExecOp mounts with their sources, BuildKit's defaults applied. */
import { cleanPath, joinPath } from '../instructions/index.ts';
import type { MountSpec, StageCommand } from '../instructions/types.ts';
import { addStep, sourceOf } from './builder.ts';
import type { GraphBuilder } from './builder.ts';
import type { StageCursor } from './cursor.ts';
import type { ExecMount, StateSource, StepDependency } from './types.ts';

const base = (p: string): string => p.split('/').filter((s) => s !== '').pop() ?? '';

function secretMount(m: MountSpec): ExecMount {
  const id = m.source ?? m.id ?? base(m.target ?? '');
  return {
    target: m.target ?? `/run/secrets/${base(id)}`, type: 'secret', source: { kind: 'scratch' }, selector: '/', readOnly: true,
    cacheId: undefined, sharing: undefined, secretId: id, optional: !m.required, uid: m.uid, gid: m.gid,
    mode: m.uid !== undefined || m.gid !== undefined || m.mode !== undefined ? (m.mode ?? 0o400) : undefined, spec: m,
  };
}

function sshMount(m: MountSpec, i: number): ExecMount {
  return {
    target: m.target ?? `/run/buildkit/ssh_agent.${i}`, type: 'ssh', source: { kind: 'scratch' }, selector: '/', readOnly: true,
    cacheId: undefined, sharing: undefined, secretId: m.id ?? 'default', optional: !m.required, uid: m.uid, gid: m.gid,
    mode: m.mode ?? 0o600, spec: m,
  };
}

/** The step behind a mount's from= (a stage's output, an image FROM, or scratch), recorded as a dependency. */
function mountSource(b: GraphBuilder, cursor: StageCursor, cmd: StageCommand, commandIndex: number, mountIndex: number, deps: StepDependency[]): StateSource {
  const stage = b.stages.stages[cursor.stage];
  const dep = stage?.dependencies.find((d) => d.commandIndex === commandIndex && d.mountIndex === mountIndex);
  if (dep === undefined) return { kind: 'scratch' };
  const step = b.outputs.get(dep.state);
  const entry = b.stages.states[dep.state];
  deps.push({ via: 'mount-from', stage: entry?.kind === 'stage' ? entry.stage : undefined, state: dep.state, step });
  return sourceOf(step);
}

function cachePermissions(b: GraphBuilder, cursor: StageCursor, m: MountSpec, from: StateSource, cmd: StageCommand): StateSource {
  const id = addStep(b, {
    kind: 'internal', name: b.engine.cacheMountPermissionsName, stage: cursor.stage, state: cursor.state, index: undefined,
    total: cursor.total, commandIndex: undefined, instruction: cmd.instruction, parent: from.kind === 'step' ? from.step : undefined,
    deps: [], inputs: from.kind === 'step' ? [from.step] : [],
    op: { kind: 'cache-permissions', uid: m.uid ?? 0, gid: m.gid ?? 0, mode: m.mode ?? 0o755 }, onbuild: cursor.onbuild,
    range: cmd.instruction.range,
  });
  return { kind: 'step', step: id };
}

/** The ExecOp mounts of a RUN (root first, then by target) and its stage/image dependencies. */
export function execMounts(b: GraphBuilder, cursor: StageCursor, cmd: StageCommand, commandIndex: number, mounts: readonly MountSpec[]): { mounts: ExecMount[]; deps: StepDependency[] } {
  const deps: StepDependency[] = [];
  const cwd = cmd.context.workdir;
  const out: ExecMount[] = mounts.map((m, i): ExecMount => {
    if (m.type === 'secret') return secretMount(m);
    if (m.type === 'ssh') return sshMount(m, i);
    const hasFrom = m.from !== undefined || m.type === 'cache';
    let source: StateSource = hasFrom ? mountSource(b, cursor, cmd, commandIndex, i, deps) : { kind: 'context' };
    if (m.from === undefined && m.type === 'cache' && source.kind !== 'step') source = { kind: 'scratch' };
    if (m.type === 'tmpfs') source = { kind: 'scratch' };
    const rawTarget = m.target ?? '';
    const target = rawTarget.startsWith('/') ? cleanPath(rawTarget) : joinPath('/', cwd, rawTarget);
    let selector = joinPath('/', m.source ?? '');
    if (selector === '/' && (m.uid !== undefined || m.gid !== undefined || m.mode !== undefined)) {
      source = cachePermissions(b, cursor, m, source, cmd);
      selector = '/cache';
    }
    if (source.kind === 'context') b.contextPaths.add(joinPath('/', m.source ?? ''));
    return {
      target, type: m.type, source, selector, readOnly: m.readOnly,
      cacheId: m.type === 'cache' ? `/${m.id ?? cleanPath(rawTarget)}` : undefined,
      sharing: m.type === 'cache' ? (m.sharing ?? 'shared') : undefined,
      secretId: undefined, optional: false, uid: m.uid, gid: m.gid, mode: m.mode, spec: m,
    };
  });
  return { mounts: out.sort((x, y) => (x.target < y.target ? -1 : x.target > y.target ? 1 : 0)), deps };
}
