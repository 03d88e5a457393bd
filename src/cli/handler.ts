/** Runs one command's handler and turns any failure into a message and exit code 2. */
import type { CliIo, CommandHandler } from './io.ts';

/** Loads and runs one command's handler; a failure becomes `layerlab: <message>` and exit code 2. */
export async function runHandler(load: () => Promise<CommandHandler>, args: readonly string[], io: CliIo): Promise<number> {
  try {
    const handler = await load();
    return await handler(args, io);
  } catch (error) {
    io.stderr(`layerlab: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
