/** A corpus of our own Go-service Dockerfiles, 10 to 400 lines, generated deterministically for benchmarks. */

const services = ['api', 'worker', 'gateway', 'billing', 'search', 'auth', 'notify', 'ingest'];

/** One builder stage for a service: the dependency-first Go pattern with cache mounts. */
function builderStage(service: string, index: number): string[] {
  return [
    `FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build-${service}`,
    'ARG TARGETOS TARGETARCH',
    `ARG VERSION=1.${index}.0`,
    `WORKDIR /src/${service}`,
    `COPY services/${service}/go.mod services/${service}/go.sum ./`,
    'RUN --mount=type=cache,target=/go/pkg/mod \\',
    '    go mod download',
    `COPY services/${service}/ ./`,
    'RUN --mount=type=cache,target=/go/pkg/mod \\',
    '    --mount=type=cache,target=/root/.cache/go-build \\',
    '    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\',
    `    go build -trimpath -ldflags "-s -w -X main.version=\${VERSION}" -o /out/${service} ./cmd/${service}`,
    '',
  ];
}

/** A test stage that reuses a builder stage. */
function testStage(service: string): string[] {
  return [
    `FROM build-${service} AS test-${service}`,
    '# run the unit tests against the same module cache',
    `RUN --mount=type=cache,target=/go/pkg/mod go test ./... > /tmp/${service}-report.txt`,
    '',
  ];
}

/** A final stage on distroless for one service. */
function finalStage(service: string): string[] {
  return [
    `FROM gcr.io/distroless/static-debian12:nonroot AS ${service}`,
    `LABEL org.opencontainers.image.title="${service}" \\`,
    '      org.opencontainers.image.source="https://example.com/repo"',
    `COPY --from=build-${service} /out/${service} /usr/local/bin/${service}`,
    'USER 65532:65532',
    'EXPOSE 8080/tcp',
    `ENTRYPOINT ["/usr/local/bin/${service}"]`,
    '',
  ];
}

/** Builds a Dockerfile of roughly `targetLines` lines from repeated service blocks. */
export function makeDockerfile(targetLines: number): string {
  const lines: string[] = ['# syntax=docker/dockerfile:1', 'ARG GO_VERSION=1.22', ''];
  let index = 0;
  while (lines.length < targetLines) {
    const service = `${services[index % services.length]}${Math.floor(index / services.length) || ''}`;
    lines.push(...builderStage(service, index), ...testStage(service), ...finalStage(service));
    index++;
  }
  return lines.slice(0, Math.max(targetLines, 10)).join('\n') + '\n';
}

/** The benchmark corpus: Dockerfiles of 10, 25, 50, 100, 200 and 400 lines, several of each. */
export function frontendCorpus(): string[] {
  const sizes = [10, 25, 50, 100, 200, 400];
  return sizes.flatMap((size) => [makeDockerfile(size), makeDockerfile(size + 3), makeDockerfile(size + 7)]);
}
