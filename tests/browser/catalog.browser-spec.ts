import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentImportService } from '@prepstack/catalog';
import { inPage, LAPTOP, launchChromium, openPage, PHONE, screenshot, WEB_DIST_DIR, type WatchedPage } from '../harness/browser';
import { createContentDir, type ContentDir, type PromptFixture } from '../harness/content-factory';
import { startTestApp, type TestApp } from '../harness/test-app';

/** Real prompts of the question bank, for screens that look like the real thing. */
const REAL = [
  'prompts/dsa/balanced-bracket-check.md',
  'prompts/dsa/cheapest-route-with-limited-stops.md',
  'prompts/design/appointment-reminder-sender.md',
  'prompts/behavioural/architecture-dispute-between-teams.md',
  'prompts/knowledge/backend-cache-aside-invalidation-races.md',
];

/** Enough knowledge prompts for a second page (20 per page). */
const FILLER: PromptFixture[] = Array.from({ length: 22 }, (_, i) => ({
  slug: `filler-knowledge-${String(i + 1).padStart(2, '0')}`,
  fields: { title: `Filler knowledge question ${i + 1}`, stacks: ['java'], topics: ['backend/sql'] },
}));

/** Markdown with markup that must not survive: the client sanitises what it renders. */
const UNSAFE: PromptFixture = {
  slug: 'markdown-safety',
  kind: 'DSA',
  fields: { title: 'Markdown rendering check' },
  body: [
    '## What to build',
    '',
    'Sum the **numbers** in `nums`:',
    '',
    '- empty input sums to 0',
    '- negatives count too',
    '',
    '```ts',
    'sumAll([1, 2, 3]); // 6',
    '```',
    '',
    '<script>window.__xss = 1</script>',
    '<p onclick="window.__xss = 2">Plain paragraph</p>',
  ].join('\n'),
};

