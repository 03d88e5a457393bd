/** `layerlab debug parse FILE|-`: prints the syntax tree in BuildKit's Node.Dump() format. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeUtf8Escaped, dumpTree, parseDockerfile } from '../../core/syntax/index.ts';
import type { CommandHandler } from '../io.ts';

const USAGE = 'usage: layerlab debug parse FILE   (use - to read stdin)\n';

/** Reads a file as bytes; bytes that are not UTF-8 stay distinguishable, as they do for BuildKit. */
async function readInput(file: string, cwd: string): Promise<string | undefined> {
  try {
    return decodeUtf8Escaped(await readFile(resolve(cwd, file)));
  } catch {
    return undefined;
  }
}

/** Parses a Dockerfile and prints `AST.Dump()`; exits 1 with BuildKit's reason when BuildKit rejects it. */
export const debugParse: CommandHandler = async (args, io) => {
  if (args.length !== 1 || args[0] === undefined || args[0] === '--help' || args[0] === '-h') {
    io.stderr(USAGE);
    return 2;
  }
  const file = args[0];
  const text = file === '-' ? await io.readStdin() : await readInput(file, io.cwd);
  if (text === undefined) {
    io.stderr(`layerlab: cannot read Dockerfile "${file}": no such file or not readable\n`);
    return 2;
  }
  const tree = parseDockerfile(text);
  const error = tree.problems.find((p) => p.severity === 'error');
  if (error) {
    io.stderr(`dockerfile parse error on line ${error.range.start.line + 1}: ${error.message}\n`);
    return 1;
  }
  io.stdout(dumpTree(tree));
  return 0;
};
