/**
 * Sync under the faults a phone meets: the tab killed between "sent" and "acknowledged", two tabs
 * at once, the network cut during a push. Every check counts rows in the server's database.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { unlock, waitForAllSent } from './helpers/app';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let visitPath: string;
let visitId: string;

beforeAll(async () => {
  let page: Page;
  ({ server, browser, context, page } = await openPreparedPhone());
  const open = await page.locator('a.button.primary').first().getAttribute('href');
  visitPath = `/${open!.replace(/\/overview$/, '/headcount')}`;
  visitId = decodeURIComponent(visitPath.split('/')[3]);
  await page.close();
});

afterAll(async () => {
  await closeFieldSession({ server, browser, context });
});

async function openHeadcount(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(visitPath);
  await unlock(page);
  await page.waitForSelector('.tally');
  return page;
}

async function importRows(page: Page, tag: string, n: number): Promise<void> {
  const rows = Array.from({ length: n }, (_, i) => `Worker ${tag} ${i},${tag}${String(i).padStart(6, '0')}`);
  await page.locator('#csv-file').setInputFiles({ name: `${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(['name,national_id', ...rows].join('\n')) });
  await page.getByTestId('csv-imported').waitFor();
}

async function tap(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Add one' }).click();
}

interface Counts { byType: Record<string, number>; onsite: number; duplicatedMarkers: number }

async function serverCounts(): Promise<Counts> {
  return server.inspectDatabase(async (db: PGlite) => {
    const byType = await db.query<{ type: string; n: number }>(
      `SELECT type, count(*)::int AS n FROM mutation_log WHERE visit_id = $1 AND status = 'applied' GROUP BY type`, [visitId]);
    const onsite = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM onsite_workers WHERE visit_id = $1', [visitId]);
    // The same worker id arriving under two mutation ids would mean a change was sent twice.
    const dup = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT w->>'id' FROM mutation_log, jsonb_array_elements(payload->'workers') w
          WHERE visit_id = $1 AND type = 'onsite.bulkAdd' GROUP BY 1 HAVING count(*) > 1) d`, [visitId]);
    return { byType: Object.fromEntries(byType.rows.map((r) => [r.type, r.n])), onsite: onsite.rows[0].n, duplicatedMarkers: dup.rows[0].n };
  });
}

describe('sync that loses nothing and doubles nothing', () => {
  let before: Counts;

  it('resends after the tab was killed between "sent" and "acknowledged", and the server applies it once', async () => {
    before = await serverCounts();
    const page = await openHeadcount();
    let reachedServer!: () => void;
    const reached = new Promise<void>((r) => { reachedServer = r; });
    // Let the push reach the server and commit, then kill the tab before the reply arrives.
    await context.route('**/api/sync/push', async (route: Route) => {
      await route.fetch();
      reachedServer();
    });
    await tap(page, 3);
    await importRows(page, 'K', 4);
    await page.getByRole('button', { name: 'Sync now' }).first().click();
    await reached;
    await page.close({ runBeforeUnload: false });
    await context.unroute('**/api/sync/push');

    const reopened = await openHeadcount();
    await waitForAllSent(reopened);
    await reopened.close();
    const after = await serverCounts();
    expect((after.byType['tally.set'] ?? 0) - (before.byType['tally.set'] ?? 0)).toBe(3);
    expect((after.byType['onsite.bulkAdd'] ?? 0) - (before.byType['onsite.bulkAdd'] ?? 0)).toBe(1);
    expect(after.onsite - before.onsite).toBe(4);
    expect(after.duplicatedMarkers).toBe(0);
    before = after;
  });

  it('keeps two open tabs from sending anything twice', async () => {
    const [a, b] = [await openHeadcount(), await openHeadcount()];
    await Promise.all([tap(a, 2), tap(b, 3)]);
    await importRows(a, 'A', 3);
    await importRows(b, 'B', 2);
    await Promise.all([
      a.getByRole('button', { name: 'Sync now' }).first().click(),
      b.getByRole('button', { name: 'Sync now' }).first().click(),
    ]);
    await waitForAllSent(a);
    await waitForAllSent(b);
    await Promise.all([a.close(), b.close()]);
    const after = await serverCounts();
    expect(after.byType['tally.set'] - before.byType['tally.set']).toBe(5);
    expect(after.byType['onsite.bulkAdd'] - before.byType['onsite.bulkAdd']).toBe(2);
    expect(after.onsite - before.onsite).toBe(5);
    expect(after.duplicatedMarkers).toBe(0);
    before = after;
  });

  it('survives the network cut during a push, before and after the server committed', async () => {
    const page = await openHeadcount();
    let calls = 0;
    let networkBack = false;
    // Until the network comes back, pushes alternate: cut before reaching the server, cut after it committed.
    await context.route('**/api/sync/push', async (route: Route) => {
      calls++;
      if (networkBack) return route.continue();
      if (calls % 2 === 1) return route.abort('connectionreset');
      await route.fetch();
      return route.abort('connectionreset');
    });
    await tap(page, 2);
    await importRows(page, 'N', 3);
    while (calls < 2) {
      await page.getByRole('button', { name: 'Sync now' }).first().click();
      await page.waitForTimeout(300);
    }
    await expect.poll(() => page.locator('.banner.bad').first().textContent().catch(() => ''), { timeout: 10_000 }).toContain('Could not reach the server');
    expect(await page.getByTestId('outbox-status').first().textContent()).toMatch(/changes waiting to send/);
    networkBack = true;
    await page.getByRole('button', { name: 'Sync now' }).first().click();
    await waitForAllSent(page);
    await context.unroute('**/api/sync/push');
    await page.close();
    expect(calls).toBeGreaterThanOrEqual(3);
    const after = await serverCounts();
    expect(after.byType['tally.set'] - before.byType['tally.set']).toBe(2);
    expect(after.byType['onsite.bulkAdd'] - before.byType['onsite.bulkAdd']).toBe(1);
    expect(after.onsite - before.onsite).toBe(3);
    expect(after.duplicatedMarkers).toBe(0);
  });
});
