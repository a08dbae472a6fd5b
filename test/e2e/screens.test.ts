/**
 * Every screen at phone size (360×740) in Khmer and English: saved as PNGs under
 * test-results/screens for a person to look at, and checked for what a thumb user would hit —
 * no sideways scrolling and no tap target smaller than 44 px.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phoneContext } from './helpers/browser';
import { ServerProcess, freePort } from './helpers/server';
import { DEMO_PASSWORD, DEMO_PIN, unlock } from './helpers/app';

const OUT = 'test-results/screens';
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = new ServerProcess(await freePort());
  await server.start();
  browser = await launchChromium();
});

afterAll(async () => {
  writeFileSync(`${OUT}/accessibility.json`, JSON.stringify(a11yReport, null, 2));
  await browser?.close();
  await server?.stop();
  server?.cleanup();
});

// Evaluated through the DevTools protocol, which the app's CSP (rightly) does not let a <script> tag do.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const a11yReport: Record<string, string[]> = {};

/** axe-core in the page: serious and critical problems fail the screen; the rest are reported. */
async function accessibility(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const res = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
      .axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  a11yReport[name] = violations.map((v) => `${v.impact} ${v.id}`);
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), `${name} accessibility`).toEqual([]);
}

async function check(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
  // Chromium will not capture a full mobile page after a rotation; the visible screen is what a user sees anyway.
  const landscape = (page.viewportSize()?.width ?? 0) > (page.viewportSize()?.height ?? 0);
  // A full-page capture scrolls, and would draw the sticky top bar wherever it stopped: unstick it.
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: !landscape, style: landscape ? undefined : '.topbar { position: static !important; }' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, a.button, input:not([type=radio]):not([type=checkbox]):not(.visually-hidden), select, .tabs a')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.height < 40 || r.width < 40))
      .map(({ el }) => el.outerHTML.slice(0, 80)),
  );
  expect(small, `${name} has tap targets under 40 px`).toEqual([]);
  await accessibility(page, name);
}

async function signIn(page: Page, username: string, lang: 'en' | 'km'): Promise<void> {
  await page.goto('/');
  await page.waitForSelector('#username');
  const isEnglish = (await page.evaluate(() => document.documentElement.lang)) === 'en';
  if ((lang === 'en') !== isEnglish) await page.locator('header button').first().click();
  await check(page, `${lang}-01-sign-in`);
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  if (username.startsWith('inspector')) {
    await page.waitForSelector('[data-testid=set-pin]');
    await check(page, `${lang}-01b-choose-pin`);
    await page.fill('#new-pin', DEMO_PIN);
    await page.fill('#new-pin-again', DEMO_PIN);
    await page.locator('[data-testid=set-pin] button[type=submit]').click();
  }
}

