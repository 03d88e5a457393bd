/** Command models: what a RUN command's output depends on. */
import type { Digest } from '../hash.ts';
import type { FsState } from '../fs-state.ts';
import type { SimpleCommand } from './shell.ts';

/** The known command models. */
export type CommandModelId = 'go-build' | 'go-install' | 'go-mod-download' | 'go-test' | 'go-vet' | 'package-install' | 'file-utility' | 'reporter' | 'shell-builtin' | 'unknown';

/** What a command sees while it runs: the root filesystem with bind mounts over it, cwd and env. */
export interface RunView {
  readonly fs: FsState;
  readonly cwd: string;
  readonly env: (name: string) => string | undefined;
  /** Targets of cache and tmpfs mounts: files written there are not part of the step's result. */
  readonly volatileTargets: readonly string[];
  /** A digest unique to this execution (for outputs that differ every run). */
  readonly nonce: Digest;
  /** Whether file uid/gid are part of content checksums (engine v0.11+). */
  readonly ownerHashed: boolean;
  /** Real Go, or the oracle's deterministic stand-in `go` (shared/oracle/images/go.sh). */
  readonly toolchain: GoToolchain;
  /** Digest of the whole filesystem the RUN starts from (its parent key and mounted content). */
  readonly stateDigest: Digest;
}

/** Which Go toolchain the base images carry. */
export type GoToolchain = 'go' | 'stand-in';

/** How a command changes the paths it does not name. */
export type RestChange = 'untouched' | 'deterministic' | 'changes-every-run';

/** The modelled effect of one simple command. */
export interface CommandOutcome {
  readonly model: CommandModelId;
  /** Absolute path → content digest of what the command writes there. */
  readonly writes: ReadonlyMap<string, Digest>;
  readonly rest: RestChange;
  /** Digest of everything the output depends on. */
  readonly inputs: Digest;
  /** Absolute paths of the files the output depends on (for explanations). */
  readonly reads: readonly string[];
  /** Plain words: what the output depends on. */
  readonly dependsOn: string;
  /** The command's words. */
  readonly argv?: readonly string[];
  /** Why the command fails (the RUN exits non-zero and the build stops), when it surely does. */
  readonly fails?: string;
}

/** A registry entry: a model says whether it handles a command and what it does. */
export interface CommandModel {
  readonly id: CommandModelId;
  /** What the output of a command of this kind depends on, in plain words. */
  readonly dependsOn: string;
  readonly matches: (argv: readonly string[]) => boolean;
  readonly apply: (command: SimpleCommand, view: RunView) => CommandOutcome;
}
