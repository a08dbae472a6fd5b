/**
 * The PIN lock on a phone with unsent work: wrong PINs lock the data for good on the phone, and
 * only an online sign-in opens it again, with the unsent work intact and then delivered.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { DEMO_PASSWORD, DEMO_PIN, choosePinIfAsked, outboxStatus, unlock, waitForAllSent } from './helpers/app';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, browser, context, page } = await openPreparedPhone());
});

afterAll(() => closeFieldSession({ server, browser, context }));

it('after five wrong PINs asks for the password, keeps the unsent work, and sends it after sign-in', async () => {
  await server.stop();
  const open = await page.locator('a.button.primary').first().getAttribute('href');
  await page.goto(`/${open!.replace(/\/overview$/, '/headcount')}`);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add one' }).click();
  // All three queued before the reload: a reload while the third click is still being written
  // leaves two, and the server then rightly applies two (seen once in CI).
  await expect.poll(async () => Number((await outboxStatus(page)).match(/(\d+) changes? waiting/)?.[1] ?? 0)).toBeGreaterThanOrEqual(3);

  await page.reload();
  await page.waitForSelector('[data-testid=lock-screen]');
  for (let left = 4; left >= 1; left--) {
    await page.fill('#unlock-pin', '000000');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(`${left} tries left`);
  }
  await page.fill('#unlock-pin', '000000');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.waitForSelector('#username');
  expect(await page.getByRole('alert').first().textContent()).toContain('Sign in with your password while online');

  // The right PIN no longer works: its copy of the key is gone from the phone.
  await page.reload();
  await page.waitForSelector('#username');
  expect(await page.locator('[data-testid=lock-screen]').count()).toBe(0);

  await server.start();
  await page.getByLabel('Username').fill('inspector.demo');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('[data-testid=set-pin]');
  await choosePinIfAsked(page, '975310');
  await waitForAllSent(page);

  const tallies = await server.inspectDatabase(async (db) =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mutation_log WHERE type = 'tally.set' AND status = 'applied'`)).rows[0].n);
  expect(tallies).toBe(3);
});

it('changes the PIN only after the old one is given, and the new one opens the phone after a reload', async () => {
  await page.goto('/#/visits');
  await page.getByRole('button', { name: 'Change PIN' }).click();
  await unlock(page, '975310');
  await page.waitForSelector('[data-testid=set-pin]');
  await page.fill('#new-pin', DEMO_PIN);
  await page.fill('#new-pin-again', DEMO_PIN);
  await page.locator('[data-testid=set-pin] button[type=submit]').click();
  await page.waitForSelector('[data-testid=visit-card]');
  await page.reload();
  await unlock(page, DEMO_PIN);
  await page.waitForSelector('[data-testid=visit-card]');
});
