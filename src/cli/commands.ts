/** The explicit command registry: one line per command, each loaded lazily. */
import { registerCommand } from './run.ts';

/** Registers every CLI command. */
export function registerAll(): void {
  registerCommand('version', async () => async (_args, io) => {
    io.stdout('layerlab 0.1.0\n');
    return 0;
  });
  registerCommand('debug parse', async () => (await import('./commands/debug-parse.ts')).debugParse);
  registerCommand('debug expand', async () => (await import('./commands/debug-expand.ts')).debugExpand);
  registerCommand('debug steps', async () => (await import('./commands/debug-steps.ts')).debugSteps);
  registerCommand('check', async () => (await import('./commands/check.ts')).checkCommand);
  registerCommand('rules', async () => (await import('./commands/rules.ts')).rulesCommand);
  registerCommand('replay', async () => (await import('./commands/replay.ts')).replay);
  registerCommand('simulate', async () => (await import('./commands/simulate.ts')).simulate);
  registerCommand('serve', async () => (await import('./commands/serve.ts')).serveCommand);
  registerCommand('explain', async () => (await import('./commands/explain.ts')).explainCommand);
}
