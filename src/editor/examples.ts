/** Starting build contexts for the playground page: a Go service and a Go monorepo. */
import type { ContextFile } from './state/files.ts';

/** A named starting context. */
export interface Example {
  readonly id: string;
  readonly title: string;
  readonly files: readonly ContextFile[];
}

const goMod = 'module example.com/hello\n\ngo 1.22\n\nrequire github.com/google/uuid v1.6.0\n';
const goSum = 'github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\ngithub.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=\n';
const mainGo = 'package main\n\nimport (\n\t"fmt"\n\n\t"github.com/google/uuid"\n)\n\nfunc main() {\n\tfmt.Println("hello", uuid.NewString())\n}\n';

/** A Go service whose Dockerfile copies everything before downloading modules. */
export const goService: Example = {
  id: 'go-service',
  title: 'Go service',
  files: [
    {
      path: 'Dockerfile',
      content: [
        '# syntax=docker/dockerfile:1',
        'FROM golang:1.22-alpine AS builder',
        'WORKDIR /src',
        'COPY . .',
        'COPY go.mod go.sum ./',
        'RUN go mod download',
        'RUN CGO_ENABLED=0 go build -o /out/app .',
        '',
        'FROM gcr.io/distroless/static-debian12 as runtime',
        'COPY --from=builder /out/app /app',
        'ENTRYPOINT /app',
        '',
      ].join('\n'),
    },
    { path: '.dockerignore', content: '.git\n*.md\n' },
    { path: 'go.mod', content: goMod },
    { path: 'go.sum', content: goSum },
    { path: 'main.go', content: mainGo },
    { path: 'README.md', content: '# hello\n\nA tiny Go service.\n' },
  ],
};

/** A Go monorepo with two services built in parallel stages. */
export const goMonorepo: Example = {
  id: 'go-monorepo',
  title: 'Go monorepo (two services)',
  files: [
    {
      path: 'Dockerfile',
      content: [
        '# syntax=docker/dockerfile:1',
        'FROM golang:1.22-alpine AS base',
        'WORKDIR /src',
        'COPY go.mod go.sum ./',
        'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
        '',
        'FROM base AS build-api',
        'COPY cmd/api ./cmd/api',
        'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \\',
        '    CGO_ENABLED=0 go build -o /out/api ./cmd/api',
        '',
        'FROM base AS build-worker',
        'COPY cmd/worker ./cmd/worker',
        'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \\',
        '    CGO_ENABLED=0 go build -o /out/worker ./cmd/worker',
        '',
        'FROM gcr.io/distroless/static-debian12:nonroot',
        'COPY --from=build-api /out/api /usr/local/bin/api',
        'COPY --from=build-worker /out/worker /usr/local/bin/worker',
        'ENTRYPOINT ["/usr/local/bin/api"]',
        '',
      ].join('\n'),
    },
    { path: '.dockerignore', content: '.git\n' },
    { path: 'go.mod', content: goMod },
    { path: 'go.sum', content: goSum },
    { path: 'cmd/api/main.go', content: mainGo },
    { path: 'cmd/worker/main.go', content: 'package main\n\nfunc main() {}\n' },
  ],
};

/** All examples, the first is the default. */
export const examples: readonly Example[] = [goService, goMonorepo];
