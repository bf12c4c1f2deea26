import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentImportService } from '@prepstack/catalog';
import { inPage, LAPTOP, launchChromium, openPage, PHONE, screenshot, WEB_DIST_DIR, type WatchedPage } from '../harness/browser';
import { createContentDir, type ContentDir } from '../harness/content-factory';
import { uniqueEmail } from '../harness/identity-factory';
import { startTestApp, type TestApp } from '../harness/test-app';

const PASSWORD = 'correct horse battery staple';

/**
 * Keeps every WebSocket the page opens in window.__sockets, so a test can drop the live
 * connection as a flaky network would (the app's own code is not touched).
 */
const TRACK_SOCKETS = `(() => {
  const Native = window.WebSocket;
  window.__sockets = [];
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      window.__sockets.push(this);
    }
  };
})();`;

async function signUp(page: Page, name: string): Promise<void> {
  await page.goto('/signup?next=/mock');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(uniqueEmail(name.toLowerCase()));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mock interview' }).waitFor();
}

/** Errors of the app itself: the browser's own reports of requests refused while offline do not count. */
const appErrors = (w: WatchedPage) => w.errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e));
const roomState = (page: Page) => page.getByTestId('room-connection').getAttribute('data-state');
const chatTexts = (page: Page) => page.getByTestId('chat-log').locator('.chat-text').allTextContents();
const presence = (page: Page, name: string) => page.getByTestId('participants').locator(`[data-user="${name}"]`).getAttribute('data-presence');

