/** The CLI's IO on the real process: stdout, stderr, stdin and the working directory. */
import { writeSync } from 'node:fs';
import type { CliIo } from './io.ts';

/** The code of a system error, if it is one. */
const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Writes text to a standard file descriptor with write(2), so a short run never loads Node's stream machinery. If
 * the descriptor would block (a non-blocking pipe that is full), the rest of this and every later text goes through
 * the process stream, which queues it; a reader that went away (EPIPE) ends the output quietly.
 */
export function descriptorWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let mode: 'sync' | 'stream' | 'closed' = 'sync';
  return (text) => {
    if (mode === 'closed') return;
    if (mode === 'stream') {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch (error) {
      if (codeOf(error) === 'EPIPE') {
        mode = 'closed';
        return;
      }
      if (codeOf(error) !== 'EAGAIN') throw error;
      mode = 'stream';
      stream().write(bytes.subarray(done));
    }
  };
}

/** IO bound to this process. */
export function processIo(): CliIo {
  return {
    stdout: descriptorWriter(1, () => process.stdout),
    stderr: descriptorWriter(2, () => process.stderr),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
  };
}
