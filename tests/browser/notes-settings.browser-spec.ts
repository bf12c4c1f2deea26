import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inPage, screenshot, type WatchedPage } from '../harness/browser';
import { fillSignUp, useBrowserApp } from '../harness/browser-app';
import { uniqueEmail } from '../harness/identity-factory';
import type { TestApp } from '../harness/test-app';

const NOTE = 'Phantoms: **repeatable read** still allows them in the standard.\nPostgres prevents them anyway.';
const MY_NOTE = 'query($slug: String!) { prompt(slug: $slug) { myNote { body } } }';
const RETENTION = '{ reviewSettings { desiredRetention } }';

/** The signed-in user's access token, from the client's stored session. */
const accessToken = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('prepstack.session') ?? 'null') as { accessToken: string } | null)?.accessToken);
const focusedId = (page: Page) => inPage<string | undefined>(page, 'document.activeElement?.id');

describe('web client: prompt notes and review settings', () => {
  const app = useBrowserApp([
    { slug: 'isolation-levels', kind: 'KNOWLEDGE', fields: { title: 'Isolation levels in practice', stacks: ['go'] }, reference: 'REFERENCE-ISOLATION' },
  ]);
  let t: TestApp;
  let browser: Browser;
  let w: WatchedPage;
  /** The GraphQL operations the page sent, as their query text. */
  const sent: string[] = [];
  const sentCount = (operation: string) => sent.filter((q) => q.includes(operation)).length;
  /** The signed-in user's Authorization header, for asking the API directly. */
  const auth = async () => ({ authorization: `Bearer ${await accessToken(w.page)}` });

  beforeAll(() => {
    ({ t, browser, w } = app);
    w.page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') sent.push((r.postDataJSON() as { query: string }).query);
    });
  });

  it('shows a visitor no note form on the prompt page', async () => {
    const { page } = w;
    await page.goto('/prompts/isolation-levels');
    await page.getByRole('heading', { level: 1, name: 'Isolation levels in practice' }).waitFor();
    await page.getByRole('heading', { name: 'How answers are scored' }).waitFor();
    expect(await page.getByLabel('Your note').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Notes' }).count()).toBe(0);
    expect(sentCount('myNote')).toBe(0);
  });

  it('signs up, writes a note, keeps it across a reload, and deletes it when saved empty', async () => {
    const { page } = w;
    await page.goto('/signup');
    await fillSignUp(page, { displayName: 'Nora Notes', email: uniqueEmail('nora') });
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    await page.goto('/prompts/isolation-levels');
    const note = page.getByLabel('Your note');
    const status = page.getByTestId('prompt-note-status');
    await note.waitFor();
    expect(await note.inputValue()).toBe('');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await note.getAttribute('aria-describedby')).toBe('prompt-note-body-hint');
    expect(await page.locator('#prompt-note-body-hint').textContent()).toContain('Only you see this note. Markdown is allowed');

    // Enter in the textarea is a new line, never a save.
    await note.click();
    await page.keyboard.type(NOTE.split('\n')[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(NOTE.split('\n')[1]);
    expect(await note.inputValue()).toBe(NOTE);
    await expect.poll(() => status.textContent()).toBe('Unsaved changes.');
    expect(sentCount('setPromptNote')).toBe(0);

    // Saved from the keyboard: Tab to the button, then Enter.
    await page.keyboard.press('Tab');
    expect(await inPage<string>(page, 'document.activeElement?.textContent')).toBe('Save');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/^Saved .+\.$/);
    expect(sentCount('setPromptNote')).toBe(1);
    expect((await t.gql(MY_NOTE, { slug: 'isolation-levels' }, await auth())).data?.prompt.myNote).toEqual({ body: NOTE });
    await screenshot(page, 'prompt-note-laptop');

    await page.reload();
    await expect.poll(() => page.getByLabel('Your note').inputValue()).toBe(NOTE);
    await expect.poll(() => status.textContent()).toMatch(/^Saved .+\.$/);

    // Cleared and saved: the note is gone.
    await note.fill('');
    await expect.poll(() => status.textContent()).toBe('Unsaved changes: saving an empty note deletes it.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => status.textContent()).toBe('Note deleted.');
    expect((await t.gql(MY_NOTE, { slug: 'isolation-levels' }, await auth())).data?.prompt.myNote).toBeNull();
    await page.reload();
    await page.getByLabel('Your note').waitFor();
    expect(await page.getByLabel('Your note').inputValue()).toBe('');
    expect(await status.textContent()).toBe('');
  });

  it('says beside the textarea that a note over 16 KiB is too long, and marks and focuses it', async () => {
    const { page } = w;
    const note = page.getByLabel('Your note');
    await note.fill('x'.repeat(16 * 1024 + 1));
    await page.getByRole('button', { name: 'Save' }).click();
    // As on every form here: the API's message beside the field it names, the field marked and focused.
    await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
    const alert = page.getByRole('alert');
    expect(await alert.count()).toBe(0);
    expect(await note.getAttribute('aria-describedby')).toBe('prompt-note-body-hint prompt-note-body-error');
    expect(await page.locator('#prompt-note-body-error').textContent()).toBe('must be at most 16384 bytes (UTF-8)');
    await expect.poll(() => focusedId(page)).toBe('prompt-note-body');

    // Shortened, it saves, and the error goes.
    await note.fill('Short again.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('prompt-note-status').textContent()).toMatch(/^Saved /);
    expect(await alert.count()).toBe(0);
    expect(await note.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers the same note in the result of a practice attempt, after the reference answer', async () => {
    const { page } = w;
    const headers = await auth();
    const { data } = await t.gql('{ prompt(slug: "isolation-levels") { id } }');
    const started = await t.gql('mutation($id: ID!) { startAttempt(input: { promptId: $id }) { id } }', { id: data.prompt.id }, headers);
    const submitted = await t.gql(
      `mutation($id: ID!) { submitAttempt(input: { attemptId: $id, answer: "Read committed.", rating: GOOD, idempotencyKey: "n-1",
        selfAssessment: [{ criterionId: "criterion-1", score: 2 }, { criterionId: "criterion-2", score: 2 }] }) { status } }`,
      { id: started.data.startAttempt.id },
      headers,
    );
    expect(submitted.errors).toBeUndefined();

    await page.goto(`/practice/isolation-levels?attempt=${started.data.startAttempt.id}`);
    await page.getByTestId('reference-answer').getByText('REFERENCE-ISOLATION').waitFor();
    const note = page.getByLabel('Your note');
    await expect.poll(() => note.inputValue()).toBe('Short again.');
    // The note follows the reference answer in the result.
    expect(await inPage<boolean>(page, `!!(document.querySelector('[data-testid=reference-answer]').compareDocumentPosition(document.getElementById('prompt-note-body')) & Node.DOCUMENT_POSITION_FOLLOWING)`)).toBe(true);
    await note.fill('Learned: Postgres has no dirty reads.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('prompt-note-status').textContent()).toMatch(/^Saved /);
    expect((await t.gql(MY_NOTE, { slug: 'isolation-levels' }, headers)).data?.prompt.myNote).toEqual({ body: 'Learned: Postgres has no dirty reads.' });
  });

  it('sets the desired retention on the account page: 90 by default, 85 kept across a reload', async () => {
    const { page } = w;
    await page.goto('/account');
    const reviews = page.getByRole('region', { name: 'Reviews' });
    const retention = page.getByLabel('Desired retention (%)');
    await expect.poll(() => retention.inputValue()).toBe('90');
    expect([await retention.getAttribute('min'), await retention.getAttribute('max'), await retention.getAttribute('step')]).toEqual(['70', '99', '1']);
    expect(await reviews.textContent()).toContain('A higher retention brings prompts back sooner and more often; a lower one means fewer reviews, but more forgetting');

    await retention.fill('85');
    await reviews.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => reviews.getByRole('status').textContent()).toBe('Saved: 85%.');
    // The API keeps the fraction, exactly.
    expect((await t.gql(RETENTION, undefined, await auth())).data?.reviewSettings.desiredRetention).toBe(0.85);
    const inBrowser = await page.evaluate(async () => {
      const token = (JSON.parse(localStorage.getItem('prepstack.session') ?? 'null') as { accessToken: string }).accessToken;
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ reviewSettings { desiredRetention } }' }),
      });
      return ((await res.json()) as { data: { reviewSettings: { desiredRetention: number } } }).data.reviewSettings.desiredRetention;
    });
    expect(inBrowser).toBe(0.85);
    await screenshot(page, 'account-reviews-laptop');

    await page.reload();
    await expect.poll(() => page.getByLabel('Desired retention (%)').inputValue()).toBe('85');
  });

  it("refuses 50 with the API's code and field, marks the input, and keeps 85", async () => {
    const { page } = w;
    const reviews = page.getByRole('region', { name: 'Reviews' });
    const retention = page.getByLabel('Desired retention (%)');
    const before = sentCount('setReviewSettings');
    await retention.fill('50');
    await reviews.getByRole('button', { name: 'Save' }).click();
    // The form does not stop at the browser's own check: the API's rule names the field.
    await expect.poll(() => retention.getAttribute('aria-invalid')).toBe('true');
    expect(sentCount('setReviewSettings')).toBe(before + 1);
    expect(await reviews.getByRole('alert').count()).toBe(0);
    expect(await retention.getAttribute('aria-describedby')).toBe('account-retention-hint account-retention-error');
    // The API's rule is in fractions (0.7..0.99); the field speaks in percent.
    expect(await page.locator('#account-retention-error').textContent()).toBe('Enter a whole number from 70 to 99.');
    await expect.poll(() => focusedId(page)).toBe('account-retention');
    expect(await reviews.getByRole('status').textContent()).toBe('');
    expect((await t.gql(RETENTION, undefined, await auth())).data?.reviewSettings.desiredRetention).toBe(0.85);

    // Nothing typed: said beside the field, and nothing is sent.
    await retention.fill('');
    await reviews.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#account-retention-error').textContent()).toBe('Enter a whole number from 70 to 99.');
    expect(await reviews.getByRole('alert').count()).toBe(0);
    expect(sentCount('setReviewSettings')).toBe(before + 1);

    // The profile form beside it is not touched by any of this.
    expect(await page.locator('#account-goal').getAttribute('aria-invalid')).toBeNull();
    expect(w.foreignRequests).toEqual([]);
  });
});
