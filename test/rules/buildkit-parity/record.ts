/**
 * Records what the real BuildKit says about each case here: `docker buildx build --call=check,format=json`
 * on the modern engine (BuildKit v0.25.2, dockerfile 1.19; see shared/oracle/ENGINES.md), written to
 * <case>/expected.json as { rule, line, message } sorted by line (build args from <case>/build-args.json). Run by hand with the engines up:
 *   eval "$(scripts/engines.sh env)" && node test/rules/buildkit-parity/record.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const docker = process.env['LAYERLAB_MODERN_DOCKER'];
if (!docker) throw new Error('LAYERLAB_MODERN_DOCKER is not set: eval "$(scripts/engines.sh env)" first');

for (const name of readdirSync(here).filter((n) => statSync(join(here, n)).isDirectory()).sort()) {
  const dir = join(here, name);
  const argsFile = join(dir, 'build-args.json');
  const buildArgs = existsSync(argsFile) ? (JSON.parse(readFileSync(argsFile, 'utf8')) as Record<string, string>) : {};
  const flags = Object.entries(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]);
  const r = spawnSync(docker, ['buildx', 'build', '--call=check,format=json', ...flags, dir], { encoding: 'utf8' });
  const out = r.stdout.slice(r.stdout.indexOf('{'));
  const result = JSON.parse(out) as { warnings?: { ruleName: string; detail: string; location: { ranges: { start: { line: number } }[] } }[]; buildError?: { message: string } };
  const expected = (result.warnings ?? [])
    .map((w) => ({ rule: w.ruleName, line: w.location.ranges[0]!.start.line, message: w.detail }))
    .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  writeFileSync(join(dir, 'expected.json'), JSON.stringify({ engine: 'modern (BuildKit v0.25.2, dockerfile 1.19.0)', buildError: result.buildError?.message ?? null, warnings: expected }, null, 2) + '\n');
  console.log(`${name}: ${expected.length} warnings${result.buildError ? ` (build error: ${result.buildError.message})` : ''}`);
}
