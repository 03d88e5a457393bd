import { describe, expect, it } from 'vitest';
import { applyEdits, evaluateGoals, withSolution, type GoalEngine, type LessonFiles } from '../../src/lib/goals/index.ts';
import { entryId } from '../../src/lib/lessons/entry-id.ts';
import { lessonSchema, type Lesson } from '../../src/lib/lessons/schema.ts';
import { loadLessonFolders } from './load-lessons.ts';

const folders = loadLessonFolders();
const ENGINES: readonly GoalEngine[] = ['modern', 'v0.8'];

describe('lesson folders', () => {
  it('has at least the ten course lessons, numbered 01..NN without gaps', () => {
    expect(folders.length).toBeGreaterThanOrEqual(10);
    expect(folders.map((f) => Number(f.folder.slice(0, 2)))).toEqual(folders.map((_, i) => i + 1));
  });
  it('gives each language its own collection id', () => {
    expect(entryId('01-x/index.mdx')).toBe('en/01-x');
    expect(entryId('01-x/index.zh-cn.mdx')).toBe('zh-cn/01-x');
    expect(entryId('DL3007.zh-cn.mdx')).toBe('zh-cn/DL3007');
  });
});

for (const lesson of folders) {
  describe(lesson.folder, () => {
    const en = lessonSchema.safeParse(lesson.frontmatter.en);
    const zh = lessonSchema.safeParse(lesson.frontmatter['zh-cn']);
    const data: Lesson | undefined = en.success ? en.data : undefined;
    const start: LessonFiles = { files: lesson.files };
    const solved = withSolution(start, lesson.solution);

    it('has valid English and Chinese frontmatter', () => {
      expect(en.error?.issues ?? []).toEqual([]);
      expect(zh.error?.issues ?? []).toEqual([]);
    });

    it('has the same order, slug, files, builds and goals in both languages', () => {
      if (!en.success || !zh.success) throw new Error('frontmatter invalid');
      const shared = (l: Lesson) => ({ order: l.order, slug: l.slug, minutes: l.minutes, files: l.files, builds: l.builds, goals: l.goals });
      expect(shared(zh.data)).toEqual(shared(en.data));
      expect(en.data.title).not.toBe(zh.data.title);
      expect(lesson.bodies.en.trim().length).toBeGreaterThan(500);
      expect(lesson.bodies['zh-cn'].trim().length).toBeGreaterThan(300);
    });

    it('keeps its MDX plain: no imports, exports, HTML or expressions outside code (passed-in components with string props allowed)', () => {
      for (const body of [lesson.bodies.en, lesson.bodies['zh-cn']]) {
        const prose = body
          .replace(/```[\s\S]*?```/g, '')
          .replace(/`[^`\n]*`/g, '')
          .replace(/<[A-Z][A-Za-z]*(\s+[a-z][A-Za-z]*="[^"]*")*\s*\/>/g, '');
        expect(prose).not.toMatch(/^(import|export)\s/m);
        expect(prose).not.toMatch(/<[A-Za-z/]|[{}]/);
      }
    });

    it('matches its folder name and has consistent starting files', () => {
      if (!data) throw new Error('frontmatter invalid');
      expect(lesson.folder).toBe(`${String(data.order).padStart(2, '0')}-${data.slug}`);
      expect(Object.keys(lesson.files)).toContain('Dockerfile');
      for (const path of [data.files.focus, ...data.files.readonly, ...data.files.hidden]) expect(Object.keys(lesson.files)).toContain(path);
      expect(Object.keys(lesson.solution).length).toBeGreaterThan(0);
      for (const [path, text] of Object.entries(lesson.solution)) expect(text, `_solution/${path} must change the file`).not.toBe(lesson.files[path]);
    });

    it('has a build sequence whose edits apply to the starting files', () => {
      if (!data) throw new Error('frontmatter invalid');
      expect(data.builds[0]?.edits).toEqual([]);
      let files = start;
      for (const build of data.builds) {
        const next = applyEdits(files, build.edits);
        expect(next.ok ? '' : next.error).toBe('');
        if (next.ok) files = next.files;
      }
    });

    for (const goal of data?.goals ?? []) {
      for (const engine of ENGINES) {
        it(`goal ${goal.id} (${goal.kind}) fails on _files and passes with _solution [${engine}]`, (ctx) => {
          const [before] = evaluateGoals([goal], start, engine);
          const [after] = evaluateGoals([goal], solved, engine);
          const missing = before?.missing ?? after?.missing;
          if (missing !== undefined) ctx.skip(`needs the core's ${missing}, which has not landed`);
          expect({ state: before?.state, detail: before?.detail.en }).toMatchObject({ state: 'failed' });
          expect({ state: after?.state, detail: after?.detail.en }).toMatchObject({ state: 'passed' });
        });
      }
    }
  });
}
