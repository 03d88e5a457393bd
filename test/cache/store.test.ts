import { describe, expect, it } from 'vitest';
import { digest } from '../../src/core/cache/hash.ts';
import { opDigest } from '../../src/core/cache/op-digest.ts';
import { createStore, lookup, newKey, save } from '../../src/core/cache/store.ts';
import type { ExecOp } from '../../src/core/cache/types.ts';

describe('digest', () => {
  it('is length-delimited: part boundaries matter', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
    expect(digest('x')).toBe(digest('x'));
  });
});

describe('cache store (AND over inputs, OR of definition/content within one input)', () => {
  it('hits by content when the definition key differs, and misses when any input differs', () => {
    const store = createStore<string>();
    const inputs = [{ def: 'chain', content: undefined }, { def: 'stageA', content: 'bytes1' }];
    save(store, 'op', inputs, newKey('op', inputs), 'r1', 0, true);
    expect(lookup(store, 'op', [{ def: 'chain', content: undefined }, { def: 'stageB', content: 'bytes1' }])?.result).toBe('r1');
    expect(lookup(store, 'op', [{ def: 'other', content: undefined }, { def: 'stageA', content: 'bytes1' }])).toBeUndefined();
    expect(lookup(store, 'op', [{ def: 'chain', content: undefined }, { def: 'stageB', content: 'bytes2' }])).toBeUndefined();
    expect(lookup(store, 'op2', inputs)).toBeUndefined();
  });
  it('keeps every earlier result (a revert hits the older record)', () => {
    const store = createStore<string>();
    const a = [{ def: 'c', content: undefined }, { def: undefined, content: 'v1' }];
    const b = [{ def: 'c', content: undefined }, { def: undefined, content: 'v2' }];
    save(store, 'op', a, newKey('op', a), 'one', 0, true);
    save(store, 'op', b, newKey('op', b), 'two', 1, true);
    expect(lookup(store, 'op', a)?.result).toBe('one');
  });
});

describe('op digests', () => {
  const base: ExecOp = { kind: 'exec', args: ['/bin/sh', '-c', 'echo hi'], command: 'echo hi', env: [], cwd: '/', user: '', mounts: [], network: '', security: '' };
  const opts = { cacheMountIdInKey: true, defaultNetwork: 'default' };
  it('include env, cwd and user of a RUN', () => {
    const d = opDigest(base, opts);
    expect(opDigest({ ...base, env: [{ name: 'A', value: '1', origin: 'arg' }] }, opts)).not.toBe(d);
    expect(opDigest({ ...base, cwd: '/app' }, opts)).not.toBe(d);
    expect(opDigest({ ...base, user: 'nobody' }, opts)).not.toBe(d);
  });
  it('drop a custom cache mount id on modern engines but not on v0.8', () => {
    const m = (id: string) => ({ ...base, mounts: [{ type: 'cache' as const, target: '/c', id, defaultId: id === '/c', sharing: 'shared', readonly: false, mode: '', uid: '', gid: '' }] });
    const modern = { cacheMountIdInKey: false, defaultNetwork: 'default' };
    expect(opDigest(m('a'), modern)).toBe(opDigest(m('b'), modern));
    expect(opDigest(m('a'), modern)).not.toBe(opDigest(m('/c'), modern));
    expect(opDigest(m('a'), opts)).not.toBe(opDigest(m('b'), opts));
  });
  it('ignore a secret mount value (not in the op) but not its id', () => {
    const s = (id: string) => ({ ...base, mounts: [{ type: 'secret' as const, target: `/run/secrets/${id}`, id, required: false, mode: '0400', uid: '0', gid: '0' }] });
    expect(opDigest(s('a'), opts)).not.toBe(opDigest(s('b'), opts));
  });
});
