import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'demo1234';

/** Signs in through the form, in English so selectors read like the screen. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  const english = page.getByRole('button', { name: /English/ });
  if (await english.count()) await english.click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until the service worker controls the page, so the next load can come from its precache. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
}

export async function outboxStatus(page: Page): Promise<string> {
  return (await page.getByTestId('outbox-status').first().textContent()) ?? '';
}

export async function waitForAllSent(page: Page, timeoutMs = 30_000): Promise<void> {
  await expect.poll(() => outboxStatus(page), { timeout: timeoutMs, interval: 250 }).toContain('All changes sent');
}
