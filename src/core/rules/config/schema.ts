/** The `.layerlab.yaml` / `.layerlab.json` schema (zod): severities, ignored rules, failure threshold, engine. */
import { z } from 'zod';

const severity = z.enum(['error', 'warning', 'info', 'style']);

/** Schema of the checker config; every field documented, unknown keys rejected. */
export const checkConfigSchema = z.strictObject({
  $schema: z.string().optional().describe('Optional JSON-schema URL for editors.'),
  rules: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'rule ids are letters and digits, e.g. DL3007 or StageNameCasing'), z.union([severity, z.literal('off')]))
    .optional()
    .describe('Per-rule severity override, or "off" to disable the rule.'),
  ignore: z.array(z.string()).optional().describe('Rule ids never reported (same as setting them to "off").'),
  failureThreshold: z.enum(['error', 'warning', 'info', 'style', 'none']).optional()
    .describe('Lowest severity that makes `layerlab check` exit 1; "none" never fails. Default: info.'),
  engine: z.enum(['v0.8', 'modern', 'latest']).optional()
    .describe('BuildKit generation the Dockerfile is built with: decides which BuildKit checks exist and which are experimental.'),
  experimental: z.union([z.literal('all'), z.array(z.string())]).optional()
    .describe('Experimental BuildKit checks to enable (as `# check=experimental=`).'),
  buildArgs: z.record(z.string(), z.string()).optional().describe('Build args assumed when resolving ARGs (as --build-arg).'),
  target: z.string().optional().describe('Target stage; default: the last stage.'),
});

/** A validated checker config. */
export type CheckConfig = z.infer<typeof checkConfigSchema>;

/** Result of validating a config value: the config, or readable error lines. */
export type ConfigResult = { readonly ok: true; readonly config: CheckConfig } | { readonly ok: false; readonly errors: readonly string[] };

/** Validates a parsed config object; `knownRules` lets it reject misspelt rule ids. */
export function validateConfig(value: unknown, knownRules: ReadonlySet<string>): ConfigResult {
  const parsed = checkConfigSchema.safeParse(value ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`),
    };
  }
  const ids = [...Object.keys(parsed.data.rules ?? {}), ...(parsed.data.ignore ?? []), ...(Array.isArray(parsed.data.experimental) ? parsed.data.experimental : [])];
  const unknown = ids.filter((id) => !knownRules.has(id));
  if (unknown.length) return { ok: false, errors: unknown.map((id) => `unknown rule id "${id}" (run \`layerlab rules\` for the list)`) };
  return { ok: true, config: parsed.data };
}
