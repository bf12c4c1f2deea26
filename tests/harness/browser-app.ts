import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ContentImportService } from '@prepstack/catalog';
import { LAPTOP, launchChromium, openPage, WEB_DIST_DIR, type WatchedPage } from './browser';
import { createContentDir, type ContentDir, type PromptFixture } from './content-factory';
import { startTestApp, type TestApp } from './test-app';

/** The password browser tests sign up with. */
export const PASSWORD = 'correct horse battery staple';

/** What a browser suite runs against; filled in by the suite's beforeAll. */
export interface BrowserApp {
  t: TestApp;
  browser: Browser;
  /** A laptop-sized page that may talk to the app only (see openPage). */
  w: WatchedPage;
}

/**
 * Registers a suite's beforeAll/afterAll: the API serving the built client, `prompts` imported
 * into its database, Chromium, and one laptop page. Returns an object whose fields are set once
 * beforeAll has run; afterAll closes the browser and the app and removes the content folder.
 */
export function useBrowserApp(prompts: PromptFixture[]): BrowserApp {
  const app = {} as BrowserApp;
  let content: ContentDir | undefined;
  beforeAll(async () => {
    app.t = await startTestApp({ WEB_DIST_DIR, JWT_SECRET: 'a-browser-test-secret-that-is-long-enough-0123456789' });
    content = await createContentDir(prompts);
    await app.t.app.get(ContentImportService).importDirectory(content.dir);
    app.browser = await launchChromium();
    app.w = await openPage(app.browser, app.t.baseUrl, LAPTOP);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.t?.close();
    await content?.dispose();
  });
  return app;
}

/** Fills and sends the sign-up form the page shows (at /signup, or after "Create an account"). */
export async function fillSignUp(page: Page, account: { displayName: string; email: string; password?: string }): Promise<void> {
  await page.getByLabel('Display name').fill(account.displayName);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}
