/** Simulator benchmark: throughput (steps/s) and the time to re-simulate a monorepo build after one edit. */
import type { ContextEntry } from '../src/core/context/index.ts';
import { createSimulator } from '../src/core/simulate/simulator.ts';

/** Figures printed by the benchmark. */
export interface SimulateFigures {
  readonly steps: number;
  readonly contextFiles: number;
  readonly stepsPerSecond: number;
  readonly coldMs: number;
  readonly resimulateMedianMs: number;
  readonly resimulateP95Ms: number;
  /** CPU time of this process per re-simulation (robust when other work shares the cores). */
  readonly resimulateCpuMedianMs: number;
}

const SERVICES = ['api', 'worker', 'gateway'];

/** A 4-stage Dockerfile with 40 printed steps: a shared base and three services, then a final stage. */
export function monorepoDockerfile(): string {
  const lines = [
    'FROM golang:1.22-alpine AS base',
    'WORKDIR /src',
    'ENV CGO_ENABLED=0',
    'COPY go.mod go.sum ./',
    'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
    'COPY shared/ shared/',
    'RUN go vet ./shared/...',
    'RUN mkdir -p /out',
    'WORKDIR /src/build',
    'RUN echo base > /out/base.txt',
    'WORKDIR /src',
  ];
  for (const s of SERVICES.slice(0, 2)) {
    lines.push(`FROM base AS ${s}`, `COPY services/${s}/ services/${s}/`, `RUN go build -o /out/${s} ./services/${s}`);
    for (let i = 0; i < 7; i++) lines.push(`RUN echo ${s}-${i} > /out/${s}-${i}.txt`);
    lines.push(`RUN go test ./services/${s}/... > /out/${s}-test.txt`);
  }
  lines.push('FROM alpine:3.20', 'WORKDIR /app');
  for (const s of SERVICES.slice(0, 2)) lines.push(`COPY --from=${s} /out/${s} /app/${s}`, `COPY --from=${s} /out/${s}-test.txt /app/${s}-test.txt`);
  for (let i = 0; i < 5; i++) lines.push(`RUN echo final-${i} > /app/f${i}`);
  lines.push(`COPY services/${SERVICES[2]}/config.yaml /app/`);
  return lines.join('\n') + '\n';
}

/** A context of `count` files: Go sources for shared code and services, plus docs. */
export function monorepoContext(count = 2000): Map<string, ContextEntry> {
  const files = new Map<string, ContextEntry>();
  const add = (p: string, content: string): void => void files.set(p, { kind: 'file', path: p, content, mode: 0o644 });
  add('go.mod', 'module example.com/mono\n\ngo 1.22\n');
  add('go.sum', '');
  add(`services/${SERVICES[2]}/config.yaml`, 'port: 8080\n');
  for (let i = 0; files.size < count - 2; i++) {
    const area = i % 4;
    if (area === 0) add(`shared/pkg${i % 20}/f${i}.go`, `package pkg${i % 20}\n\nfunc F${i}() int { return ${i} }\n`);
    else if (area === 3) add(`docs/page${i}.md`, `# page ${i}\n`);
    else {
      const s = SERVICES[area - 1]!;
      add(`services/${s}/f${i}.go`, `package main\n\nimport "example.com/mono/shared/pkg${i % 20}"\n\nfunc g${i}() int { return pkg${i % 20}.F${i - (i % 4)}() }\n`);
    }
  }
  for (const s of SERVICES.slice(0, 2)) add(`services/${s}/main.go`, 'package main\n\nfunc main() {}\n');
  return files;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Measures and returns the figures (no printing). */
export function measureSimulate(iterations = 60): SimulateFigures {
  const dockerfile = monorepoDockerfile();
  const context = monorepoContext();
  const sim = createSimulator({ engine: 'modern' });
  let t = performance.now();
  const first = sim.build({ dockerfile, context });
  const coldMs = performance.now() - t;
  const steps = first.steps.length;
  const edited = new Map(context);
  const path = 'services/api/main.go';
  const times: number[] = [];
  const cpu: number[] = [];
  let simulated = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    edited.set(path, { kind: 'file', path, content: `package main\n\nfunc main() { println(${i}) }\n`, mode: 0o644 });
    const c = process.cpuUsage();
    t = performance.now();
    const r = sim.build({ dockerfile, context: new Map(edited) });
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    simulated += r.steps.length;
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    steps,
    contextFiles: context.size,
    stepsPerSecond: Math.round((simulated / total) * 1000),
    coldMs,
    resimulateMedianMs: percentile(times, 0.5),
    resimulateP95Ms: percentile(times, 0.95),
    resimulateCpuMedianMs: percentile(cpu, 0.5),
  };
}

/** Entry point for bench/run.ts: measures and prints the figures. */
export async function benchSimulate(): Promise<void> {
  const f = measureSimulate();
  console.log(`  monorepo: ${f.steps} steps, 4 stages, ${f.contextFiles} context files`);
  console.log(`  first (cold) simulation: ${f.coldMs.toFixed(1)} ms`);
  console.log(`  re-simulate after one file edit: median ${f.resimulateMedianMs.toFixed(2)} ms, p95 ${f.resimulateP95Ms.toFixed(2)} ms wall; median ${f.resimulateCpuMedianMs.toFixed(2)} ms CPU (target < 16 ms)`);
  console.log(`  throughput: ${f.stepsPerSecond} steps/s`);
}
