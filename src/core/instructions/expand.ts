// Tracks BuildKit frontend/dockerfile/instructions/commands.go (the Expand methods) as dispatch runs them
/** Expands the words BuildKit expands in an instruction, against the stage environment at that point. */
import type { EngineProfile } from '../engines/types.ts';
import { isPlainWord, processWord, processWordText, processWords } from '../shell/index.ts';
import type { EscapeToken } from '../shell/index.ts';
import { envGetter } from './env-list.ts';
import { parseMount } from './mount.ts';
import { isMountPlaceholder } from './parse-run.ts';
import type { EnvEntry, InlineFile, Instruction, KeyValue, MountSpec } from './types.ts';
import type { Problem } from '../syntax/types.ts';

class ExpandError extends Error {}

/** What expansion needs: the environment, escape token and engine. */
export interface ExpandContext {
  readonly env: readonly EnvEntry[];
  readonly escapeToken: EscapeToken;
  readonly engine: EngineProfile;
}

function word(ctx: ExpandContext, value: string): string {
  const result = processWordText(value, envGetter(ctx.env), ctx);
  if (typeof result !== 'string') throw new ExpandError(result.error);
  return result;
}

const opt = (ctx: ExpandContext, value: string | undefined): string | undefined => (value === undefined ? undefined : word(ctx, value));

function heredocs(ctx: ExpandContext, files: readonly InlineFile[]): readonly InlineFile[] {
  if (!files.some((f) => f.expand)) return files;
  return files.map((f) => {
    if (!f.expand) return f;
    const result = processWord(f.data, envGetter(ctx.env), { escapeToken: '\\', skipProcessQuotes: true });
    if (!result.ok) throw new ExpandError(result.error);
    return { ...f, data: result.value };
  });
}

function mounts(ctx: ExpandContext, list: readonly MountSpec[]): readonly MountSpec[] {
  if (!ctx.engine.features.mountValueExpansion.supported || list.length === 0) return list;
  // Without `$`, quotes or the escape token expansion changes no value, so the parse before expansion stands.
  if (list.every((m) => isPlainWord(m.raw, ctx.escapeToken) && !isMountPlaceholder(m))) return list;
  return list.map((m) => {
    const parsed = parseMount(m.raw, ctx.engine, (value) => {
      const result = processWordText(value, envGetter(ctx.env), { escapeToken: ctx.escapeToken });
      return typeof result === 'string' ? { ok: true, value: result } : { ok: false, error: result.error };
    });
    if (!parsed.ok) throw new ExpandError(parsed.error);
    return parsed.mount;
  });
}

/** The same array when expansion changed no element (no copy for the common case of plain words). */
function words(ctx: ExpandContext, list: readonly string[]): readonly string[] {
  for (let i = 0; i < list.length; i++) {
    const first = word(ctx, list[i]!);
    if (first === list[i]) continue;
    const out = list.slice(0, i);
    out.push(first);
    for (let j = i + 1; j < list.length; j++) out.push(word(ctx, list[j]!));
    return out;
  }
  return list;
}

/** The same pairs when expansion changed no key or value. */
function pairs(ctx: ExpandContext, kvs: readonly KeyValue[]): readonly KeyValue[] {
  let out: KeyValue[] | undefined;
  for (let i = 0; i < kvs.length; i++) {
    const kv = kvs[i]!;
    const key = word(ctx, kv.key);
    const value = word(ctx, kv.value);
    if (out === undefined && key === kv.key && value === kv.value) continue;
    out ??= kvs.slice(0, i);
    out.push(key === kv.key && value === kv.value ? kv : { key, value });
  }
  return out ?? kvs;
}

/** `--chmod`, expanded where the engine expands it. */
function chmodOf(ctx: ExpandContext, value: string | undefined): string | undefined {
  return ctx.engine.features.chmodExpansion.supported ? opt(ctx, value) : value;
}

function expandAny(instr: Instruction, ctx: ExpandContext): Instruction {
  switch (instr.kind) {
    case 'env': {
      const p = pairs(ctx, instr.pairs);
      return p === instr.pairs ? instr : { ...instr, pairs: p };
    }
    case 'label': {
      const p = pairs(ctx, instr.labels);
      return p === instr.labels ? instr : { ...instr, labels: p };
    }
    case 'copy': {
      const chown = opt(ctx, instr.chown), mode = chmodOf(ctx, instr.chmod), sources = words(ctx, instr.sources), dest = word(ctx, instr.dest), contents = heredocs(ctx, instr.contents);
      const same = chown === instr.chown && mode === instr.chmod && sources === instr.sources && dest === instr.dest && contents === instr.contents;
      return same ? instr : { ...instr, chown, chmod: mode, sources, dest, contents };
    }
    case 'add': {
      const chown = opt(ctx, instr.chown), mode = chmodOf(ctx, instr.chmod), sources = words(ctx, instr.sources), dest = word(ctx, instr.dest);
      const checksum = ctx.engine.features.addChecksum.supported ? opt(ctx, instr.checksum) : instr.checksum, contents = heredocs(ctx, instr.contents);
      const same = chown === instr.chown && mode === instr.chmod && sources === instr.sources && dest === instr.dest && checksum === instr.checksum && contents === instr.contents;
      return same ? instr : { ...instr, chown, chmod: mode, sources, dest, checksum, contents };
    }
    case 'workdir': {
      const path = word(ctx, instr.path);
      return path === instr.path ? instr : { ...instr, path };
    }
    case 'user': {
      const user = word(ctx, instr.user);
      return user === instr.user ? instr : { ...instr, user };
    }
    case 'volume': {
      const volumes = words(ctx, instr.volumes);
      return volumes === instr.volumes ? instr : { ...instr, volumes };
    }
    case 'stopsignal': {
      const signal = word(ctx, instr.signal);
      return signal === instr.signal ? instr : { ...instr, signal };
    }
    case 'run': {
      const m = mounts(ctx, instr.mounts);
      return m === instr.mounts ? instr : { ...instr, mounts: m };
    }
    case 'expose': {
      const ports = instr.ports.flatMap((p) => {
        const result = processWords(p, envGetter(ctx.env), { escapeToken: ctx.escapeToken });
        if (!result.ok) throw new ExpandError(result.error);
        return result.words;
      });
      return { ...instr, ports };
    }
    case 'arg':
      // v0.8 expands ARG keys and defaults here; modern expands the default in dispatchArg instead.
      if (ctx.engine.argExpansion === 'dispatch') return instr;
      return { ...instr, args: instr.args.map((a) => ({ key: word(ctx, a.key), value: opt(ctx, a.value) })) };
    case 'from': case 'shell': case 'cmd': case 'entrypoint': case 'healthcheck': case 'maintainer': case 'onbuild': case 'unknown':
      return instr;
    default: {
      const never: never = instr;
      return never;
    }
  }
}

/** Expands an instruction; on error keeps it unexpanded and adds BuildKit's message to `problems`. */
export function expandInstruction<T extends Instruction>(instr: T, ctx: ExpandContext, problems: Problem[]): T {
  try {
    return expandAny(instr, ctx) as T;
  } catch (error) {
    if (!(error instanceof ExpandError)) throw error;
    problems.push({ severity: 'error', code: 'expansion-error', message: error.message, range: instr.range });
    return instr;
  }
}
