/** Lesson stories on the built site: a learner finishes lesson 2, uses Show solution and Undo, and reads lessons without JS. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allGoalsPassed, goalsChecked, goalStates, startSite, type SiteHarness } from '../site/harness.ts';

let h: SiteHarness;
beforeAll(async () => { h = await startSite(); });
afterAll(async () => { await h?.close(); });

const fixedDockerfile = [
  'FROM golang:1.22-alpine',
  'WORKDIR /src',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  'COPY . .',
  'RUN CGO_ENABLED=0 go build -o /usr/local/bin/greeter .',
  'EXPOSE 8080',
  'CMD ["greeter"]',
  '',
].join('\n');

describe('lessons', () => {
  it('a learner edits the Dockerfile of lesson 2, sees every goal turn green, and the next lesson unlocks', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${h.site.url}/lessons/go-modules-first/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Download Go modules');
    await goalsChecked(page);
    expect(await goalStates(page)).toEqual(['failed', 'failed', 'failed']);
    expect(await page.getAttribute('[data-next]', 'data-locked')).toBe('true');

    await page.waitForSelector('[data-playground][data-editor="monaco"] .monaco-editor .view-lines');
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(fixedDockerfile);
    await page.waitForFunction(() => window.__layerlab?.['lesson-go-modules-first']?.state().workspace.files.find((f) => f.path === 'Dockerfile')?.content.includes('COPY go.mod go.sum ./'));

    await allGoalsPassed(page);
    expect(await page.$$eval('li[data-goal] [data-mark]', (els) => els.map((e) => e.textContent))).toEqual(['✔', '✔', '✔']);
    const color = await page.$eval('li[data-goal]', (li) => getComputedStyle(li).color);
    expect(color).not.toBe(await page.$eval('main', (m) => getComputedStyle(m).color));
    await expect(page.locator('[data-lesson-status]').textContent()).resolves.toContain('All goals met');
    expect(await page.getAttribute('[data-next]', 'data-locked')).toBe('false');
    expect(await page.evaluate(() => localStorage.getItem('layerlab:progress'))).toContain('go-modules-first');

    await page.goto(`${h.site.url}/lessons/`);
    expect(await page.locator('[data-lesson="go-modules-first"] [data-done-badge]').isVisible()).toBe(true);
    expect(await page.locator('[data-lesson="cache-keys"] [data-done-badge]').isVisible()).toBe(false);
    await page.getByRole('link', { name: /Lesson 3/ }).click();
    await page.waitForURL(/\/lessons\/build-context\/$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Show solution meets the goals and Undo reset brings the learner\'s own files back', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${h.site.url}/lessons/go-modules-first/`);
    await goalsChecked(page);
    const mine = await page.evaluate(() => window.__layerlab?.['lesson-go-modules-first']?.state().workspace.files.find((f) => f.path === 'Dockerfile')?.content);
    await page.getByRole('button', { name: 'Show solution' }).click();
    await allGoalsPassed(page);
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('li[data-goal]')].every((li) => li.getAttribute('data-state') === 'failed'));
    const back = await page.evaluate(() => window.__layerlab?.['lesson-go-modules-first']?.state().workspace.files.find((f) => f.path === 'Dockerfile')?.content);
    expect(back).toBe(mine);
    await context.close();
  });

  it('reads a lesson with JavaScript off: text, goals and starting Dockerfile are plain HTML', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${h.site.url}/lessons/go-modules-first/`);
    expect(await page.locator('article h2').first().textContent()).toBe('The slow part is not your code');
    expect(await page.locator('li[data-goal]').count()).toBe(3);
    expect(await page.locator('noscript').first().innerHTML()).toContain('Turn on JavaScript');
    expect(await page.locator('.pg-prerender').textContent()).toContain('COPY . .');
    expect(await page.locator('[data-show-solution]').isVisible()).toBe(false);
    await context.close();
  });
});
