/** The IO a CLI command may use, passed in so commands are testable in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly cwd: string;
}

/** A command handler: takes its arguments (after the command words) and returns an exit code. */
export type CommandHandler = (args: readonly string[], io: CliIo) => Promise<number>;
