import { describe, expect, it } from 'vitest';
import { buildStepGraph } from '../../src/core/graph/index.ts';
import { toStages } from '../../src/core/instructions/index.ts';
import type { EngineId } from '../../src/core/engines/index.ts';
import { parseDockerfile } from '../../src/core/syntax/index.ts';

function errors(text: string, engine: EngineId): string[] {
  const tree = parseDockerfile(text);
  const graph = buildStepGraph(toStages(tree, { engine }));
  return [...tree.problems, ...graph.problems].filter((p) => p.severity === 'error').map((p) => p.message);
}

/** Forms Docker 20.10's built-in frontend (Dockerfile 1.2) rejects, with the start of BuildKit v0.8's message. */
const rejected: ReadonlyArray<readonly [string, string, string]> = [
  ['COPY --link', 'FROM alpine\nCOPY --link a /a\n', 'Unknown flag: link'],
  ['COPY --exclude', 'FROM alpine\nCOPY --exclude=*.md . /src\n', 'Unknown flag: exclude'],
  ['COPY --parents', 'FROM alpine\nCOPY --parents a/b /dst/\n', 'Unknown flag: parents'],
  ['ADD --checksum', 'FROM alpine\nADD --checksum=sha256:abc https://example.com/a /a\n', 'Unknown flag: checksum'],
  ['ADD --keep-git-dir', 'FROM alpine\nADD --keep-git-dir=true https://example.com/r.git /r\n', 'Unknown flag: keep-git-dir'],
  ['ADD --unpack', 'FROM alpine\nADD --unpack=true a.tar /x\n', 'Unknown flag: unpack'],
  ['RUN --network', 'FROM alpine\nRUN --network=none echo\n', 'Unknown flag: network'],
  ['RUN --security', 'FROM alpine\nRUN --security=insecure echo\n', 'Unknown flag: security'],
  ['RUN heredoc', 'FROM alpine\nRUN <<EOT\necho hi\nEOT\n', 'unknown instruction: ECHO (heredocs need Dockerfile 1.4+'],
  ['COPY heredoc', 'FROM alpine\nCOPY <<EOT /x\n\nhello\nEOT\n', 'unknown instruction: HELLO (heredocs need Dockerfile 1.4+'],
  ['secret env=', 'FROM alpine\nRUN --mount=type=secret,id=t,env=TOKEN echo\n', "unexpected key 'env' in 'env=TOKEN'"],
  ['tmpfs size=', 'FROM alpine\nRUN --mount=type=tmpfs,target=/t,size=1m echo\n', "unexpected key 'size' in 'size=1m'"],
  ['HEALTHCHECK --start-interval', 'FROM alpine\nHEALTHCHECK --start-interval=1s CMD true\n', 'Unknown flag: start-interval'],
];

describe('v0.8 rejects newer Dockerfile forms with BuildKit v0.8\'s meaning', () => {
  for (const [what, text, message] of rejected) {
    it(`${what}: rejected by v0.8`, () => {
      expect(errors(text, 'v0.8').some((m) => m.startsWith(message))).toBe(true);
    });
  }
  it('the modern engine accepts the forms Dockerfile 1.19 has (link, exclude, checksum, network, heredocs, env=, size=)', () => {
    for (const [what, text] of rejected) {
      if (['COPY --parents', 'RUN --security'].includes(what)) continue;
      expect(errors(text, 'modern'), what).toEqual([]);
    }
  });
  it('modern still rejects the labs-only flags (COPY --parents, RUN --security) with its own wording', () => {
    expect(errors('FROM alpine\nCOPY --parents a /b/\n', 'modern')[0]).toMatch(/^unknown flag: --parents/);
    expect(errors('FROM alpine\nRUN --security=insecure x\n', 'modern')[0]).toMatch(/^unknown flag: --security/);
  });
  it('v0.8 names which engine accepts a newer flag', () => {
    expect(errors('FROM alpine\nCOPY --link a /a\n', 'v0.8')[0]).toContain('Docker 28.5 (BuildKit v0.25.2, Dockerfile 1.19) accepts it');
  });
  it('v0.8 takes mount values literally while modern expands them', () => {
    const text = 'FROM alpine\nARG KIND=cache\nRUN --mount=type=$KIND,target=/c echo\n';
    expect(errors(text, 'v0.8')).toEqual(['unsupported mount type "$KIND"']);
    expect(errors(text, 'modern')).toEqual([]);
  });
  it('modern rejects a variable in COPY --from; v0.8 takes it literally as an image name', () => {
    const text = 'FROM alpine AS a\nFROM alpine\nARG SRC=a\nCOPY --from=$SRC /x /x\n';
    expect(errors(text, 'modern')[0]).toMatch(/^variable expansion is not supported for --from/);
    expect(errors(text, 'v0.8')[0]).toMatch(/^failed to parse stage name "\$SRC"/);
  });
  it('modern rejects COPY --from a stage defined later; v0.8 reads that stage before it is built', () => {
    const text = 'FROM alpine:3.20 AS first\nCOPY --from=later /etc/x /x\nFROM alpine:3.20 AS later\nRUN touch /etc/x\nFROM alpine:3.20\nCOPY --from=first /x /x\n';
    expect(errors(text, 'modern')).toEqual(['cannot copy from stage "later", it needs to be defined before current stage "first"']);
    expect(errors(text, 'v0.8')).toEqual([]);
    const graph = buildStepGraph(toStages(parseDockerfile(text), { engine: 'v0.8' }));
    const run = graph.steps.find((s) => s.kind === 'run');
    expect(run?.name).toBe('[later 2/2] RUN touch /etc/x');
    expect(run?.printed).toBe(false); // the copy read later's base image, so the RUN is not in the definition
    const copy = graph.steps.find((s) => s.name === '[first 2/2] COPY --from=later /etc/x /x');
    expect(graph.steps.find((s) => s.id === copy?.deps[0]?.step)?.kind).toBe('from');
  });
});
