/**
 * Lists of thousands of rows at phone size: the on-site list and the reconcile groups render only the
 * rows near the viewport, reach the last row when scrolled to the bottom, keep a focused row, and
 * still filter. Screenshots go to test-results/screens for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitPackage } from '../../src/protocol';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { largestVisitPackage } from './helpers/app';

const OUT = 'test-results/screens';
/** Far more rows than a phone should hold in its DOM at once, far fewer than the lists have. */
const MAX_RENDERED = 200;
const PRESENT = 1500;
const HIDDEN = 1500;

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pkg: VisitPackage;

const hiddenName = (i: number) => `Outside Worker ${String(i).padStart(4, '0')}`;
const hiddenId = (i: number) => String(990_000_000 + i);

/** Half the register came to work, and as many again who are on no register at all. */
function bigSheet(): string {
  const lines = ['name,national_id,sex,date_of_birth'];
  for (const w of pkg.registered.filter((r) => r.nationalId).slice(0, PRESENT)) {
    lines.push(`"${w.nameLatin ?? w.nameKh}",${w.nationalId},${w.sex ?? ''},${w.dateOfBirth ?? ''}`);
  }
  for (let i = 1; i <= HIDDEN; i++) lines.push(`${hiddenName(i)},${hiddenId(i)},F,1999-01-01`);
  return lines.join('\n');
}

/** The rendered rows, not the empty rows standing in for the others. */
const items = (list: Locator) => list.locator(':scope > li[aria-posinset]');

/** A screenshot once the rows a scroll asked for have rendered and painted. */
async function shot(name: string): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

