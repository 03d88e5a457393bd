import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/core/rules/index.ts';
import { pageFiles, readPage } from './pages.ts';
import { expectFixesWork, expectNoReports, expectReports } from './rule-tester.ts';

const files = pageFiles();

describe('rule pages', () => {
  it('exist 1:1 with rules in English and Chinese', () => {
    const ids = allRules.map((r) => r.meta.id).sort();
    expect(files.filter((f) => !f.endsWith('.zh-cn.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort()).toEqual(ids);
    expect(files.filter((f) => f.endsWith('.zh-cn.mdx')).map((f) => f.replace(/\.zh-cn\.mdx$/, '')).sort()).toEqual(ids);
  });
  for (const rule of allRules) {
    for (const lang of ['', '.zh-cn']) {
      const file = `${rule.meta.id}${lang}.mdx`;
      it(`${file}: frontmatter and examples`, () => {
        const page = readPage(file);
        expect(page.frontmatter['id']).toBe(rule.meta.id);
        expect(typeof page.frontmatter['title']).toBe('string');
        expect(String(page.frontmatter['summary'] ?? '').length).toBeGreaterThan(10);
        expect(page.bad.length, 'a ❌ example').toBeGreaterThan(0);
        expect(page.good.length, 'a ✅ example').toBeGreaterThan(0);
        for (const c of page.bad) expectFixesWork(rule, c, expectReports(rule, c));
        for (const c of page.good) expectNoReports(rule, c);
      });
    }
  }
});
