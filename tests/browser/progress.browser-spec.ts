import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inPage, openPage, PHONE, screenshot, type WatchedPage } from '../harness/browser';
import { fillSignUp, PASSWORD, useBrowserApp } from '../harness/browser-app';
import { uniqueEmail } from '../harness/identity-factory';
import type { TestApp } from '../harness/test-app';

describe('web client: progress', () => {
  const app = useBrowserApp([
    // Knowledge prompts get two criteria weighted 90 and 10 and the topic backend/sql by default.
    { slug: 'isolation-levels', kind: 'KNOWLEDGE', fields: { title: 'Isolation levels in practice', stacks: ['go'] } },
    { slug: 'cache-stampede', kind: 'KNOWLEDGE', fields: { title: 'Cache stampedes', stacks: ['go'], topics: ['backend/caching'] } },
    { slug: 'go-slices', kind: 'KNOWLEDGE', fields: { title: 'Slices and their backing arrays', stacks: ['go'], topics: ['go/language'] } },
  ]);
  let t: TestApp;
  let browser: Browser;
  let w: WatchedPage;
  let email: string;
  beforeAll(() => {
    ({ t, browser, w } = app);
  });

  it('signs up, practises a prompt and submits it', async () => {
    const { page } = w;
    await page.goto('/progress');
    await page.getByRole('heading', { level: 1, name: 'Sign in to continue' }).waitFor();
    await page.goto('/practice/isolation-levels');
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
    email = uniqueEmail('progress');
    await fillSignUp(page, { displayName: 'Robin Progress', email });
    await page.getByRole('heading', { level: 1, name: 'Isolation levels in practice' }).waitFor();

    await page.getByRole('button', { name: 'Start attempt' }).click();
    await page.getByRole('textbox', { name: 'Your answer' }).fill('Read committed shows each statement the rows committed before it began.');
    await page.getByRole('group', { name: /Criterion 1/ }).getByRole('radio', { name: /^2 / }).check();
    await page.getByRole('group', { name: /Criterion 2/ }).getByRole('radio', { name: /^3 / }).check();
    await page.getByRole('radio', { name: /^Good/ }).check();
    await page.getByRole('button', { name: 'Submit attempt' }).click();
    // Weights 90 and 10: round(100 × (90·2 + 10·3) / 300) = 70.
    expect(await page.getByRole('heading', { name: /^Submitted:/ }).textContent()).toBe('Submitted: 70 / 100');
  });

  it('shows the attempt in progress: overview, topic bars, weekly trend, heatmap and readiness', async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    // No target stack on the profile: Java first, where nothing was answered.
    await page.getByTestId('overview').getByText('No answers in Java yet.').waitFor();

    await page.getByLabel('Stack').selectOption('go');
    await expect.poll(() => new URL(page.url()).searchParams.get('stack')).toBe('go');
    const overview = page.getByTestId('overview');
    await expect.poll(() => overview.getByTestId('overall-attempts').textContent()).toBe('1');
    expect(await overview.getByTestId('overall-score').textContent()).toBe('70');
    expect(await overview.getByText('No answers in Go yet.').count()).toBe(0);

    // The topic of the prompt: one attempt, mean 70; mastery = recall (≈1 just after a review) × 0.70 × evidence 1.
    const sql = page.getByTestId('topics').locator('[data-topic="backend/sql"]');
    expect(await sql.locator('.bar-title').textContent()).toBe('SQL');
    expect(await sql.locator('.bar-value').textContent()).toBe('70%');
    expect(await sql.getByRole('meter').getAttribute('aria-valuenow')).toBe('70');
    expect(await sql.getByTestId('topic-figures').textContent()).toBe('1 attempt in the window · mean 70 · best 70 · 1 of 1 prompts answered');
    // Topics never practised stay out of the list until asked for.
    const topics = page.getByTestId('topics');
    expect(await topics.locator('[data-topic="backend/caching"]').count()).toBe(0);
    await topics.getByLabel(/Show the \d+ topics not practised yet/).check();
    expect(await topics.locator('[data-topic="backend/caching"] .bar-value').textContent()).toBe('0%');

    // The trend: a drawn chart, and the same weeks as a table with the attempt in the current week.
    const trend = page.getByTestId('trend');
    await expect.poll(() => trend.locator('canvas').count()).toBeGreaterThan(0);
    expect(await trend.locator('figcaption').textContent()).toMatch(/^Weekly trend of all of Go: 1 attempt in 1 week; mean score 70 in the week of /);
    await trend.getByText('The weekly figures as a table').click();
    const rows = trend.locator('.trend-table tbody tr');
    expect(await rows.count()).toBe(12);
    expect(await rows.last().locator('td').allTextContents()).toEqual(['1', '70']);
    expect(await rows.first().locator('td').allTextContents()).toEqual(['0', '–']);
    await trend.getByLabel('Show').selectOption('backend/sql');
    await expect.poll(() => trend.locator('figcaption').textContent()).toMatch(/^Weekly trend of SQL: 1 attempt/);

    // A year of days, today the only one with an attempt.
    const heatmap = page.getByTestId('heatmap');
    expect(await heatmap.locator('rect[data-date]').count()).toBe(365);
    expect(await heatmap.locator('rect[data-attempts="1"]').count()).toBe(1);
    expect(await heatmap.locator('rect[data-date]').last().getAttribute('data-attempts')).toBe('1');
    expect(await page.locator('#heatmap-summary').textContent()).toMatch(/^1 attempt on 1 day from .+; daily goal of \d+ met on (0 days|1 day); most in one day: 1 on /);

    // Readiness for a mid-level Go role counts SQL as practised; another level is one click away.
    const readiness = page.getByTestId('readiness');
    expect(await readiness.getByRole('radio', { name: /^Mid/ }).isChecked()).toBe(true);
    await expect.poll(() => readiness.getByTestId('readiness-value').textContent()).not.toBe('0%');
    // The largest gains first; the whole profile on request.
    expect(await readiness.locator('[data-topic]').count()).toBe(8);
    await readiness.getByLabel(/^Show all \d+ topics of the profile$/).check();
    expect(await readiness.locator('[data-topic]').count()).toBeGreaterThan(8);
    expect(await readiness.locator('[data-topic="backend/sql"] .bar-value').textContent()).toBe('70%');
    expect(await readiness.locator('[data-topic="backend/caching"] .bar-value').textContent()).toBe('not practised');
    await screenshot(page, 'progress-laptop');
    await readiness.getByRole('radio', { name: /^Senior/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('SENIOR');
    await expect.poll(() => readiness.locator('.readiness-figure').textContent()).toMatch(/ready for Senior Go/);

    // The weakest practised topic, with prompts to practise when there are any.
    await page.getByTestId('weakest').getByRole('heading', { name: /^SQL/ }).waitFor();
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('keeps a deep link and reads on a phone without sideways scrolling', async () => {
    const phone = await openPage(browser, t.baseUrl, PHONE);
    try {
      const { page } = phone;
      await page.goto('/signin?next=' + encodeURIComponent('/progress?stack=go&level=JUNIOR&weeks=4'));
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
      await expect.poll(() => page.getByTestId('overall-attempts').textContent()).toBe('1');
      expect(await page.getByLabel('Window').inputValue()).toBe('4');
      expect(await page.getByTestId('readiness').getByRole('radio', { name: /^Junior/ }).isChecked()).toBe(true);
      await page.getByTestId('trend').getByText('The weekly figures as a table').click();
      expect(await page.getByTestId('trend').locator('.trend-table tbody tr').count()).toBe(4);
      await expect.poll(() => page.getByTestId('trend').locator('canvas').count()).toBeGreaterThan(0);
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'progress-phone');
      expect(phone.errors).toEqual([]);
      expect(phone.foreignRequests).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
