import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';

async function expand(stdin: string, args: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['debug', 'expand', ...args], {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    readStdin: async () => stdin,
    cwd: '/',
  });
  return { code, out, err };
}

describe('layerlab debug expand', () => {
  it('answers one JSON line per input line', async () => {
    const input = [
      JSON.stringify({ word: 'he${XXX:-$PWD}x', env: { PWD: '/home' } }),
      JSON.stringify({ word: 'a "b c" $S', env: { S: 'd  e' }, split: true }),
      JSON.stringify({ word: 'C:\\dir`$X', env: { X: 'x' }, escape: '`' }),
      '',
      '   ',
      JSON.stringify({ word: '${X:?}', env: {} }),
      JSON.stringify({ word: '$U', env: {}, skipUnsetEnv: true }),
    ].join('\n');
    const { code, out, err } = await expand(`${input}\n`);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      [
        '{"value":"he/homex"}',
        '{"words":["a","b c","d","e"]}',
        '{"value":"C:\\\\dir$X"}',
        '{"error":"failed to process \\"${X:?}\\": X: is not allowed to be unset"}',
        '{"value":"$U"}',
        '',
      ].join('\n'),
    );
  });
  it('reports a malformed line as an error line and goes on', async () => {
    const input = ['not json', '[1]', '{"env":{}}', '{"word":"x","env":{"A":1}}', '{"word":"x","escape":"/"}', '{"word":"x","split":"yes"}', '{"word":"ok"}'];
    const { code, out } = await expand(input.join('\r\n'));
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines.slice(0, 6).every((line) => typeof line.error === 'string')).toBe(true);
    expect(lines[6]).toEqual({ value: 'ok' });
  });
  it('prints nothing for empty input', async () => {
    expect(await expand('')).toEqual({ code: 0, out: '', err: '' });
  });
  it('rejects arguments with a message and exit code 2', async () => {
    const { code, out, err } = await expand('', ['file.txt']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('unexpected argument "file.txt"');
  });
});
