/** Layerlab command line: dispatches `layerlab <command>` to its handler. */
import { processIo } from './process-io.ts';
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo());
