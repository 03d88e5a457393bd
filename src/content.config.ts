/** Astro content collections: lessons and rule pages, validated by the zod schemas in src/lib/lessons/schema.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema, ruleDocSchema } from './lib/lessons/schema.ts';
import { entryId } from './lib/lessons/entry-id.ts';

/** content/lessons/<NN-slug>/index.mdx (English) and index.zh-cn.mdx (Simplified Chinese); `_files/` and `_solution/` are not entries. */
const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '*/index{,.zh-cn}.mdx', generateId: ({ entry }) => entryId(entry) }),
  schema: lessonSchema,
});

/** content/rules/<id>.mdx and <id>.zh-cn.mdx, written with the checker's rules. */
const rules = defineCollection({
  loader: glob({ base: './content/rules', pattern: '*.mdx', generateId: ({ entry }) => entryId(entry) }),
  schema: ruleDocSchema,
});

/** The collections Astro loads. */
export const collections = { lessons, rules };
