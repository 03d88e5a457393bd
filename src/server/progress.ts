/** Reads BuildKit's `--progress=plain` output line by line into vertex events and step verdicts. */
// Same filter as shared/oracle/record.mjs: [internal] vertices, FROM, exporting and buildx's banner are not steps.
import type { Verdict } from './types.ts';

/** What one `#N …` line says about its vertex. */
export type VertexStatus = 'started' | 'log' | 'cached' | 'done' | 'error' | 'canceled';

/** One parsed progress line. */
export type ProgressLine =
  | { readonly kind: 'vertex'; readonly vertex: string; readonly name: string; readonly step: boolean; readonly status: VertexStatus; readonly line: string }
  | { readonly kind: 'other'; readonly line: string };

interface Vertex { name: string; cached: boolean; done: boolean; error: boolean }

/** True when a vertex name is a Dockerfile step (what the scenarios record). */
export function isStepName(n: string): boolean {
  if (n.startsWith('[internal]') || /^exporting\b/.test(n) || /^(\[[^\]]*\] )?FROM /.test(n)) return false;
  if (/^building with ".*" instance using \S+ driver$/.test(n)) return false;
  if (/^\[[^\]]*\] (\[[^\]]*\] )*?(\[internal\]|FROM )/.test(n)) return false;
  return true;
}

/** An incremental parser: feed lines, read events, then the verdicts. */
export interface ProgressParser {
  readonly push: (line: string) => ProgressLine;
  /** Step name → verdict for every step vertex that finished (CACHED or DONE) without error. */
  readonly steps: () => Record<string, Verdict>;
  /** Step vertices that failed or never finished. */
  readonly unfinished: () => string[];
}

/** Creates a parser for one build's output. */
export function createProgressParser(): ProgressParser {
  const vertices = new Map<string, Vertex>();
  const push = (line: string): ProgressLine => {
    const m = /^#(\d+) (.*)$/.exec(line);
    if (!m) return { kind: 'other', line };
    const id = m[1]!, rest = m[2]!;
    let v = vertices.get(id);
    let status: VertexStatus = 'log';
    if (!v) {
      v = { name: rest, cached: false, done: false, error: false };
      vertices.set(id, v);
      status = 'started';
    } else if (rest === 'CACHED') { v.cached = true; status = 'cached'; }
    else if (/^DONE\b/.test(rest)) { v.done = true; status = 'done'; }
    else if (/^ERROR\b/.test(rest)) { v.error = true; status = 'error'; }
    else if (/^CANCELED\b/.test(rest)) { v.error = true; status = 'canceled'; }
    return { kind: 'vertex', vertex: id, name: v.name, step: isStepName(v.name), status, line };
  };
  const steps = (): Record<string, Verdict> => {
    const out: Record<string, Verdict> = {};
    for (const v of vertices.values()) {
      if (!isStepName(v.name) || v.error || !(v.cached || v.done)) continue;
      out[v.name] = v.cached ? 'cached' : 'run';
    }
    return out;
  };
  const unfinished = (): string[] => [...vertices.values()].filter((v) => isStepName(v.name) && (v.error || !(v.cached || v.done))).map((v) => v.name);
  return { push, steps, unfinished };
}

/** Splits a byte stream into lines (handles chunks that end mid-line and \r\n). */
export function lineSplitter(onLine: (line: string) => void): { readonly write: (chunk: string) => void; readonly end: () => void } {
  let rest = '';
  return {
    write: (chunk) => {
      rest += chunk;
      const parts = rest.split(/\r?\n/);
      rest = parts.pop() ?? '';
      for (const p of parts) onLine(p);
    },
    end: () => { if (rest !== '') onLine(rest); rest = ''; },
  };
}
