// Tracks BuildKit solver/cachemanager.go + edge.go: a result matches when, for every input, the input's
// definition key or its content key was linked to it before (AND over inputs, OR within one input).
import { digest, type Digest } from './hash.ts';

/** One input of a step as the solver sees it: a definition key (cheap) and/or a content key (slow). */
export interface CacheInput {
  readonly def: Digest | undefined;
  readonly content: Digest | undefined;
}

/** A stored result and every key that links to it. */
export interface CacheRecord<R> {
  readonly key: Digest;
  readonly op: Digest;
  readonly inputs: readonly { readonly defs: Set<Digest>; readonly contents: Set<Digest> }[];
  result: R;
  /** Build that first produced it and the last build that (re)ran it. */
  readonly createdIn: number;
  ranIn: number;
}

/** The build cache shared by the builds of one simulation (all results kept: no GC). */
export interface CacheStore<R> {
  readonly byOp: Map<Digest, CacheRecord<R>[]>;
  readonly byKey: Map<Digest, CacheRecord<R>>;
  /** Records by op and the definition key of their first input (the chain): the usual lookup path. */
  readonly byChain: Map<string, CacheRecord<R>[]>;
}

/** An empty cache. */
export function createStore<R>(): CacheStore<R> {
  return { byOp: new Map(), byKey: new Map(), byChain: new Map() };
}

function chainKey(op: Digest, def: Digest): string {
  return `${op}\u0000${def}`;
}

function matches(record: CacheRecord<unknown>, inputs: readonly CacheInput[]): boolean {
  if (record.inputs.length !== inputs.length) return false;
  return inputs.every((input, i) => {
    const r = record.inputs[i]!;
    return (input.def !== undefined && r.defs.has(input.def)) || (input.content !== undefined && r.contents.has(input.content));
  });
}

/** Finds a stored result for the op with these inputs. */
export function lookup<R>(store: CacheStore<R>, op: Digest, inputs: readonly CacheInput[]): CacheRecord<R> | undefined {
  const first = inputs[0];
  const records = first?.def !== undefined && first.content === undefined ? store.byChain.get(chainKey(op, first.def)) : store.byOp.get(op);
  if (!records) return undefined;
  for (let i = records.length - 1; i >= 0; i--) if (matches(records[i]!, inputs)) return records[i];
  return undefined;
}

/** Whether any record has this op and an input `index` that matches (used to explain a miss). */
export function inputMatches<R>(store: CacheStore<R>, op: Digest, index: number, input: CacheInput): boolean {
  if (index === 0 && input.def !== undefined && input.content === undefined) return store.byChain.has(chainKey(op, input.def));
  return (store.byOp.get(op) ?? []).some((r) => {
    const ri = r.inputs[index];
    return ri !== undefined && ((input.def !== undefined && ri.defs.has(input.def)) || (input.content !== undefined && ri.contents.has(input.content)));
  });
}

/** The key a freshly executed result gets (equal op and input keys reuse the same key, like getIDFromDeps). */
export function newKey(op: Digest, inputs: readonly CacheInput[]): Digest {
  return digest('key', op, ...inputs.map((i) => `${i.def ?? '-'}/${i.content ?? '-'}`));
}

/** Links the inputs to a record (creating it), after a hit or an execution. */
export function save<R>(store: CacheStore<R>, op: Digest, inputs: readonly CacheInput[], key: Digest, result: R, build: number, ran: boolean): CacheRecord<R> {
  let record = store.byKey.get(key);
  if (!record) {
    record = { key, op, inputs: inputs.map(() => ({ defs: new Set<Digest>(), contents: new Set<Digest>() })), result, createdIn: build, ranIn: build };
    store.byKey.set(key, record);
    const list = store.byOp.get(op) ?? [];
    list.push(record);
    store.byOp.set(op, list);
  }
  inputs.forEach((input, i) => {
    const r = record.inputs[i];
    if (!r) return;
    if (input.def !== undefined && !r.defs.has(input.def)) {
      r.defs.add(input.def);
      if (i === 0) {
        const k = chainKey(op, input.def);
        const list = store.byChain.get(k) ?? [];
        list.push(record);
        store.byChain.set(k, list);
      }
    }
    if (input.content !== undefined) r.contents.add(input.content);
  });
  if (ran) {
    record.result = result;
    record.ranIn = build;
  }
  return record;
}
