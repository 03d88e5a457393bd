/** Top-level CLI dispatch: maps command words to handlers and turns every failure into a message. */
import { runHandler } from './handler.ts';
import type { CliIo, CommandHandler } from './io.ts';

const USAGE = `usage: layerlab <command> [options]

commands:
  check [PATH...|-]           check Dockerfiles (BuildKit checks, hadolint ids, Go build rules); --fix, --format
  rules                       list every rule
  explain RULE                print a rule's page
  simulate --base GITREF      what the changes since GITREF would re-run, and why (text, json, markdown)
  replay SCENARIO.json...     run the simulator on recorded scenarios and score it
  serve                       run real builds on BuildKit for the playground (HTTP + SSE)
  debug parse FILE            print the syntax tree in BuildKit's Node.Dump() format
  debug expand                expand JSON Lines words from stdin (BuildKit shell lexer)
  debug steps FILE            print the step names BuildKit would print
  version                     print the version
`;

const commands: Record<string, () => Promise<CommandHandler>> = {};

/** Registers a command under its words (e.g. "debug parse"); used by the command modules. */
export function registerCommand(words: string, load: () => Promise<CommandHandler>): void {
  commands[words] = load;
}

/** Runs the CLI with the given argv (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { registerAll } = await import('./commands.ts');
  registerAll();
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  for (const length of [2, 1]) {
    const words = argv.slice(0, length).join(' ');
    const load = commands[words];
    if (load) return runHandler(load, argv.slice(length), io);
  }
  io.stderr(`layerlab: unknown command "${argv.join(' ')}"\n${USAGE}`);
  return 2;
}
