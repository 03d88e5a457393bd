// Tracks BuildKit dockerfile2llb/convert.go dispatchCopy / dispatchCopyFileOp (FileOp copy, ADD URLs, COPY --link)
/** The FileOp step of COPY/ADD (and, for COPY --link on modern engines, its LINK merge step). */
import { isAbsPath, joinPath } from '../instructions/index.ts';
import type { AddInstruction, CopyInstruction, StageCommand } from '../instructions/types.ts';
import { addStep, sourceOf } from './builder.ts';
import type { GraphBuilder } from './builder.ts';
import { nextName } from './cursor.ts';
import type { StageCursor } from './cursor.ts';
import { processCmdEnv, uppercaseCmd } from './naming.ts';
import type { CopyAction, StateSource, StepDependency } from './types.ts';

const isHttp = (src: string): boolean => src.startsWith('http://') || src.startsWith('https://');
const isGit = (src: string): boolean => /^(git@|git:\/\/|ssh:\/\/)/.test(src) || /^https?:\/\/\S+\.git(#\S*)?$/.test(src);

/** The absolute destination: relative to WORKDIR, with `/` kept for directory destinations. */
export function copyDest(dest: string, workdir: string): string {
  const abs = joinPath('/', isAbsPath(dest) ? dest : joinPath(workdir, dest));
  return dest === '.' || dest === '' || dest.endsWith('/') ? (abs === '/' ? '/' : `${abs}/`) : abs;
}

function copySource(b: GraphBuilder, cursor: StageCursor, instr: CopyInstruction | AddInstruction, commandIndex: number, deps: StepDependency[]): { source: StateSource; fromStage: number | undefined; fromImage: string | undefined } {
  if (instr.kind !== 'copy' || instr.from === undefined || instr.from === '') return { source: { kind: 'context' }, fromStage: undefined, fromImage: undefined };
  const dep = b.stages.stages[cursor.stage]?.dependencies.find((d) => d.via === 'copy-from' && d.commandIndex === commandIndex);
  if (dep === undefined) return { source: { kind: 'scratch' }, fromStage: undefined, fromImage: undefined };
  const entry = b.stages.states[dep.state];
  const step = b.outputs.get(dep.state);
  const fromStage = entry?.kind === 'stage' ? entry.stage : undefined;
  deps.push({ via: 'copy-from', stage: fromStage, state: dep.state, step });
  const fromImage = entry?.kind === 'unregistered' && entry.ref.kind === 'image' ? entry.ref.ref : undefined;
  return { source: sourceOf(step), fromStage, fromImage };
}

interface Made { actions: CopyAction[]; inputs: string[] }

function actions(b: GraphBuilder, cursor: StageCursor, instr: CopyInstruction | AddInstruction, cmd: StageCommand, source: StateSource, name: string): Made {
  const dest = copyDest(instr.dest, cmd.context.workdir);
  const made: Made = { actions: [], inputs: [] };
  const common = { dest, chown: instr.chown, chmod: instr.chmod, excludePatterns: instr.excludes, includePatterns: [] };
  for (const src of instr.sources) {
    const remote = instr.kind === 'add' && (isHttp(src) || (b.engine.features.addChecksum.supported && isGit(src)));
    if (!remote) {
      if (source.kind === 'context') b.contextPaths.add(joinPath('/', src));
      made.actions.push({ ...common, src: joinPath('/', src), source, followSymlinks: true, copyDirContentsOnly: true, attemptUnpack: instr.kind === 'add' && instr.unpack !== false, createDestPath: true, allowWildcard: true, allowEmptyWildcard: true });
      continue;
    }
    const git = b.engine.features.addChecksum.supported && isGit(src);
    const file = git ? '/' : (src.replace(/[?#].*$/, '').split('/').filter((s, i) => i > 2 && s !== '').pop() ?? '__unnamed__');
    const http = addStep(b, {
      kind: git ? 'git' : 'http', name: b.engine.httpSourceNamedLikeStep ? name : src, stage: cursor.stage, state: cursor.state,
      index: undefined, total: cursor.total, commandIndex: undefined, instruction: instr, parent: undefined, deps: [], inputs: [],
      op: git ? { kind: 'git', remote: src, keepGitDir: instr.kind === 'add' && instr.keepGitDir === true, checksum: instr.kind === 'add' ? instr.checksum : undefined }
        : { kind: 'http', url: src, filename: file, checksum: instr.kind === 'add' ? instr.checksum : undefined },
      onbuild: cursor.onbuild, range: instr.range,
    });
    made.inputs.push(http);
    made.actions.push({ ...common, src: file, source: { kind: 'step', step: http }, followSymlinks: false, copyDirContentsOnly: false, attemptUnpack: instr.kind === 'add' && instr.unpack === true, createDestPath: true, allowWildcard: false, allowEmptyWildcard: false });
  }
  for (const file of instr.contents) {
    made.actions.push({ ...common, src: `/${file.name}`, source: { kind: 'scratch' }, inline: file.data, followSymlinks: true, copyDirContentsOnly: true, attemptUnpack: false, createDestPath: true, allowWildcard: false, allowEmptyWildcard: false });
  }
  return made;
}

/** Adds the COPY/ADD step(s) and moves the stage state to the result. */
export function addCopyStep(b: GraphBuilder, cursor: StageCursor, cmd: StageCommand, commandIndex: number): void {
  const instr = cmd.instruction;
  if (instr.kind !== 'copy' && instr.kind !== 'add') return;
  const deps: StepDependency[] = [];
  const { source, fromStage, fromImage } = copySource(b, cursor, instr, commandIndex, deps);
  const text = uppercaseCmd(processCmdEnv(instr.code, cmd.context.env, b.escapeToken, 'plain'));
  const { name, index } = nextName(cursor, text, b.engine.onbuild.namePrefix);
  const made = actions(b, cursor, instr, cmd, source, name);
  const link = instr.link && b.engine.features.copyLink.supported && instr.chmod === undefined;
  const parent = cursor.current;
  const sourceStep = source.kind === 'step' ? [source.step] : [];
  const inputs = [...(link ? [] : parent === undefined ? [] : [parent]), ...sourceStep, ...made.inputs].filter((s, i, all) => all.indexOf(s) === i);
  const copy = addStep(b, {
    kind: instr.kind, name, stage: cursor.stage, state: cursor.state, index, total: cursor.total, commandIndex, instruction: instr,
    parent: link ? undefined : parent, deps, inputs,
    op: { kind: 'file-copy', isAdd: instr.kind === 'add', onScratch: link, actions: made.actions, fromStage, fromImage, env: cmd.context.env, cwd: cmd.context.workdir, user: cmd.context.user },
    onbuild: cmd.onbuild, range: instr.range, ...(link ? { progressGroup: name } : {}),
  });
  if (!link) {
    cursor.current = copy;
    return;
  }
  cursor.current = addStep(b, {
    kind: 'link', name: `${name.slice(0, name.length - text.length)}LINK ${text}`, stage: cursor.stage, state: cursor.state, index, total: cursor.total,
    commandIndex, instruction: instr, parent, deps, inputs: [...(parent === undefined ? [] : [parent]), copy],
    op: { kind: 'merge', inputs: [sourceOf(parent), { kind: 'step', step: copy }] }, onbuild: cmd.onbuild, range: instr.range,
    progressGroup: name,
  });
}
