/** Renders a simulated build as BuildKit `--progress=plain` text (`#5 [builder 3/6] COPY …`, `#5 CACHED`). */
import type { StageView, StepView } from './protocol.ts';

/** What the log needs besides the steps. */
export interface LogInput {
  readonly dockerfile: string;
  readonly dockerfileBytes: number;
  readonly contextBytes: number;
  readonly stages: readonly StageView[];
  readonly steps: readonly StepView[];
}

/** The plain-progress log, vertex by vertex, with simulated durations. */
export function renderPlainLog(input: LogInput): string {
  const out: string[] = ['#0 building with "default" instance using docker-container driver', ''];
  let n = 1;
  const vertex = (name: string, lines: readonly string[]): void => {
    out.push(`#${n} ${name}`, ...lines.map((l) => `#${n} ${l}`), '');
    n++;
  };
  vertex(`[internal] load build definition from ${input.dockerfile}`, [`transferring dockerfile: ${bytes(input.dockerfileBytes)} done`, 'DONE 0.0s']);
  const images = [...new Set(input.stages.filter((s) => s.used && !input.stages.some((o) => o.name === s.base)).map((s) => s.base))];
  for (const image of images) vertex(`[internal] load metadata for ${qualify(image)}`, ['DONE 0.4s']);
  vertex('[internal] load .dockerignore', ['transferring context: 2B done', 'DONE 0.0s']);
  for (const stage of input.stages.filter((s) => s.used && !input.stages.some((o) => o.name === s.base))) {
    const count = input.steps.filter((s) => s.stage === stage.name).length + 1;
    vertex(`[${stage.name} 1/${count}] FROM ${qualify(stage.base)}`, ['DONE 0.0s']);
  }
  if (input.steps.some((s) => /\] (COPY|ADD) (?!--from)/.test(s.name))) {
    vertex('[internal] load build context', [`transferring context: ${bytes(input.contextBytes)} done`, 'DONE 0.0s']);
  }
  for (const step of input.steps) {
    if (step.verdict === 'skipped') continue;
    vertex(step.name, step.verdict === 'cached' ? ['CACHED'] : [`DONE ${step.seconds.toFixed(1)}s`]);
  }
  vertex('exporting to image', ['exporting layers done', 'writing image sha256:… done', 'DONE 0.1s']);
  return out.join('\n').trimEnd();
}

function qualify(image: string): string {
  if (image === 'scratch') return image;
  const [name = image] = image.split('@');
  const withTag = /:[^/]+$/.test(name) ? name : `${name}:latest`;
  const first = withTag.split('/')[0] ?? '';
  if (withTag.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return withTag;
  return `docker.io/${withTag.includes('/') ? '' : 'library/'}${withTag}`;
}

function bytes(n: number): string {
  return n < 1000 ? `${n}B` : n < 1_000_000 ? `${(n / 1000).toFixed(2)}kB` : `${(n / 1_000_000).toFixed(2)}MB`;
}
