/** Runs a CLI in its own process group, streams its output lines, and kills the whole group on abort or timeout. */
import { spawn } from 'node:child_process';
import { lineSplitter } from './progress.ts';

/** How a process run ended. */
export type RunEnd =
  | { readonly kind: 'exit'; readonly code: number }
  | { readonly kind: 'timeout'; readonly afterMs: number }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'spawn-error'; readonly message: string };

/** One command to run. */
export interface RunSpec {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly onLine: (line: string) => void;
  /** Called with the child's pid once it runs (the group id too). */
  readonly onPid?: (pid: number) => void;
}

/** Sends a signal to a process group, ignoring a group that is already gone. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try { process.kill(-pid, signal); } catch { /* gone */ }
}

/** Runs the command; stdout and stderr lines both go to onLine (docker prints progress on stderr). */
export function runProcess(spec: RunSpec): Promise<RunEnd> {
  return new Promise((resolve) => {
    if (spec.signal?.aborted) { resolve({ kind: 'canceled' }); return; }
    const child = spawn(spec.command, [...spec.args], { env: spec.env as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let reason: RunEnd | undefined;
    let hardKill: NodeJS.Timeout | undefined;
    const stop = (why: RunEnd) => {
      if (reason || child.pid === undefined) return;
      reason = why;
      killGroup(child.pid, 'SIGTERM');
      hardKill = setTimeout(() => { if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL'); }, 3000);
    };
    const timer = setTimeout(() => stop({ kind: 'timeout', afterMs: spec.timeoutMs }), spec.timeoutMs);
    const onAbort = () => stop({ kind: 'canceled' });
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    const out = lineSplitter(spec.onLine);
    const err = lineSplitter(spec.onLine);
    child.stdout.setEncoding('utf8').on('data', out.write);
    child.stderr.setEncoding('utf8').on('data', err.write);
    if (child.pid !== undefined) spec.onPid?.(child.pid);
    child.on('error', (e) => { reason ??= { kind: 'spawn-error', message: e.message }; });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (hardKill) clearTimeout(hardKill);
      spec.signal?.removeEventListener('abort', onAbort);
      out.end();
      err.end();
      // the CLI is gone; make sure nothing it started in its group lingers
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      resolve(reason ?? { kind: 'exit', code: code ?? -1 });
    });
  });
}

/** Runs a short command and returns its exit code and output (for version, prune, rmi). */
export async function runQuick(command: string, args: readonly string[], env: Readonly<Record<string, string | undefined>>, timeoutMs = 60_000): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const end = await runProcess({ command, args, env, timeoutMs, onLine: (l) => lines.push(l) });
  const output = lines.join('\n');
  if (end.kind === 'exit') return { code: end.code, output };
  return { code: -1, output: end.kind === 'spawn-error' ? end.message : `${end.kind}\n${output}` };
}
