/** Small helpers for simulator tests: contexts from plain objects and one-line build runs. */
import type { ContextEntry } from '../../src/core/context/index.ts';
import { createSimulator, type Simulator } from '../../src/core/simulate/simulator.ts';
import type { BuildResult, Verdict } from '../../src/core/simulate/types.ts';

/** A context from path → text. */
export function context(files: Readonly<Record<string, string>>): Map<string, ContextEntry> {
  return new Map(Object.entries(files).map(([p, c]) => [p, { kind: 'file', path: p, content: c, mode: 0o644 } as const]));
}

/** Builds a context whose Dockerfile is in `files`. */
export function build(sim: Simulator, files: Readonly<Record<string, string>>, extra: { buildArgs?: Record<string, string>; noCache?: boolean; target?: string } = {}): BuildResult {
  return sim.build({ dockerfile: files['Dockerfile'] ?? '', context: context(files), ...extra });
}

/** name → verdict of a build. */
export function verdicts(r: BuildResult): Record<string, Verdict> {
  return Object.fromEntries(r.steps.map((s) => [s.name, s.verdict]));
}

/** A fresh simulator. */
export function sim(engine: 'v0.8' | 'modern' = 'modern'): Simulator {
  return createSimulator({ engine });
}

/** A Go service used by several tests. */
export const GO_APP: Readonly<Record<string, string>> = {
  Dockerfile: [
    'FROM golang:1.22-alpine AS builder',
    'WORKDIR /app',
    'COPY go.mod go.sum ./',
    'RUN go mod download',
    'COPY . .',
    'RUN CGO_ENABLED=0 go build -o /app/main -ldflags "-s -w" .',
    '',
    'FROM alpine:3.20',
    'COPY --from=builder /app/main /main',
    '',
  ].join('\n'),
  'go.mod': 'module example.com/app\n\ngo 1.22\n',
  'go.sum': '',
  'main.go': 'package main\n\nfunc main() {}\n',
  'README.md': '# app\n',
  '.dockerignore': 'docs/\n',
  'docs/guide.md': 'guide\n',
};
