/** Runs `layerlab debug steps` in-process on a fixture folder and renders its output for golden comparison. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { debugSteps } from '../../src/cli/commands/debug-steps.ts';

/** stdout, then `exit N: <stderr>` when the command fails. */
export async function runStepsFixture(dir: string): Promise<string> {
  const args = existsSync(join(dir, 'args')) ? readFileSync(join(dir, 'args'), 'utf8').split(/\s+/).filter((a) => a !== '') : [];
  let out = '';
  let err = '';
  const code = await debugSteps(['Dockerfile', ...args], {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    readStdin: async () => '',
    cwd: dir,
  });
  return code === 0 ? out : `${out}exit ${code}: ${err.trim()}\n`;
}
