/**
 * The entry of dist-cli/check.cjs, the bundle `layerlab check` runs: bin/layerlab.cjs compiles it with a V8 code
 * cache written after a run, so later runs start with every function that run compiled (see the README and bin/layerlab.cjs).
 */
import { checkCommand } from './commands/check.ts';
import { processIo } from './process-io.ts';
import { runHandler } from './handler.ts';

/** Runs `layerlab check` with the arguments after `check`; resolves to the exit code. */
export function main(args: readonly string[]): Promise<number> {
  return runHandler(async () => checkCommand, args, processIo());
}
