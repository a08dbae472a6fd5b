/**
 * What an inspector sees when the input is wrong: unreadable sheets are refused with a reason and
 * change nothing; an expired session asks for a new sign-in and keeps every unsent change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { DEMO_PASSWORD, apiGet, outboxStatus, storedToken, waitForAllSent } from './helpers/app';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let headcountUrl: string;
const files = mkdtempSync(join(tmpdir(), 'headcount-files-'));

beforeAll(async () => {
  ({ server, browser, context, page } = await openPreparedPhone());
  const open = await page.locator('a.button.primary').first().getAttribute('href');
  headcountUrl = `/${open!.replace(/\/overview$/, '/headcount')}`;
  await page.goto(headcountUrl);
  await page.waitForSelector('#csv-file');
});

afterAll(async () => {
  await closeFieldSession({ server, browser, context });
  rmSync(files, { recursive: true, force: true });
});

async function upload(name: string, content: Buffer): Promise<string> {
  const path = join(files, name);
  writeFileSync(path, content);
  await page.locator('#csv-file').setInputFiles(path);
  const error = page.getByTestId('csv-error').or(page.getByTestId('csv-row-errors'));
  await expect.poll(() => error.count()).toBeGreaterThan(0);
  return (await error.first().textContent()) ?? '';
}

describe('a sheet the app cannot use', () => {
  it('refuses an empty file', async () => {
    expect(await upload('empty.csv', Buffer.alloc(0))).toContain('The file is empty');
  });

  it('refuses a 50 MB file before reading it', async () => {
    expect(await upload('huge.csv', Buffer.alloc(50 * 1024 * 1024, 'a,'))).toContain('too large');
  });

  it('refuses text that is not UTF-8 rather than garbling names', async () => {
    const latin1 = Buffer.from('name,national_id\nJos\xe9 Dara,123\n', 'latin1');
    expect(await upload('latin1.csv', latin1)).toContain('not UTF-8');
  });

  it('refuses a spreadsheet that was not saved as CSV', async () => {
    const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 0)]);
    expect(await upload('roster.xlsx', xlsx)).toContain('not a text CSV');
  });

  it('lists every bad row by number and imports none of them', async () => {
    const text = await upload('bad.csv', Buffer.from('name,sex,date_of_birth\n,F,2000-01-01\nSok Dara,Q,2000-01-01\nChan Mony,F,soon\n'));
    expect(text).toContain('3 rows were not imported');
    expect(text).toMatch(/Row 1: no name/);
    expect(text).toMatch(/Row 2: sex not understood/);
    expect(text).toMatch(/Row 3: date of birth not understood/);
    expect(await page.getByTestId('onsite-count').textContent()).toContain('(0)');
  });
});

describe('a message shown in one language', () => {
  it('is said again in the other when the inspector switches, which is often why they switch', async () => {
    await page.goto(headcountUrl);
    await page.locator('form.card button[type=submit]').click();
    const message = page.getByTestId('add-worker-message');
    await expect.poll(() => message.textContent()).toBe('Enter the worker’s name.');
    await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
    await expect.poll(() => message.textContent()).toBe('សូមបញ្ចូលឈ្មោះកម្មករ។');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => message.textContent()).toBe('Enter the worker’s name.');
  });
});

describe('a session that expired while the inspector worked', () => {
  it('asks to sign in again, keeps the unsent work, and sends it after sign-in', async () => {
    // Revoke the phone's token on the server, as an expiry or a supervisor would.
    const token = await storedToken(page);
    const res = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBeLessThan(300);

    await page.getByRole('button', { name: 'Add one' }).click();
    await page.getByRole('button', { name: 'Add one' }).click();
    await expect.poll(() => page.getByTestId('tally-value').textContent()).toBe('2');

    await expect.poll(() => page.locator('#username').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByRole('alert').first().textContent()).toContain('session has expired');

    await page.fill('#username', 'inspector.demo');
    await page.fill('#password', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('[data-testid=outbox-status]');
    await waitForAllSent(page);
    expect(await outboxStatus(page)).toContain('All changes sent');

    const visitId = decodeURIComponent(headcountUrl.split('/')[3]);
    const results = await apiGet(server.url, `/api/supervisor/visits/${encodeURIComponent(visitId)}`, 'supervisor.demo');
    expect(results.overview.tally).toBe(2);
  });
});

describe('signing out of a phone that carries workers\' data', () => {
  it('asks before erasing unsent work, and leaves nothing behind once it does', async () => {
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Add one' }).click();
    let asked = '';
    page.once('dialog', (d) => { asked = d.message(); void d.dismiss(); });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => asked).toContain('have not reached the server');
    expect(await page.locator('.tally').count()).toBe(1);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForSelector('#username');
    await page.context().setOffline(false);
    // The app may open a fresh database at once; what matters is that nothing of the old one is in it.
    const rows = await page.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('headcount');
      open.onsuccess = () => {
        const db = open.result;
        const names = [...db.objectStoreNames];
        if (names.length === 0) return resolve(0);
        const tx = db.transaction(names);
        let total = 0;
        let left = names.length;
        for (const n of names) {
          const req = tx.objectStore(n).count();
          req.onsuccess = () => { total += req.result; if (--left === 0) resolve(total); };
        }
      };
    }));
    expect(rows).toBe(0);
    // Both wrapped copies of the data key are gone too: any ciphertext left on disk is noise.
    const keyring = await page.evaluate(() => new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('headcount-prefs');
      open.onsuccess = () => {
        const get = open.result.transaction('kv').objectStore('kv').get('keyring');
        get.onsuccess = () => resolve(get.result ?? null);
        get.onerror = () => reject(get.error);
      };
    }));
    expect(keyring).toBeNull();
  });
});
