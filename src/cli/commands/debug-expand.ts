/** `layerlab debug expand`: JSON Lines in, one JSON line out per input, through BuildKit's shell lexer. */
import { envFromRecord, processWord, processWords } from '../../core/shell/index.ts';
import type { EscapeToken, LexOptions } from '../../core/shell/index.ts';
import type { CommandHandler } from '../io.ts';

const USAGE = `usage: layerlab debug expand < words.jsonl
each input line: {"word": "...", "env": {"NAME": "value"}, "split": false, "escape": "\\\\"}
optional: "rawQuotes", "rawEscapes", "skipUnsetEnv", "skipProcessQuotes" (booleans, BuildKit Lex fields)
each output line: {"value": "..."} | {"words": [...]} | {"error": "..."}
`;

interface Request {
  readonly word: string;
  readonly env: Readonly<Record<string, string>>;
  readonly split: boolean;
  readonly options: LexOptions;
}

const FLAGS = ['rawQuotes', 'rawEscapes', 'skipUnsetEnv', 'skipProcessQuotes'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseEnv(value: unknown): Record<string, string> | string {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) return '"env" must be an object of strings';
  const env: Record<string, string> = {};
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') return `"env.${name}" must be a string`;
    env[name] = entry;
  }
  return env;
}

/** Reads one input line into a request, or says what is wrong with it. */
function parseRequest(line: string): Request | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!isRecord(value)) return 'input line must be a JSON object';
  if (typeof value.word !== 'string') return '"word" must be a string';
  const env = parseEnv(value.env);
  if (typeof env === 'string') return env;
  if (value.split !== undefined && value.split !== null && typeof value.split !== 'boolean') return '"split" must be a boolean';
  const escape = value.escape ?? '\\';
  if (escape !== '\\' && escape !== '`') return '"escape" must be "\\\\" or "`"';
  const options: { -readonly [K in keyof LexOptions]: LexOptions[K] } = { escapeToken: escape as EscapeToken };
  for (const flag of FLAGS) {
    const flagValue = value[flag];
    if (flagValue === undefined || flagValue === null) continue;
    if (typeof flagValue !== 'boolean') return `"${flag}" must be a boolean`;
    options[flag] = flagValue;
  }
  return { word: value.word, env, split: value.split === true, options };
}

/** Expands one input line into its output object. */
export function expandLine(line: string): Record<string, unknown> {
  const request = parseRequest(line);
  if (typeof request === 'string') return { error: request };
  const env = envFromRecord(request.env);
  if (request.split) {
    const result = processWords(request.word, env, request.options);
    return result.ok ? { words: result.words } : { error: result.error };
  }
  const result = processWord(request.word, env, request.options);
  return result.ok ? { value: result.value } : { error: result.error };
}

/** The command handler: every non-blank stdin line gives exactly one stdout line. */
export const debugExpand: CommandHandler = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.length > 0) {
    io.stderr(`layerlab debug expand: unexpected argument "${args[0]}" (input comes on stdin)\n${USAGE}`);
    return 2;
  }
  const input = await io.readStdin();
  let output = '';
  for (const line of input.split('\n')) {
    if (line.trim() === '') continue;
    output += `${JSON.stringify(expandLine(line))}\n`;
  }
  io.stdout(output);
  return 0;
};
