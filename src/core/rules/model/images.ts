/** Well-known base images' config (ENV, USER, SHELL) as a documented table, so rules can guess what BuildKit would read from the registry. */
import { DEFAULT_PATH, knownImageConfig } from '../../instructions/index.ts';
import { memoizeByText } from '../../text-memo.ts';

/** What Layerlab assumes about a base image without pulling it. */
export interface ImageFacts {
  readonly env: Readonly<Record<string, string>>;
  /** Empty string means root. */
  readonly user: string;
  /** True when the image has /bin/sh. */
  readonly hasShell: boolean;
  /** True when CA certificates are installed. */
  readonly hasCaCerts: boolean;
  /** A Go toolchain image. */
  readonly goToolchain: boolean;
  /** A minimal runtime without libc (scratch, distroless static). */
  readonly static: boolean;
}

/** A parsed image reference. */
export interface ImageRef {
  /** Repository path without the docker.io/library prefix, e.g. "golang", "gcr.io/distroless/static-debian12". */
  readonly name: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

/** Splits `registry/name:tag@digest` (rules ask for every stage: answers are kept, bounded). */
export const parseImageRef: (ref: string) => ImageRef = memoizeByText(splitImageRef, 512);

function splitImageRef(ref: string): ImageRef {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  const name = (tag === undefined ? rest : rest.slice(0, colon)).toLowerCase().replace(/^(docker\.io\/|index\.docker\.io\/)?(library\/)?/, '');
  return { name, tag, digest };
}

/** A golang image's env, from the core's table of image configs (one source for what golang:* sets). */
function golangEnv(tag: string | undefined): Record<string, string> {
  const env = knownImageConfig(`golang:${tag ?? 'latest'}`)?.env ?? [];
  return Object.fromEntries(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
}

const plain = (extra: Record<string, string> = {}): ImageFacts => ({
  env: { PATH: DEFAULT_PATH, ...extra }, user: '', hasShell: true, hasCaCerts: false, goToolchain: false, static: false,
});

/**
 * The table. Sources: the images' published Dockerfiles (docker-library golang, alpine, debian;
 * GoogleContainerTools/distroless; chainguard static). Values are what their configs set as of 2026.
 */
const TABLE: readonly { readonly match: RegExp; readonly facts: (ref: ImageRef) => ImageFacts }[] = [
  { match: /^scratch$/, facts: () => ({ env: {}, user: '', hasShell: false, hasCaCerts: false, goToolchain: false, static: true }) },
  {
    match: /^golang$/,
    facts: (r) => ({
      env: golangEnv(r.tag),
      user: '', hasShell: true, hasCaCerts: true, goToolchain: true, static: false,
    }),
  },
  {
    match: /^gcr\.io\/distroless\/(static|base|cc|java|python|nodejs)/,
    facts: (r) => ({
      env: { PATH: DEFAULT_PATH, SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' },
      user: /nonroot/.test(r.tag ?? '') ? '65532' : '',
      hasShell: /debug/.test(r.tag ?? ''), hasCaCerts: true, goToolchain: false,
      static: /distroless\/static/.test(r.name),
    }),
  },
  { match: /^cgr\.dev\/chainguard\/static$/, facts: () => ({ env: { PATH: DEFAULT_PATH }, user: '65532', hasShell: false, hasCaCerts: true, goToolchain: false, static: true }) },
  { match: /^(alpine|busybox)$/, facts: () => ({ ...plain(), hasCaCerts: true }) },
  { match: /^(debian|ubuntu|centos|fedora|rockylinux|almalinux|amazonlinux|archlinux)$/, facts: () => plain() },
  { match: /^(redhat\/ubi\d+|registry\.access\.redhat\.com\/ubi\d+)(-minimal|-micro)?$/, facts: () => ({ ...plain(), hasCaCerts: true }) },
];

/** Facts for a known image, or undefined when Layerlab has no entry (findings that need it become uncertain); read-only, kept per reference. */
export const imageFacts: (ref: string) => ImageFacts | undefined = memoizeByText((ref) => {
  const parsed = parseImageRef(ref);
  for (const row of TABLE) if (row.match.test(parsed.name)) return row.facts(parsed);
  return undefined;
}, 1024);

/** The facts assumed for an image missing from the table: a Linux image with a shell and PATH. */
export const UNKNOWN_IMAGE: ImageFacts = plain();