describe('web client: catalog and prompts', () => {
  let t: TestApp;
  let content: ContentDir;
  let browser: Browser;
  let w: WatchedPage;

  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR });
    content = await createContentDir([...FILLER, UNSAFE]);
    for (const file of REAL) await content.writeRaw(file, await readFile(resolve(__dirname, '../../content', file), 'utf8'));
    await t.app.get(ContentImportService).importDirectory(content.dir);
    browser = await launchChromium();
    w = await openPage(browser, t.baseUrl, LAPTOP);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await content?.dispose();
  });

  it('serves the app at / with nothing fetched from another host, the skip link first in tab order', async () => {
    const { page } = w;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Interview practice for backend developers' }).waitFor();
    expect(await page.title()).toBe('Prepstack · Prepstack');
    await page.keyboard.press('Tab');
    expect(await inPage<string>(page, 'document.activeElement?.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await inPage<string | undefined>(page, 'document.activeElement?.id')).toBe('main');
    expect(await page.locator('[data-connection]').getAttribute('data-connection')).toBe('ok');
    // The phone menu button is for phones only.
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await screenshot(page, 'home-laptop');
    expect(w.foreignRequests).toEqual([]);
  });

  it('browses, filters by kind and topic, searches, and pages with first/after', async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    const count = page.locator('.result-count');
    await expect.poll(() => count.textContent()).toBe('28 prompts');
    await expect.poll(() => page.locator('.prompt-card').count()).toBe(20);
    await screenshot(page, 'catalog-laptop');

    // Paging: the next 8 after the first page's end cursor, focus on the first one added.
    await page.getByRole('button', { name: 'Show 8 more' }).click();
    await expect.poll(() => page.locator('.prompt-card').count()).toBe(28);
    await expect.poll(() => inPage<number>(page, "[...document.querySelectorAll('a.prompt-link')].indexOf(document.activeElement)")).toBe(20);
    expect(await page.getByRole('button', { name: /more$/ }).count()).toBe(0);

    await page.getByLabel('Kind').selectOption('DSA');
    await expect.poll(() => count.textContent()).toBe('3 prompts match');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('DSA');
    await page.getByLabel('Topic').selectOption('dsa/advanced-graphs');
    await expect.poll(() => count.textContent()).toBe('1 prompt match');
    await expect.poll(() => page.locator('.prompt-card-title').allTextContents()).toEqual(['Cheapest route with a limit on stops']);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect.poll(() => count.textContent()).toBe('28 prompts');
    await page.getByRole('searchbox', { name: 'Search' }).fill('reminder');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect.poll(() => page.locator('.prompt-card-title').allTextContents()).toEqual(['Appointment reminder sender for clinics']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('reminder');
    await screenshot(page, 'catalog-search-laptop');

    // Back restores the previous filter from the address bar.
    await page.goBack();
    await expect.poll(() => count.textContent()).toBe('28 prompts');
    expect(w.foreignRequests).toEqual([]);
  });

  it('opens a DSA prompt: Markdown body sanitised, signature, starter code switched between languages', async () => {
    const { page } = w;
    await page.goto('/catalog?kind=DSA');
    await page.getByRole('link', { name: 'Are the brackets balanced?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Are the brackets balanced?' }).waitFor();
    // Focus moves to the new screen's heading after an in-app navigation.
    expect(await inPage<string>(page, 'document.activeElement?.tagName')).toBe('H1');
    expect(await page.locator('.signature').textContent()).toBe('bracketsAreBalanced(s: string): bool');

    const editor = page.locator('.code-editor .cm-editor');
    await editor.waitFor();
    const code = page.locator('.cm-content');
    // No language chosen before: the first offered one (javascript), or the one remembered.
    for (const [label, language, expected] of [
      ['Python', 'python', 'def brackets_are_balanced'],
      ['Java', 'java', 'class Solution'],
      ['Go', 'go', 'func bracketsAreBalanced'],
      ['C#', 'csharp', 'public'],
      ['TypeScript', 'typescript', 'function bracketsAreBalanced(s: string): boolean'],
    ] as const) {
      await page.getByRole('radio', { name: label, exact: true }).check();
      await expect.poll(() => editor.getAttribute('data-language')).toBe(language);
      await expect.poll(() => code.textContent()).toContain(expected);
      // Syntax highlighting: keywords are wrapped in styled spans.
      await expect.poll(() => page.locator('.cm-line span').count()).toBeGreaterThan(2);
      expect(await code.getAttribute('aria-label')).toBe(`Starter code (${label})`);
    }

    // Edits are kept per language while the page is open; reset brings the starter back.
    await code.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n// my note');
    await page.getByRole('radio', { name: 'Python' }).check();
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await expect.poll(() => code.textContent()).toContain('// my note');
    await page.getByRole('button', { name: 'Reset to starter code' }).click();
    await expect.poll(() => code.textContent()).not.toContain('// my note');
    await screenshot(page, 'prompt-dsa-laptop');

    // The remembered language is the one shown next time.
    await page.goto('/prompts/cheapest-route-with-limited-stops');
    await expect.poll(() => page.locator('.code-editor .cm-editor').getAttribute('data-language')).toBe('typescript');

    await page.goto('/prompts/markdown-safety');
    const body = page.locator('.markdown');
    await body.locator('h2', { hasText: 'What to build' }).waitFor();
    expect(await body.locator('li').count()).toBe(2);
    expect(await body.locator('pre code').textContent()).toContain('sumAll([1, 2, 3]);');
    expect(await body.locator('script').count()).toBe(0);
    expect(await body.locator('[onclick]').count()).toBe(0);
    expect(await inPage<number | undefined>(page, 'window.__xss')).toBeUndefined();
  });

  it('shows system-design requirements and scale, and behavioural STAR guidance', async () => {
    const { page } = w;
    await page.goto('/prompts/appointment-reminder-sender');
    await page.getByRole('heading', { name: 'Requirements' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Functional', exact: true }).count()).toBe(1);
    expect(await page.locator('table.scale tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'prompt-design-laptop');

    await page.goto('/prompts/architecture-dispute-between-teams');
    await page.getByRole('heading', { name: 'Answering with STAR' }).waitFor();
    expect(await page.locator('.star dt').allTextContents()).toEqual(['Situation', 'Task', 'Action', 'Result']);
  });

  it("answers deep links with the app and shows the API's errors with their code and field", async () => {
    const { page } = w;
    await page.goto('/prompts/no-such-prompt');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('NOT_FOUND');
    expect(await alert.locator('.notice-title').textContent()).toBe('Not found');

    await page.goto('/catalog?topic=Not%20A%20Topic');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await page.getByRole('alert').locator('.notice-field').textContent()).toBe('Field: filter.topic');
    expect(await page.getByRole('alert').locator('.notice-message').textContent()).toContain('must be a topic id');

    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();

    // Practice, history, mock interviews, progress and the data export are yours: a visitor is asked to sign in first.
    for (const path of ['/practice', '/history', '/mock', '/mock/00000000-0000-4000-8000-000000000000', '/progress?stack=go', '/data-export']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Sign in to continue' }).waitFor();
      expect(new URL((await page.getByRole('main').getByRole('link', { name: 'Sign in' }).getAttribute('href'))!, page.url()).searchParams.get('next')).toBe(path);
    }
  });

  it('shows a lost connection, and recovers when it comes back', async () => {
    const { page, context } = w;
    await page.goto('/catalog');
    await expect.poll(() => page.locator('.prompt-card').count()).toBe(20);
    await context.setOffline(true);
    await page.getByLabel('Level').selectOption('SENIOR');
    const banner = page.getByTestId('connection-banner');
    await banner.waitFor();
    expect(await page.locator('[data-connection]').getAttribute('data-connection')).toBe('down');
    await screenshot(page, 'offline-laptop');
    await context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    // The failed page loads by itself once the API answers again.
    await expect.poll(() => page.locator('.result-count').textContent()).toMatch(/prompts? match$/);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('reads well on a phone: a menu button for the navigation, catalog and prompt in one column', async () => {
    const phone = await openPage(browser, t.baseUrl, PHONE);
    try {
      const { page } = phone;
      await page.goto('/catalog');
      await expect.poll(() => page.locator('.prompt-card').count()).toBe(20);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.isVisible()).toBe(false);
      // Nothing wider than the screen, filters included.
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'catalog-phone');
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: 'Home' }).waitFor();
      await screenshot(page, 'menu-phone');
      await page.goto('/prompts/balanced-bracket-check');
      await page.locator('.code-editor .cm-editor').waitFor();
      // Nothing wider than the screen.
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'prompt-dsa-phone');
      expect(phone.foreignRequests).toEqual([]);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
