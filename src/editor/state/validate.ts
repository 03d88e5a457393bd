/** Small structural checks for data read back from storage, URLs and archives (never trusted). */
import { defaultSettings, type BuildSettings, type EngineName } from '../protocol.ts';

/** True for a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string → string map, or null when the value is not one. */
export function stringMap(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') return null;
    out[k] = v;
  }
  return out;
}

/** Build settings with defaults for anything missing or malformed. */
export function readSettings(value: unknown): BuildSettings {
  if (!isRecord(value)) return defaultSettings;
  const engine: EngineName = value['engine'] === 'v0.8' ? 'v0.8' : 'modern';
  return {
    buildArgs: stringMap(value['buildArgs']) ?? {},
    target: typeof value['target'] === 'string' ? value['target'] : '',
    noCache: value['noCache'] === true,
    engine,
  };
}
