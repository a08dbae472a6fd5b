/**
 * A lost phone, revoked by a supervisor: at its next contact with the server it erases the
 * visit data and both copies of its data key, and says why.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { apiToken } from './helpers/app';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, browser, context, page } = await openPreparedPhone());
});

afterAll(() => closeFieldSession({ server, browser, context }));

/** What the phone's IndexedDB holds: rows in the app database, and whether a key is kept. */
function phoneState(p: Page) {
  return p.evaluate(async () => {
    const open = (name: string) => new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const app = await open('headcount');
    const stores = [...app.objectStoreNames];
    let rows = 0;
    for (const s of stores) rows += await request(app.transaction(s).objectStore(s).count());
    const clientId = stores.includes('meta') ? (await request(app.transaction('meta').objectStore('meta').get('clientId')))?.value ?? null : null;
    app.close();
    const prefs = await open('headcount-prefs');
    const keyring = await request(prefs.transaction('kv').objectStore('kv').get('keyring'));
    prefs.close();
    return { rows, clientId: clientId as string | null, hasKeyring: !!keyring };
  });
}

it('wipes the visit data and its keys at the next sync after the supervisor revokes it', async () => {
  const before = await phoneState(page);
  expect(before.rows).toBeGreaterThan(5);
  expect(before.hasKeyring).toBe(true);
  expect(before.clientId).toMatch(/^[0-9a-f-]{36}$/);

  const supervisor = await apiToken(server.url, 'supervisor.demo');
  const revoke = await fetch(`${server.url}/api/supervisor/devices/${before.clientId}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${supervisor}` } });
  expect(revoke.status).toBe(200);

  await page.getByRole('button', { name: 'Sync now' }).first().click();
  await page.waitForURL(/revoked=1/, { timeout: 30_000 });
  await page.waitForSelector('#username');
  expect(await page.getByRole('alert').first().textContent()).toContain('revoked this phone');
  const after = await phoneState(page);
  expect(after.hasKeyring).toBe(false);
  // The app may already have opened a fresh database; none of the old rows are in it.
  expect(after.rows).toBeLessThanOrEqual(1);
  expect(after.clientId).not.toBe(before.clientId);
});
