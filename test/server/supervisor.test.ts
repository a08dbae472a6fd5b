import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { EmployerList, PROTOCOL_VERSION, RegistryImportResponse, VisitOverviewList, VisitResults, VisitSummary } from '../../src/protocol';
import { forEachDatabase } from './helpers/databases';
import { envelopes, notice, onsiteWorker, reconciliation } from './helpers/fixtures';
import { call, tokenFor } from './helpers/http';

const GARMENT = 'visit-2026-0101';

forEachDatabase('supervisor', (t) => {
  const sup = () => tokenFor(t.app, 'supervisor.demo');

  it('sees what came back from the field in the overview and the visit results', async () => {
    const workers = [onsiteWorker(GARMENT), onsiteWorker(GARMENT, { name: 'Heng Dara', sex: 'M' })];
    const push = await call(t.app, 'POST', '/api/sync/push', {
      token: await tokenFor(t.app, 'inspector.demo'),
      json: {
        protocolVersion: PROTOCOL_VERSION,
        clientId: randomUUID(),
        mutations: envelopes(GARMENT, [
          { type: 'tally.set', payload: { count: 3 } },
          { type: 'onsite.bulkAdd', payload: { importId: randomUUID(), fileName: 'roll-call.csv', workers } },
          { type: 'reconciliation.save', payload: { reconciliation: { ...reconciliation(GARMENT), registeredTwice: [{ absentId: 'GT-00002', presentId: 'GT-00001' }] } } },
          { type: 'notice.save', payload: { notice: notice(GARMENT, { totalRiel: 1_600_000 }) } },
        ]),
      },
    });
    expect(push.body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);

    const list = VisitOverviewList.parse((await call(t.app, 'GET', '/api/supervisor/visits', { token: await sup() })).body);
    expect(list.visits.length).toBeGreaterThanOrEqual(5);
    const row = list.visits.find((v) => v.visit.id === GARMENT)!;
    expect(row).toMatchObject({ inspectorUsername: 'inspector.demo', tally: 3, onsiteCount: 2, noticeCount: 1, noticeTotalRiel: 1_600_000 });
    expect(row.reconciliation).toMatchObject({ hidden: 1, matched: 1 });
    expect(row.lastResultAt).not.toBeNull();
    const untouched = list.visits.find((v) => v.visit.id === 'visit-2026-0105')!;
    expect(untouched).toMatchObject({ tally: null, onsiteCount: 0, reconciliation: null, noticeCount: 0, lastResultAt: null });

    const results = VisitResults.parse((await call(t.app, 'GET', `/api/supervisor/visits/${GARMENT}`, { token: await sup() })).body);
    expect(results.onsite.map((w) => w.id).sort()).toEqual(workers.map((w) => w.id).sort());
    expect(results.reconciliation?.engine).toBe('test-1');
    // What the supervisor reads to mend the register: absent registrations with a present worker's number.
    expect(results.reconciliation?.registeredTwice).toEqual([{ absentId: 'GT-00002', presentId: 'GT-00001' }]);
    expect(results.notices).toHaveLength(1);
  });

  it('assigns a new visit, which the inspector then sees', async () => {
    const res = await call(t.app, 'POST', '/api/supervisor/visits', {
      token: await sup(),
      json: {
        employerId: 'emp-angkor-build',
        inspectorUsername: 'inspector.demo',
        scheduledDate: '2026-12-04',
        reason: 'complaint',
        complaint: { receivedAt: '2026-11-24T08:00:00+07:00', hotline: '1297', summary: 'Unpaid contributions', namedWorkers: ['Sok Dara'] },
      },
    });
    expect(res.status).toBe(201);
    const summary = VisitSummary.parse(res.body);
    expect(summary).toMatchObject({ employerId: 'emp-angkor-build', status: 'assigned', reason: 'complaint', registeredCount: 238 });
    const pkg = await call(t.app, 'GET', `/api/visits/${summary.id}`, { token: await tokenFor(t.app, 'inspector.demo') });
    expect(pkg.status).toBe(200);
    expect(pkg.body.complaint.hotline).toBe('1297');
  });

  it('refuses to assign to an unknown inspector, an unknown employer, or a complaint visit without its complaint', async () => {
    const base = { employerId: 'emp-lotus-hotel', inspectorUsername: 'inspector.demo', scheduledDate: '2026-12-04', reason: 'routine' };
    const token = await sup();
    expect((await call(t.app, 'POST', '/api/supervisor/visits', { token, json: { ...base, inspectorUsername: 'supervisor.demo' } })).status).toBe(400);
    expect((await call(t.app, 'POST', '/api/supervisor/visits', { token, json: { ...base, employerId: 'nope' } })).status).toBe(404);
    expect((await call(t.app, 'POST', '/api/supervisor/visits', { token, json: { ...base, reason: 'complaint' } })).status).toBe(400);
    expect((await call(t.app, 'POST', '/api/supervisor/visits', { token, json: { ...base, scheduledDate: '4 Dec' } })).status).toBe(400);
    expect((await call(t.app, 'PATCH', '/api/supervisor/visits/nope', { token, json: { status: 'withdrawn' } })).status).toBe(404);
  });

  it('lists employers with register sizes, and the inspectors', async () => {
    const employers = EmployerList.parse((await call(t.app, 'GET', '/api/supervisor/employers', { token: await sup() })).body).employers;
    expect(employers).toHaveLength(5);
    expect(employers.find((e) => e.id === 'emp-lotus-hotel')?.registeredCount).toBe(41);
    const inspectors = (await call(t.app, 'GET', '/api/supervisor/inspectors', { token: await sup() })).body.inspectors;
    expect(inspectors.map((i: { username: string }) => i.username).sort()).toEqual(['inspector.demo', 'inspector.two']);
  });

  it('replaces an employer register from CSV with columns in any order, quotes and Khmer text', async () => {
    const csv =
      '\uFEFFname_kh,worker_id,name_latin,sex,date_of_birth,hire_date,wage_riel,nssf_number,national_id\r\n' +
      'សុខ ស្រីមុំ,LR-9001,"Sok, Srey Mom",F,1998-02-03,2024-05-01,"900,000",1234567890,123456789\r\n' +
      'ចាន់ ដារ៉ា,LR-9002,Chan Dara,M,1990-25-10,,,,\r\n' +
      'កែវ សុភា,LR-9003,Keo Sophea,F,1900-01-01,,,0,000000000\r\n';
    const res = await call(t.app, 'POST', '/api/supervisor/employers/emp-lotus-hotel/registry', { token: await sup(), body: csv, contentType: 'text/csv; charset=utf-8' });
    expect(res.status).toBe(200);
    // A date that is one only with day and month swapped is read so, and said; placeholders an export wrote are counted.
    expect(RegistryImportResponse.parse(res.body)).toEqual({
      employerId: 'emp-lotus-hotel', imported: 3, errors: [],
      notes: [{ row: 2, message: expect.stringMatching(/^Row 2: date "1990-25-10" read as 1990-10-25/), kinds: ['dayMonthSwapped'] }],
      placeholderRows: 1,
      dateOrder: 'dayFirst',
    });
    const rows = await t.db.query<{ worker_id: string; name_latin: string; wage_riel: number | null }>(
      'SELECT worker_id, name_latin, wage_riel FROM registered_workers WHERE employer_id = $1 ORDER BY worker_id',
      ['emp-lotus-hotel'],
    );
    expect(rows).toEqual([
      { worker_id: 'LR-9001', name_latin: 'Sok, Srey Mom', wage_riel: 900_000 },
      { worker_id: 'LR-9002', name_latin: 'Chan Dara', wage_riel: null },
      { worker_id: 'LR-9003', name_latin: 'Keo Sophea', wage_riel: null },
    ]);
  });

  it('reads a register exported with its dates month first (3/25/1990) so, and says so', async () => {
    const csv = 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\n' +
      'LR-9101,,,សុខ ដារា,Sok Dara,M,3/4/1990,1/15/2024\nLR-9102,,,ចាន់ សុភា,Chan Sophea,F,5/6/1991,12/20/2023\n';
    const res = await call(t.app, 'POST', '/api/supervisor/employers/emp-lotus-hotel/registry', { token: await sup(), body: csv, contentType: 'text/csv' });
    expect(res.status).toBe(200);
    expect(RegistryImportResponse.parse(res.body)).toMatchObject({ imported: 2, notes: [], dateOrder: 'monthFirst' });
    const rows = await t.db.query<{ date_of_birth: string; hire_date: string }>(
      'SELECT date_of_birth, hire_date FROM registered_workers WHERE employer_id = $1 ORDER BY worker_id', ['emp-lotus-hotel']);
    expect(rows).toEqual([{ date_of_birth: '1990-03-04', hire_date: '2024-01-15' }, { date_of_birth: '1991-05-06', hire_date: '2023-12-20' }]);
  });

  it('imports nothing when any row is bad, and names each bad row', async () => {
    const header = 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date,wage_riel\n';
    const csv =
      header +
      'MA-9001,,,កែវ សុភា,Keo Sophea,F,1999-01-01,2023-01-01,850000\n' +
      'MA-9002,,,,,F,1999-01-01,2023-01-01,850000\n' +
      'MA-9003,,,ហេង វុទ្ធី,Heng Vuthy,Z,1999-feb,2023-01-01,lots\n' +
      'MA-9001,,,លី ដាវី,Ly Davy,F,2000-01-01,2023-01-01,850000\n';
    const before = (await t.db.query<{ n: number }>('SELECT count(*) AS n FROM registered_workers WHERE employer_id = $1', ['emp-mekong-apparel']))[0].n;
    const res = await call(t.app, 'POST', '/api/supervisor/employers/emp-mekong-apparel/registry', { token: await sup(), body: csv, contentType: 'text/csv' });
    expect(res.status).toBe(400);
    const body = RegistryImportResponse.parse(res.body);
    expect(body.imported).toBe(0);
    expect(body.errors.map((e) => e.row)).toEqual([2, 3, 4]);
    expect(body.errors.every((e) => e.message.includes(`Row ${e.row}`))).toBe(true);
    expect(body.errors[0].message).toMatch(/name/);
    expect(body.errors[1].message.split(';').length).toBeGreaterThanOrEqual(3);
    expect(body.errors[2].message).toMatch(/MA-9001.*row 1/);
    expect(res.body.message).toMatch(/Row 2/);
    const after = (await t.db.query<{ n: number }>('SELECT count(*) AS n FROM registered_workers WHERE employer_id = $1', ['emp-mekong-apparel']))[0].n;
    expect(after).toBe(before);
  });

  it('refuses an empty file', async () => {
    const res = await call(t.app, 'POST', '/api/supervisor/employers/emp-mekong-apparel/registry', {
      token: await sup(),
      body: '',
      contentType: 'text/csv',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].row).toBe(0);
  });

  it('refuses a register missing a column', async () => {
    const res = await call(t.app, 'POST', '/api/supervisor/employers/emp-mekong-apparel/registry', {
      token: await sup(),
      body: 'worker_id,name_kh\nMA-1,សុខ ដារ៉ា\n',
      contentType: 'text/csv',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ row: 0, message: expect.stringMatching(/missing column.*nssf_number/i) });
  });
});
