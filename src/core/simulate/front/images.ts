/** Environment of common base images, used to expand names like `WORKDIR $GOPATH/src` (assumed, not pulled). */

const GO_ENV: readonly (readonly [string, string])[] = [
  ['PATH', '/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ['GOTOOLCHAIN', 'local'],
  ['GOPATH', '/go'],
];
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Normalises an image reference the way BuildKit names it (docker.io/library/alpine:3.20). */
export function normalizeImageRef(ref: string): string {
  let name = ref;
  if (!/[:@]/.test(name.split('/').pop() ?? '')) name += ':latest';
  const first = name.split('/')[0]!;
  if (!name.includes('/')) return `docker.io/library/${name}`;
  if (first.includes('.') || first.includes(':') || first === 'localhost') return name;
  return `docker.io/${name}`;
}

/** The image config env of a base image, as far as Layerlab knows it. */
export function imageEnv(ref: string): readonly (readonly [string, string])[] {
  const repo = normalizeImageRef(ref).replace(/^docker\.io\/library\//, '');
  if (repo.startsWith('golang:')) {
    const version = /^golang:(\d+(?:\.\d+)*)/.exec(repo)?.[1] ?? '';
    return [...GO_ENV, ['GOLANG_VERSION', version]];
  }
  return [['PATH', DEFAULT_PATH]];
}

/** Whether an image has /bin/sh for shell-form RUN (distroless and scratch do not). */
export function hasShell(ref: string): boolean {
  return ref !== 'scratch' && !/distroless|(^|\/)scratch(:|$)/.test(ref);
}

/** The image config WorkingDir of a base image, as far as Layerlab knows it ("/" when unset). */
export function imageWorkdir(ref: string): string {
  return /(^|\/)golang:/.test(normalizeImageRef(ref)) ? '/go' : '/';
}