for (const lang of ['en', 'km'] as const) {
  describe(`every screen in ${lang === 'en' ? 'English' : 'Khmer'} at 360×740`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await phoneContext(browser, server.url);
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('inspector screens', async () => {
      await signIn(page, 'inspector.demo', lang);
      await page.waitForSelector('[data-testid=visit-card]');
      await page.locator('main > div > .spread button.primary').click();
      await expect.poll(() => page.locator('a.button.primary').count(), { timeout: 60_000 }).toBeGreaterThan(2);
      await check(page, `${lang}-02-visits`);
      const firstOpen = await page.locator('a.button.primary').first().getAttribute('href');
      const base = firstOpen!.replace(/\/overview$/, '');
      await page.goto(`/${base}/overview`);
      await page.waitForSelector('.tabs');
      await check(page, `${lang}-03-visit-overview`);

      await page.goto(`/${base}/headcount`);
      await page.waitForSelector('.tally');
      for (let i = 0; i < 3; i++) await page.locator('.tally button.primary').click();
      await page.fill('#w-name', 'ចាន់ សុភា');
      await page.fill('#w-nid', '123456789');
      await page.locator('form.card button[type=submit]').click();
      // A title above the header and a totals row, both left out; one date written year-day-month,
      // read with a note; an ID of zeros, counted as a placeholder; two rows refused; the other
      // dates written month first, as Excel does in a US locale, and read so.
      await page.locator('#csv-file').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from('Payroll March 2026,,,\nname,national_id,sex,dob\nSok Dara,100200300,M,1990-25-03\nKeo Lina,000000000,F,5/25/1995\n,1,F,\nChea Sreymom,100200301,Z,12/31/1990\nTotal,,,\n') });
      await page.waitForSelector('[data-testid=csv-row-errors]');
      await page.waitForSelector('[data-testid=csv-read-notes]');
      // Two imported, one title row, one totals row, one placeholder, in either script's digits.
      expect(await page.locator('[data-testid=csv-imported]').textContent()).toMatch(/[2២].*[1១].*[1១].*000000000.*[1១].*3\/25\/1990/);
      await check(page, `${lang}-04-headcount`);

      await page.goto(`/${base}/reconcile`);
      await page.locator('[data-testid=run-reconcile]').click();
      await page.waitForSelector('[data-testid=reconcile-summary]');
      await check(page, `${lang}-05-reconcile`);

      await page.goto(`/${base}/notice`);
      await page.waitForSelector('[data-testid=fine-table]');
      await check(page, `${lang}-06-notice`);

      await page.locator('.topbar button', { hasText: lang === 'en' ? 'Lock' : 'ចាក់សោ' }).click();
      await page.fill('#unlock-pin', '000000');
      await page.locator('[data-testid=lock-screen] button[type=submit]').click();
      await page.waitForSelector('[data-testid=lock-screen] [role=alert]');
      await check(page, `${lang}-01c-locked`);
      await unlock(page);
      await page.waitForSelector('[data-testid=fine-table]');

      // A phone turned sideways on a clipboard: the same screens, 740×360, nothing cut off.
      await page.setViewportSize({ width: 740, height: 360 });
      await check(page, `${lang}-15-landscape-notice`);
      await page.goto(`/${base}/headcount`);
      await page.waitForSelector('.tally');
      await check(page, `${lang}-16-landscape-headcount`);
      await page.goto(`/${base}/reconcile`);
      await page.waitForSelector('[data-testid=reconcile-summary]');
      await check(page, `${lang}-17-landscape-reconcile`);
      await page.setViewportSize({ width: 360, height: 740 });
    });

    it('supervisor screens', async () => {
      // A fresh context is a fresh phone: no inspector session or data left over.
      const supContext = await phoneContext(browser, server.url);
      const sup = await supContext.newPage();
      await signIn(sup, 'supervisor.demo', lang);
      await sup.waitForSelector('[data-testid=overview-card]');
      await check(sup, `${lang}-07-supervisor`);
      // A register whose dates are written otherwise (hire dates month first, so the whole file is read so): imported, with its rows named in a warning.
      // Angkor Build is inspector.two's, so the inspector screens of the other language keep their data.
      await sup.selectOption('#r-employer', 'emp-angkor-build');
      await sup.locator('#r-file').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(
        'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\n' +
        'AB-9001,20000001,010200300,សុខ ដារា,SOK DARA,M,1990,1/16/2020\nAB-9002,20000002,010200301,ចាន់ សុភា,CHAN SOPHEA,F,25/03/95,2/21/2021\n' +
        'AB-9003,0,000000000,កែវ លីណា,KEO LINA,F,1900-01-01,3/1/2022\n') });
      await sup.waitForSelector('[data-testid=registry-read-notes]');
      expect(await sup.locator('[data-testid=registry-read-notes] li').count()).toBe(2);
      expect(await sup.locator('.banner.ok').textContent()).toMatch(/000000000.*3\/25\/1990/);
      await check(sup, `${lang}-07b-registry-import`);
      await sup.locator('[data-testid=overview-card] h2 a').first().click();
      await sup.waitForSelector('main h1');
      await check(sup, `${lang}-08-supervisor-visit`);
      await sup.goto('/#/supervisor/schedule');
      await sup.waitForSelector('#base');
      await check(sup, `${lang}-10-schedule`);
      await supContext.close();
    });
  });
}
