import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built web client the API serves in browser tests (`npm run build` or `npm run web:build`). */
export const WEB_DIST_DIR = resolve(__dirname, '../../apps/web/dist');

/** Where screenshots of the main screens are kept for review (gitignored). */
export const SCREENSHOT_DIR = resolve(__dirname, '../output/screenshots');

/**
 * No background traffic, nothing from the network but the app: the client must work offline.
 * Headless mode and the sandbox flag suit containers and CI, which run as root.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const LAPTOP = { viewport: { width: 1366, height: 850 } };
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Fails early, with what to do, when the browser or the client build is missing. */
export function assertBrowserPrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (as .ci/run does), or set CHROMIUM_PATH`);
  }
  if (!existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(`no web client build at ${WEB_DIST_DIR}: run npm run web:build (npm test builds it first)`);
  }
}

/**
 * Launches Chromium. playwright-core gives every launch a fresh temporary user-data-dir (and
 * removes it on close), and every context is a clean profile: no state leaks between runs.
 */
export function launchChromium(): Promise<Browser> {
  assertBrowserPrerequisites();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Requests the page tried to send to any host but the app's (each was refused). */
  foreignRequests: string[];
  /** Uncaught exceptions and console errors, for asserting a clean run. */
  errors: string[];
}

/**
 * A page in a fresh context that may talk to the app only: every other request is refused and
 * recorded, which shows the client loads nothing from the internet.
 */
export async function openPage(browser: Browser, baseUrl: string, options: Parameters<Browser['newContext']>[0] = LAPTOP): Promise<WatchedPage> {
  const context = await browser.newContext({ ...options, baseURL: baseUrl });
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, context, foreignRequests, errors };
}

/** Saves a full-page screenshot as tests/output/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  // Let late layout (fonts, the editor's first paint) settle.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The value of a JavaScript expression in the page. A string, because this code is compiled
 * for Node (no DOM types) while the expression runs in the browser.
 */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}
