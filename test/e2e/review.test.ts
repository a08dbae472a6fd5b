/**
 * The review screen: a worker known only by a name that two registered workers share must be
 * confirmed by a person; the decision survives re-running and reaches the server.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NameCache } from '../../src/domain/names/name-cache';
import { compareName } from '../../src/domain/reconcile/compare-name';
import type { RegisteredWorker, VisitPackage } from '../../src/protocol';
import type { ServerProcess } from './helpers/server';
import { closeFieldSession, openPreparedPhone } from './helpers/session';
import { apiGet, largestVisitPackage, waitForAllSent } from './helpers/app';

let server: ServerProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pkg: VisitPackage;
let twins: [RegisteredWorker, RegisteredWorker];

beforeAll(async () => {
  ({ server, browser, context, page } = await openPreparedPhone());
  pkg = await largestVisitPackage(server.url);
  const byName = new Map<string, RegisteredWorker[]>();
  for (const w of pkg.registered) byName.set(w.nameKh, [...(byName.get(w.nameKh) ?? []), w]);
  const pair = [...byName.values()].find((ws) => ws.length === 2);
  if (!pair) throw new Error('the demo register has no two namesakes');
  twins = pair as [RegisteredWorker, RegisteredWorker];
});

afterAll(() => closeFieldSession({ server, browser, context }));

/** A visit other than the shared one, for a test whose sheet must hold its own rows alone; and how many of its register hold each Khmer name. */
async function otherVisit(): Promise<{ visit: VisitPackage; base: string; holders: Map<string, number> }> {
  const { visits } = await apiGet(server.url, '/api/visits');
  const other = visits.find((v: { id: string }) => v.id !== pkg.visit.id);
  const visit: VisitPackage = await apiGet(server.url, `/api/visits/${other.id}`);
  const holders = new Map<string, number>();
  for (const w of visit.registered) holders.set(w.nameKh, (holders.get(w.nameKh) ?? 0) + 1);
  return { visit, base: `/#/visit/${encodeURIComponent(visit.visit.id)}`, holders };
}

/** Imports a sheet into the visit's headcount as a CSV file, then runs reconciliation on it. */
async function reconcileSheet(base: string, file: string, csv: string): Promise<void> {
  await page.goto(`${base}/headcount`);
  await page.locator('#csv-file').setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('csv-imported').waitFor();
  await page.goto(`${base}/reconcile`);
  await page.getByTestId('run-reconcile').click();
}

/** A result row as a person sees it, in English and then in Khmer once `khmer` shows (test-results/screens). */
async function shootBoth(row: Locator, name: string, khmer: string): Promise<void> {
  const unstuck = '.topbar { position: static !important; }';
  await row.screenshot({ path: `test-results/screens/en-${name}.png`, style: unstuck });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await expect.poll(() => row.textContent()).toContain(khmer);
  await page.evaluate(() => document.fonts.ready);
  await row.screenshot({ path: `test-results/screens/km-${name}.png`, style: unstuck });
  await page.getByRole('button', { name: /English/ }).click();
}

