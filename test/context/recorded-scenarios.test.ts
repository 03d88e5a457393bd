// Holds the context model against real-engine recordings (BuildKit v0.25.2) where they are available.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  contextFollowPaths,
  createContext,
  digestSelection,
  loadIgnore,
  snapshotOf,
  type BuildContext,
  type ContextChange,
  type SelectionMode,
  type Snapshot,
} from '../../src/core/context/index.ts';

const dir = '/work/shared/scenarios/modern';

interface Scenario {
  readonly files: Record<string, string>;
  readonly modes?: Record<string, string>;
  readonly symlinks?: Record<string, string>;
  readonly builds: readonly (ContextChange & { readonly steps: Record<string, 'run' | 'cached'> })[];
}

// scenario | step whose context input we check | its sources | how it reads them | every context source of the Dockerfile
const cases: readonly [string, string, string[], SelectionMode, string[]][] = [
  ['dockerignore-edit-itself', '[builder 5/6] COPY . .', ['.'], 'copy', ['go.mod', 'go.sum', '.']],
  ['dockerignore-exclude-newly-matching', '[3/5] COPY . .', ['.'], 'copy', ['.']],
  ['dockerignore-excluded-file-edit', '[builder 5/6] COPY . .', ['.'], 'copy', ['go.mod', 'go.sum', '.']],
  ['copy-all-first-edit-main', '[3/5] COPY . .', ['.'], 'copy', ['.']],
  ['copy-directory', '[4/5] COPY cmd/ ./cmd/', ['cmd/'], 'copy', ['go.mod', 'go.sum', 'cmd/']],
  ['copy-wildcard', '[5/6] COPY *.go ./', ['*.go'], 'copy', ['go.mod', 'go.sum', '*.go']],
  ['delete-file', '[3/5] COPY . .', ['.'], 'copy', ['.']],
  ['edit-then-revert', '[builder 5/6] COPY . .', ['.'], 'copy', ['go.mod', 'go.sum', '.']],
  ['gomod-optional-gosum-wildcard', '[3/6] COPY go.mod go.sum* ./', ['go.mod', 'go.sum*'], 'copy', ['go.mod', 'go.sum*', '*.go']],
  ['gomod-optional-gosum-wildcard', '[5/6] COPY *.go ./', ['*.go'], 'copy', ['go.mod', 'go.sum*', '*.go']],
  ['add-local-files', '[2/4] ADD config.json /etc/app/', ['config.json'], 'copy', ['config.json', 'static']],
  ['add-local-files', '[3/4] ADD static /srv/static', ['static'], 'copy', ['config.json', 'static']],
  ['copy-chown-chmod', '[3/4] COPY --chmod=0700 run.sh /usr/local/bin/run.sh', ['run.sh'], 'copy', ['app.conf', 'run.sh']],
  [
    'bind-mount-gomod',
    '[stage-0 3/5] RUN --mount=type=bind,source=go.mod,target=go.mod     --mount=type=bind,source=go.sum,target=go.sum     go mod download',
    ['go.mod', 'go.sum'],
    'bind',
    ['go.mod', 'go.sum', '.'],
  ],
];

function stageOf(step: string): string {
  return /^\[(?:(\S+) )?\d+\/\d+\]/.exec(step)?.[1] ?? '';
}

/** True when every step before `step` in its stage was cached in this build (so only the context input decides). */
function chainCached(steps: Record<string, string>, step: string): boolean {
  const names = Object.keys(steps);
  const before = names.slice(0, names.indexOf(step)).filter((n) => stageOf(n) === stageOf(step));
  return before.every((n) => steps[n] === 'cached');
}

describe.skipIf(!existsSync(dir))('context digests agree with recorded BuildKit v0.25.2 builds', () => {
  for (const [name, step, sources, mode, allSources] of cases) {
    it(`${name}: ${step}`, () => {
      const sc = JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')) as Scenario;
      let ctx: BuildContext = createContext(sc.files, sc.modes, sc.symlinks);
      let snapshot: Snapshot | undefined;
      const seen = new Set<string>(); // digests of earlier builds that had this very step (same op)
      let checked = 0;
      sc.builds.forEach((b, i) => {
        if (i > 0) ctx = applyChange(ctx, b);
        const s = snapshotOf(ctx, loadIgnore(ctx), contextFollowPaths(allSources), snapshot);
        if ('error' in s) throw new Error(s.error);
        snapshot = s;
        const d = digestSelection(s, sources, mode);
        if (!d.ok) throw new Error(d.error);
        const status = b.steps[step];
        if (status === undefined) return;
        if (seen.size > 0 && chainCached(b.steps, step)) {
          expect({ build: i, status: seen.has(d.digest) ? 'cached' : 'run' }).toEqual({ build: i, status });
          checked++;
        }
        seen.add(d.digest);
      });
      expect(checked).toBeGreaterThan(0);
    });
  }
});
