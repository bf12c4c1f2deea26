import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPage, LAPTOP, launchChromium, openPage, PHONE, screenshot, WEB_DIST_DIR, type WatchedPage } from '../harness/browser';
import { uniqueEmail } from '../harness/identity-factory';
import { startTestApp, type TestApp } from '../harness/test-app';

const PASSWORD = 'correct horse battery staple';
const SESSION_KEY = 'prepstack.session';

interface StoredSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; displayName: string };
}

const storedSession = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as StoredSession | null, SESSION_KEY);
const headerName = (page: Page) => page.getByTestId('account-name-header');
const focusedId = (page: Page) => inPage<string | undefined>(page, 'document.activeElement?.id');

describe('web client: accounts', () => {
  let t: TestApp;
  let browser: Browser;
  let w: WatchedPage;
  const email = uniqueEmail('ada');

  beforeAll(async () => {
    t = await startTestApp({ WEB_DIST_DIR, JWT_SECRET: 'a-browser-test-secret-that-is-long-enough-0123456789' });
    browser = await launchChromium();
    w = await openPage(browser, t.baseUrl, LAPTOP);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("signs up: the API's field errors beside their fields, then signed in with your own name", async () => {
    const { page } = w;
    await page.goto('/');
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();

    // Every field the API named shows its message; focus lands on the first (extensions.field).
    const emailField = page.getByLabel('Email');
    await expect.poll(() => emailField.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => focusedId(page)).toBe('signup-email');
    expect(await page.locator('#signup-email-error').textContent()).toBe('must be an email address');
    expect(await page.locator('#signup-password-error').textContent()).toBe('must be at least 10 characters');
    expect(await page.locator('#signup-name-error').textContent()).toBe('must not be empty');
    expect(await emailField.getAttribute('aria-describedby')).toBe('signup-email-error');
    await screenshot(page, 'signup-errors-laptop');

    await page.getByLabel('Display name').fill('Ada Lovelace');
    await emailField.fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await headerName(page).textContent()).toBe('Signed in as Ada Lovelace');
    expect(await page.getByTestId('account-name').textContent()).toBe('Ada Lovelace');
    expect((await storedSession(page))?.user.displayName).toBe('Ada Lovelace');
    // Signed in, the client follows the account's events over graphql-ws.
    await expect.poll(() => page.locator('.connection-label').textContent()).toBe('Online, live');
    await screenshot(page, 'account-laptop');
  });

  it('saves the profile, showing a field the API refused beside it', async () => {
    const { page } = w;
    // The account page has a form per section, each with its own Save.
    const profile = page.locator('form', { has: page.getByRole('heading', { name: 'What you are preparing for' }) });
    await page.getByLabel('Daily goal (prompts per day)').fill('99');
    await profile.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#account-goal-error').textContent()).toBe('must be at most 50');
    await expect.poll(() => focusedId(page)).toBe('account-goal');

    await page.getByLabel('Daily goal (prompts per day)').fill('5');
    await page.getByLabel('Target stack').selectOption('go');
    await page.getByLabel('Target level').selectOption('SENIOR');
    await profile.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => profile.locator('.saved').textContent()).toBe('Saved.');
    expect(await page.locator('#account-goal-error').count()).toBe(0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome back, Ada Lovelace' }).waitFor();
    expect(await page.locator('.lead').textContent()).toContain('Preparing for Go, Senior level.');
    await screenshot(page, 'home-signed-in-laptop');
  });

  it('shows a profile change made elsewhere as it happens (accountEvents)', async () => {
    const { page } = w;
    await page.goto('/');
    await expect.poll(() => page.locator('.connection-label').textContent()).toBe('Online, live');
    const session = (await storedSession(page))!;
    const changeElsewhere = async () => {
      const res = await t.gql('mutation { updateProfile(input: { targetStack: python }) { targetStack } }', undefined, {
        authorization: `Bearer ${session.accessToken}`,
      });
      expect(res.errors).toBeUndefined();
    };
    // "Connected" precedes the server's subscribing by a moment: the change is repeated (it is
    // idempotent) until an event reaches the page.
    await expect
      .poll(async () => {
        await changeElsewhere();
        return page.locator('.lead').textContent();
      })
      .toContain('Preparing for Python, Senior level.');
  });

  it('keeps the session across reloads and refreshes an expired access token once', async () => {
    const { page } = w;
    const before = (await storedSession(page))!;
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [SESSION_KEY, JSON.stringify({ ...before, accessTokenExpiresAt: new Date(Date.now() - 1_000).toISOString() })] as const,
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome back, Ada Lovelace' }).waitFor();
    await expect.poll(async () => (await storedSession(page))?.refreshToken).not.toBe(before.refreshToken);
    const after = (await storedSession(page))!;
    expect(Date.parse(after.accessTokenExpiresAt)).toBeGreaterThan(Date.now());
    expect(after.user.id).toBe(before.user.id);
  });

  it('signs out, refuses a wrong password with a clear message, and signs in again to where you were going', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(await storedSession(page)).toBeNull();

    await page.goto('/account');
    await page.getByRole('heading', { level: 1, name: 'Sign in to continue' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account');

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('UNAUTHENTICATED');
    expect(await alert.locator('.notice-title').textContent()).toBe('Sign-in failed');
    expect(await alert.locator('.notice-message').textContent()).toBe('email or password is incorrect');
    await screenshot(page, 'signin-error-laptop');

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await headerName(page).textContent()).toBe('Signed in as Ada Lovelace');
  });

  it('signs this browser out when its session is revoked elsewhere', async () => {
    const { page } = w;
    await expect.poll(() => page.locator('.connection-label').textContent()).toBe('Online, live');
    const session = (await storedSession(page))!;
    const res = await t.gql('mutation { logout }', undefined, { authorization: `Bearer ${session.accessToken}` });
    expect(res.data?.logout).toBe(true);
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await storedSession(page)).toBeNull();
  });

  it('names the field of a conflict: an email that already has an account', async () => {
    const phone = await openPage(browser, t.baseUrl, PHONE);
    try {
      const { page } = phone;
      await page.goto('/signup');
      await page.getByLabel('Display name').fill('Second Ada');
      await page.getByLabel('Email').fill(email.toUpperCase());
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect.poll(() => page.locator('#signup-email-error').textContent()).toBe('an account with this email already exists');
      await expect.poll(() => focusedId(page)).toBe('signup-email');
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await screenshot(page, 'signup-conflict-phone');
      expect(phone.foreignRequests).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