it('asks a person to choose between namesakes, keeps the choice on re-run, and syncs it', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  await page.goto(`${base}/headcount`);
  // Only the name, as an attendance sheet often has it, and the employer's staff number in the NSSF column.
  await page.locator('#csv-file').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,nssf_number\n${twins[0].nameKh},EMP-0421\n`) });
  await page.getByTestId('csv-imported').waitFor();

  await page.goto(`${base}/reconcile`);
  await page.getByTestId('run-reconcile').click();
  const card = page.getByTestId('review-card');
  await card.first().waitFor();
  expect(await card.count()).toBe(1);
  const text = (await card.textContent()) ?? '';
  expect(text).toContain(twins[0].nationalId!);
  expect(text).toContain(twins[1].nationalId!);
  // Why a person must rule, above the candidates.
  expect(await card.getByTestId('review-why').textContent()).toBe('several registered workers fit almost equally');
  // And what the row gives that was read as not given, whichever worker it is.
  expect(await card.getByTestId('review-row-notes').textContent()).toContain('the NSSF number on this row has too few or too many digits');

  // For a person to look at, in both languages (test-results/screens). The card is taller than
  // the screen, and the sticky top bar would be drawn across it where the capture scrolls.
  mkdirSync('test-results/screens', { recursive: true });
  const unstuck = '.topbar { position: static !important; }';
  await card.screenshot({ path: 'test-results/screens/en-09-review.png', style: unstuck });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await page.getByRole('button', { name: 'មនុស្សតែមួយ' }).first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await card.screenshot({ path: 'test-results/screens/km-09-review.png', style: unstuck });
  await page.getByRole('button', { name: /English/ }).click();

  // Choose the candidate whose national ID is twins[1]'s: the inspector saw the ID card.
  const candidate = card.locator('div', { hasText: twins[1].nationalId! }).filter({ has: page.getByRole('button', { name: 'Same person' }) }).last();
  await candidate.getByRole('button', { name: 'Same person' }).click();
  const matched = page.getByTestId('group-matched');
  await expect.poll(() => matched.textContent()).toContain('confirmed by the inspector');
  expect(await matched.textContent()).toContain(twins[1].workerId);
  expect(await page.getByTestId('review-card').count()).toBe(0);

  await page.getByTestId('run-reconcile').click();
  await expect.poll(() => matched.textContent()).toContain('confirmed by the inspector');
  expect(await page.getByTestId('group-absent').textContent()).not.toContain(twins[1].nationalId!);

  await page.getByRole('button', { name: 'Sync now' }).first().click();
  await waitForAllSent(page);
  const counts = await server.inspectDatabase(async (db) =>
    (await db.query<{ kind: string; registered_id: string }>('SELECT kind, registered_id FROM match_decisions WHERE visit_id = $1', [pkg.visit.id])).rows);
  expect(counts).toEqual([{ kind: 'confirm', registered_id: twins[1].workerId }]);
});

it('says when a worker is entered twice, and offers to remove the row rather than flag it hidden', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  const worker = pkg.registered.find((w) => w.nationalId && w.dateOfBirth && w.nameLatin && !twins.includes(w))!;
  await page.goto(`${base}/headcount`);
  // On the employer's sheet, and typed in again from the ID card, its number written with spaces.
  await page.locator('#csv-file').setInputFiles({ name: 'twice.csv', mimeType: 'text/csv', buffer: Buffer.from(
    `name,national_id,date_of_birth\n${worker.nameLatin},${worker.nationalId},${worker.dateOfBirth}\n`) });
  await page.getByTestId('csv-imported').waitFor();
  await page.fill('#w-name', worker.nameKh);
  await page.fill('#w-nid', worker.nationalId!.replace(/^(\d{3})(\d{3})/, '$1 $2 '));
  await page.locator('form.card button[type=submit]').click();
  await expect.poll(() => page.getByTestId('add-worker-message').textContent()).toContain(`${worker.nameLatin} on this list has the same ID number`);
  const before = Number((await page.getByTestId('onsite-count').textContent())!.replace(/\D/g, ''));

  await page.goto(`${base}/reconcile`);
  await page.getByTestId('run-reconcile').click();
  const card = page.getByTestId('review-card');
  await card.first().waitFor();
  expect(await card.count()).toBe(1);
  expect(await card.getByTestId('review-why').textContent()).toContain('entered twice');
  const hidden = page.getByTestId('group-hidden');
  if (await hidden.count()) expect(await hidden.textContent()).not.toContain(worker.nameLatin!);
  expect(await card.getByRole('button', { name: 'Same person' }).count()).toBe(0);

  await card.getByRole('button', { name: 'Entered twice: remove this row' }).click();
  await expect.poll(() => page.getByTestId('review-card').count()).toBe(0);
  expect(await page.getByTestId('group-matched').textContent()).toContain(worker.workerId);
  await page.goto(`${base}/headcount`);
  await expect.poll(async () => Number((await page.getByTestId('onsite-count').textContent())!.replace(/\D/g, ''))).toBe(before - 1);
});

/** Types a worker in by hand, reconciles, and opens the card check on their row, which is flagged hidden. */
async function checkCardOfNewRow(name: string) {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  await page.goto(`${base}/headcount`);
  await page.fill('#w-name', name);
  await page.locator('form.card button[type=submit]').click();
  await page.getByTestId('add-worker-message').waitFor();
  await page.goto(`${base}/reconcile`);
  await page.getByTestId('run-reconcile').click();
  const row = page.getByTestId('group-hidden').locator('li', { hasText: name });
  await row.waitFor();
  await row.getByRole('button', { name: 'Check the worker\'s card' }).click();
  return { row, lookup: row.getByTestId('card-lookup') };
}

it('settles a hidden flag the worker disputes by the number on their card', async () => {
  const holder = pkg.registered.filter((w) => w.nationalId && !twins.includes(w)).at(-1)!;
  // A name the register has nowhere near: the worker gave a nickname, say.
  const { row, lookup } = await checkCardOfNewRow('Zyx Qwerty');
  await lookup.getByLabel('National ID or NSSF number on the card').fill('077 000 111');
  await lookup.getByRole('button', { name: 'Find' }).click();
  await expect.poll(() => lookup.getByTestId('card-none').textContent()).toBe('No worker on this register has the number 077 000 111.');

  // Read off the card with its spaces, as it is printed.
  await lookup.getByLabel('National ID or NSSF number on the card').fill(holder.nationalId!.replace(/^(\d{3})(\d{3})/, '$1 $2 '));
  await lookup.getByRole('button', { name: 'Find' }).click();
  await expect.poll(() => lookup.textContent()).toContain('The card\'s number is this worker\'s national ID.');
  expect(await lookup.textContent()).toContain(holder.nameKh);
  mkdirSync('test-results/screens', { recursive: true });
  const unstuck = '.topbar { position: static !important; }';
  await row.screenshot({ path: 'test-results/screens/en-09-card-lookup.png', style: unstuck });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await lookup.getByRole('button', { name: 'មនុស្សតែមួយ' }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await row.screenshot({ path: 'test-results/screens/km-09-card-lookup.png', style: unstuck });
  await page.getByRole('button', { name: /English/ }).click();

  await lookup.getByRole('button', { name: 'Same person' }).click();
  const matched = page.getByTestId('group-matched').locator('li', { hasText: 'Zyx Qwerty' });
  await expect.poll(() => matched.textContent()).toContain('confirmed by the inspector');
  expect(await matched.textContent()).toContain(holder.workerId);
  expect(await page.getByTestId('group-hidden').locator('li', { hasText: 'Zyx Qwerty' }).count()).toBe(0);
});

it('says when the card names a worker another row holds, and lets the card decide without losing either row', async () => {
  // twins[1] was confirmed for the namesake row in the first test.
  const { lookup } = await checkCardOfNewRow('Vbn Mkl');
  await lookup.getByLabel('National ID or NSSF number on the card').fill(twins[1].nationalId!);
  await lookup.getByRole('button', { name: 'Find' }).click();
  await expect.poll(() => lookup.getByTestId('card-held').textContent()).toContain(twins[0].nameKh);
  expect(await lookup.getByRole('button', { name: 'Entered twice: remove this row' }).count()).toBe(1);

  await lookup.getByRole('button', { name: 'Same person' }).click();
  const matched = page.getByTestId('group-matched').locator('li', { hasText: 'Vbn Mkl' });
  await expect.poll(() => matched.textContent()).toContain(twins[1].workerId);
  // Two confirms of one worker used to stop reconciliation with an error.
  expect((await page.locator('.banner.bad').allTextContents()).filter((t) => t.includes('Something went wrong'))).toEqual([]);
  // The earlier row is the engine's to judge again: it is still on the screen, not matched to twins[1].
  const earlier = page.locator('main').getByText(twins[0].nameKh, { exact: true });
  expect(await earlier.count()).toBeGreaterThan(0);
});

it('asks the worker a name-only row is for their date of birth, and the date settles it', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  // Another two registered workers who share a name, born on different days.
  const byName = new Map<string, RegisteredWorker[]>();
  for (const w of pkg.registered) if (!twins.includes(w)) byName.set(w.nameKh, [...(byName.get(w.nameKh) ?? []), w]);
  const pair = [...byName.values()].find((ws) => ws.length === 2 && ws[0].dateOfBirth && ws[1].dateOfBirth && ws[0].dateOfBirth !== ws[1].dateOfBirth);
  if (!pair) throw new Error('the demo register has no second pair of namesakes');
  const [other, worker] = pair;
  await page.goto(`${base}/headcount`);
  await page.locator('#csv-file').setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(`name\n${worker.nameKh}\n`) });
  await page.getByTestId('csv-imported').waitFor();

  await page.goto(`${base}/reconcile`);
  await page.getByTestId('run-reconcile').click();
  const card = page.getByRole('article', { name: worker.nameKh, exact: true });
  mkdirSync('test-results/screens', { recursive: true });
  const unstuck = '.topbar { position: static !important; }';
  // `shot`: the form filled in, for a person to look at (test-results/screens).
  const ask = async (date: string, shot?: string) => {
    await card.getByRole('button', { name: 'Ask their date of birth' }).click();
    await card.getByLabel('Date of birth, as the worker or their card gives it').fill(date);
    if (shot) await card.getByTestId('ask-dob').screenshot({ path: shot, style: unstuck });
    await card.getByRole('button', { name: 'Save and check again' }).click();
  };
  const outcome = page.getByTestId('dob-outcome');

  // A date typed wrong (the namesake's) is taken back from the message that follows.
  await ask(other.dateOfBirth!);
  await expect.poll(() => outcome.textContent()).toContain(other.workerId);
  await outcome.getByRole('button', { name: 'Remove the date' }).click();
  await card.getByRole('button', { name: 'Ask their date of birth' }).waitFor();
  expect(await outcome.count()).toBe(0);

  await ask(worker.dateOfBirth!, 'test-results/screens/en-19-ask-dob.png');

  await expect.poll(() => outcome.textContent()).toContain(`matched to ${worker.nameKh}`);
  expect(await outcome.textContent()).toContain(worker.workerId);
  await page.screenshot({ path: 'test-results/screens/en-19-dob-outcome.png' });
  // The page's end scrolls clear of the message, which would otherwise cover the last rows.
  const endClearOfMessage = () =>
    page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const last = document.querySelector('main')!.lastElementChild!.getBoundingClientRect();
      return last.bottom <= document.querySelector('[data-testid="dob-outcome"]')!.getBoundingClientRect().top;
    });
  expect(await endClearOfMessage()).toBe(true);
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await expect.poll(() => outcome.textContent()).toContain('បានផ្គូផ្គងនឹង');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'test-results/screens/km-19-dob-outcome.png' });
  // Taller in Khmer: its buttons stack.
  await expect.poll(endClearOfMessage).toBe(true);
  await page.screenshot({ path: 'test-results/screens/km-19-dob-outcome-end.png' });
  await page.getByRole('button', { name: /English/ }).click();
  await outcome.getByRole('button', { name: 'OK' }).click();
  expect(await outcome.count()).toBe(0);

  expect(await page.getByRole('article', { name: worker.nameKh, exact: true }).count()).toBe(0);
  expect(await page.getByTestId('group-matched').locator('li', { hasText: worker.workerId }).count()).toBe(1);
  // The date is the row's now, and goes to the server as an edit of the headcount.
  await page.getByRole('button', { name: 'Sync now' }).first().click();
  await waitForAllSent(page);
  const rows = await server.inspectDatabase(async (db) =>
    (await db.query<{ dob: string }>(`SELECT data->>'dateOfBirth' AS dob FROM onsite_workers WHERE visit_id = $1 AND data->>'name' = $2`, [pkg.visit.id, worker.nameKh])).rows);
  expect(rows).toEqual([{ dob: worker.dateOfBirth }]);
});

it('asks a worker flagged hidden beside a namesake their date of birth, and says the flag stands', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  const holders = new Map<string, number>();
  for (const w of pkg.registered) holders.set(w.nameKh, (holders.get(w.nameKh) ?? 0) + 1);
  const namesake = pkg.registered.find((w) => holders.get(w.nameKh) === 1 && w.nationalId && w.dateOfBirth && !twins.includes(w))!;
  // The registered worker's name, on someone with a card number of their own: told apart, flagged hidden, the namesake named.
  await reconcileSheet(base, 'other.csv', `name,national_id\n${namesake.nameKh},707070123\n`);
  const row = page.getByTestId('group-hidden').locator('li', { hasText: namesake.nameKh });
  await row.getByTestId('hidden-namesake').waitFor();

  await row.getByRole('button', { name: 'Ask their date of birth' }).click();
  const other = namesake.dateOfBirth!.startsWith('1985') ? '1986-05-06' : '1985-05-06';
  await row.getByLabel('Date of birth, as the worker or their card gives it').fill(other);
  await row.screenshot({ path: 'test-results/screens/en-20-hidden-ask-dob.png', style: '.topbar { position: static !important; }' });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await row.getByRole('button', { name: 'រក្សាទុក ហើយពិនិត្យម្ដងទៀត' }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  await row.screenshot({ path: 'test-results/screens/km-20-hidden-ask-dob.png', style: '.topbar { position: static !important; }' });
  await page.getByRole('button', { name: /English/ }).click();
  await row.getByRole('button', { name: 'Save and check again' }).click();
  await expect.poll(() => page.getByTestId('dob-outcome').textContent()).toContain('no registered worker of this name was born then');
  expect(await page.getByTestId('group-hidden').locator('li', { hasText: namesake.nameKh }).count()).toBe(1);
});

it('matches a time clock\'s name with the family name as an initial, and says so in both languages', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  const holders = new Map<string, number>();
  for (const w of pkg.registered) holders.set(w.nameKh, (holders.get(w.nameKh) ?? 0) + 1);
  const worker = pkg.registered.find((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth && w.nameLatin?.split(' ').length === 2 && !twins.includes(w))!;
  const [family, given] = worker.nameLatin!.split(' ');
  const clockName = `${family[0]}. ${given}`;
  await reconcileSheet(base, 'clock.csv', `name,date_of_birth\n${clockName},${worker.dateOfBirth}\n`);
  await page.locator('#result-search').fill(clockName);
  const row = page.getByTestId('group-matched').locator('li', { hasText: clockName });
  await row.waitFor();
  expect(await row.textContent()).toContain(worker.workerId);
  expect(await row.textContent()).toContain('the name cut short, or the family name as an initial');
  await row.screenshot({ path: 'test-results/screens/en-21-name-shortened.png', style: '.topbar { position: static !important; }' });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await expect.poll(() => row.textContent()).toContain('ឈ្មោះត្រូវបានកាត់ខ្លី');
  await page.evaluate(() => document.fonts.ready);
  await row.screenshot({ path: 'test-results/screens/km-21-name-shortened.png', style: '.topbar { position: static !important; }' });
  await page.getByRole('button', { name: /English/ }).click();
});

it('matches a date whose year a spreadsheet put in the wrong century, day and month swapped, and says so in both languages', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  const holders = new Map<string, number>();
  for (const w of pkg.registered) holders.set(w.nameKh, (holders.get(w.nameKh) ?? 0) + 1);
  const worker = pkg.registered.find((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth && w.dateOfBirth >= '2000' && Number(w.dateOfBirth.slice(8)) <= 12 && w.nameLatin && !twins.includes(w))!;
  const [year, month, day] = worker.dateOfBirth!.split('-');
  const written = `19${year.slice(2)}-${day}-${month}`;
  await reconcileSheet(base, 'us-locale.csv', `name,date_of_birth\n${worker.nameLatin},${written}\n`);
  await page.locator('#result-search').fill(worker.nameLatin!);
  const row = page.getByTestId('group-matched').locator('li', { hasText: worker.workerId });
  await row.waitFor();
  expect(await row.textContent()).toContain('years a century apart');
  await shootBoth(row, '25-century-apart', 'មួយរយឆ្នាំ');
});

it("matches a row whose ID column is a row off by its name and date, reads the other worker's number as not given, and says so in both languages", async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  const holders = new Map<string, number>();
  for (const w of pkg.registered) holders.set(w.nameKh, (holders.get(w.nameKh) ?? 0) + 1);
  const [a, b] = pkg.registered.filter((w) => holders.get(w.nameKh) === 1 && w.nationalId && w.dateOfBirth && w.nameLatin && !twins.includes(w)).slice(2, 4);
  // The sheet's ID column pasted a row off: a's row carries b's number, b's row the next one's.
  const csv = `name,national_id,date_of_birth\n${a.nameLatin},${b.nationalId},${a.dateOfBirth}\n${b.nameLatin},,${b.dateOfBirth}\n`;
  await reconcileSheet(base, 'shifted.csv', csv);
  await page.locator('#result-search').fill(a.nameLatin!);
  const row = page.getByTestId('group-matched').locator('li', { hasText: a.workerId });
  await row.waitFor();
  expect(await row.textContent()).toContain("the national ID on this row is another worker's");
  await shootBoth(row, '26-another-row', 'ជារបស់កម្មករម្នាក់ទៀត');
});

it('reads a call name of one short syllable with the same date of birth as the worker, and says so in both languages', async () => {
  // Another visit than the other tests', whose sheet holds this row alone.
  const { visit, base, holders } = await otherVisit();
  // A foreman's list: the family name and the given name's last syllable (Sok Thou for SOK CHANTHU).
  const cache = new NameCache();
  const called = (w: RegisteredWorker) => {
    const [family, given] = w.nameLatin!.split(' ');
    const name = `${family} ${given.match(/[^aeiouy]*[aeiouy]+$/i)?.[0] ?? ''}`;
    return compareName(cache.onsite(name), [cache.form(w.nameKh), cache.form(w.nameLatin!)])?.level === 'called' ? name : null;
  };
  const worker = visit.registered.find((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth && w.nameLatin?.split(' ').length === 2 && called(w))!;
  const name = called(worker)!;
  await reconcileSheet(base, 'foreman.csv', `name,date_of_birth\n${name},${worker.dateOfBirth}\n`);
  await page.locator('#result-search').fill(name);
  const row = page.getByTestId('group-matched').locator('li', { hasText: worker.workerId });
  await row.waitFor();
  expect(await row.textContent()).toContain('the other is only its last syllable');
  await shootBoth(row, '27-called', 'ព្យាង្គចុងក្រោយ');

  // The employer's sheet then lists the worker in full, with that date: that row holds the worker,
  // and the call name, short of "entered twice", is flagged hidden with the row that holds them named.
  await reconcileSheet(base, 'payroll.csv', `name,date_of_birth\n${worker.nameLatin},${worker.dateOfBirth}\n`);
  await page.locator('#result-search').fill(worker.workerId);
  await page.getByTestId('group-matched').locator('li', { hasText: worker.nameLatin! }).waitFor();
  const held = page.getByTestId('group-hidden').locator('li', { hasText: name });
  await held.waitFor();
  expect(await held.textContent()).toContain('already matched to another row');
  expect(await held.getByTestId('hidden-namesake').textContent()).toContain(`matched to the row “${worker.nameLatin}”`);
  await shootBoth(held, '28-held', 'បានផ្គូផ្គងនឹងជួរ');
  // The notice says so before a fine is drafted on it.
  await page.goto(`${base}/notice`);
  const banner = page.getByTestId('notice-held-elsewhere');
  expect(await banner.textContent()).toContain('1 of the workers flagged hidden fit a registered worker another row is matched to');
  await shootBoth(banner, '28-held-notice', 'ស៊ីគ្នានឹងកម្មករចុះបញ្ជី');
});

it('reads a date of birth whose year is in the Buddhist Era as its Common Era date, and says so in both languages', async () => {
  // Another visit than the shared one, as the call-name test's; a worker at the end of its register.
  const { visit, base, holders } = await otherVisit();
  const worker = [...visit.registered].reverse().find((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth)!;
  // Copied off a Khmer form: day first, the year in the Buddhist Era (1990 is 2533).
  const [year, month, day] = worker.dateOfBirth!.split('-');
  const written = `${day}/${month}/${Number(year) + 543}`;
  await reconcileSheet(base, 'khmer-form.csv', `name,date_of_birth\n${worker.nameKh},${written}\n`);
  await page.locator('#result-search').fill(worker.workerId);
  const row = page.getByTestId('group-matched').locator('li', { hasText: worker.nameKh });
  await row.waitFor();
  expect(await row.textContent()).toContain('in the Buddhist Era');
  expect(await row.textContent()).toContain('same date of birth');
  await shootBoth(row, '29-buddhist-era', 'ពុទ្ធសករាជ');
});

it('flags a namesake born a year apart, on another day and month, hidden, and says how the dates differ in both languages', async () => {
  const { visit, base, holders } = await otherVisit();
  // The second worker from the end with a name of their own: the Buddhist Era test's is the first.
  const worker = [...visit.registered].reverse().filter((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth)[1];
  // The year one off and the day and month other: no slip of a date, and no sheet of birthdays not known.
  const [year, month] = worker.dateOfBirth!.split('-').map(Number);
  const written = `${Number(year) + 1}-${String((month % 12) + 1).padStart(2, '0')}-23`;
  await reconcileSheet(base, 'namesake.csv', `name,date_of_birth\n${worker.nameKh},${written}\n`);
  await page.locator('#result-search').fill(worker.nameKh);
  const row = page.getByTestId('group-hidden').locator('li', { hasText: worker.nameKh });
  await row.waitFor();
  expect(await row.textContent()).toContain('year of birth one apart, another day and month');
  await shootBoth(row, '30-near-year', 'ឆ្នាំកំណើតខុសគ្នាមួយឆ្នាំ');
});

it('asks a person about a worker\'s very name and date of birth written with the other sex and no ID, and says what to check in both languages', async () => {
  const { visit, base, holders } = await otherVisit();
  // The third worker from the end with a name of their own: the two tests above take the first two.
  const worker = [...visit.registered].reverse().filter((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth && w.sex)[2];
  const other = worker.sex === 'F' ? 'M' : 'F';
  await reconcileSheet(base, 'other-sex.csv', `name,sex,date_of_birth\n${worker.nameKh},${other},${worker.dateOfBirth}\n`);
  const card = page.getByTestId('review-card').filter({ hasText: worker.nameKh });
  await card.waitFor();
  expect(await card.getByTestId('review-why').textContent()).toContain('but the sex differs and no ID number ties them');
  expect(await page.getByTestId('group-matched').locator('li', { hasText: worker.nameKh }).count()).toBe(0);
  await shootBoth(card, '31-sex-differs', 'ភេទខុសគ្នា');
});

it('asks a person about a worker\'s very name and date of birth beside a national ID that is another outright, and says what to check in both languages', async () => {
  const { visit, base, holders } = await otherVisit();
  // The sixth worker from the end with a name of their own and a card: the tests about this
  // visit's sheet take the first four.
  const worker = [...visit.registered].reverse().filter((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth && w.sex && w.nationalId)[5];
  // Every digit another: no slip of theirs, and no registered worker's number.
  const card = worker.nationalId!.replace(/\d/g, (d) => String((Number(d) + 5) % 10));
  expect(visit.registered.some((w) => w.nationalId === card || w.nssfNumber === card)).toBe(false);
  await reconcileSheet(base, 'own-card.csv', `name,national_id,date_of_birth\n${worker.nameKh},${card},${worker.dateOfBirth}\n`);
  const review = page.getByTestId('review-card').filter({ hasText: worker.nameKh });
  await review.waitFor();
  expect(await review.getByTestId('review-why').textContent()).toContain('but the national ID number is another: check the ID card');
  expect(await page.getByTestId('group-matched').locator('li', { hasText: worker.nameKh }).count()).toBe(0);
  await shootBoth(review, '31-id-differs', 'ជាលេខផ្សេង');
});

it('puts back Khmer names a spreadsheet misread as Windows-1252, says so on import in both languages, and matches them', async () => {
  const { visit, base, holders } = await otherVisit();
  // The fourth worker from the end with a name of their own: the tests above take the first three.
  const worker = [...visit.registered].reverse().filter((w) => holders.get(w.nameKh) === 1 && w.dateOfBirth && w.sex)[3];
  // The UTF-8 file opened in Excel as Windows-1252 and saved again as UTF-8: each byte of the Khmer a letter of its own.
  const misread = new TextDecoder('latin1').decode(new TextEncoder().encode(worker.nameKh));
  await page.goto(`${base}/headcount`);
  await page.locator('#csv-file').setInputFiles({ name: 'excel-misread.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,date_of_birth\n${misread},${worker.dateOfBirth}\n`) });
  const notes = page.getByTestId('csv-read-notes');
  await expect.poll(() => notes.textContent()).toContain('put back as written');
  await shootBoth(notes, '32-text-put-back', 'ដាក់ត្រឡប់ដូចដើមវិញ');
  await page.goto(`${base}/reconcile`);
  await page.getByTestId('run-reconcile').click();
  await page.locator('#result-search').fill(worker.nameKh);
  await page.getByTestId('group-matched').locator('li', { hasText: worker.nameKh }).waitFor();
});

