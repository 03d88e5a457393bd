/** Finds `go` commands in RUN scripts and works out Go's effective cache directories. */
import type { Inst, RuleContext, Stage } from './context.ts';
import { expandWord } from './expand.ts';
import { cleanPath, type MountSpec } from '../../instructions/index.ts';
import { commandsOf, perCheckMemo, scriptOf } from './instr.ts';
import { mountsOf } from './typed.ts';
import type { InstState } from './state.ts';
import { isNameChar } from './text.ts';

/** One `go <sub>` invocation inside a RUN. */
export interface GoCommand {
  readonly inst: Inst;
  /** Index of the instruction within its stage. */
  readonly pos: number;
  /** "build", "test", "install", "get", "run", "generate", "vet", or "mod download" / "mod tidy" / "mod vendor". */
  readonly sub: string;
  readonly args: readonly string[];
  /** Inline `VAR=value` assignments and `export`s seen before it in the same RUN. */
  readonly env: ReadonlyMap<string, string>;
  readonly mounts: readonly MountSpec[];
}

/** `/\bgo\b|xx-go/.test(script)`, found with indexOf (much faster than the pattern on long RUN scripts). */
export function mentionsGo(script: string): boolean {
  for (let i = script.indexOf('go'); i >= 0; i = script.indexOf('go', i + 1)) {
    // \b on both sides: no word character before or after (past either end, charCodeAt gives NaN).
    if (!isNameChar(script.charCodeAt(i - 1), true) && !isNameChar(script.charCodeAt(i + 2), true)) return true;
    if (i >= 3 && script.charCodeAt(i - 1) === 0x2d && script.charCodeAt(i - 2) === 0x78 && script.charCodeAt(i - 3) === 0x78) return true;
  }
  return false;
}

/** The environment of a go command with nothing exported or assigned before it (shared, never changed). */
const NO_ENV: ReadonlyMap<string, string> = new Map();

/** All go commands of a stage, in order (memoised per stage for the current check). */
export const goCommands = perCheckMemo((stage: Stage): GoCommand[] => {
  const out: GoCommand[] = [];
  const insts = stage.instructions;
  for (let pos = 0; pos < insts.length; pos++) {
    const inst = insts[pos]!;
    if (inst.node.keyword !== 'run' || !mentionsGo(scriptOf(inst.node))) continue;
    const mounts = mountsOf(inst);
    const exported = new Map<string, string>();
    for (const command of commandsOf(inst.node)) {
      // A command whose first word is plain and neither go nor export is skipped without splitting it into words.
      const plain = command.plainFirstWord;
      if (plain !== undefined && plain !== 'export' && plain !== 'go' && plain !== 'xx-go' && !plain.endsWith('/go')) continue;
      // Without `go`, `export` or `=` a command neither runs go nor sets a variable.
      const text = command.text;
      if (!text.includes('go') && !text.includes('export') && !text.includes('=')) continue;
      const { env: assigned, words } = command;
      const first = words[0];
      if (first === 'export') {
        for (let k = 1; k < words.length; k++) {
          const w = words[k]!;
          const eq = w.indexOf('=');
          if (eq > 0) exported.set(w.slice(0, eq), w.slice(eq + 1));
        }
        continue;
      }
      if (first === undefined) {
        assigned.forEach((v, k) => exported.set(k, v));
        continue;
      }
      if (first !== 'go' && first !== 'xx-go' && !first.endsWith('/go')) continue;
      const sub = words[1] === 'mod' ? `mod ${words[2] ?? ''}` : words[1] ?? '';
      let env = NO_ENV;
      if (exported.size > 0 || assigned.size > 0) {
        const own = new Map(exported);
        assigned.forEach((v, k) => own.set(k, v));
        env = own;
      }
      out.push({ inst, pos, sub, args: words.slice(sub.startsWith('mod ') ? 3 : 2), env, mounts });
    }
  }
  return out;
});

/** True for commands that compile (use GOCACHE). */
export function compiles(cmd: GoCommand): boolean {
  return ['build', 'test', 'install', 'vet', 'run', 'generate'].includes(cmd.sub);
}

/** True for commands that fetch modules (use GOMODCACHE). */
export function fetchesModules(cmd: GoCommand): boolean {
  return cmd.sub === 'mod download' || cmd.sub === 'get' || cmd.sub === 'mod tidy' || cmd.sub === 'mod vendor' || compiles(cmd);
}

/** Effective Go directories for a command, with a note when the user's home is a guess. */
export interface GoDirs {
  readonly gomodcache: string;
  readonly gocache: string;
  readonly guessed: string | undefined;
}

/** Works out GOMODCACHE and GOCACHE from ENV, inline assignments, USER and HOME (as `go env` would). */
export function goDirs(ctx: RuleContext, state: InstState, cmd: GoCommand): GoDirs {
  let env: ReadonlyMap<string, string> = state.env;
  if (cmd.env.size > 0) {
    const own = new Map(state.env);
    for (const [k, v] of cmd.env) own.set(k, expandWord(v, own, ctx.tree.escapeToken).result);
    env = own;
  }
  let guessed: string | undefined;
  let home = env.get('HOME');
  if (!home) {
    const user = state.user.split(':')[0] ?? '';
    if (user === '' || user === 'root' || user === '0') home = '/root';
    else {
      home = `/home/${user}`;
      guessed = `HOME for user "${user}" is assumed to be ${home}`;
    }
  }
  const gopath = (env.get('GOPATH') || `${home}/go`).split(':')[0]!;
  const gomodcache = env.get('GOMODCACHE') || `${gopath}/pkg/mod`;
  const gocache = env.get('GOCACHE') || `${env.get('XDG_CACHE_HOME') || `${home}/.cache`}/go-build`;
  return { gomodcache: clean(gomodcache), gocache: clean(gocache), guessed };
}

/** Normalises a path as an absolute one for comparison (path.Clean of "/" + path). */
export function clean(path: string): string {
  return cleanPath(path.charCodeAt(0) === 0x2f ? path : '/' + path);
}

/** Cache mounts of a command whose target covers `dir` (the target is the dir or a parent of it). */
export function cacheMountFor(mounts: readonly MountSpec[], dir: string, env?: ReadonlyMap<string, string>): MountSpec | undefined {
  return mounts.find((m) => {
    if (m.type !== 'cache' || m.target === undefined) return false;
    const target = clean(env ? expandWord(m.target, env).result : m.target);
    return dir === target || dir.startsWith(target + '/');
  });
}
