/** Layerlab's table of known base images: their config (env, working dir) as a registry would give it, assumed not pulled. */
import { DEFAULT_PATH } from './dispatch.ts';
import type { ImageConfig } from './types.ts';

const GO_PATH = `/go/bin:/usr/local/go/bin:${DEFAULT_PATH}`;

/** Normalises an image reference the way BuildKit names it (docker.io/library/alpine:3.20); never fails. */
export function normalizeImageRef(ref: string): string {
  let name = ref;
  if (!/[:@]/.test(name.split('/').pop() ?? '')) name += ':latest';
  const first = name.split('/')[0]!;
  if (!name.includes('/')) return `docker.io/library/${name}`;
  if (first.includes('.') || first.includes(':') || first === 'localhost') return name;
  return `docker.io/${name}`;
}

/** The config of a known base image (golang:*), or undefined when Layerlab does not know it. */
export function knownImageConfig(ref: string): ImageConfig | undefined {
  const repo = normalizeImageRef(ref).replace(/^docker\.io\/library\//, '');
  if (!repo.startsWith('golang:')) return undefined;
  const version = /^golang:(\d+(?:\.\d+)*)/.exec(repo)?.[1] ?? '';
  return { env: [`PATH=${GO_PATH}`, 'GOTOOLCHAIN=local', 'GOPATH=/go', `GOLANG_VERSION=${version}`], workingDir: '/go' };
}

/** The image config env of a base image as `[name, value]` pairs (PATH only when the image is unknown). */
export function imageEnv(ref: string): readonly (readonly [string, string])[] {
  const env = knownImageConfig(ref)?.env ?? [`PATH=${DEFAULT_PATH}`];
  return env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as const);
}

/** Whether an image has /bin/sh for shell-form RUN (distroless and scratch do not). */
export function hasShell(ref: string): boolean {
  return ref !== 'scratch' && !/distroless|(^|\/)scratch(:|$)/.test(ref);
}
