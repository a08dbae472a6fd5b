/**
 * A new app version arriving while the inspector is typing: it is offered, never forced; it waits
 * until the form is saved or cleared, and then the page reloads into the new version.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { unlock, waitForServiceWorker } from './helpers/app';

// A copy of the build, so this test can publish a "new version" without touching dist/.
const dist = mkdtempSync(join(tmpdir(), 'headcount-dist-'));
let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  cpSync('dist', dist, { recursive: true });
  ({ server, browser, context, page } = await openPreparedPhone(dist));
  await waitForServiceWorker(page);
});

afterAll(async () => {
  await closeFieldSession({ server, browser, context });
  rmSync(dist, { recursive: true, force: true });
});

it('offers the update, keeps unsaved typing, and applies it only once the form is clear', async () => {
  const open = await page.locator('a.button.primary').first().getAttribute('href');
  await page.goto(`/${open!.replace(/\/overview$/, '/headcount')}`);
  await page.getByLabel('Name (Khmer or Latin)').fill('ស្រី នាង half-typed');
  await page.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });

  appendFileSync(join(dist, 'sw.js'), '\n// next release\n');
  await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
  const toast = page.locator('.toast');
  await toast.waitFor({ timeout: 30_000 });
  expect(await toast.textContent()).toContain('A new version of the app is ready');

  // For a person to look at, in both languages (test-results/screens): the page's end scrolls clear of it (toast.tsx).
  mkdirSync('test-results/screens', { recursive: true });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: 'test-results/screens/en-22-update-toast.png' });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: 'test-results/screens/km-22-update-toast.png' });
  await page.getByRole('button', { name: /English/ }).click();

  await toast.getByRole('button', { name: 'Update now' }).click();
  expect(await toast.textContent()).toContain('Save or clear the form');
  expect(await page.getByLabel('Name (Khmer or Latin)').inputValue()).toBe('ស្រី នាង half-typed');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  await page.getByLabel('Name (Khmer or Latin)').fill('');
  await Promise.all([
    page.waitForEvent('load', { timeout: 30_000 }),
    toast.getByRole('button', { name: 'Update now' }).click(),
  ]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await unlock(page);
  await page.waitForSelector('.tally');
});
