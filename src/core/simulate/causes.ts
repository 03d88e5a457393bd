/** Why a step ran or stayed cached: plain data, rendered to English by render.ts. */

/** How one context file differs from the previous build. */
export interface FileChange {
  readonly path: string;
  readonly change: 'modified' | 'added' | 'deleted' | 'mode' | 'excluded';
}

/** A reason in a step's cause chain. */
export type Cause =
  | { readonly kind: 'first-build' }
  | { readonly kind: 'new-step' }
  | { readonly kind: 'no-cache' }
  | { readonly kind: 'instruction-changed'; readonly before: string; readonly after: string }
  | { readonly kind: 'destination-changed'; readonly before: string; readonly after: string }
  | { readonly kind: 'expansion-changed' }
  | { readonly kind: 'build-arg-changed'; readonly name: string; readonly before: string | undefined; readonly after: string | undefined }
  | { readonly kind: 'env-changed'; readonly name: string; readonly before: string | undefined; readonly after: string | undefined }
  | { readonly kind: 'workdir-changed'; readonly before: string; readonly after: string }
  | { readonly kind: 'user-changed'; readonly before: string; readonly after: string }
  | { readonly kind: 'base-image-changed'; readonly before: string; readonly after: string }
  | { readonly kind: 'previous-step-ran'; readonly step: string }
  | { readonly kind: 'previous-step-changed'; readonly step: string }
  | { readonly kind: 'files-changed'; readonly instruction: string; readonly changes: readonly FileChange[] }
  | { readonly kind: 'context-changed'; readonly instruction: string }
  | { readonly kind: 'stage-output-changed'; readonly instruction: string; readonly stage: string; readonly paths: readonly string[]; readonly producer: Producer | undefined }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'identical-output'; readonly instruction: string; readonly stage: string; readonly paths: readonly string[] }
  | { readonly kind: 'same-content'; readonly instruction: string; readonly changes: readonly FileChange[] }
  | { readonly kind: 'restored'; readonly build: number }
  | { readonly kind: 'error'; readonly message: string };

/** The step of a source stage whose output a later step copies, and what that output depends on. */
export interface Producer {
  readonly step: string;
  readonly model: string;
  readonly dependsOn: string;
}

/** The kinds of causes that explain a `cached` verdict. */
export const CACHED_CAUSES: ReadonlySet<Cause['kind']> = new Set(['unchanged', 'identical-output', 'same-content', 'restored']);
