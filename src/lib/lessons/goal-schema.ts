/** Zod schema of a lesson goal: declarative data checked live by the checker and the simulator. */
import { z } from 'zod';
import { editSchema, localizedSchema, settingsSchema } from './common-schema.ts';

/** Picks step vertices of a simulated build; a goal about steps needs at least one match and holds for all matches. */
export const stepMatcherSchema = z
  .object({
    instruction: z
      .enum(['RUN', 'COPY', 'ADD', 'WORKDIR'])
      .optional()
      .describe('The step\'s instruction keyword (the only instructions that make step vertices besides FROM).'),
    contains: z.string().min(1).optional().describe('Text the step\'s instruction (its vertex name after the "[stage i/n] " prefix) must contain.'),
    stage: z.string().min(1).optional().describe('The stage name the step belongs to (lower-case AS name or stage-N).'),
  })
  .strict()
  .refine((m) => m.instruction !== undefined || m.contains !== undefined || m.stage !== undefined, 'a step matcher needs at least one field')
  .describe('Which steps of the simulated build a goal is about.');

/** Picks step vertices of a simulated build. */
export type StepMatcher = z.output<typeof stepMatcherSchema>;

const common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('Stable kebab-case id, unique in the lesson and equal in both languages.'),
  label: localizedSchema.describe('The goal as the learner reads it, in both languages.'),
};

const afterChange = {
  ...common,
  step: stepMatcherSchema.describe('The steps the goal is about.'),
  change: z.array(editSchema).default([]).describe('Edits made between the first build and the second one.'),
  before: settingsSchema.optional().describe('Build flags of the first build (none when omitted).'),
  after: settingsSchema.optional().describe('Build flags of the second build (none when omitted); a flag change counts as the change.'),
};

const ruleId = z.string().min(1).describe('A checker rule id (e.g. GoSourceBeforeModDownload), as on its rule page.');

/** A lesson goal. Every kind names what it checks; `evaluateGoals` in src/lib/goals runs them. */
export const goalSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('stepCachedAfterChange').describe('Build, apply `change`, build again: every matched step is CACHED.'), ...afterChange }).strict(),
    z.object({ kind: z.literal('stepRunsAfterChange').describe('Build, apply `change`, build again: every matched step runs.'), ...afterChange }).strict(),
    z.object({ kind: z.literal('ruleFinding').describe('The checker reports this rule on the files.'), ...common, rule: ruleId }).strict(),
    z.object({ kind: z.literal('noRuleFinding').describe('The checker does not report this rule on the files.'), ...common, rule: ruleId }).strict(),
    z.object({
      kind: z.literal('finalImageNoToolchain').describe('The target stage does not sit on a Go toolchain image (golang:*), directly or through FROM <stage>.'),
      ...common,
      settings: settingsSchema.optional().describe('Build flags (e.g. --target) deciding the final stage.'),
    }).strict(),
    z.object({
      kind: z.literal('finalImageFrom').describe('The target stage\'s base, followed through FROM <stage>, is one of these images.'),
      ...common,
      images: z.array(z.string().min(1)).min(1).describe('Accepted base images, e.g. ["scratch", "gcr.io/distroless/static-debian12"]; a tagless entry accepts any tag.'),
      settings: settingsSchema.optional().describe('Build flags deciding the final stage.'),
    }).strict(),
    z.object({
      kind: z.literal('estimatedImageUnder').describe('The simulator\'s estimate of the final image size is below a bound.'),
      ...common,
      mb: z.number().positive().describe('Upper bound in megabytes (10^6 bytes).'),
      settings: settingsSchema.optional().describe('Build flags deciding the final stage.'),
    }).strict(),
    z.object({
      kind: z.literal('stagesParallel').describe('None of these stages depends on another (FROM <stage>, COPY --from, --mount from=), so BuildKit can run them at once.'),
      ...common,
      stages: z.array(z.string().min(1)).min(2).describe('Stage names that must be independent of each other.'),
    }).strict(),
    z.object({
      kind: z.literal('targetBuildsOnly').describe('With --target, exactly these stages are built; every other stage is pruned.'),
      ...common,
      target: z.string().min(1).describe('The --target stage.'),
      stages: z.array(z.string().min(1)).min(1).describe('The stages that must be built (the target included); all others must not be.'),
    }).strict(),
    z.object({
      kind: z.literal('contextExcludes').describe('The path is not sent in the build context (.dockerignore excludes it).'),
      ...common,
      path: z.string().min(1).describe('A context path; for a directory, nothing below it may be sent.'),
    }).strict(),
    z.object({
      kind: z.literal('contextIncludes').describe('The path is sent in the build context.'),
      ...common,
      path: z.string().min(1).describe('A context path that must be sent.'),
    }).strict(),
    z.object({
      kind: z.literal('dockerfileMatches').describe('The Dockerfile text matches (or, with `negate`, does not match) a regular expression.'),
      ...common,
      pattern: z.string().min(1).describe('JavaScript regular expression source.'),
      flags: z.string().regex(/^[imsu]*$/).default('m').describe('Regular expression flags (i, m, s, u).'),
      negate: z.boolean().default(false).describe('When true the goal holds if the pattern does NOT match.'),
    }).strict(),
  ])
  .describe('One goal of a lesson.');

/** A lesson goal after defaults are applied. */
export type Goal = z.output<typeof goalSchema>;

/** A goal kind. */
export type GoalKind = Goal['kind'];