describe('web client: mock interview', () => {
  let t: TestApp;
  let content: ContentDir;
  let browser: Browser;
  let ivy: WatchedPage;
  let cal: WatchedPage;
  let sessionPath = '';

  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR, JWT_SECRET: 'a-browser-test-secret-that-is-long-enough-0123456789' });
    content = await createContentDir([
      { slug: 'mock-sum', kind: 'DSA', fields: { title: 'Sum for the mock', stacks: ['go'] }, reference: 'REFERENCE-MOCK-SUM' },
      { slug: 'mock-knowledge', kind: 'KNOWLEDGE', fields: { title: 'Knowledge for the mock', stacks: ['go'] } },
    ]);
    await t.app.get(ContentImportService).importDirectory(content.dir);
    browser = await launchChromium();
    // Two people, two browser contexts: each its own storage, session and socket.
    ivy = await openPage(browser, t.baseUrl, LAPTOP);
    cal = await openPage(browser, t.baseUrl, LAPTOP);
    await cal.context.addInitScript(TRACK_SOCKETS);
    await signUp(ivy.page, 'Ivy');
    await signUp(cal.page, 'Cal');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await content?.dispose();
  });

  it('the interviewer creates a room with a planned prompt and gets its join code; the candidate joins by code', async () => {
    const { page } = ivy;
    await page.getByLabel('Stack').selectOption('go');
    await page.getByLabel('Level').selectOption('MID');
    await page.getByLabel('Duration (minutes)').fill('30');
    await page.getByRole('searchbox', { name: 'Search the catalog' }).fill('mock');
    await page.getByRole('button', { name: 'Add to plan: Sum for the mock' }).click();
    await expect.poll(() => page.getByTestId('plan-list').locator('.plan-title').allTextContents()).toEqual(['Sum for the mock']);
    await screenshot(page, 'mock-create-laptop');
    await page.getByRole('button', { name: 'Create the room' }).click();

    const code = page.getByTestId('join-code');
    await code.waitFor();
    const joinCode = (await code.textContent())!;
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    sessionPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('my-role').textContent()).toBe('Interviewer');
    await expect.poll(() => page.getByTestId('lobby').textContent()).toContain('Waiting for a candidate');
    await expect.poll(() => roomState(page)).toBe('live');
    await screenshot(page, 'mock-lobby-laptop');

    // A wrong code: the API's error, with its code and field, beside the field.
    const c = cal.page;
    await c.getByLabel('Join code').fill('ZZZZZZ');
    await c.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => c.locator('#join-code-error').textContent()).toBe('no live mock session has this join code');
    expect(await c.getByLabel('Join code').getAttribute('aria-invalid')).toBe('true');

    await c.getByLabel('Join code').fill(joinCode.toLowerCase());
    await c.getByLabel('Join as').selectOption('CANDIDATE');
    await c.getByRole('button', { name: 'Join' }).click();
    await c.getByTestId('join-code').waitFor();
    expect(new URL(c.url()).pathname).toBe(sessionPath);
    expect(await c.getByTestId('my-role').textContent()).toBe('Candidate');
    await c.getByTestId('no-prompt').waitFor();

    // The lobby: both are here and online.
    await expect.poll(() => presence(page, 'Cal')).toBe('online');
    await expect.poll(() => presence(c, 'Ivy')).toBe('online');
    await expect.poll(() => page.getByTestId('lobby').textContent()).toContain('Cal and Ivy are here');
  });

  it('the interviewer starts and pushes the prompt; the candidate types and the interviewer sees it live', async () => {
    const i = ivy.page;
    const c = cal.page;
    await i.getByRole('button', { name: 'Start the interview' }).click();
    await expect.poll(() => c.locator('[data-timer]').getAttribute('data-timer')).toBe('RUNNING');
    await expect.poll(() => c.getByTestId('room-timer').textContent()).toMatch(/^(30:00|29:\d\d)$/);

    await i.getByRole('button', { name: 'Push the next planned prompt' }).click();
    await expect.poll(() => c.getByTestId('current-prompt-title').textContent()).toBe('Sum for the mock');
    await expect.poll(() => i.getByTestId('current-prompt-title').textContent()).toBe('Sum for the mock');
    // Nothing left in the plan: the API's error names its code and field.
    await i.getByRole('button', { name: 'Push the next planned prompt' }).click();
    const alert = i.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await alert.locator('.notice-field').textContent()).toBe('Field: promptId');
    expect(await alert.locator('.notice-message').textContent()).toBe('every planned prompt has been shown; name one');
    // Interviewer material: the reference answer, every hint; none of it reaches the candidate.
    await i.getByTestId('room-reference').getByText('REFERENCE-MOCK-SUM').waitFor();
    expect(await i.getByTestId('interviewer-hints').locator('li > p:first-child').allTextContents()).toEqual(['First hint.', 'Second hint.', 'Third hint.']);
    expect(await c.getByText('REFERENCE-MOCK-SUM').count()).toBe(0);
    expect(await c.getByText('Second hint.').count()).toBe(0);

    await c.getByRole('radio', { name: 'Go', exact: true }).check();
    const editor = c.locator('.answer .cm-content');
    await expect.poll(() => editor.getAttribute('aria-label')).toBe('Your answer (Go)');
    await editor.click();
    await c.keyboard.press('Control+A');
    await c.keyboard.insertText('func sumAll(nums []int) int {\n\ttotal := 0');
    const draft = i.getByTestId('candidate-draft');
    await expect.poll(() => draft.locator('.cm-content').textContent()).toContain('total := 0');
    // Typing goes out as it happens (throttled), not only at the end.
    await c.keyboard.type(' // counting');
    await expect.poll(() => draft.locator('.cm-content').textContent()).toContain('total := 0 // counting');

    await i.getByRole('button', { name: 'Reveal to candidate' }).click();
    await expect.poll(() => c.getByTestId('room-hints').locator('li').allTextContents()).toEqual(['First hint.']);

    await c.getByRole('textbox', { name: 'Message' }).fill('Should I handle overflow?');
    await c.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => chatTexts(i)).toEqual(['Should I handle overflow?']);
    await i.getByRole('textbox', { name: 'Note' }).fill('Asks about overflow early: good.');
    await i.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => i.getByTestId('notes').locator('li').count()).toBe(1);
    await screenshot(i, 'mock-room-interviewer-laptop');
    await screenshot(c, 'mock-room-candidate-laptop');
  });

  it("the candidate's connection drops and comes back: what happened meanwhile shows once, and what they typed offline arrives", async () => {
    const i = ivy.page;
    const c = cal.page;
    await expect.poll(() => roomState(c)).toBe('live');
    const before = Number(await c.getByTestId('last-seq').getAttribute('data-seq'));

    await cal.context.setOffline(true);
    await c.evaluate(() => (globalThis as unknown as { __sockets: WebSocket[] }).__sockets.forEach((s) => s.close(4000, 'network dropped')));
    await expect.poll(() => roomState(c)).not.toBe('live');
    await expect.poll(() => presence(i, 'Cal')).toBe('offline');

    // The interviewer carries on while the candidate is away.
    for (const text of ['Take your time.', 'Think about empty input.']) {
      await i.getByRole('textbox', { name: 'Message' }).fill(text);
      await i.getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => chatTexts(i)).toContain(text);
    }
    await i.getByRole('button', { name: 'Reveal to candidate' }).click();
    await expect.poll(() => i.getByTestId('interviewer-hints').locator('li[data-revealed="true"]').count()).toBe(2);
    // … and the candidate keeps typing with no connection.
    await c.locator('.answer .cm-content').click();
    await c.keyboard.press('Control+End');
    await c.keyboard.insertText('\n\t// typed offline');
    await expect.poll(() => c.locator('.save-state').getAttribute('data-save')).toBe('offline');
    await screenshot(c, 'mock-room-offline-laptop');
    expect(await chatTexts(c)).toEqual(['Should I handle overflow?']);

    await cal.context.setOffline(false);
    await expect.poll(() => roomState(c)).toBe('live');
    await expect.poll(() => chatTexts(c)).toEqual(['Should I handle overflow?', 'Take your time.', 'Think about empty input.']);
    await expect.poll(() => c.getByTestId('room-hints').locator('li').allTextContents()).toEqual(['First hint.', 'Second hint.']);
    await expect.poll(() => i.getByTestId('candidate-draft').locator('.cm-content').textContent()).toContain('// typed offline');
    await expect.poll(() => presence(i, 'Cal')).toBe('online');
    expect(Number(await c.getByTestId('last-seq').getAttribute('data-seq'))).toBeGreaterThan(before);
    // Once each, and never the interviewer's private note.
    expect(await c.getByText('Asks about overflow early').count()).toBe(0);
    expect(appErrors(cal)).toEqual([]);
  });

  it('the interviewer scores and ends; the candidate sees the feedback and replays the session', async () => {
    const i = ivy.page;
    const c = cal.page;
    await i.getByRole('button', { name: 'Submit the scorecard' }).click();
    await expect.poll(() => inPage<string | undefined>(i, 'document.activeElement?.id')).toBe('score-criterion-1');
    await i.getByRole('group', { name: /Criterion 1/ }).getByRole('radio', { name: /^3 / }).check();
    await i.getByRole('group', { name: /Criterion 2/ }).getByRole('radio', { name: /^1 / }).check();
    await i.getByLabel('Feedback for the candidate').fill('Clear and correct; say more about edge cases.');
    // Weights 90 and 10: round(100 × (90·3 + 10·1) / 300) = 93.
    expect(await i.locator('.scorecard .score-preview').textContent()).toBe('Score: 93 / 100');
    await i.getByRole('button', { name: 'Submit the scorecard' }).click();
    await expect.poll(() => i.getByTestId('scorecard-status').textContent()).toBe('Scorecard saved.');
    await i.getByTestId('scorecards-given').waitFor();

    await i.getByRole('button', { name: 'End the interview' }).click();
    await i.getByRole('button', { name: 'Yes, end it' }).click();
    await i.getByRole('heading', { level: 1, name: /^Mock interview ended/ }).waitFor();
    await c.getByRole('heading', { level: 1, name: /^Mock interview ended/ }).waitFor();

    const feedback = c.getByTestId('feedback');
    await expect.poll(() => feedback.getByTestId('feedback-score').textContent()).toBe('93 / 100');
    expect(await feedback.getByTestId('feedback-text').textContent()).toBe('Clear and correct; say more about edge cases.');
    await screenshot(c, 'mock-feedback-laptop');

    // The replay: step to the end, then back through the events.
    const replay = c.getByTestId('replay');
    await replay.getByRole('button', { name: 'Last' }).click();
    await expect.poll(() => replay.getByTestId('replay-now').textContent()).toMatch(/scored prompt recorded as attempts$|Session ended by the interviewer$/);
    expect(await replay.getByTestId('replay-draft').textContent()).toContain('// typed offline');
    expect(await replay.getByTestId('replay-prompt').textContent()).toBe('Sum for the mock');
    const slider = replay.getByRole('slider', { name: 'Position in the session' });
    await slider.focus();
    await c.keyboard.press('Home');
    await expect.poll(() => replay.getByTestId('replay-now').textContent()).toMatch(/^Event 1 of \d+ · \+0:00 · Ivy created the session \(30 min\)$/);
    expect(await replay.getByTestId('replay-prompt').textContent()).toBe('none yet');
    await replay.getByRole('button', { name: 'Next event' }).click();
    await expect.poll(() => replay.getByTestId('replay-now').textContent()).toContain('Ivy joined as interviewer');
    // The candidate's replay has no interviewer-only events.
    expect(await replay.getByText('Asks about overflow early').count()).toBe(0);
    await screenshot(c, 'mock-replay-laptop');

    // The scored prompt is a MOCK attempt in the candidate's history.
    await c.goto('/history?mode=MOCK');
    await expect.poll(() => c.locator('.result-count').textContent()).toBe('1 attempt match');
    expect(await c.getByTestId('history-score').textContent()).toBe('93');
    expect(appErrors(ivy)).toEqual([]);
    expect(appErrors(cal)).toEqual([]);
    expect([...ivy.foreignRequests, ...cal.foreignRequests]).toEqual([]);
  });

  it('reads well on a phone: the room in one column', async () => {
    const phone = await openPage(browser, t.baseUrl, PHONE);
    try {
      const { page } = phone;
      await signUp(page, 'Olive');
      // Ivy opens a new room; Olive joins it as the candidate on her phone.
      await ivy.page.goto('/mock');
      await ivy.page.getByLabel('Stack').selectOption('go');
      await ivy.page.getByRole('button', { name: 'Create the room' }).click();
      const code = (await ivy.page.getByTestId('join-code').textContent())!;
      await page.getByLabel('Join code').fill(code);
      await page.getByRole('button', { name: 'Join' }).click();
      await page.getByTestId('join-code').waitFor();
      await ivy.page.getByRole('button', { name: 'Push a prompt from the catalog' }).click();
      await ivy.page.getByRole('button', { name: 'Push: Knowledge for the mock' }).click();
      await expect.poll(() => page.getByTestId('current-prompt-title').textContent()).toBe('Knowledge for the mock');
      await page.getByRole('textbox', { name: 'Your answer' }).fill('Indexes trade write speed for read speed.');
      await expect.poll(() => ivy.page.getByTestId('candidate-draft').textContent()).toContain('Indexes trade write speed');
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'mock-room-candidate-phone');
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
