// Tracks BuildKit client/llb/state.go marshal + mergeMetadata: identical ops are one vertex, the last-marshalled name wins
/** Dedupes identical ops into vertices and decides which steps the target's definition contains and their names. */
import type { EngineProfile } from '../engines/types.ts';
import type { DraftStep } from './builder.ts';
import type { OpInputs, StateSource, Step, Vertex } from './types.ts';

type Key = (source: StateSource) => number | string | null;

function opKey(op: OpInputs, parent: number | null, key: Key): unknown {
  switch (op.kind) {
    case 'image': return ['image', op.ref, op.platform];
    case 'exec':
      return ['exec', parent, op.args, op.env.map((e) => `${e.key}=${e.value}`), op.cwd, op.user, op.network ?? 'default', op.security ?? 'sandbox', op.proxyEnv ?? null,
        op.mounts.map((m) => [m.target, m.type, key(m.source), m.selector, m.readOnly, m.cacheId, m.sharing, m.secretId, m.optional, m.uid, m.gid, m.mode, m.spec?.size ?? null])];
    case 'file-copy':
      return ['file', op.isAdd, op.onScratch ? null : parent,
        op.actions.map((a) => [a.src, a.dest, key(a.source), a.chown, a.chmod, a.followSymlinks, a.copyDirContentsOnly, a.attemptUnpack, a.allowWildcard, a.includePatterns, a.excludePatterns, a.inline ?? null])];
    case 'mkdir': return ['mkdir', parent, op.path, op.mode, op.parents, op.user, op.epoch ?? ''];
    case 'merge': return ['merge', op.inputs.map(key)];
    case 'http': return ['http', op.url, op.filename, op.checksum ?? null];
    case 'git': return ['git', op.remote, op.keepGitDir, op.checksum ?? null];
    case 'cache-permissions': return ['perm', parent, op.uid, op.gid, op.mode];
    default: {
      const never: never = op;
      return never;
    }
  }
}

/** Assigns every step a vertex id: steps whose op and inputs are identical share one. */
export function assignVertices(steps: readonly DraftStep[]): Map<string, number> {
  const vertexOf = new Map<string, number>();
  const interned = new Map<string, number>();
  const key: Key = (s) => (s.kind === 'context' ? 'context' : s.kind === 'scratch' ? null : (vertexOf.get(s.step) ?? s.step));
  for (const step of steps) {
    const parent = step.parent === undefined ? null : (vertexOf.get(step.parent) ?? null);
    const text = JSON.stringify(opKey(step.op, parent, key));
    let id = interned.get(text);
    if (id === undefined) {
      id = interned.size;
      interned.set(text, id);
    }
    vertexOf.set(step.id, id);
  }
  return vertexOf;
}

/** Depth-first from the output, inputs before the op, each step once: the order LLB marshals in. */
export function marshalOrder(steps: readonly DraftStep[], output: string | undefined): string[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const input of byId.get(id)?.inputs ?? []) visit(input);
    order.push(id);
  };
  if (output !== undefined) visit(output);
  return order;
}

/** Vertices with their printed names, and the steps completed with vertex, printed and printedName. */
export function nameVertices(steps: readonly DraftStep[], output: string | undefined, engine: EngineProfile): { steps: Step[]; vertices: Vertex[] } {
  const vertexOf = assignVertices(steps);
  const order = marshalOrder(steps, output);
  const printed = new Set(order);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const groups = new Map<number, string[]>();
  for (const s of steps) groups.set(vertexOf.get(s.id) ?? -1, [...(groups.get(vertexOf.get(s.id) ?? -1) ?? []), s.id]);
  const nameOf = new Map<number, string>();
  for (const id of order) nameOf.set(vertexOf.get(id) ?? -1, byId.get(id)?.name ?? '');
  const vertices: Vertex[] = [...groups.entries()].map(([id, members]) => {
    const visited = members.filter((m) => printed.has(m));
    const names = [...new Set((visited.length > 0 ? visited : members).map((m) => byId.get(m)?.name ?? ''))];
    const name = nameOf.get(id) ?? names[names.length - 1] ?? '';
    return { id, steps: members, name, names, nameIsRandom: names.length > 1 && engine.sameVertexNaming === 'random' };
  });
  const vertexName = new Map(vertices.map((v) => [v.id, v.name]));
  const done = steps.map((s): Step => {
    const vertex = vertexOf.get(s.id) ?? -1;
    return { ...s, vertex, printed: printed.has(s.id), printedName: vertexName.get(vertex) ?? s.name };
  });
  return { steps: done, vertices };
}
