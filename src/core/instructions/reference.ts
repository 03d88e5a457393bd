// Tracks distribution/reference normalize.go (ParseNormalizedNamed, TagNameOnly) as BuildKit uses it for FROM
/** Normalizes an image reference the way BuildKit prints it: `alpine:3.20` → `docker.io/library/alpine:3.20`. */
import { memoizeByText } from '../text-memo.ts';

/** A normalized reference, or the reason it is not one. */
export type ReferenceResult =
  | { readonly ok: true; readonly ref: string }
  | { readonly ok: false; readonly error: string; readonly uppercaseRepository?: string };

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);

function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const i = name.indexOf('/');
  const first = i < 0 ? '' : name.slice(0, i);
  if (i < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    return { domain: 'docker.io', remainder: name.startsWith('library/') || name.includes('/') ? name : `library/${name}` };
  }
  const domain = first === 'index.docker.io' ? 'docker.io' : first;
  const remainder = name.slice(i + 1);
  return { domain, remainder: domain === 'docker.io' && !remainder.includes('/') ? `library/${remainder}` : remainder };
}

/** ParseNormalizedNamed + TagNameOnly: adds docker.io/library/ and :latest where BuildKit does (FROM lines and image lookups ask again and again). */
export const normalizeReference: (name: string) => ReferenceResult = memoizeByText(normalize, 512);

function normalize(name: string): ReferenceResult {
  if (/^[a-f0-9]{64}$/.test(name)) {
    return { ok: false, error: `invalid repository name (${name}), cannot specify 64-byte hexadecimal strings` };
  }
  const { domain, remainder } = splitDockerDomain(name);
  const repoPart = remainder.split(':')[0] ?? '';
  if (repoPart.toLowerCase() !== repoPart) {
    return { ok: false, error: `invalid reference format: repository name (${repoPart}) must be lowercase`, uppercaseRepository: repoPart };
  }
  const match = REFERENCE.exec(`${domain}/${remainder}`);
  if (match === null) return { ok: false, error: 'invalid reference format' };
  const [, repo = '', tag, digest] = match;
  const suffix = (tag === undefined ? '' : `:${tag}`) + (digest === undefined ? '' : `@${digest}`);
  return { ok: true, ref: repo + (suffix === '' ? ':latest' : suffix) };
}
