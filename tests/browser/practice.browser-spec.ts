import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentImportService } from '@prepstack/catalog';
import { inPage, LAPTOP, launchChromium, openPage, PHONE, screenshot, WEB_DIST_DIR, type WatchedPage } from '../harness/browser';
import { createContentDir, type ContentDir } from '../harness/content-factory';
import { uniqueEmail } from '../harness/identity-factory';
import { startTestApp, type TestApp } from '../harness/test-app';

const PASSWORD = 'correct horse battery staple';
const ANSWER = 'function sumAll(nums: number[]): number { return nums.reduce((a, b) => a + b, 0); }';

/** The signed-in user's access token, from the client's stored session. */
const accessToken = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('prepstack.session') ?? 'null') as { accessToken: string } | null)?.accessToken);

describe('web client: practice and attempt history', () => {
  let t: TestApp;
  let content: ContentDir;
  let browser: Browser;
  let w: WatchedPage;

  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR, JWT_SECRET: 'a-browser-test-secret-that-is-long-enough-0123456789' });
    content = await createContentDir([
      { slug: 'sum-all', kind: 'DSA', fields: { title: 'Sum all the numbers', stacks: ['go', 'node'] }, reference: 'Add them up in **one pass**: REFERENCE-SUM.' },
      { slug: 'isolation-levels', kind: 'KNOWLEDGE', fields: { title: 'Isolation levels in practice', stacks: ['go'] }, reference: 'REFERENCE-ISOLATION' },
      { slug: 'cache-stampede', kind: 'KNOWLEDGE', fields: { title: 'Cache stampedes', stacks: ['go'], topics: ['backend/caching'] } },
    ]);
    await t.app.get(ContentImportService).importDirectory(content.dir);
    browser = await launchChromium();
    w = await openPage(browser, t.baseUrl, LAPTOP);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await content?.dispose();
  });

  it('asks a visitor to sign in first, then signs up and comes back to practice', async () => {
    const { page } = w;
    await page.goto('/practice/sum-all');
    await page.getByRole('heading', { level: 1, name: 'Sign in to continue' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Display name').fill('Pat Practice');
    await page.getByLabel('Email').fill(uniqueEmail('pat'));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sum all the numbers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/practice/sum-all');
    await page.getByRole('button', { name: 'Start attempt' }).waitFor();
  });

  it('practises a DSA prompt: hint, answer saved as typed, self-assessment, rating, submit once across a retry; then the score and the reference answer', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Start attempt' }).click();
    await page.getByTestId('attempt-clock').waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('attempt')).toMatch(/^[0-9a-f-]{36}$/);

    // Hints one at a time; the new one takes focus.
    await page.getByRole('button', { name: 'Reveal hint 1 of 3' }).click();
    await expect.poll(() => page.getByTestId('hints').locator('li').allTextContents()).toEqual(['First hint.']);
    await expect.poll(() => inPage<string>(page, 'document.activeElement?.textContent')).toBe('First hint.');
    await page.getByRole('button', { name: 'Reveal hint 2 of 3' }).waitFor();

    // The answer in TypeScript, saved as it is typed (debounced saveDraft).
    await page.getByRole('radio', { name: 'TypeScript', exact: true }).check();
    const editor = page.locator('.answer .cm-content');
    await expect.poll(() => editor.getAttribute('aria-label')).toBe('Your answer (TypeScript)');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(ANSWER);
    await expect.poll(() => page.locator('.save-state').getAttribute('data-save')).toBe('sent');
    await screenshot(page, 'practice-attempt-laptop');

    // A reload resumes the attempt with its draft and hints.
    await page.reload();
    await expect.poll(() => page.locator('.answer .cm-content').textContent()).toBe(ANSWER);
    await expect.poll(() => page.getByTestId('hints').locator('li').count()).toBe(1);

    // Paused: the clock stands still, the prompt and the editor step aside, across a reload too.
    await page.getByRole('button', { name: 'Pause the clock' }).click();
    await page.getByTestId('attempt-paused').waitFor();
    expect(await page.locator('.answer .cm-content').count()).toBe(0);
    const frozen = await page.getByTestId('attempt-clock').textContent();
    await page.waitForTimeout(1_500);
    expect(await page.getByTestId('attempt-clock').textContent()).toBe(frozen);
    await page.reload();
    await page.getByTestId('attempt-paused').waitFor();
    expect(await page.getByTestId('attempt-clock').textContent()).toBe(frozen);
    await page.getByRole('button', { name: 'Resume the clock' }).click();
    await expect.poll(() => page.locator('.answer .cm-content').textContent()).toBe(ANSWER);
    await expect.poll(() => inPage<string>(page, 'document.activeElement?.textContent')).toBe('Pause the clock');

    // Submitting without a self-assessment names what is missing and focuses it.
    await page.getByRole('button', { name: 'Submit attempt' }).click();
    await expect.poll(() => inPage<string | undefined>(page, 'document.activeElement?.id')).toBe('assess-criterion-1');
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      'Choose a score for Criterion 1.',
      'Choose a score for Criterion 2.',
      'Choose how it went: it decides when the prompt comes back for review.',
    ]);

    await page.getByRole('group', { name: /Criterion 1/ }).getByRole('radio', { name: /^2 / }).check();
    await page.getByRole('group', { name: /Criterion 2/ }).getByRole('radio', { name: /^3 / }).check();
    await page.getByRole('radio', { name: /^Good/ }).check();
    // Weights 90 and 10: round(100 × (90·2 + 10·3) / 300) = 70.
    await expect.poll(() => page.locator('.score-preview').textContent()).toBe('Your self-assessed score: 70 / 100');

    // The first submit reaches the server but its answer is lost on the way back: the retry
    // carries the same idempotency key and gets the first result.
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string; variables: { input?: { idempotencyKey?: string } } };
      if (!body.query.includes('submitAttempt')) return route.continue();
      keys.push(body.variables.input!.idempotencyKey!);
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      return route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Submit attempt' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('NETWORK');
    expect(await alert.locator('.notice-code').textContent()).toBe('Code: NETWORK');
    await page.getByRole('button', { name: 'Try submitting again' }).click();
    const result = page.getByRole('heading', { name: /^Submitted:/ });
    await result.waitFor();
    await page.unroute('**/graphql');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await result.textContent()).toBe('Submitted: 70 / 100');
    await expect.poll(() => inPage<string | undefined>(page, 'document.activeElement?.id')).toBe('result-heading');

    // What the submit revealed: rubric levels, the reference answer, hidden tests, follow-ups.
    await page.getByTestId('reference-answer').getByText('REFERENCE-SUM').waitFor();
    expect(await page.getByTestId('reference-answer').locator('strong').textContent()).toBe('one pass');
    expect(await page.getByTestId('hidden-tests').locator('tbody tr').count()).toBe(8);
    expect(await page.getByTestId('follow-ups').locator('li').allTextContents()).toEqual(['A follow-up?']);
    const chosen = page.locator('table.rubric-levels li.chosen');
    expect(await chosen.allTextContents()).toEqual(['Covers it with gaps. (the score given)', 'Covers it fully. (the score given)']);
    expect(await page.getByTestId('attempt-answer').textContent()).toBe(ANSWER);
    await page.getByTestId('next-review').waitFor();
    await screenshot(page, 'practice-result-laptop');
  });

  it('lists the attempt in history, filters it and opens it', async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'Attempt history' }).waitFor();
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('1 attempt');
    const card = page.locator('.attempt-card');
    expect(await card.locator('.attempt-link').textContent()).toBe('Sum all the numbers');
    expect(await card.getByTestId('history-score').textContent()).toBe('70');
    expect(await card.getAttribute('data-status')).toBe('SUBMITTED');
    await screenshot(page, 'history-laptop');

    await page.getByLabel('Kind').selectOption('KNOWLEDGE');
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('0 attempts match');
    await page.getByLabel('Kind').selectOption('DSA');
    await page.getByLabel('Mode').selectOption('SOLO');
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('1 attempt match');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('DSA');
    // Days are inclusive: today's attempt is in a range ending today, not in one ending yesterday.
    const day = (offset: number) => {
      const d = new Date(Date.now() + offset * 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    await page.goto(`/history?from=${day(-7)}&to=${day(-1)}`);
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('0 attempts match');
    await page.goto(`/history?from=${day(-7)}&to=${day(0)}`);
    await expect.poll(() => page.locator('.result-count').textContent()).toBe('1 attempt match');
    expect(await page.getByRole('textbox', { name: 'To', exact: true }).inputValue()).toBe(day(0));

    await page.getByRole('link', { name: 'Sum all the numbers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sum all the numbers' }).waitFor();
    expect(await page.getByTestId('attempt-score').textContent()).toBe('70 / 100');
    expect(await page.getByTestId('attempt-answer').textContent()).toBe(ANSWER);
    await page.getByTestId('reference-answer').getByText('REFERENCE-SUM').waitFor();
    await screenshot(page, 'attempt-detail-laptop');
  });

  it('runs a timed practice set from the queue with pause and resume, and names the field of a refused set', async () => {
    const { page } = w;
    await page.goto('/practice?stack=go&kind=KNOWLEDGE&level=all');
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    const queue = page.locator('.queue-list .prompt-card');
    await expect.poll(() => queue.count()).toBe(2);
    expect(await queue.locator('.queue-reason').allTextContents()).toEqual(['New', 'New']);
    await screenshot(page, 'practice-queue-laptop');

    await page.getByLabel('Minutes').fill('999');
    await page.getByRole('button', { name: 'Start a practice set' }).click();
    await expect.poll(() => page.locator('#set-minutes-error').textContent()).toBe('minutes must not be greater than 240');
    await expect.poll(() => inPage<string | undefined>(page, 'document.activeElement?.id')).toBe('set-minutes');

    await page.getByLabel('Minutes').fill('10');
    await page.getByLabel('Prompts').fill('2');
    await page.getByRole('button', { name: 'Start a practice set' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice set' }).waitFor();
    const status = page.getByTestId('set-status');
    await expect.poll(() => status.textContent()).toBe('Running');
    expect(await page.locator('.set-items .prompt-card').count()).toBe(2);
    await page.getByRole('button', { name: 'Pause the clock' }).click();
    await expect.poll(() => status.textContent()).toBe('Paused');
    const paused = await page.locator('.set-clock .clock').textContent();
    await page.getByRole('button', { name: 'Resume the clock' }).click();
    await expect.poll(() => status.textContent()).toBe('Running');
    expect(paused).toMatch(/^(10:00|9:5\d)$/);
    await screenshot(page, 'practice-set-laptop');

    // A prompt of the set: its clock beside the prompt, the attempt part of the set.
    await page.getByRole('link', { name: 'Isolation levels in practice' }).click();
    await page.getByRole('complementary', { name: 'Practice set' }).getByText(/prompt \d of 2/).waitFor();
    await page.getByRole('button', { name: 'Start attempt' }).click();
    const answer = page.getByRole('textbox', { name: 'Your answer' });
    await answer.fill('Read committed lets a transaction see rows committed by others.');
    await expect.poll(() => page.locator('.save-state').getAttribute('data-save')).toBe('sent');
    await page.getByRole('button', { name: 'Pause the clock' }).click();
    await expect.poll(() => page.getByTestId('set-status').textContent()).toBe('Paused');
  });

  it('shows reviews due and the attempt in progress on the home page', async () => {
    const { page } = w;
    // A prompt rated AGAIN comes back for review; its due date is moved to now, as time would.
    const token = await accessToken(page);
    const auth = { authorization: `Bearer ${token}` };
    const { data } = await t.gql('{ prompt(slug: "cache-stampede") { id } }');
    const started = await t.gql('mutation($id: ID!) { startAttempt(input: { promptId: $id }) { id } }', { id: data.prompt.id }, auth);
    const submitted = await t.gql(
      `mutation($id: ID!) { submitAttempt(input: { attemptId: $id, answer: "x", rating: AGAIN, idempotencyKey: "k-1",
        selfAssessment: [{ criterionId: "criterion-1", score: 0 }, { criterionId: "criterion-2", score: 0 }] }) { status } }`,
      { id: started.data.startAttempt.id },
      auth,
    );
    expect(submitted.errors).toBeUndefined();
    await t.app.get(DataSource).query(`UPDATE review_card SET due = now() - interval '1 minute' WHERE prompt_id = $1`, [data.prompt.id]);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const due = page.getByTestId('home-due');
    await expect.poll(() => due.getByRole('heading').textContent()).toBe('Reviews due (1)');
    expect(await due.getByRole('link', { name: 'Cache stampedes' }).getAttribute('href')).toBe('/practice/cache-stampede');
    const cont = page.getByTestId('home-continue');
    await cont.getByRole('link', { name: 'Isolation levels in practice' }).waitFor();
    await screenshot(page, 'home-practice-laptop');
    await cont.getByRole('link', { name: 'Isolation levels in practice' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your answer' }).inputValue()).toBe('Read committed lets a transaction see rows committed by others.');
    await page.getByRole('complementary', { name: 'Practice set' }).waitFor();
    expect(w.foreignRequests).toEqual([]);
  });

  it('reads well on a phone: practice page and history in one column', async () => {
    const phone = await openPage(browser, t.baseUrl, PHONE);
    try {
      const { page } = phone;
      // The same user: the session is shared through localStorage within a context only, so sign in.
      await page.goto('/signin?next=/practice/isolation-levels');
      const email = await w.page.evaluate(() => (JSON.parse(localStorage.getItem('prepstack.session') ?? '{}') as { user: { email: string } }).user.email);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Isolation levels in practice' }).waitFor();
      await page.getByRole('textbox', { name: 'Your answer' }).waitFor();
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'practice-attempt-phone');
      await page.goto('/history');
      await expect.poll(() => page.locator('.attempt-card').count()).toBe(3);
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'history-phone');
      expect(phone.foreignRequests).toEqual([]);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
