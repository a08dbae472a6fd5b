import type { Page } from 'playwright-core';
import type { VisitPackage } from '../../../src/protocol';

export const DEMO_PASSWORD = 'demo1234';
/** The PIN test inspectors choose for their phone's encrypted data. */
export const DEMO_PIN = '246810';

/** Signs in through the form, in English so selectors read like the screen; chooses the PIN if asked. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.waitForSelector('#username');
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') {
    await page.getByRole('button', { name: /English/ }).click();
  }
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await choosePinIfAsked(page);
}

/** A first sign-in on a phone asks for a PIN; later ones (same phone, PIN kept) go straight in. */
export async function choosePinIfAsked(page: Page, pin = DEMO_PIN): Promise<void> {
  // Either the PIN form, or the signed-in app (its top bar has a sign-out button).
  await page.waitForFunction(() => document.querySelector('[data-testid=set-pin]') || (!document.querySelector('#username') && document.querySelectorAll('.topbar button').length > 1), null, { timeout: 20_000 });
  if ((await page.locator('[data-testid=set-pin]').count()) === 0) return;
  await page.fill('#new-pin', pin);
  await page.fill('#new-pin-again', pin);
  await page.locator('[data-testid=set-pin] button[type=submit]').click();
  await page.waitForSelector('[data-testid=set-pin]', { state: 'detached', timeout: 20_000 });
}

/** After a reload (or any fresh page load) the app starts locked: type the PIN. */
export async function unlock(page: Page, pin = DEMO_PIN): Promise<void> {
  await page.waitForSelector('[data-testid=lock-screen]', { timeout: 30_000 });
  await page.fill('#unlock-pin', pin);
  await page.locator('[data-testid=lock-screen] button[type=submit]').click();
  await page.waitForSelector('[data-testid=lock-screen]', { state: 'detached', timeout: 30_000 });
}

/** Waits until the service worker controls the page, so the next load can come from its precache. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await unlock(page);
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

/** A session token for a demo user, signed in with the password as a test's own client. */
export async function apiToken(serverUrl: string, username = 'inspector.demo'): Promise<string> {
  const session = await (await fetch(`${serverUrl}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })).json();
  return session.token;
}

/** A GET on the server's API as a demo user: what the tests compare the screens with. */
export async function apiGet(serverUrl: string, path: string, username = 'inspector.demo'): Promise<any> {
  const token = await apiToken(serverUrl, username);
  return (await fetch(`${serverUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
}

/** The demo inspector's visit with the largest register, as the server sends it. */
export async function largestVisitPackage(serverUrl: string): Promise<VisitPackage> {
  const { visits } = await apiGet(serverUrl, '/api/visits');
  const largest = visits.sort((a: { registeredCount: number }, b: { registeredCount: number }) => b.registeredCount - a.registeredCount)[0];
  return apiGet(serverUrl, `/api/visits/${largest.id}`);
}
