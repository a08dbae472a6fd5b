import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo1234';

/** Signs in through the form, in English so selectors read like the screen. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.waitForSelector('#username');
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') {
    await page.getByRole('button', { name: /English/ }).click();
  }
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
  await page.waitForFunction(
    () => document.querySelector('[data-testid=outbox-status]')?.textContent?.includes('All changes sent'),
    null, { timeout: timeoutMs, polling: 250 },
  );
}

/** The bearer token the app stored on the device (idb-keyval store "headcount-prefs"). */
export async function storedToken(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('headcount-prefs');
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('session');
          get.onsuccess = () => resolve(get.result.token);
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

export async function prepareAllVisits(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=visit-card]').length > 2, null, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Download all for the field' }).click();
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('[data-testid=visit-card]')];
    return cards.length > 0 && cards.every((c) => c.textContent?.includes('Ready offline'));
  }, null, { timeout: 60_000 });
}
