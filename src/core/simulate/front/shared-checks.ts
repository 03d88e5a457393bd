/** Rejections found by the shared pipeline (syntax parser and instructions), used when the front found none. */
import { toStages } from '../../instructions/index.ts';
import { parseDockerfile } from '../../syntax/index.ts';
import type { EngineProfile } from './engine.ts';

/** Error messages the shared parser and instruction stage report for this build. */
export function sharedRejections(text: string, engine: EngineProfile, target: string | undefined, buildArgs: Readonly<Record<string, string>>): string[] {
  const tree = parseDockerfile(text);
  const stages = toStages(tree, { engine: engine.id, ...(target !== undefined && target !== '' ? { target } : {}), buildArgs });
  return [...tree.problems, ...stages.problems].filter((p) => p.severity === 'error').map((p) => `line ${p.range.start.line + 1}: ${p.message}`);
}
