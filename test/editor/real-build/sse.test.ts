import { describe, expect, it } from 'vitest';
import { createSseParser, toBuildEvent } from '../../../src/editor/real-build/sse.ts';

const stream = 'event: start\ndata: {"session":"s","engine":"modern","build":0,"cacheReset":"first-build"}\n\n: keepalive\n\nevent: log\ndata: {"line":"hello"}\n\n';

describe('SSE parsing', () => {
  it('reads frames whatever the chunking, skipping comments', () => {
    for (let size = 1; size <= stream.length; size++) {
      const p = createSseParser();
      const frames = [];
      for (let i = 0; i < stream.length; i += size) frames.push(...p.push(stream.slice(i, i + size)));
      frames.push(...p.end());
      expect(frames.map((f) => f.event)).toEqual(['start', 'log']);
      expect(JSON.parse(frames[1]!.data)).toEqual({ line: 'hello' });
    }
  });

  it('accepts CRLF and CR line ends, joins data lines, and keeps a last frame without its blank line', () => {
    const p = createSseParser();
    const a = p.push('event: a\r\ndata: 1\r\ndata:2\r');
    expect(a).toEqual([]);
    const b = p.push('\r\nevent: b\rdata: x');
    expect(b).toEqual([{ event: 'a', data: '1\n2' }]);
    expect(p.end()).toEqual([{ event: 'b', data: 'x' }]);
  });

  it('names a frame without event "message" and drops frames without data', () => {
    const p = createSseParser();
    expect(p.push('event: lonely\n\ndata: {}\n\n')).toEqual([{ event: 'message', data: '{}' }]);
  });

  it('types only known events with JSON object data', () => {
    expect(toBuildEvent({ event: 'log', data: '{"line":"x"}' })).toEqual({ event: 'log', data: { line: 'x' } });
    expect(toBuildEvent({ event: 'message', data: '{}' })).toBeNull();
    expect(toBuildEvent({ event: 'log', data: 'not json' })).toBeNull();
    expect(toBuildEvent({ event: 'log', data: '[1]' })).toBeNull();
  });
});
