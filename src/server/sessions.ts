/** Sessions, and which session owns each engine's build cache right now. */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { newHistory, type PredictionHistory } from './predict.ts';
import type { Driver } from './drivers/index.ts';
import type { CacheReset } from './sse.ts';
import type { EngineId } from './types.ts';

/** A session's life on one engine. */
export interface SessionEngine {
  readonly session: string;
  readonly engine: EngineId;
  /** The context dir reused build after build (see context-dir.ts). */
  readonly contextDir: string;
  /** Image repository of this session's results (`<repo>:b<N>`). */
  readonly repo: string;
  history: PredictionHistory;
  tags: string[];
  builds: number;
  /** When a build of it last ended (ms since epoch), for idle expiry. */
  lastUsed: number;
  /** Set when the session's cache was lost; reported by its next build. */
  reset: CacheReset | null;
}

/** The server's session table. */
export interface Sessions {
  readonly get: (session: string, engine: EngineId) => SessionEngine;
  /**
   * Makes `s` the owner of its engine's cache: when another session (or nothing we know) owned it,
   * prunes the whole build cache and removes the previous owner's images. Call only while holding the engine's turn.
   */
  readonly claim: (s: SessionEngine, driver: Driver) => Promise<CacheReset | null>;
  /** Forgets that `s` owns its engine (its next build prunes first), e.g. after a failed build. */
  readonly disown: (s: SessionEngine, why: CacheReset) => void;
  /** Drops a session on every engine: prunes where it owns the cache, removes its images and dirs. */
  readonly drop: (session: string, drivers: readonly Driver[], turn: (engine: EngineId, f: () => Promise<void>) => Promise<void>) => Promise<boolean>;
  /** Removes every image the server tagged (on close). */
  readonly removeAllImages: (drivers: readonly Driver[]) => Promise<void>;
  readonly count: () => number;
  /** Sessions whose every engine has been idle since before `cutoff` (ms since epoch). */
  readonly idleSince: (cutoff: number) => string[];
  readonly owners: () => Record<string, string | null>;
}

/** Creates the table; dirs live under `workDir`. */
export function createSessions(workDir: string, toolchain: 'go' | 'stand-in'): Sessions {
  const table = new Map<string, SessionEngine>();
  const owner = new Map<EngineId, SessionEngine | undefined>();
  const keyOf = (session: string, engine: EngineId) => `${engine}\0${session}`;
  const hash = (session: string) => createHash('sha256').update(session).digest('hex').slice(0, 16);
  const get = (session: string, engine: EngineId): SessionEngine => {
    const k = keyOf(session, engine);
    let s = table.get(k);
    if (!s) {
      const h = hash(session);
      s = { session, engine, contextDir: join(workDir, `${engine === 'v0.8' ? 'v08' : engine}-${h}`, 'context'), repo: `layerlab-session-${h}`, history: newHistory(engine, toolchain), tags: [], builds: 0, lastUsed: Date.now(), reset: 'first-build' };
      table.set(k, s);
    }
    return s;
  };
  const forgetCache = (s: SessionEngine, why: CacheReset) => {
    s.history = newHistory(s.engine, toolchain);
    s.reset = why;
  };
  const claim = async (s: SessionEngine, driver: Driver): Promise<CacheReset | null> => {
    const prev = owner.get(s.engine);
    if (prev === s) return null;
    await driver.prune();
    if (prev) forgetCache(prev, 'evicted');
    // images of every other session on this engine go with the cache (they could seed it again)
    for (const other of table.values()) {
      if (other === s || other.engine !== s.engine || other.tags.length === 0) continue;
      await driver.removeImages(other.tags);
      other.tags = [];
    }
    owner.set(s.engine, s);
    const why = s.reset ?? 'evicted';
    s.reset = null;
    return why;
  };
  const disown = (s: SessionEngine, why: CacheReset) => {
    if (owner.get(s.engine) === s) owner.set(s.engine, undefined);
    forgetCache(s, why);
  };
  const drop: Sessions['drop'] = async (session, drivers, turn) => {
    let found = false;
    for (const d of drivers) {
      const s = table.get(keyOf(session, d.id));
      if (!s) continue;
      found = true;
      await turn(d.id, async () => {
        if (owner.get(d.id) === s) { await d.prune(); owner.set(d.id, undefined); }
        await d.removeImages(s.tags);
        await rm(join(s.contextDir, '..'), { recursive: true, force: true });
        table.delete(keyOf(session, d.id));
      });
    }
    return found;
  };
  const owners = () => Object.fromEntries([...owner].map(([e, s]) => [e, s ? s.session : null]));
  const removeAllImages = async (drivers: readonly Driver[]) => {
    for (const d of drivers) {
      const tags = [...table.values()].filter((t) => t.engine === d.id).flatMap((t) => t.tags);
      await d.removeImages(tags).catch(() => undefined);
    }
  };
  const idleSince = (cutoff: number): string[] => {
    const last = new Map<string, number>();
    for (const t of table.values()) last.set(t.session, Math.max(last.get(t.session) ?? 0, t.lastUsed));
    return [...last].filter(([, at]) => at < cutoff).map(([session]) => session);
  };
  return { get, claim, disown, drop, removeAllImages, idleSince, count: () => new Set([...table.values()].map((s) => s.session)).size, owners };
}
