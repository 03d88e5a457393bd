/** Renders causes to plain English. */
import type { Cause, FileChange } from './causes.ts';

function quote(text: string): string {
  return '`' + text + '`';
}

function value(v: string | undefined): string {
  return v === undefined ? 'unset' : v === '' ? '""' : v;
}

function files(changes: readonly FileChange[]): string {
  const words = changes.slice(0, 4).map((c) => `${c.path} ${c.change === 'mode' ? 'changed mode' : c.change === 'excluded' ? 'was excluded by .dockerignore' : c.change}`);
  const more = changes.length > 4 ? ` and ${changes.length - 4} more` : '';
  return words.join(', ') + more;
}

/** One cause as a sentence fragment (no trailing period). */
export function renderCause(cause: Cause): string {
  switch (cause.kind) {
    case 'first-build':
      return 'nothing is in the cache yet: first build';
    case 'new-step':
      return 'the step is new: no earlier build ran it';
    case 'no-cache':
      return '--no-cache forces RUN, COPY and ADD steps to run';
    case 'instruction-changed':
      return `the instruction text changed (was ${quote(cause.before)})`;
    case 'destination-changed':
      return `its destination changed from ${cause.before} to ${cause.after}`;
    case 'expansion-changed':
      return 'a variable it expands changed value';
    case 'build-arg-changed':
      return `build arg ${cause.name} changed from ${value(cause.before)} to ${value(cause.after)}`;
    case 'env-changed':
      return `ENV ${cause.name} changed from ${value(cause.before)} to ${value(cause.after)}`;
    case 'workdir-changed':
      return `the working directory changed from ${cause.before} to ${cause.after}`;
    case 'user-changed':
      return `the user changed from ${cause.before || 'root (default)'} to ${cause.after || 'root (default)'}`;
    case 'base-image-changed':
      return `the base image changed from ${cause.before} to ${cause.after}`;
    case 'previous-step-ran':
      return `its previous step ran again (${quote(cause.step)})`;
    case 'previous-step-changed':
      return `the step before it is not the one it was cached after (now ${quote(cause.step)})`;
    case 'files-changed':
      return `${files(cause.changes)} and ${quote(cause.instruction)} reads ${cause.changes.length === 1 ? 'it' : 'them'}`;
    case 'context-changed':
      return `the files ${quote(cause.instruction)} reads changed`;
    case 'stage-output-changed': {
      const why = cause.producer ? `; ${quote(cause.producer.step)}: output depends on ${cause.producer.dependsOn}` : '';
      return `${cause.paths.join(', ')} from stage ${cause.stage} changed and ${quote(cause.instruction)} copies it${why}`;
    }
    case 'unchanged':
      return 'nothing it depends on changed';
    case 'identical-output':
      return `${quote(cause.instruction)} stays cached: stage ${cause.stage} ran again but ${cause.paths.join(', ')} ${cause.paths.length === 1 ? 'is' : 'are'} byte-identical`;
    case 'same-content':
      return `${files(cause.changes)}, but the bytes ${quote(cause.instruction)} reads match a cached result`;
    case 'restored':
      return `the inputs match build ${cause.build + 1} again, whose result is still in the cache`;
    case 'error':
      return cause.message;
    default: {
      const never: never = cause;
      return never;
    }
  }
}

/** A whole cause chain as one sentence. */
export function renderCauses(causes: readonly Cause[]): string {
  if (causes.length === 0) return '';
  const text = causes.map(renderCause).join('; ');
  const first = text.split(' ')[0] ?? '';
  return (/[/.`]/.test(first) ? text : text.charAt(0).toUpperCase() + text.slice(1)) + '.';
}
