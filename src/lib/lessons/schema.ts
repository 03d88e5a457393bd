/** Zod schemas for lesson and rule frontmatter: the content contract (src/content.config.ts re-uses them). */
import { z } from 'zod';
import { goalSchema } from './goal-schema.ts';
import { editSchema, localizedSchema, settingsSchema } from './common-schema.ts';

export { goalSchema } from './goal-schema.ts';
export { editSchema, localizedSchema, settingsSchema } from './common-schema.ts';

/** The locales lessons are written in; English is the default (unprefixed) one. */
export const LOCALES = ['en', 'zh-cn'] as const;

/** A locale id. */
export type Locale = (typeof LOCALES)[number];

/** Which starting files the learner sees and may edit. */
export const filesConfigSchema = z
  .object({
    focus: z.string().min(1).default('Dockerfile').describe('Path (in the build context) of the file the editor opens first.'),
    readonly: z.array(z.string().min(1)).default([]).describe('Paths the learner can read but not edit (e.g. go.sum).'),
    hidden: z.array(z.string().min(1)).default([]).describe('Paths that are part of the build context but not shown in the file tree.'),
  })
  .strict()
  .describe('How the starting files (the _files/ folder) are presented in the playground.');

/** One build of the lesson's build sequence: optional edits, then `docker build`. */
export const sequenceBuildSchema = z
  .object({
    label: localizedSchema.describe('What this build does, shown on its button (e.g. "Edit main.go and rebuild").'),
    edits: z.array(editSchema).default([]).describe('Edits applied to the files before this build; empty for the first build.'),
    settings: settingsSchema.optional().describe('Build flags for this build (--build-arg, --target); defaults to none.'),
  })
  .strict()
  .describe('One build in the lesson\'s build sequence.');

/** Frontmatter of content/lessons/<NN-slug>/index.mdx and index.zh-cn.mdx. */
export const lessonSchema = z
  .object({
    title: z.string().min(1).describe('Lesson title in the file\'s language.'),
    summary: z.string().min(1).describe('One or two sentences shown in the lesson list and as the page description.'),
    order: z.number().int().positive().describe('Position in the course, 1-based; equals the folder\'s NN prefix.'),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('URL segment of the lesson, the same in every language (the folder name without its NN- prefix).'),
    minutes: z.number().int().positive().max(120).describe('Estimated minutes a learner needs, reading and doing the goals.'),
    files: filesConfigSchema.default({ focus: 'Dockerfile', readonly: [], hidden: [] }).describe('Presentation of the starting files.'),
    builds: z.array(sequenceBuildSchema).min(1).describe('The build sequence the lesson walks through, e.g. build, edit main.go, rebuild.'),
    goals: z.array(goalSchema).min(1).describe('Goals checked live on the learner\'s files; every goal fails on _files/ and passes on _files/ + _solution/.'),
  })
  .strict()
  .superRefine((lesson, ctx) => {
    const ids = new Set<string>();
    for (const [i, goal] of lesson.goals.entries()) {
      if (ids.has(goal.id)) ctx.addIssue({ code: 'custom', path: ['goals', i, 'id'], message: `duplicate goal id "${goal.id}"` });
      ids.add(goal.id);
      const isChange = goal.kind === 'stepCachedAfterChange' || goal.kind === 'stepRunsAfterChange';
      if (isChange && goal.change.length === 0 && goal.after === undefined) {
        ctx.addIssue({ code: 'custom', path: ['goals', i, 'change'], message: 'a change goal needs edits or new build flags' });
      }
    }
  })
  .describe('Frontmatter of one lesson in one language.');

/** Lesson frontmatter after defaults are applied. */
export type Lesson = z.output<typeof lessonSchema>;

/** Frontmatter of content/rules/<id>.mdx and <id>.zh-cn.mdx (bodies written by the rules engineer). */
export const ruleDocSchema = z
  .object({
    id: z.string().min(1).describe('The rule id exactly as the checker reports it (e.g. GoSourceBeforeModDownload, DL3007).'),
    title: z.string().min(1).describe('Short title of the rule in the file\'s language.'),
    summary: z.string().min(1).describe('One sentence: what the rule catches and why it matters.'),
  })
  .describe('Frontmatter of one rule reference page in one language.');

/** Rule page frontmatter. */
export type RuleDoc = z.output<typeof ruleDocSchema>;
