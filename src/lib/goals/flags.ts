/** Build flags from a goal's optional settings. */
import type { Settings } from '../lessons/common-schema.ts';
import type { BuildFlags } from './types.ts';

/** No build args, default target. */
export const NO_FLAGS: BuildFlags = { buildArgs: {}, target: undefined };

/** The flags a goal's settings describe (none when absent). */
export function flagsOf(settings: Settings | undefined): BuildFlags {
  return settings === undefined ? NO_FLAGS : { buildArgs: settings.buildArgs, target: settings.target };
}
