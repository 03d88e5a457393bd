/** Front-end throughput: Dockerfiles and MB per second through parse + instructions + graph. */
import { parseDockerfile } from '../src/core/syntax/index.ts';
import { toStages } from '../src/core/instructions/index.ts';
import { buildStepGraph } from '../src/core/graph/index.ts';
import { frontendCorpus } from './corpus.ts';

/** Runs the pipeline front half once over a Dockerfile and returns the step count. */
function runFrontend(text: string): number {
  const tree = parseDockerfile(text);
  const stages = toStages(tree, {});
  return buildStepGraph(stages, {}).steps.length;
}

/** Times `rounds` passes over the corpus after a warm-up and prints the throughput. */
export async function benchFrontend(): Promise<void> {
  const corpus = frontendCorpus();
  const bytes = corpus.reduce((sum, text) => sum + new TextEncoder().encode(text).length, 0);
  const lines = corpus.reduce((sum, text) => sum + text.split('\n').length, 0);
  let steps = 0;
  for (let i = 0; i < 20; i++) for (const text of corpus) steps += runFrontend(text);
  const rounds = 200;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) for (const text of corpus) steps += runFrontend(text);
  const seconds = (performance.now() - start) / 1000;
  const files = corpus.length * rounds;
  console.log(`  corpus: ${corpus.length} Dockerfiles, ${lines} lines, ${(bytes / 1024).toFixed(1)} KiB (10 to 400 lines each)`);
  console.log(`  parse + instructions + graph: ${(files / seconds).toFixed(0)} Dockerfiles/s, ${((bytes * rounds) / seconds / 1e6).toFixed(2)} MB/s`);
  console.log(`  mean per Dockerfile: ${((seconds * 1e6) / files).toFixed(0)} µs (${steps > 0 ? 'steps built' : 'no steps!'})`);
  for (const size of [10, 100, 400]) {
    const text = corpus.find((t) => t.split('\n').length >= size) ?? corpus[0]!;
    const n = 500;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) runFrontend(text);
    console.log(`  ~${size}-line Dockerfile: ${(((performance.now() - t0) * 1000) / n).toFixed(0)} µs`);
  }
}
