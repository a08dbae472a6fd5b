/**
 * Issuing a notice on the factory floor with no network: numbered from the block reserved while
 * online, signed on the screen (or refused), printed to PDF by Chromium with the Khmer text shaped,
 * and immutable once it reaches the server with the server's own hash.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeHash } from '../../src/domain/notice/hash';
import { Notice } from '../../src/protocol';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { unlock, waitForAllSent, waitForServiceWorker } from './helpers/app';

const OUT = 'test-results/notice';
let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, browser, context, page } = await openPreparedPhone());
  // A sync while online reserves this phone's block of notice numbers.
  await page.getByRole('button', { name: 'Sync now' }).first().click();
  await waitForAllSent(page);
  await waitForServiceWorker(page);
  const open = await page.locator('a.button.primary').first().getAttribute('href');
  base = `/${open!.replace(/\/overview$/, '')}`;
});

afterAll(async () => {
  await closeFieldSession({ server, browser, context });
});

async function sign(canvas: Locator): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + box.height / 2 + (i % 2 ? -25 : 25));
  await page.mouse.up();
}

describe('a notice issued offline', () => {
  it('is numbered, signed and printable with the network gone', async () => {
    await server.stop();
    await context.setOffline(true);
    await page.goto(`${base}/headcount`);
    await page.getByLabel('Name (Khmer or Latin)').fill('ស្រី ល័ក្ខ ហ៊ឹម');
    await page.getByLabel('National ID').fill('999111222');
    await page.getByLabel('Date of birth').fill('1996-06-06');
    await page.getByRole('button', { name: 'Add worker' }).click();
    await page.goto(`${base}/reconcile`);
    await page.getByTestId('run-reconcile').click();
    await page.getByTestId('group-hidden').waitFor();

    await page.goto(`${base}/notice`);
    await page.getByTestId('notice-hidden').waitFor();
    await page.locator('[id^=start-]').first().fill('2026-03-16');
    await page.locator('[id^=start-]').first().dispatchEvent('change');
    await expect.poll(() => page.getByTestId('contributions').textContent()).toContain('Unpaid contributions');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByTestId('notice-message').waitFor();

    await page.getByLabel('Employer representative’s name').fill('Chan Dara');
    await page.getByLabel('Their position').fill('HR manager');
    await sign(page.getByTestId('rep-signature'));
    await sign(page.getByTestId('inspector-signature'));
    await page.getByRole('button', { name: 'Issue notice' }).click();
    const doc = page.getByTestId('printable-notice');
    await doc.waitFor();
    expect(await page.getByTestId('notice-number').textContent()).toMatch(/^PP-014\/\d{4}\/\d{6}$/);
    expect(await doc.textContent()).toContain('លិខិតជូនដំណឹងអំពីការពិន័យ');
    expect(await doc.textContent()).toContain('ស្រី ល័ក្ខ ហ៊ឹម');
    // Issued means immutable: no draft editor, no issue form, only print and revise.
    expect(await page.getByRole('button', { name: 'Issue notice' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).count()).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: `${OUT}/notice.pdf`, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', `${OUT}/notice.pdf`, '-']).toString();
    expect(text).toContain('Notice of fine');
    expect(text).toMatch(/PP-014\/\d{4}\/\d{6}/);
    // Khmer survives into the PDF as text (the browser shaped it with the bundled font).
    expect(text).toMatch(/[\u1780-\u17FF]{4,}/);
    expect(text).not.toContain('Issue notice');
    execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/notice.pdf`, `${OUT}/notice`]);
  });

  it('reaches the server once online, with the hash of exactly what was printed', async () => {
    await context.setOffline(false);
    await server.start();
    await page.goto('/');
    await unlock(page);
    await waitForAllSent(page);
    const rows = await server.inspectDatabase(async (db) =>
      (await db.query<{ data: unknown; hash: string; status: string }>(`SELECT data, hash, status FROM notices WHERE status = 'issued'`)).rows);
    expect(rows).toHaveLength(1);
    const notice = Notice.parse(rows[0].data);
    expect(rows[0].hash).toBe(await noticeHash(notice));
    expect(notice.acknowledgement?.signature).toMatch(/^data:image\/png;base64,/);
  });
});
