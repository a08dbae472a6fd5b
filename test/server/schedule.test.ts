import { expect, it } from 'vitest';
import { PenaltySchedule } from '../../src/protocol';
import { forEachDatabase } from './helpers/databases';
import { call, tokenFor } from './helpers/http';

forEachDatabase('penalty schedule versions', (t) => {
  it('needs a token', async () => {
    expect((await call(t.app, 'GET', '/api/penalty-schedule')).status).toBe(401);
  });

  it('publishes a supervisor\'s change as a new version, marked with who and when, leaving the old one as it was', async () => {
    const sup = await tokenFor(t.app, 'supervisor.demo');
    const current = PenaltySchedule.parse((await call(t.app, 'GET', '/api/penalty-schedule', { token: sup })).body);
    const { version: _v, publishedAt: _a, publishedBy: _b, ...edit } = current;
    const late = edit.breaches.map((b) => b.code === 'late_payment'
      ? { ...b, multiplierMax: 5, defaultMultiplier: 2, provenance: { reference: 'Entered by supervisor pending the fund\'s circular', sourced: false } }
      : b);
    const res = await call(t.app, 'POST', '/api/penalty-schedule', { token: sup, json: { ...edit, breaches: late } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: current.version + 1, publishedBy: 'supervisor.demo' });
    const now = PenaltySchedule.parse((await call(t.app, 'GET', '/api/penalty-schedule', { token: await tokenFor(t.app, 'inspector.demo') })).body);
    expect(now.version).toBe(current.version + 1);
    expect(now.breaches.find((b) => b.code === 'late_payment')?.provenance.sourced).toBe(false);
    const versions = (await call(t.app, 'GET', '/api/penalty-schedule/versions', { token: sup })).body.versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([current.version + 1, current.version]);
  });

  it('is edited by supervisors only, and refuses an invalid schedule with the issues', async () => {
    const insp = await tokenFor(t.app, 'inspector.demo');
    expect((await call(t.app, 'POST', '/api/penalty-schedule', { token: insp, json: {} })).status).toBe(403);
    const bad = await call(t.app, 'POST', '/api/penalty-schedule', { token: await tokenFor(t.app, 'supervisor.demo'), json: { baseDailyWageRiel: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.length).toBeGreaterThan(0);
  });
});
