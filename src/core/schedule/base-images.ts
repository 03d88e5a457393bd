/** Documented size table of common base images and Go binaries (estimates, compressed-on-disk not counted). */

/** One row of the base image table. */
export interface BaseImageSize {
  /** Matches the repository (and tag prefix) of a normalised reference. */
  readonly pattern: RegExp;
  readonly label: string;
  /** Unpacked size in MB (linux/amd64), rounded. */
  readonly mb: number;
}

/** The table, most specific first. Figures are typical unpacked sizes for linux/amd64 in 2024-2025. */
export const BASE_IMAGE_SIZES: readonly BaseImageSize[] = [
  { pattern: /^scratch$/, label: 'scratch (empty)', mb: 0 },
  { pattern: /distroless\/static/, label: 'gcr.io/distroless/static', mb: 2 },
  { pattern: /distroless\/base/, label: 'gcr.io/distroless/base', mb: 20 },
  { pattern: /distroless\//, label: 'gcr.io/distroless (other)', mb: 25 },
  { pattern: /(^|\/)golang:[^@]*alpine/, label: 'golang:*-alpine', mb: 230 },
  { pattern: /(^|\/)golang(:|$)/, label: 'golang (Debian)', mb: 820 },
  { pattern: /(^|\/)alpine(:|$)/, label: 'alpine', mb: 8 },
  { pattern: /(^|\/)debian:[^@]*slim/, label: 'debian:*-slim', mb: 75 },
  { pattern: /(^|\/)debian(:|$)/, label: 'debian', mb: 117 },
  { pattern: /(^|\/)ubuntu(:|$)/, label: 'ubuntu', mb: 78 },
];

/** Size assumed for an image the table does not know. */
export const UNKNOWN_IMAGE_MB = 100;

/** A statically linked Go service binary: typical size without and with `-ldflags "-s -w"`. */
export const GO_BINARY_MB = { plain: 12, stripped: 8.5 } as const;

/** Size a package manager install adds per package (apk, apt). */
export const PACKAGE_MB = { apk: 4, apt: 15 } as const;

/** Looks a reference up in the table. */
export function baseImageSize(ref: string): { readonly mb: number; readonly label: string } {
  const row = BASE_IMAGE_SIZES.find((r) => r.pattern.test(ref));
  return row ? { mb: row.mb, label: row.label } : { mb: UNKNOWN_IMAGE_MB, label: `unknown image (assumed ${UNKNOWN_IMAGE_MB} MB)` };
}
