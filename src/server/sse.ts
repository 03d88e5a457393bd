/** Server-Sent Events framing and the event shapes a client (the playground) reads. */
import type { ComparisonRow, EngineId, Verdict } from './types.ts';
import type { VertexStatus } from './progress.ts';

/** Every event of POST /v1/builds, by name (docs/server-api.md). */
export type BuildEvent =
  | { readonly event: 'queued'; readonly data: { readonly ahead: number } }
  | { readonly event: 'start'; readonly data: { readonly session: string; readonly engine: EngineId; readonly build: number; readonly cacheReset: CacheReset | null } }
  | { readonly event: 'predicted'; readonly data: { readonly steps: Readonly<Record<string, Verdict>>; readonly errors: readonly string[] } }
  | { readonly event: 'step'; readonly data: { readonly vertex: string; readonly name: string; readonly step: boolean; readonly status: VertexStatus; readonly line: string } }
  | { readonly event: 'log'; readonly data: { readonly line: string } }
  | { readonly event: 'result'; readonly data: BuildResultData };

/** Why a session's build starts from an empty cache. */
export type CacheReset = 'first-build' | 'evicted' | 'after-failure';

/** The final event. */
export interface BuildResultData {
  readonly ok: boolean;
  /** Why the build did not succeed (exit code, timeout, canceled). */
  readonly error: string | null;
  readonly session: string;
  readonly engine: EngineId;
  readonly build: number;
  readonly steps: Readonly<Record<string, Verdict>>;
  readonly predicted: Readonly<Record<string, Verdict>>;
  readonly comparison: readonly ComparisonRow[];
  readonly mismatches: number;
  readonly durationMs: number;
  readonly log: string;
}

/** Formats one SSE frame (data is one JSON line, so no newline escaping is needed). */
export function frame(e: BuildEvent): string {
  return `event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}
