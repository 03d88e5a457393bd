/** Extra valid/invalid cases per rule, beyond the examples on the rule pages: edge cases and known false positives of other tools. */
import type { RuleCase } from './rule-tester.ts';

type Cases = { readonly valid: readonly RuleCase[]; readonly invalid: readonly RuleCase[] };
const c = (code: string, extra: Partial<RuleCase> = {}): RuleCase => ({ code, ...extra });

/** Cases by rule id. */
export const extraCases: Readonly<Record<string, Cases>> = {
  StageNameCasing: { valid: [c('FROM alpine:3.20\n'), c('FROM alpine:3.20 AS base\n')], invalid: [c('from alpine:3.20 as Base\n')] },
  FromAsCasing: { valid: [c('from alpine:3.20 as base\n'), c('From alpine:3.20 as base\n')], invalid: [c('from alpine:3.20 AS base\n')] },
  ConsistentInstructionCasing: { valid: [c('from alpine:3.20\nrun true\n')], invalid: [c('FROM alpine:3.20\nRUN true\nCopy a /b\n')] },
  JSONArgsRecommended: {
    valid: [c('FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nCMD echo hi\n'), c('FROM alpine:3.20 AS a\nSHELL ["/bin/ash", "-c"]\nFROM a\nCMD echo hi\n')],
    invalid: [c('FROM alpine:3.20\nENTRYPOINT exec /app "$@"\n'), c('FROM alpine:3.20\nCMD /app --port 8080\n')],
  },
  UndefinedArgInFrom: {
    valid: [c('FROM --platform=$BUILDPLATFORM golang:1.23\n'), c('ARG BASE\nFROM ${BASE:-alpine:3.20}\n'), c('ARG TAG\nFROM alpine:$TAG\n')],
    invalid: [c('ARG GO_VERSION=1.23\nFROM golang:${GO_VERISON}\n')],
  },
  WorkdirRelativePath: {
    valid: [c('FROM alpine:3.20\nWORKDIR /app\nWORKDIR sub\n'), c('FROM alpine:3.20 AS a\nWORKDIR /app\nFROM a\nWORKDIR sub\n'), c('FROM alpine:3.20\nENV D=/srv\nWORKDIR $D\n')],
    invalid: [c('FROM alpine:3.20\nARG D=srv\nWORKDIR $D\n')],
  },
  UndefinedVar: {
    valid: [
      c('FROM alpine:3.20\nRUN echo $NOT_CHECKED\n'),
      c('FROM golang:1.23\nCOPY . $GOPATH/src/app\n'),
      c('FROM alpine:3.20\nARG NAME\nCOPY a /opt/$NAME/\n'),
      c('FROM alpine:3.20\nCOPY <<"EOF" /etc/conf\nvalue=$INSIDE_QUOTED_HEREDOC\nEOF\n'),
      c('FROM alpine:3.20\nENV PATH=$PATH:/opt/bin\n'),
      c('FROM alpine:3.20\nENV A=1\nENV B=${A}\n'),
    ],
    invalid: [c('FROM alpine:3.20\nENV APP_HOME=/app\nWORKDIR $APP_HOEM\n'), c('FROM alpine:3.20\nUSER $APP_USER\n'), c('FROM alpine:3.20\nCOPY <<EOF /etc/conf\nvalue=$INSIDE_HEREDOC\nEOF\n')],
  },
  MultipleInstructionsDisallowed: { valid: [c('FROM alpine:3.20 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]\n')], invalid: [c('FROM alpine:3.20\nHEALTHCHECK CMD ["true"]\nHEALTHCHECK NONE\n')] },
  LegacyKeyValueFormat: { valid: [c('FROM alpine:3.20\nENV A=1 B="2 3"\nLABEL a=b\n')], invalid: [c('FROM alpine:3.20\nLABEL maintainer someone\n'), c('FROM alpine:3.20\nENV GREETING "hello world"\n')] },
  RedundantTargetPlatform: { valid: [c('FROM --platform=$BUILDPLATFORM alpine:3.20\n'), c('ARG P=linux/arm64\nFROM --platform=${P} alpine:3.20\n')], invalid: [c('FROM --platform=${TARGETPLATFORM} alpine:3.20 AS x\n'), c('FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n')] },
  SecretsUsedInArgOrEnv: {
    valid: [c('FROM alpine:3.20\nARG PUBLIC_KEY\nENV GPG_KEY_FILE=/k\nARG TOKEN_VERSION=1\n'), c('ARG API_TOKEN\nFROM alpine:3.20\n'), c('FROM alpine:3.20\nARG KEYBOARD=us\n')],
    invalid: [c('FROM alpine:3.20\nENV DB_PASSWORD=x\n'), c('FROM alpine:3.20\nARG AWS_SECRET_ACCESS_KEY\n')],
  },
  InvalidDefaultArgInFrom: { valid: [c('ARG IMG=alpine:3.20\nFROM $IMG\n'), c('FROM alpine:3.20\n')], invalid: [c('ARG IMG\nFROM ${IMG}\n'), c('ARG REG=My.Registry\nFROM ${REG}/Alpine\n')] },
  FromPlatformFlagConstDisallowed: { valid: [c('FROM --platform=linux/amd64 alpine:3.20 AS build-amd64\n'), c('FROM --platform=$BUILDPLATFORM alpine:3.20\n')], invalid: [c('FROM --platform=linux/arm64/v8 alpine:3.20\n')] },
  CopyIgnoredFile: {
    valid: [
      c('FROM alpine:3.20\nCOPY docs/a.md /d/\n', { context: { dockerignore: '*.md\n!docs/*.md\n' } }),
      c('FROM alpine:3.20\nCOPY . /src\n', { context: { dockerignore: '.git\n' } }),
      c('FROM alpine:3.20\nCOPY --from=build /x.md /y\n', { context: { dockerignore: '*.md\n' } }),
    ],
    invalid: [c('FROM alpine:3.20\nCOPY . /src\n', { context: { dockerignore: '*\n' } }), c('FROM alpine:3.20\nADD secrets/key.pem /k\n', { context: { dockerignore: 'secrets\n' } })],
  },
  ExposeInvalidFormat: { valid: [c('FROM alpine:3.20\nEXPOSE 8080/udp 9000-9010\n')], invalid: [c('FROM alpine:3.20\nEXPOSE 127.0.0.1:80:8080\n')] },
  DL3002: { valid: [c('FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER 1000\n'), c('FROM alpine:3.20\nUSER root\nRUN apk add git\nUSER app\n')], invalid: [c('FROM alpine:3.20 AS base\nUSER 0:0\nFROM base\n')] },
  DL3003: { valid: [c('FROM alpine:3.20\nRUN <<EOF\ncd /tmp\nEOF\n'), c('FROM alpine:3.20\nRUN echo cd\n')], invalid: [c('FROM alpine:3.20\nRUN make; cd /x\n')] },
  DL3006: { valid: [c('FROM alpine:3.20 AS base\nFROM base\n'), c('FROM scratch\n'), c('ARG IMG=alpine:3.20\nFROM ${IMG}\n'), c('FROM alpine@sha256:' + 'a'.repeat(64) + '\n')], invalid: [c('ARG IMG=alpine\nFROM ${IMG}\n')] },
  DL3007: { valid: [c('FROM golang:1.23\n'), c('ARG V=1.23\nFROM golang:$V\n')], invalid: [c('ARG V=latest\nFROM golang:$V\n')] },
  DL3018: { valid: [c('FROM alpine:3.20 AS build\nRUN apk add --no-cache git\nFROM scratch\n'), c('FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps=1 gcc=13.2.1-r0\n')], invalid: [c('FROM alpine:3.20\nRUN apk update && apk add --no-cache git curl=8.9.1-r0\n')] },
  DL3019: { valid: [c('FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add git=1\n'), c('FROM alpine:3.20\nRUN apk --no-cache add git=1\n')], invalid: [c('FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add git=1\n')] },
  DL3020: { valid: [c('FROM alpine:3.20\nADD https://example.com/a.tgz /a\n'), c('FROM alpine:3.20\nADD rootfs.tar.gz /\n'), c('FROM alpine:3.20\nADD --checksum=sha256:abc https://x/y /y\n')], invalid: [c('from alpine:3.20\nadd a.txt /a\n')] },
  DL3021: { valid: [c('FROM alpine:3.20\nCOPY a b ./\n'), c('FROM alpine:3.20\nCOPY a b .\n'), c('FROM alpine:3.20\nCOPY ["a", "b", "/c/"]\n')], invalid: [] },
  DL3022: { valid: [c('FROM alpine:3.20\nCOPY --from=golang:1.23 /usr/local/go /go\n'), c('FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=0 /x /y\n'), c('FROM alpine:3.20\nCOPY --from=busybox /bin/sh /sh\n')], invalid: [c('FROM alpine:3.20\nCOPY --from=later /x /y\nFROM alpine:3.20 AS later\n')] },
  DL3025: { valid: [c('FROM alpine:3.20\nCMD ["a"]\n')], invalid: [c('FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nCMD echo hi\n')] },
  DL3045: { valid: [c('FROM alpine:3.20\nCOPY a /a\n'), c('FROM golang:1.23 AS b\nWORKDIR /src\nFROM b\nCOPY . .\n')], invalid: [c('FROM alpine:3.20\nCOPY a b\n')] },
  DL3062: { valid: [c('FROM golang:1.23\nRUN go install ./cmd/...\n'), c('FROM golang:1.23\nRUN go install github.com/a/b@v1.2.3\n'), c('FROM golang:1.23\nRUN go build ./...\n')], invalid: [c('FROM golang:1.23\nRUN go get github.com/a/b\n')] },
  DL3067: { valid: [c('FROM scratch AS out\nCOPY a /a\nFROM alpine:3.20\nCOPY --from=out / /\n'), c('FROM tonistiigi/xx:1.6.1 AS xx\nFROM alpine:3.20\nCOPY --from=xx / /\n')], invalid: [] },
  DL4006: {
    valid: [c('FROM alpine:3.20\nRUN echo a | tr a b\n'), c('FROM alpine:3.20\nRUN set -o pipefail && curl -s x | sh\n'), c('FROM alpine:3.20\nRUN a || b\n'), c('FROM alpine:3.20\nRUN <<EOF\ncurl x | sh\nEOF\n'), c('FROM scratch\nRUN curl x | sh\n')],
    invalid: [c('FROM alpine:3.20\nRUN wget -O- https://x | tar xz\n')],
  },
  GoSourceBeforeModDownload: {
    valid: [
      c('FROM golang:1.23\nWORKDIR /s\nCOPY go.* ./\nRUN go mod download\nCOPY . .\nRUN go build ./...\n'),
      c('FROM golang:1.23\nWORKDIR /s\nRUN --mount=type=bind,source=go.mod,target=go.mod --mount=type=bind,source=go.sum,target=go.sum go mod download\nCOPY . .\nRUN go build ./...\n'),
      c('FROM golang:1.23\nWORKDIR /s\nCOPY . .\nRUN go build -mod=vendor ./...\n'),
      c('FROM golang:1.23\nWORKDIR /s\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod go build ./...\n'),
    ],
    invalid: [c('FROM golang:1.23\nWORKDIR /s\nCOPY . .\nRUN go build ./...\n'), c('FROM golang:1.23\nWORKDIR /s\nCOPY cmd/ cmd/\nCOPY go.mod go.sum ./\nRUN go mod download\n')],
  },
  GoModWithoutSum: { valid: [c('FROM golang:1.23\nCOPY go.mod ./\nCOPY go.sum ./\n'), c('FROM golang:1.23\nCOPY go.mod ./\n', { context: { files: ['go.mod', 'main.go'] } })], invalid: [] },
  GoCacheMountMissing: { valid: [c('FROM golang:1.23\nRUN go version\n'), c('FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build go test ./...\n')], invalid: [c('FROM golang:1.23\nRUN go test ./...\n')] },
  GoCacheMountTarget: {
    valid: [
      c('FROM golang:1.23\nENV GOCACHE=/cache/build\nRUN --mount=type=cache,target=/cache/build go build ./...\n'),
      c('FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache go build ./...\n'),
      c('FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n'),
    ],
    invalid: [c('FROM golang:1.23\nENV GOPATH=/gopath\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n'), c('FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build GOCACHE=/tmp/gocache go build ./...\n')],
  },
  GoCgoStaticFinal: {
    valid: [
      c('FROM golang:1.23-alpine AS b\nRUN go build -o /a .\nFROM scratch\nCOPY --from=b /a /a\n'),
      c('FROM golang:1.23 AS b\nENV CGO_ENABLED=0\nRUN go build -o /a .\nFROM scratch\nCOPY --from=b /a /a\n'),
      c('FROM golang:1.23 AS b\nRUN go build -o /a .\nFROM gcr.io/distroless/base-debian12\nCOPY --from=b /a /a\n'),
    ],
    invalid: [c('FROM golang:1.23-alpine AS b\nRUN apk add --no-cache gcc musl-dev\nRUN go build -o /a .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=b /a /a\n')],
  },
  GoToolchainFinalStage: { valid: [c('FROM golang:1.23 AS lint\nRUN go install honnef.co/go/tools/cmd/staticcheck@v0.5.1\nFROM lint\n'), c('FROM golang:1.23 AS b\nRUN go build -o /a .\nFROM golang:1.23-alpine\nCOPY --from=b /a /a\n')], invalid: [] },
  GoCrossCompileTarget: {
    valid: [
      c('FROM --platform=$BUILDPLATFORM golang:1.23\nARG TARGETOS TARGETARCH\nENV GOOS=$TARGETOS GOARCH=$TARGETARCH\nRUN go build ./...\n'),
      c('FROM --platform=$BUILDPLATFORM golang:1.23\nRUN xx-go build ./...\n'),
      c('FROM golang:1.23\nRUN go build ./...\n'),
    ],
    invalid: [c('FROM --platform=$BUILDPLATFORM golang:1.23\nRUN GOARCH=$TARGETARCH go build ./...\n')],
  },
  NoShellRun: { valid: [c('FROM gcr.io/distroless/static:debug\nRUN ["/busybox/sh", "-c", "true"]\n'), c('FROM alpine:3.20\nRUN true\n')], invalid: [c('FROM gcr.io/distroless/static-debian12:nonroot\nRUN mkdir /data\n')] },
  ScratchNamedUser: { valid: [c('FROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\nUSER app\n'), c('FROM gcr.io/distroless/static-debian12\nUSER nonroot\n')], invalid: [] },
  SerialStages: {
    valid: [c('FROM golang:1.23 AS base\nRUN go build -o /app .\nFROM base AS lint\nRUN go vet ./... && touch /lint.done\nFROM scratch\nCOPY --from=lint /lint.done /\n')],
    invalid: [c('FROM golang:1.23 AS base\nRUN go build -o /app .\nFROM base AS lint\nRUN go vet ./...\nFROM scratch\nCOPY --from=lint /app /app\n')],
  },
  UnreachableStage: { valid: [c('FROM alpine:3.20 AS test\nRUN true\nFROM alpine:3.20\n'), c('FROM alpine:3.20\nRUN true\nFROM alpine:3.20\nCOPY --from=0 /a /a\n')], invalid: [] },
  ContextHygiene: { valid: [c('FROM alpine:3.20\nCOPY . .\n'), c('FROM alpine:3.20\nCOPY main.go .\n', { context: { dockerignore: null } })], invalid: [c('FROM alpine:3.20\nCOPY . /src\n', { context: { dockerignore: '.git\n', files: ['main.go', 'bin/app', '.git/'] } })] },
  PrivateModuleToken: { valid: [c('FROM golang:1.23\nARG GITHUB_TOKEN\nRUN echo building\n')], invalid: [c('FROM golang:1.23\nENV GIT_PASSWORD=x\nRUN echo "machine github.com password $GIT_PASSWORD" > ~/.netrc\n')] },
  GoVersionMismatch: { valid: [c('FROM golang:1.23.4\n', { context: { goMod: 'module m\ngo 1.23.4\n' } }), c('FROM golang:1.23\n')], invalid: [c('FROM golang:1.23.1-alpine\n', { context: { goMod: 'module m\ngo 1.23.4\n' } })] },
};
