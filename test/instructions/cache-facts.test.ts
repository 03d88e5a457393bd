import { describe, expect, it } from 'vitest';
import { hasShell, imageEnv, knownImageConfig, normalizeImageRef, toStages } from '../../src/core/instructions/index.ts';
import type { ToStagesOptions } from '../../src/core/instructions/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';

const stagesOf = (text: string, options: ToStagesOptions = {}) => toStages(parseDockerfile(text), { imageConfig: knownImageConfig, ...options });

describe('known base images (shared by the simulator and rules)', () => {
  it('normalises references the way BuildKit prints them', () => {
    expect(normalizeImageRef('alpine')).toBe('docker.io/library/alpine:latest');
    expect(normalizeImageRef('golang:1.22-alpine')).toBe('docker.io/library/golang:1.22-alpine');
    expect(normalizeImageRef('me/app:1')).toBe('docker.io/me/app:1');
    expect(normalizeImageRef('ghcr.io/x/y')).toBe('ghcr.io/x/y:latest');
  });
  it('knows golang images (GOPATH, working dir /go) and nothing about others', () => {
    const go = knownImageConfig('golang:1.22-alpine');
    expect(go?.workingDir).toBe('/go');
    expect(go?.env).toContain('GOPATH=/go');
    expect(go?.env).toContain('GOLANG_VERSION=1.22');
    expect(knownImageConfig('alpine:3.20')).toBeUndefined();
    expect(imageEnv('alpine:3.20').map(([k]) => k)).toEqual(['PATH']);
    expect(hasShell('gcr.io/distroless/static')).toBe(false);
    expect(hasShell('docker.io/library/alpine:3.20')).toBe(true);
  });
  it('toStages starts a golang stage from the image config: $GOPATH expands, WORKDIR is relative to /go', () => {
    const r = stagesOf('FROM golang:1.22\nWORKDIR $GOPATH/src\nWORKDIR app\n');
    expect(r.stages[0]?.imageConfigKnown).toBe(true);
    expect(r.stages[0]?.final.workdir).toBe('/go/src/app');
    expect(stagesOf('FROM golang:1.22\nWORKDIR app\n').stages[0]?.final.workdir).toBe('/go/app');
  });
});

describe('stage environment entries say where they came from', () => {
  const originOf = (text: string, key: string, buildArgs: Record<string, string> = {}) =>
    stagesOf(text, { buildArgs }).stages.at(-1)?.final.env.find((e) => e.key === key)?.origin;
  it('image config entries, ENV and ARG (declared or given as a build arg)', () => {
    expect(originOf('FROM golang:1.22\n', 'GOPATH')).toBe('image');
    expect(originOf('FROM alpine\n', 'PATH')).toBe('image');
    expect(originOf('FROM alpine\nENV A=1\n', 'A')).toBe('env');
    expect(originOf('FROM alpine\nARG A=1\n', 'A')).toBe('arg');
    expect(originOf('FROM alpine\nARG A\n', 'A', { A: 'x' })).toBe('arg');
  });
  it('the last instruction that sets a name decides, and FROM <stage> inherits', () => {
    expect(originOf('FROM alpine\nARG A=1\nENV A=2\n', 'A')).toBe('env');
    expect(originOf('FROM alpine\nENV A=2\nARG A=1\n', 'A')).toBe('arg');
    expect(originOf('FROM alpine AS a\nARG A=1\nFROM a\n', 'A')).toBe('arg');
  });
});
