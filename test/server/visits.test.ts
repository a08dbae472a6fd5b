import { expect, it } from 'vitest';
import { PenaltySchedule, VisitListResponse, VisitPackage } from '../../src/protocol';
import { DEFAULT_PENALTY_SCHEDULE } from '../../src/domain/fines/default-schedule';
import { forEachDatabase } from './helpers/databases';
import { call, tokenFor } from './helpers/http';

forEachDatabase('inspector visits', (t) => {
  it('lists only the visits assigned to the caller', async () => {
    const demo = VisitListResponse.parse((await call(t.app, 'GET', '/api/visits', { token: await tokenFor(t.app, 'inspector.demo') })).body);
    const two = VisitListResponse.parse((await call(t.app, 'GET', '/api/visits', { token: await tokenFor(t.app, 'inspector.two') })).body);
    expect(demo.visits.map((v) => v.id)).toEqual(['visit-2026-0101', 'visit-2026-0102', 'visit-2026-0103', 'visit-2026-0104']);
    expect(two.visits.map((v) => v.id)).toEqual(['visit-2026-0105']);
    expect(demo.visits.every((v) => v.status === 'assigned' && v.version > 0)).toBe(true);
  });

  it("answers 404 for another inspector's visit and for one that does not exist", async () => {
    const token = await tokenFor(t.app, 'inspector.demo');
    expect((await call(t.app, 'GET', '/api/visits/visit-2026-0105', { token })).status).toBe(404);
    expect((await call(t.app, 'GET', '/api/visits/no-such-visit', { token })).status).toBe(404);
  });

  it('packages the employer, complaint, whole register and contribution history for the floor', async () => {
    const res = await call(t.app, 'GET', '/api/visits/visit-2026-0101', { token: await tokenFor(t.app, 'inspector.demo') });
    expect(res.status).toBe(200);
    const pkg = VisitPackage.parse(res.body);
    expect(pkg.employer).toMatchObject({ id: 'emp-golden-thread', sector: 'garment', province: 'Phnom Penh' });
    expect(pkg.complaint?.hotline).toBe('1286');
    expect(pkg.complaint?.namedWorkers.length).toBeGreaterThanOrEqual(3);
    expect(pkg.registered).toHaveLength(pkg.visit.registeredCount);
    expect(pkg.registered.length).toBeGreaterThan(2900);
    expect(pkg.registered[0]).toMatchObject({ workerId: 'GT-00001', sex: expect.stringMatching(/^[FM]$/) });
    expect(pkg.registered[0].dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pkg.contributions.length).toBeGreaterThanOrEqual(12);
    expect(pkg.contributions.map((m) => m.month)).toEqual([...pkg.contributions.map((m) => m.month)].sort());
  });

  it('gives a routine visit no complaint', async () => {
    const res = await call(t.app, 'GET', '/api/visits/visit-2026-0103', { token: await tokenFor(t.app, 'inspector.demo') });
    expect(VisitPackage.parse(res.body).complaint).toBeNull();
  });

  it('serves the current penalty schedule to signed-in users only', async () => {
    expect((await call(t.app, 'GET', '/api/penalty-schedule')).status).toBe(401);
    const res = await call(t.app, 'GET', '/api/penalty-schedule', { token: await tokenFor(t.app, 'inspector.demo') });
    expect(res.status).toBe(200);
    expect(PenaltySchedule.parse(res.body)).toEqual(DEFAULT_PENALTY_SCHEDULE);
  });
});
