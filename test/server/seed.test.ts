import { expect, it } from 'vitest';
import { Complaint, type RegisteredWorker } from '../../src/protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../src/domain/fines/default-schedule';
import { listContributions, listRegisteredWorkers } from '../../src/server/queries/employers';
import { monthlyContribution } from '../../src/server/seed/contributions';
import { EMPLOYER_PROFILES } from '../../src/server/seed/employers';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../src/server/seed/khmer-names';
import { createRng } from '../../src/server/seed/prng';
import { generateWorkers, newIdPool } from '../../src/server/seed/workers';
import { forEachDatabase } from './helpers/databases';

const KHMER = /^[\u1780-\u17FF]+( [\u1780-\u17FF]+)*$/;
const ageOn = (dob: string, day: string) => (Date.parse(day) - Date.parse(dob)) / (365.25 * 86_400_000);

it('writes every demo name in Khmer script, NFC-normalised, with a Latin spelling', () => {
  const names = [...FAMILY_NAMES, ...FEMALE_GIVEN_NAMES, ...MALE_GIVEN_NAMES];
  expect(FAMILY_NAMES.length).toBeGreaterThanOrEqual(30);
  expect(FEMALE_GIVEN_NAMES.length + MALE_GIVEN_NAMES.length).toBeGreaterThanOrEqual(60);
  for (const n of names) {
    expect(n.kh).toMatch(KHMER);
    expect(n.kh.normalize('NFC')).toBe(n.kh);
    expect(n.latin).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
  }
  expect(new Set(names.map((n) => n.kh)).size).toBe(names.length);
});

it('generates the same workers from the same seed', () => {
  const profile = EMPLOYER_PROFILES[4];
  expect(generateWorkers(createRng(7), profile, newIdPool())).toEqual(generateWorkers(createRng(7), profile, newIdPool()));
});

