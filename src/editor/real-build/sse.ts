/** Incremental Server-Sent Events parsing for `POST /v1/builds` answers read with fetch (EventSource cannot send the token). */
import type { BuildEvent } from '../../server/sse.ts';

/** One frame as the wire carried it: its `event:` name and the joined `data:` lines. */
export interface SseFrame {
  readonly event: string;
  readonly data: string;
}

/** A parser fed text chunks in any split; returns the frames each chunk completes. */
export interface SseParser {
  readonly push: (chunk: string) => readonly SseFrame[];
  /** Frames left when the stream ends (a last frame without its blank line). */
  readonly end: () => readonly SseFrame[];
}

/** Creates a parser (WHATWG rules: `\n`, `\r\n` or `\r` line ends, `:` comments, one optional space after the colon). */
export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  const dispatch = (out: SseFrame[]): void => {
    if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  };
  const line = (text: string, out: SseFrame[]): void => {
    if (text === '') return dispatch(out);
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + (text[colon + 1] === ' ' ? 2 : 1));
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };
  const push = (chunk: string): readonly SseFrame[] => {
    buffer += chunk;
    const out: SseFrame[] = [];
    for (;;) {
      const m = /\r\n|\r|\n/.exec(buffer);
      // A lone '\r' at the end may be the first half of '\r\n': wait for more.
      if (!m || (m[0] === '\r' && m.index === buffer.length - 1)) break;
      line(buffer.slice(0, m.index), out);
      buffer = buffer.slice(m.index + m[0].length);
    }
    return out;
  };
  const end = (): readonly SseFrame[] => {
    const out: SseFrame[] = [];
    if (buffer !== '') line(buffer.replace(/\r$/, ''), out);
    buffer = '';
    dispatch(out);
    return out;
  };
  return { push, end };
}

const names = new Set<string>(['queued', 'start', 'predicted', 'step', 'log', 'result']);

/** Reads a frame as a build event; null for unknown names or data that is not a JSON object. */
export function toBuildEvent(frame: SseFrame): BuildEvent | null {
  if (!names.has(frame.event)) return null;
  let data: unknown;
  try {
    data = JSON.parse(frame.data);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  return { event: frame.event, data } as BuildEvent;
}
