import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTEMPT_CSV_COLUMNS } from '../../libs/progress/src/export/csv';
import { inPage, screenshot, type WatchedPage } from '../harness/browser';
import { fillSignUp, useBrowserApp } from '../harness/browser-app';
import { uniqueEmail } from '../harness/identity-factory';
import type { TestApp } from '../harness/test-app';

// A comma (the CSV quotes the cell) and a leading = (the CSV defuses it; the JSON keeps it).
const ANSWER = '=SUM(1,2) is not a formula: snapshot isolation stops dirty reads';

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string };
}

const storedSession = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('prepstack.session') ?? 'null') as StoredSession | null);

/** Clicks a download button and returns the download once the file is complete. */
async function download(page: Page, name: string): Promise<{ download: Download; text: string }> {
  const [started] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await started.path();
  return { download: started, text: await readFile(path, 'utf8') };
}

/** `12.3 KB` / `900 bytes` back to bytes, roughly. */
const bytesOf = (size: string) => {
  const [value, unit] = size.split(' ');
  return Number(value) * (unit === 'KB' ? 1024 : unit === 'MB' ? 1024 ** 2 : 1);
};

describe('web client: streak on the home page and data export', () => {
  const app = useBrowserApp([
    { slug: 'isolation-levels', kind: 'KNOWLEDGE', fields: { title: 'Isolation levels in practice', stacks: ['go'] } },
    { slug: 'cache-stampede', kind: 'KNOWLEDGE', fields: { title: 'Cache stampedes', stacks: ['go'], topics: ['backend/caching'] } },
  ]);
  let t: TestApp;
  let browser: Browser;
  let w: WatchedPage;
  const email = uniqueEmail('exporter');
  let attemptId: string;

  beforeAll(() => {
    ({ t, browser, w } = app);
  });

  it('asks a visitor to sign in before the export page, then comes back to it after signing up', async () => {
    const { page } = w;
    await page.goto('/data-export');
    await page.getByRole('heading', { level: 1, name: 'Sign in to continue' }).waitFor();
    expect(await page.getByRole('button', { name: 'Download everything (JSON)' }).count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Create an account' }).click();
    await fillSignUp(page, { displayName: 'Eve Export', email });
    await page.getByRole('heading', { level: 1, name: 'Export your data' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/data-export');
  });

  it('shows no streak before the first attempt, and a one-day streak that counts today after it', async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const card = page.getByTestId('home-streak');
    await expect.poll(() => card.getByTestId('streak-current').textContent()).toBe('0 days');
    expect(await card.getByTestId('streak-today').textContent()).toBe('Submit an attempt today to start one.');
    expect(await card.getByTestId('streak-longest').count()).toBe(0);
    expect(await card.textContent()).not.toContain('Arrives with progress');

    const auth = { authorization: `Bearer ${(await storedSession(page))!.accessToken}` };
    const { data } = await t.gql('{ prompt(slug: "isolation-levels") { id } }');
    const started = await t.gql('mutation($id: ID!) { startAttempt(input: { promptId: $id }) { id } }', { id: data.prompt.id }, auth);
    attemptId = started.data.startAttempt.id;
    const submitted = await t.gql(
      `mutation($id: ID!, $answer: String!) { submitAttempt(input: { attemptId: $id, answer: $answer, rating: GOOD, idempotencyKey: "export-1",
        selfAssessment: [{ criterionId: "criterion-1", score: 2 }, { criterionId: "criterion-2", score: 3 }] }) { status } }`,
      { id: attemptId, answer: ANSWER },
      auth,
    );
    expect(submitted.errors).toBeUndefined();

    await page.reload();
    await expect.poll(() => card.getByTestId('streak-current').textContent()).toBe('1 day');
    expect(await card.getByTestId('streak-today').textContent()).toBe('Today counts already.');
    expect(await card.getByTestId('streak-longest').textContent()).toMatch(/^Longest: 1 day \(.+\)$/);
    await screenshot(page, 'home-streak-laptop');
  });

  it('downloads everything as JSON: a busy button while it is prepared, then the file and what was saved', async () => {
    const { page } = w;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export your data' }).waitFor();

    // Hold the answer until the busy state has been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/export/me.json', async (route) => {
      await held;
      await route.continue();
    });
    const downloaded = download(page, 'Download everything (JSON)');
    const button = page.getByTestId('export-json').getByRole('button');
    await expect.poll(() => button.textContent()).toBe('Preparing…');
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('aria-busy')).toBe('true');
    release();
    const { download: file, text } = await downloaded;
    await page.unroute('**/export/me.json');

    expect(file.suggestedFilename()).toMatch(/^prepstack-export-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(text) as { format: string; profile: { email: string; displayName: string }; attempts: { id: string; promptSlug: string; status: string; answer: string }[] };
    expect(doc.format).toBe('prepstack-export/1');
    expect(doc.profile).toMatchObject({ email, displayName: 'Eve Export' });
    expect(doc.attempts).toHaveLength(1);
    expect(doc.attempts[0]).toMatchObject({ id: attemptId, promptSlug: 'isolation-levels', status: 'SUBMITTED', answer: ANSWER });

    const status = page.getByTestId('export-json-status');
    await expect.poll(() => status.textContent()).toMatch(/^Downloaded /);
    const [, name, size] = /^Downloaded (.+), (\d+(?:\.\d)? (?:bytes|KB))$/.exec((await status.textContent()) ?? '') ?? [];
    expect(name).toBe(file.suggestedFilename());
    expect(Math.abs(bytesOf(size) - Buffer.byteLength(text))).toBeLessThan(60);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await button.textContent()).toBe('Download everything (JSON)');
    expect(await button.isDisabled()).toBe(false);
    // The button that went busy has the keyboard focus again.
    await expect.poll(() => inPage<string | undefined>(page, 'document.activeElement?.textContent')).toBe('Download everything (JSON)');
    await screenshot(page, 'export-laptop');
  });

  it('downloads the attempts as CSV: the header row and one row for the attempt', async () => {
    const { page } = w;
    const { download: file, text } = await download(page, 'Download attempts (CSV)');
    expect(file.suggestedFilename()).toMatch(/^prepstack-attempts-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(ATTEMPT_CSV_COLUMNS.map(([header]) => header).join(','));
    expect(lines[1].startsWith(`${attemptId},`)).toBe(true);
    expect(lines[1]).toContain(',isolation-levels,Isolation levels in practice,KNOWLEDGE,SOLO,SUBMITTED,');
    expect(lines[1]).toContain(`,"'${ANSWER}",`);
    expect(lines[2]).toBe('');
    await expect.poll(() => page.getByTestId('export-csv-status').textContent()).toBe(`Downloaded ${file.suggestedFilename()}, ${Buffer.byteLength(text)} bytes`);
  });

  it('refreshes a refused access token once and downloads; shows the error with its code when the token is refused again', async () => {
    const { page } = w;
    const before = (await storedSession(page))!;

    // Refused once (as an expired token would be): refresh, then the retry succeeds.
    const sent: (string | undefined)[] = [];
    let refusals = 1;
    await page.route('**/export/attempts.csv', async (route) => {
      sent.push(route.request().headers().authorization);
      if (refusals-- <= 0) return route.continue();
      return route.fulfill({
        status: 401,
        headers: { 'www-authenticate': 'Bearer realm="prepstack", error="invalid_token"' },
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'access token expired', reason: 'EXPIRED' } }),
      });
    });
    const { text } = await download(page, 'Download attempts (CSV)');
    expect(text.split('\r\n')).toHaveLength(3);
    const after = (await storedSession(page))!;
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(sent).toEqual([`Bearer ${before.accessToken}`, `Bearer ${after.accessToken}`]);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Refused every time: one refresh, one retry, then the error as the API put it.
    refusals = Number.POSITIVE_INFINITY;
    sent.length = 0;
    const second = (await storedSession(page))!;
    await page.getByRole('button', { name: 'Download attempts (CSV)' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('UNAUTHENTICATED');
    expect(await alert.locator('.notice-code').textContent()).toBe('Code: UNAUTHENTICATED');
    expect(await alert.locator('.notice-message').textContent()).toBe('access token expired');
    expect(sent).toHaveLength(2);
    // The error shows in the card of the file that failed, in place of the earlier success.
    expect(await page.getByTestId('export-csv').getByRole('alert').count()).toBe(1);
    expect(await page.getByTestId('export-csv-status').textContent()).toBe('');
    // Refreshed once in between, and still signed in: the refresh itself worked.
    const third = (await storedSession(page))!;
    expect(third.refreshToken).not.toBe(second.refreshToken);
    expect(sent).toEqual([`Bearer ${second.accessToken}`, `Bearer ${third.accessToken}`]);
    expect(third.user.email).toBe(email);

    // Try again, with the token accepted: the notice goes and the file comes.
    refusals = 0;
    const [retried] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Try again' }).click()]);
    expect(retried.suggestedFilename()).toMatch(/\.csv$/);
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.unroute('**/export/attempts.csv');
  });

  it('shows a download that never reached the server as a NETWORK error', async () => {
    const { page } = w;
    await page.route('**/export/me.json', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Download everything (JSON)' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('NETWORK');
    expect(await alert.locator('.notice-title').textContent()).toBe('Cannot reach the server');
    await page.unroute('**/export/me.json');
    expect(w.foreignRequests).toEqual([]);
  });
});
