/** Public API of the engine profiles: one profile per recorded BuildKit generation. */
import { modernEngine } from './modern.ts';
import { v08Engine } from './v0-8.ts';
import type { EngineId, EngineProfile } from './types.ts';

export type { AcceptedFlags, EngineId, EngineProfile, FeatureGate, FlagMessages, MountRegistration } from './types.ts';
export { modernEngine } from './modern.ts';
export { v08Engine } from './v0-8.ts';

/** The engine used when none is named. */
export const DEFAULT_ENGINE: EngineId = 'modern';

/** Every engine profile, by id. */
export const ENGINES: Readonly<Record<EngineId, EngineProfile>> = { 'v0.8': v08Engine, modern: modernEngine };

/** Whether a string names an engine. */
export function isEngineId(value: string): value is EngineId {
  return value === 'v0.8' || value === 'modern';
}

/** The profile for an engine id (the default engine when omitted). */
export function getEngine(id: EngineId = DEFAULT_ENGINE): EngineProfile {
  return ENGINES[id];
}
