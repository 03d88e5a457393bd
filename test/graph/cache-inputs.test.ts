import { describe, expect, it } from 'vitest';
import type { EngineId } from '../../src/core/engines/index.ts';
import { buildStepGraph } from '../../src/core/graph/index.ts';
import type { OpInputs, StepGraph } from '../../src/core/graph/index.ts';
import { toStages } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';

const graphOf = (text: string, engine: EngineId, buildArgs: Record<string, string> = {}): StepGraph =>
  buildStepGraph(toStages(parseDockerfile(text), { engine, buildArgs }));
const opOf = (g: StepGraph, kind: string): OpInputs | undefined => g.steps.find((s) => s.kind === kind)?.op;

describe('the step graph carries what cache keys need', () => {
  it('COPY <<EOF: one action per heredoc, its content written on scratch', () => {
    const op = opOf(graphOf('FROM alpine\nCOPY <<EOF /etc/app.conf\nport=${P:-80}\nEOF\n', 'modern'), 'copy');
    expect(op?.kind).toBe('file-copy');
    if (op?.kind !== 'file-copy') return;
    expect(op.actions).toHaveLength(1);
    expect(op.actions[0]).toMatchObject({ src: '/EOF', dest: '/etc/app.conf', source: { kind: 'scratch' }, inline: 'port=80\n' });
  });
  it('COPY with plain sources has no inline content', () => {
    const op = opOf(graphOf('FROM alpine\nCOPY a.txt /a\n', 'modern'), 'copy');
    expect(op?.kind === 'file-copy' ? op.actions.map((a) => a.inline) : []).toEqual([undefined]);
  });
  it('WORKDIR carries SOURCE_DATE_EPOCH on modern engines only, and only when the build arg is set', () => {
    const text = 'FROM alpine\nWORKDIR /app\n';
    const epoch = (engine: EngineId, args: Record<string, string>) => {
      const op = opOf(graphOf(text, engine, args), 'workdir');
      return op?.kind === 'mkdir' ? op.epoch : 'no mkdir';
    };
    expect(epoch('modern', { SOURCE_DATE_EPOCH: '1700000000' })).toBe('1700000000');
    expect(epoch('modern', {})).toBeUndefined();
    expect(epoch('v0.8', { SOURCE_DATE_EPOCH: '1700000000' })).toBeUndefined();
  });
});
