/**
 * What a thief finds on a lost phone: the browser's IndexedDB files, read straight off the disk
 * after a visit is prepared and worked on, hold no worker's name or ID number in the clear.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { VisitPackage } from '../../src/protocol';
import { apiToken, prepareAllVisits, signIn } from './helpers/app';
import { ServerProcess, freePort } from './helpers/server';

let server: ServerProcess;
let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  server = new ServerProcess(await freePort());
  await server.start();
  profile = mkdtempSync(join(tmpdir(), 'headcount-profile-'));
});

afterAll(async () => {
  await context?.close();
  await server?.stop();
  server?.cleanup();
  rmSync(profile, { recursive: true, force: true });
});

async function packages(): Promise<VisitPackage[]> {
  const auth = { authorization: `Bearer ${await apiToken(server.url)}` };
  const { visits } = await (await fetch(`${server.url}/api/visits`, { headers: auth })).json();
  return Promise.all(visits.map(async (v: { id: string }) => (await fetch(`${server.url}/api/visits/${v.id}`, { headers: auth })).json()));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Chromium writes strings as UTF-8, Latin-1 or UTF-16 (V8's serializer): look for all of them. */
function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
}

it('leaves no worker name or ID number in plain text in the browser\'s IndexedDB files', async () => {
  const all = await packages();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    baseURL: server.url,
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  await signIn(page, 'inspector.demo');
  await prepareAllVisits(page);

  // Work on one visit too: a worker typed in and an imported sheet, both of which reach the outbox.
  const open = await page.locator('a.button.primary').first().getAttribute('href');
  await page.goto(`/${open!.replace(/\/overview$/, '/headcount')}`);
  await page.getByLabel('Name (Khmer or Latin)').fill('Phal Sokunthea');
  await page.getByLabel('National ID').fill('987123456');
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect.poll(() => page.getByText('Added Phal Sokunthea').count()).toBe(1);
  await page.locator('#csv-file').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from('name,national_id\nNhem Chanthou,876543219\n') });
  await page.getByTestId('csv-imported').waitFor();
  await context.close();

  const stored = filesUnder(join(profile, 'Default', 'IndexedDB')).map((f) => readFileSync(f));
  expect(stored.length).toBeGreaterThan(0);
  const found = (text: string) => encodings(text).some((needle) => stored.some((bytes) => bytes.includes(needle)));

  // The scan can see plain text: visit summaries (employer, date) are stored unsealed on purpose.
  // The scan can see Khmer too (V8 stores it as UTF-16): the employer's Khmer name is also unsealed.
  expect(found(all[0].visit.employerName)).toBe(true);
  expect(found(all[0].visit.employerNameKh)).toBe(true);

  const secrets = new Set<string>(['Phal Sokunthea', '987123456', 'Nhem Chanthou', '876543219']);
  for (const pkg of all) {
    for (const w of pkg.registered.slice(0, 300)) {
      for (const s of [w.nameKh, w.nameLatin, w.nationalId, w.nssfNumber]) if (s && s.length >= 6) secrets.add(s);
    }
    for (const name of pkg.complaint?.namedWorkers ?? []) secrets.add(name);
  }
  const leaked = [...secrets].filter(found);
  expect(leaked, `${leaked.length} of ${secrets.size} names and ID numbers found in plain text`).toEqual([]);
  expect(secrets.size).toBeGreaterThan(1000);
});