// As in screens.test.ts: evaluated through the DevTools protocol, which the app's CSP does not let a <script> do.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical WCAG 2.1 AA problems on the page as it stands. */
async function seriousA11yProblems(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const res = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}`);
  });
}

/** The list row holding keyboard focus, by its place in the whole list. */
const focusedRow = () => page.evaluate(() => Number(document.activeElement?.closest('li[aria-posinset]')?.getAttribute('aria-posinset')));

/** Scrolls so `heading` sits just under the sticky top bar. */
async function scrollBelowTopBar(heading: Locator): Promise<void> {
  await heading.evaluate((el) => scrollTo(0, scrollY + el.getBoundingClientRect().top - (document.querySelector('.topbar')?.getBoundingClientRect().height ?? 0) - 8));
}

/** Scrolls the page so `list`'s bottom meets the viewport's, and waits for its last row to render. */
async function scrollToEnd(list: Locator): Promise<Locator> {
  const total = Number(await items(list).first().getAttribute('aria-setsize'));
  await list.evaluate((el) => scrollTo(0, scrollY + el.getBoundingClientRect().bottom - innerHeight));
  const last = list.locator(`:scope > li[aria-posinset="${total}"]`);
  await last.waitFor();
  // Measured rows replace estimated ones as they render, so the bottom may move once or twice.
  await expect.poll(async () => {
    await list.evaluate((el) => scrollTo(0, scrollY + el.getBoundingClientRect().bottom - innerHeight));
    return last.evaluate((li) => { const r = li.getBoundingClientRect(); return r.bottom > 0 && r.bottom <= innerHeight + 1; });
  }).toBe(true);
  return last;
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ server, browser, context, page } = await openPreparedPhone());
  pkg = await largestVisitPackage(server.url);
});

afterAll(() => closeFieldSession({ server, browser, context }));

describe('a visit with thousands of workers on a 360 px phone', () => {
  const base = () => `/#/visit/${encodeURIComponent(pkg.visit.id)}`;

  it('renders a window of the on-site list, reaches its last row, and keeps a focused row', async () => {
    await page.goto(`${base()}/headcount`);
    await page.locator('#csv-file').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(bigSheet()) });
    await page.getByTestId('csv-imported').waitFor({ timeout: 60_000 });
    const total = PRESENT + HIDDEN;
    await expect.poll(() => page.getByTestId('onsite-count').textContent(), { timeout: 30_000 }).toMatch(/3,?000/);

    const list = page.locator('section[aria-labelledby=onsite-h] ul');
    await page.locator('#onsite-filter').scrollIntoViewIfNeeded();
    expect(await items(list).count()).toBeLessThan(MAX_RENDERED);
    expect(await items(list).first().getAttribute('aria-setsize')).toBe(String(total));
    await shot('en-11-long-onsite-list');

    // A keyboard user's focus must survive the row scrolling far out of view.
    const remove = items(list).nth(2).getByRole('button');
    await remove.focus();
    const focusedLabel = await remove.getAttribute('aria-label');

    const last = await scrollToEnd(list);
    expect(await items(list).count()).toBeLessThan(MAX_RENDERED);
    expect(await last.textContent()).toMatch(/Outside Worker|\d{9}/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(focusedLabel);
    await shot('en-12-long-onsite-list-end');

    // The middle of the list, reached by a jump rather than by scrolling through it.
    await list.evaluate((el) => scrollTo(0, scrollY + el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
    await expect.poll(async () => Number(await items(list).nth(5).getAttribute('aria-posinset'))).toBeGreaterThan(total / 4);
    // Rows once they have settled: the window is drawn from estimated heights first, then measured.
    const shown = () => list.evaluate((ul) => [...ul.querySelectorAll(':scope > li[aria-posinset]')].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }).length);
    await expect.poll(shown, { message: 'rows visible in the middle of the list' }).toBeGreaterThan(5);
    await shot('en-12-long-onsite-list-middle');
  });

  it('lets a keyboard user Tab past the rows first rendered, and back', async () => {
    const list = page.locator('section[aria-labelledby=onsite-h] ul');
    await page.locator('#onsite-filter').scrollIntoViewIfNeeded();
    await expect.poll(() => items(list).first().getAttribute('aria-posinset')).toBe('1');
    expect(await seriousA11yProblems()).toEqual([]);
    await items(list).first().getByRole('button').focus();
    // One key press a frame, far faster than a person, still finds the next row rendered.
    const step = async (key: string) => {
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise(requestAnimationFrame));
    };
    for (let i = 0; i < 40; i++) await step('Tab');
    expect(await focusedRow()).toBe(41);
    for (let i = 0; i < 10; i++) await step('Shift+Tab');
    expect(await focusedRow()).toBe(31);
    await page.locator('#onsite-filter').focus();
  });

  it('still filters the whole list, not only the rendered rows', async () => {
    await page.locator('#onsite-filter').scrollIntoViewIfNeeded();
    const list = page.locator('section[aria-labelledby=onsite-h] ul');
    await page.locator('#onsite-filter').fill(hiddenId(1234));
    await expect.poll(() => items(list).count()).toBe(1);
    expect(await items(list).first().textContent()).toContain(hiddenName(1234));

    await page.locator('#onsite-filter').fill('Outside Worker');
    await expect.poll(() => items(list).first().getAttribute('aria-setsize')).toBe(String(HIDDEN));
    expect(await items(list).count()).toBeLessThan(MAX_RENDERED);
    await page.locator('#onsite-filter').fill('');
  });

  it('renders a window of each long reconcile group, and reaches the last registered worker not seen', async () => {
    await page.goto(`${base()}/reconcile`);
    await page.getByTestId('run-reconcile').click();
    await page.getByTestId('reconcile-summary').waitFor({ timeout: 120_000 });

    for (const group of ['matched', 'hidden', 'absent']) {
      const list = page.getByTestId(`group-${group}`).locator('ul');
      await list.waitFor();
      const setsize = Number(await items(list).first().getAttribute('aria-setsize'));
      expect(setsize, `${group} rows`).toBeGreaterThan(1000);
      expect(await items(list).count(), `${group} rendered rows`).toBeLessThan(MAX_RENDERED);
    }
    await scrollBelowTopBar(page.locator('#g-matched'));
    await shot('en-13-long-reconcile-groups');
    expect(await seriousA11yProblems()).toEqual([]);

    const absent = page.getByTestId('group-absent').locator('ul');
    await scrollToEnd(absent);
    expect(await page.locator('main li').count()).toBeLessThan(3 * MAX_RENDERED);
    await shot('en-14-long-reconcile-end');

    // Khmer script sets rows taller: they are measured again, and the end of the list is still reached.
    await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
    await page.evaluate(() => document.fonts.ready);
    await scrollToEnd(absent);
    await shot('km-14-long-reconcile-end');
    await page.getByRole('button', { name: /English/ }).click();
  });

  it('finds the worker in front of the inspector among thousands of results, by name or card number', async () => {
    const search = page.locator('#result-search');
    // A hidden worker by the number on their card, typed with spaces.
    await search.fill(hiddenId(1234).replace(/^(\d{3})(\d{3})/, '$1 $2 '));
    const hidden = page.getByTestId('group-hidden');
    await expect.poll(() => items(hidden.locator('ul')).count()).toBe(1);
    expect(await hidden.textContent()).toContain(hiddenName(1234));
    expect(await hidden.locator('h2').textContent()).toMatch(/^1 \/ 1,5\d\d/);
    expect(await page.getByTestId('group-matched').count()).toBe(0);
    expect(await page.getByTestId('group-absent').count()).toBe(0);
    await scrollBelowTopBar(search);
    await shot('en-18-reconcile-search');
    await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
    await page.evaluate(() => document.fonts.ready);
    await shot('km-18-reconcile-search');
    await page.getByRole('button', { name: /English/ }).click();

    // A registered worker by their Khmer name, which the sheet wrote in Latin letters.
    const present = pkg.registered.filter((r) => r.nationalId)[7];
    await search.fill(present.nameKh);
    await expect.poll(() => page.getByTestId('group-matched').textContent()).toContain(present.workerId);

    await search.fill('Nobody Of That Name');
    await expect.poll(() => page.getByTestId('result-none').textContent()).toBe('No worker on site or on the register matches “Nobody Of That Name”.');
    await search.fill('');
    // Every result again, counted whole.
    await expect.poll(() => page.getByTestId('group-absent').locator('h2').textContent()).toMatch(/^\d,\d{3} /);
  });
});