it('reads a ditto mark before a given name as the family name of the row above on import, and says so in both languages', async () => {
  const { base } = await otherVisit();
  await page.goto(`${base}/headcount`);
  await page.locator('#csv-file').setInputFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from('name,sex\nKEO DARA,M\n-do- SOPHEA,F\n') });
  const notes = page.getByTestId('csv-read-notes');
  await expect.poll(() => notes.textContent()).toContain('a ditto mark');
  await expect.poll(() => page.locator('main').textContent()).toContain('KEO SOPHEA');
  await shootBoth(notes, '33-ditto', 'សញ្ញាដដែល');
  // The whole screen as a phone shows it, the note above the rows it speaks of, scrolled to it
  // afresh: switching language changes the page's height under the scroll position.
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/en-33-ditto-page.png' });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await expect.poll(() => notes.textContent()).toContain('សញ្ញាដដែល');
  await page.evaluate(() => document.fonts.ready);
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/km-33-ditto-page.png' });
  await page.getByRole('button', { name: /English/ }).click();
});

it('sends the card and NSSF numbers of a worker not on site, beside another name and a date years apart, to review: check the ID card', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  const holders = new Map<string, number>();
  for (const w of pkg.registered) holders.set(w.nameKh, (holders.get(w.nameKh) ?? 0) + 1);
  // From the end of the register: the tests above take theirs from the start.
  const worker = [...pkg.registered].reverse().find((w) => holders.get(w.nameKh) === 1 && w.nationalId && w.nssfNumber && w.dateOfBirth && w.nameLatin?.split(' ').length === 2 && !twins.includes(w))!;
  // The family name shared, another given name, a date twelve years off: the employer's sheet putting a newcomer on a leaver's card.
  const name = `${worker.nameLatin!.split(' ')[0]} KOLAB`;
  const year = Number(worker.dateOfBirth!.slice(0, 4));
  const dob = `${year > 1990 ? year - 12 : year + 12}-02-03`;
  await reconcileSheet(base, 'borrowed.csv', `name,national_id,nssf_number,date_of_birth\n${name},${worker.nationalId},${worker.nssfNumber},${dob}\n`);
  const card = page.getByTestId('review-card').filter({ hasText: name });
  await card.waitFor();
  expect(await card.getByTestId('review-why').textContent()).toBe("the ID number is this registered worker's, but the name or date of birth differ: check the ID card");
  expect(await card.textContent()).toContain(worker.nationalId!);
  expect(await page.getByTestId('group-matched').locator('li', { hasText: name }).count()).toBe(0);
  const unstuck = '.topbar { position: static !important; }';
  await card.screenshot({ path: 'test-results/screens/en-23-id-held.png', style: unstuck });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await expect.poll(() => card.getByTestId('review-why').textContent()).toContain('សូមពិនិត្យអត្តសញ្ញាណប័ណ្ណ');
  await page.evaluate(() => document.fonts.ready);
  await card.screenshot({ path: 'test-results/screens/km-23-id-held.png', style: unstuck });
  await page.getByRole('button', { name: /English/ }).click();
});

it('says on import which ID numbers a spreadsheet rounded and will be read as not given, in both languages', async () => {
  const base = `/#/visit/${encodeURIComponent(pkg.visit.id)}`;
  await page.goto(`${base}/headcount`);
  await page.locator('#csv-file').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: Buffer.from('name,national_id\nKeo Vanna,4.66854E+08\nChan Lina,1.23456789E+08\n') });
  const banner = page.getByTestId('csv-imported');
  await expect.poll(() => banner.textContent()).toContain('a number a spreadsheet rounded (such as 4.66854E+08), read as not given when matching: 1.');
  await banner.screenshot({ path: 'test-results/screens/en-24-rounded-ids.png' });
  await page.getByRole('button', { name: /ភាសាខ្មែរ/ }).click();
  await expect.poll(() => banner.textContent()).toContain('ជាលេខដែលតារាងគណនាបានបង្គត់');
  await page.evaluate(() => document.fonts.ready);
  await banner.screenshot({ path: 'test-results/screens/km-24-rounded-ids.png' });
  await page.screenshot({ path: 'test-results/screens/km-24-rounded-ids-page.png' });
  await page.getByRole('button', { name: /English/ }).click();
});
