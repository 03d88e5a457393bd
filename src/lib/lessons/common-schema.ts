/** Small shared zod schemas: localized text, file edits and build settings. */
import { z } from 'zod';

/** Text in both lesson languages. */
export const localizedSchema = z
  .object({
    en: z.string().min(1).describe('English text.'),
    'zh-cn': z.string().min(1).describe('Simplified Chinese text.'),
  })
  .strict()
  .describe('A short text in English and Simplified Chinese.');

/** Text in both lesson languages. */
export type Localized = z.output<typeof localizedSchema>;

const path = z.string().min(1).regex(/^[^/].*[^/]$|^[^/]$/).describe('Path relative to the build context root, `/`-separated, no leading or trailing slash.');

/** One edit to the build context, applied before a build (like the scenario recorder's `change` and `modes`). */
export const editSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('append').describe('Append text to a file (created when missing).'), path, text: z.string().describe('Text appended verbatim.') }).strict(),
    z.object({
      kind: z.literal('replace').describe('Replace the first occurrence of a string in a file; the edit fails if it is absent.'),
      path,
      find: z.string().min(1).describe('Exact text to find.'),
      with: z.string().describe('Replacement text.'),
    }).strict(),
    z.object({ kind: z.literal('write').describe('Write a whole file (created or overwritten).'), path, content: z.string().describe('New file content.') }).strict(),
    z.object({ kind: z.literal('delete').describe('Delete a file (or a directory and everything below it).'), path }).strict(),
    z.object({
      kind: z.literal('chmod').describe('Change permission bits only; the bytes stay the same.'),
      path,
      mode: z.string().regex(/^0?[0-7]{3,4}$/).describe('Octal permission bits, e.g. "0755".'),
    }).strict(),
  ])
  .describe('A change to one file of the build context.');

/** One edit to the build context. */
export type Edit = z.output<typeof editSchema>;

/** Build flags a goal or a sequence build may set. */
export const settingsSchema = z
  .object({
    buildArgs: z.record(z.string(), z.string()).default({}).describe('Like --build-arg NAME=VALUE.'),
    target: z.string().min(1).optional().describe('Like --target NAME; the last stage when omitted.'),
  })
  .strict()
  .describe('Build flags, as given to docker build.');

/** Build flags. */
export type Settings = z.output<typeof settingsSchema>;
