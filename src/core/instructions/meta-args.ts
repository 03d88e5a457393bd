// Tracks BuildKit dockerfile2llb/platform.go (platform args) and the meta ARG handling of convert.go
/** Global args for FROM lines: the automatic platform args, then the meta ARGs, with build args applied. */
import type { EngineProfile } from '../engines/types.ts';
import { processWordText } from '../shell/index.ts';
import type { Problem } from '../syntax/types.ts';
import { addOrReplace, envEntry, envGetter } from './env-list.ts';
import type { ArgInstruction, EnvEntry, MetaArg } from './types.ts';

/** The host BuildKit is assumed to run on (and build for). */
export const HOST_PLATFORM = { os: 'linux', arch: 'amd64', variant: '' } as const;

/** The automatic platform args of an engine for a linux/amd64 host, build args overriding them. */
export function platformArgs(engine: EngineProfile, target: string, buildArgs: Readonly<Record<string, string>>): EnvEntry[] {
  const platform = `${HOST_PLATFORM.os}/${HOST_PLATFORM.arch}`;
  const values: Record<string, string> = {
    BUILDPLATFORM: platform, BUILDOS: HOST_PLATFORM.os, BUILDOSVERSION: '', BUILDARCH: HOST_PLATFORM.arch,
    BUILDVARIANT: HOST_PLATFORM.variant, TARGETPLATFORM: platform, TARGETOS: HOST_PLATFORM.os, TARGETOSVERSION: '',
    TARGETARCH: HOST_PLATFORM.arch, TARGETVARIANT: HOST_PLATFORM.variant, TARGETSTAGE: target === '' ? 'default' : target,
  };
  return engine.platformArgs.map((key) => envEntry(key, Object.hasOwn(buildArgs, key) ? (buildArgs[key] ?? '') : (values[key] ?? ''), undefined));
}

/** The meta args and the global args they produce. */
export interface MetaArgsResult {
  readonly metaArgs: MetaArg[];
  /** Name → value for FROM expansion and ARG fallbacks; v0.8 keeps value-less meta args as "". */
  readonly global: EnvEntry[];
  /** v0.8's optMetaArgs: every arg with its optional value, in order (ARG fallback scans it). */
  readonly optional: ReadonlyArray<{ readonly key: string; readonly value: string | undefined }>;
  readonly problems: Problem[];
}

/** Resolves meta ARGs in order: a build arg wins, else the default expanded against the args so far. */
export function resolveMetaArgs(
  commands: readonly ArgInstruction[],
  platform: readonly EnvEntry[],
  buildArgs: Readonly<Record<string, string>>,
  engine: EngineProfile,
): MetaArgsResult {
  let global: EnvEntry[] = [...platform];
  const optional: Array<{ key: string; value: string | undefined }> = platform.map((e) => ({ key: e.key, value: e.value }));
  const metaArgs: MetaArg[] = [];
  const problems: Problem[] = [];
  for (const cmd of commands) {
    for (const arg of cmd.args) {
      const override = Object.hasOwn(buildArgs, arg.key) ? buildArgs[arg.key] : undefined;
      let value = arg.value;
      if (value !== undefined && !(override !== undefined && engine.metaArgDefaultSkippedWhenOverridden)) {
        const expanded = processWordText(value, envGetter(global));
        if (typeof expanded === 'string') value = expanded;
        else problems.push({ severity: 'error', code: 'expansion-error', message: expanded.error, range: cmd.range });
      }
      if (override !== undefined) value = override;
      metaArgs.push({ key: arg.key, value, range: cmd.range });
      optional.push({ key: arg.key, value });
      // v0.8 builds a map of every meta arg (value-less ones as ""); modern adds only valued ones.
      if (value !== undefined || engine.valuelessMetaArgsSet) global = addOrReplace(global, arg.key, value ?? '');
    }
  }
  return { metaArgs, global, optional, problems };
}