forEachDatabase('demo seed', (t) => {
  const register = (id: string) => listRegisteredWorkers(t.db, id);

  it('creates the demo users, with the inspector code printed on notices', async () => {
    const users = await t.db.query<{ username: string; role: string; display_name: string; inspector_code: string }>(
      'SELECT username, role, display_name, inspector_code FROM users ORDER BY username',
    );
    expect(users).toEqual([
      { username: 'inspector.demo', role: 'inspector', display_name: 'Sok Dara', inspector_code: 'PP-014' },
      { username: 'inspector.two', role: 'inspector', display_name: expect.any(String), inspector_code: expect.any(String) },
      { username: 'supervisor.demo', role: 'supervisor', display_name: expect.any(String), inspector_code: expect.any(String) },
    ]);
  });

  it('creates five employers across garment, construction and hospitality, from 40 to about 3,000 workers', async () => {
    const rows = await t.db.query<{ id: string; sector: string; province: string; n: number }>(
      `SELECT e.id, e.sector, e.province, count(r.worker_id) AS n
         FROM employers e LEFT JOIN registered_workers r ON r.employer_id = e.id GROUP BY e.id ORDER BY n DESC`,
    );
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.sector))).toEqual(new Set(['garment', 'construction', 'hospitality']));
    expect(new Set(rows.map((r) => r.province)).size).toBeGreaterThanOrEqual(3);
    expect(rows[0].n).toBeGreaterThanOrEqual(2900);
    expect(rows[4].n).toBeGreaterThanOrEqual(40);
    expect(rows[4].n).toBeLessThan(60);
  });

  it('registers garment workers who are mostly women, aged 18 to 55, near the minimum wage, with unique IDs', async () => {
    const workers: RegisteredWorker[] = await register('emp-golden-thread');
    const women = workers.filter((w) => w.sex === 'F').length / workers.length;
    expect(women).toBeGreaterThan(0.75);
    for (const w of workers) {
      expect(w.nameKh).toMatch(KHMER);
      expect(w.nationalId).toMatch(/^\d{9}$/);
      const age = ageOn(w.dateOfBirth!, '2026-11-25');
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThan(56);
      expect(w.hireDate! >= w.dateOfBirth!).toBe(true);
      expect(w.wageRiel).toBeGreaterThanOrEqual(850_000);
    }
    expect(new Set(workers.map((w) => w.nationalId)).size).toBe(workers.length);
    const median = workers.map((w) => w.wageRiel!).sort((a, b) => a - b)[Math.floor(workers.length / 2)];
    expect(median).toBeLessThan(1_000_000);
  });

  it('records 12 to 24 months of contributions, due computed from the schedule rates', async () => {
    for (const { employer } of EMPLOYER_PROFILES) {
      const months = await listContributions(t.db, employer.id);
      expect(months.length).toBeGreaterThanOrEqual(12);
      expect(months.length).toBeLessThanOrEqual(24);
    }
    const workers = await register('emp-lotus-hotel');
    const [last] = (await listContributions(t.db, 'emp-lotus-hotel')).slice(-1);
    const employed = workers.filter((w) => w.hireDate! <= '2026-10-31');
    expect(last.declaredWorkers).toBe(employed.length);
    expect(last.dueRiel).toBe(employed.reduce((s, w) => s + monthlyContribution(w, last.month, DEFAULT_PENALTY_SCHEDULE), 0));
    expect(last.declarations?.map((d) => d.workerId).sort()).toEqual(employed.map((w) => w.workerId).sort());
  });

  it('leaves a few workers out of the declarations of the employer that pays short', async () => {
    const workers = await register('emp-angkor-build');
    const declared = (await listContributions(t.db, 'emp-angkor-build')).filter((m) => m.declarations);
    expect(declared.length).toBeGreaterThan(0);
    const missing = declared.some((m) => m.declarations!.length < workers.filter((w) => w.hireDate! <= `${m.month}-31`).length);
    expect(missing).toBe(true);
  });

  it('gives the histories the breaches inspectors look for: a skipped month, a short payment, a late payment', async () => {
    const skipped = await listContributions(t.db, 'emp-mekong-apparel');
    expect(skipped.some((m) => m.paidRiel === 0 && m.paidOn === null && m.dueRiel > 0)).toBe(true);
    expect(skipped.slice(-2).some((m) => m.paidRiel === m.dueRiel)).toBe(true);
    const short = await listContributions(t.db, 'emp-angkor-build');
    expect(short.some((m) => m.paidRiel > 0 && m.paidRiel < m.dueRiel)).toBe(true);
    const late = await listContributions(t.db, 'emp-phnom-aural');
    expect(late.some((m) => m.paidOn !== null && m.paidOn > `${nextMonth(m.month)}-15`)).toBe(true);
    const onTime = await listContributions(t.db, 'emp-golden-thread');
    expect(onTime.every((m) => m.paidRiel === m.dueRiel && m.paidOn! <= `${nextMonth(m.month)}-15`)).toBe(true);
  });

  it('assigns 4 to 6 visits to inspector.demo from 2026-11-25, two on hotline complaints naming registered and unregistered workers', async () => {
    const visits = await t.db.query<{ id: string; employer_id: string; scheduled_date: string; complaint: unknown; username: string }>(
      `SELECT v.id, v.employer_id, v.scheduled_date, v.complaint, u.username FROM visits v JOIN users u ON u.id = v.inspector_id`,
    );
    const demo = visits.filter((v) => v.username === 'inspector.demo');
    expect(demo.length).toBeGreaterThanOrEqual(4);
    expect(demo.length).toBeLessThanOrEqual(6);
    expect(demo.every((v) => v.scheduled_date >= '2026-11-25')).toBe(true);
    expect(visits.filter((v) => v.username === 'inspector.two')).toHaveLength(1);
    const complaints = demo.filter((v) => v.complaint !== null);
    expect(complaints.length).toBeGreaterThanOrEqual(2);
    for (const v of complaints) {
      const complaint = Complaint.parse(v.complaint);
      expect(['1286', '1297']).toContain(complaint.hotline);
      const names = new Set((await register(v.employer_id)).flatMap((w) => [w.nameKh, w.nameLatin?.toUpperCase()]));
      const onRegister = complaint.namedWorkers.filter((n) => names.has(n) || names.has(n.toUpperCase()));
      expect(onRegister.length).toBeGreaterThan(0);
      expect(onRegister.length).toBeLessThan(complaint.namedWorkers.length);
    }
  });
});

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
