import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkContributions } from '../../../src/domain/contributions/check';
import { addDays, addMonths, monthRange } from '../../../src/domain/contributions/calendar';
import type { ContributionMonth, RegisteredWorker } from '../../../src/protocol';
import { hidden, S, withSurcharge, worker } from './fixtures';

const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
const wage = fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: null });
const registered = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('A', 'B', 'C', 'D'), hire: fc.option(day('2024-06-01', 700), { nil: null }), wage, dob: fc.option(day('1960-01-01', 15_000), { nil: null }) }),
  { selector: (w) => w.id, maxLength: 4 },
).map((ws) => ws.map((w): RegisteredWorker => worker(w.id, { hireDate: w.hire, wageRiel: w.wage, dateOfBirth: w.dob })));

const history = fc.array(
  fc.record({
    month: fc.constantFrom(...monthRange('2025-01', '2026-05')),
    paid: fc.integer({ min: 0, max: 300_000 }),
    delay: fc.integer({ min: -10, max: 90 }),
    declare: fc.option(fc.uniqueArray(fc.record({ id: fc.constantFrom('A', 'B', 'C', 'D'), wage: fc.integer({ min: 0, max: 2_000_000 }) }), { selector: (d) => d.id }), { nil: undefined }),
  }),
  { maxLength: 12 },
).map((ms) => {
  const byMonth = new Map(ms.map((m) => [m.month, m]));
  return [...byMonth.values()].map((m): ContributionMonth => ({
    month: m.month, declaredWorkers: m.declare?.length ?? 2, declaredWagesRiel: 0, dueRiel: 150_000, paidRiel: m.paid,
    paidOn: m.paid === 0 ? null : addDays(`${addMonths(m.month, 1)}-15`, m.delay),
    ...(m.declare ? { declarations: m.declare.map((d) => ({ workerId: d.id, wageRiel: d.wage })) } : {}),
  }));
});
const hiddenWorkers = fc.array(fc.record({ start: day('2021-01-01', 2000), wage, dob: fc.option(day('1960-01-01', 15_000), { nil: null }) }), { maxLength: 3 })
  .map((hs) => hs.map((h, i) => hidden(`H${i}`, h.start, { wageRiel: h.wage, dateOfBirth: h.dob })));
const input = fc.record({
  schedule: fc.constantFrom(S, withSurcharge(1.5)),
  months: history,
  registered,
  hidden: hiddenWorkers,
  asOf: day('2026-05-01', 90),
  prorateFirstMonth: fc.boolean(),
});

describe('checkContributions: properties', () => {
  it('totals are the sums of the month and hidden-worker lines, in whole riel', () => {
    fc.assert(fc.property(input, (i) => {
      const f = checkContributions(i);
      const counted = f.months.filter((m) => m.status !== 'not_yet_due');
      const hiddenLines = f.workers.filter((w) => w.kind === 'hidden').flatMap((w) => w.lines);
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      expect(f.totals.owedRiel).toBe(sum(counted.map((m) => m.dueRiel)) + sum(hiddenLines.map((l) => l.owedRiel)));
      expect(f.totals.paidRiel).toBe(sum(counted.map((m) => m.paidRiel)));
      expect(f.totals.unpaidRiel).toBe(sum(counted.map((m) => m.shortRiel)) + sum(hiddenLines.map((l) => l.owedRiel)));
      expect(f.totals.lateSurchargeRiel).toBe(sum(counted.map((m) => m.lateSurchargeRiel)) + sum(hiddenLines.map((l) => l.lateSurchargeRiel)));
      expect(f.totals.owedRiel - f.totals.paidRiel).toBe(f.totals.unpaidRiel - f.totals.overpaidRiel);
      for (const w of f.workers) {
        expect(w.totals.owedRiel).toBe(sum(w.lines.map((l) => l.owedRiel)));
        expect(w.totals.paidRiel).toBe(sum(w.lines.map((l) => l.paidRiel)));
      }
      for (const m of f.months) {
        expect(m.dueRiel).toBe(m.declaredDueRiel + m.undeclaredDueRiel);
        for (const x of [m.dueRiel, m.shortRiel, m.overpaidRiel, m.lateSurchargeRiel]) expect(Number.isSafeInteger(x) && x >= 0).toBe(true);
        expect(m.shortRiel === 0 || m.overpaidRiel === 0).toBe(true);
      }
      expect(f.months.map((m) => m.month)).toEqual([...f.months.map((m) => m.month)].sort());
    }));
  });

  it('never charges more for a hidden worker who started later', () => {
    fc.assert(fc.property(input, fc.integer({ min: 0, max: 400 }), (i, later) => {
      const h = i.hidden.length > 0 ? i.hidden : [hidden('H0', '2025-03-10')];
      const moved = h.map((w, n) => (n === 0 ? { ...w, startDate: addDays(w.startDate, later) } : w));
      const before = checkContributions({ ...i, hidden: h });
      const after = checkContributions({ ...i, hidden: moved });
      expect(after.totals.owedRiel).toBeLessThanOrEqual(before.totals.owedRiel);
      expect(after.totals.lateSurchargeRiel).toBeLessThanOrEqual(before.totals.lateSurchargeRiel);
    }));
  });

  it('never charges more for a registered worker hired later', () => {
    fc.assert(fc.property(input, fc.integer({ min: 0, max: 400 }), (i, later) => {
      fc.pre(i.registered.length > 0 && i.registered[0].hireDate !== null);
      const moved = i.registered.map((w, n) => (n === 0 ? { ...w, hireDate: addDays(w.hireDate!, later) } : w));
      expect(checkContributions({ ...i, registered: moved }).totals.owedRiel).toBeLessThanOrEqual(checkContributions(i).totals.owedRiel);
    }));
  });
});
