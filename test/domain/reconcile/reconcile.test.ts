import { describe, it, expect } from 'vitest';
import { Reconciliation } from '../../../src/protocol';
import { reconcileBaseline as reconcile } from '../../../src/domain/reconcile';
import { onsite, registered, RUN_AT } from './fixtures';

const ZWSP = '\u200b';
const run = (reg: ReturnType<typeof registered>[], site: ReturnType<typeof onsite>[], tally: number | null = null) =>
  reconcile({ visitId: 'visit-1', registered: reg, onsite: site, tally, runAt: RUN_AT });
const only = (r: ReturnType<typeof run>) => {
  expect(r.results).toHaveLength(1);
  return r.results[0];
};

describe('reconcile (baseline)', () => {
  it('matches an on-site worker to the register by national ID, whatever the spacing and dashes', () => {
    const r = run([registered({ workerId: 'w1', nationalId: '0123 45678', nameKh: 'សុខ ដារា' })],
      [onsite({ name: 'Someone Else', nationalId: '012-345-678' })]);
    expect(only(r)).toMatchObject({ status: 'matched', registeredId: 'w1', score: 1, reasons: ['nationalId.equal'] });
    expect(r.absent).toEqual([]);
  });

  it('matches by NSSF number when there is no national ID', () => {
    const r = run([registered({ workerId: 'w1', nssfNumber: 'N-001', nameKh: 'សុខ ដារា' })],
      [onsite({ name: 'x', nssfNumber: 'n001' })]);
    expect(only(r)).toMatchObject({ status: 'matched', registeredId: 'w1', reasons: ['nssfNumber.equal'] });
  });

  it('matches by Khmer name written with a zero-width space', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា' })], [onsite({ name: `សុខ${ZWSP}ដារា` })]);
    expect(only(r)).toMatchObject({ status: 'matched', registeredId: 'w1', reasons: ['name.equal'] });
  });

  it('matches by the Latin name on the register too', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា', nameLatin: 'SOK Dara' })], [onsite({ name: 'sok dara' })]);
    expect(only(r)).toMatchObject({ status: 'matched', registeredId: 'w1', reasons: ['name.equal'] });
  });

  it('flags an on-site worker with no matching ID or name as hidden', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា', nationalId: '111' })],
      [onsite({ name: 'ចាន់ សុភា', nationalId: '222' })]);
    expect(only(r)).toEqual({ onsiteId: r.results[0].onsiteId, status: 'hidden', registeredId: null, score: 0, reasons: ['no.candidate'] });
    expect(r.absent).toEqual(['w1']);
  });

  it('does not match two namesakes to one registered worker', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា' })],
      [onsite({ name: 'សុខ ដារា' }), onsite({ name: 'សុខ ដារា' })]);
    for (const res of r.results) {
      expect(res).toMatchObject({ status: 'review', registeredId: null, reasons: ['name.ambiguous'] });
    }
    expect(r.absent).toEqual(['w1']);
  });

  it('does not pick one of two registered namesakes for an on-site worker', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា', nameLatin: 'SOK DARA' }), registered({ workerId: 'w2', nameLatin: 'Sok Dara' })],
      [onsite({ name: 'Sok Dara' })]);
    expect(only(r)).toMatchObject({ status: 'review', registeredId: null, reasons: ['name.ambiguous'] });
    expect(r.absent).toEqual(['w1', 'w2']);
  });

  it('flags a namesake with another date of birth as hidden', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា', dateOfBirth: '1990-01-01' })],
      [onsite({ name: 'សុខ ដារា', dateOfBirth: '2001-06-15' })]);
    expect(only(r)).toMatchObject({ status: 'hidden', registeredId: null, reasons: ['no.candidate', 'name.namesake'] });
  });

  it('flags a namesake of another sex as hidden, since Khmer given names are often unisex', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'ចាន់ ដារា', sex: 'M' })], [onsite({ name: 'ចាន់ ដារា', sex: 'F' })]);
    expect(only(r).status).toBe('hidden');
  });

  it('flags a namesake with another national ID as hidden', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា', nationalId: '111' })],
      [onsite({ name: 'សុខ ដារា', nationalId: '222' })]);
    expect(only(r)).toMatchObject({ status: 'hidden', reasons: ['no.candidate', 'name.namesake'] });
  });

  it('still matches on an equal national ID when the dates of birth differ, and says so', () => {
    const r = run([registered({ workerId: 'w1', nationalId: '111', nameKh: 'a', dateOfBirth: '1990-01-01' })],
      [onsite({ name: 'b', nationalId: '111', dateOfBirth: '1990-01-10' })]);
    expect(only(r)).toMatchObject({ status: 'matched', registeredId: 'w1', reasons: ['nationalId.equal', 'dob.differs'] });
  });

  it('does not call a missing date of birth a difference', () => {
    const r = run([registered({ workerId: 'w1', nationalId: '111', nameKh: 'a', dateOfBirth: '1990-01-01' })],
      [onsite({ name: 'b', nationalId: '111' })]);
    expect(only(r).reasons).toEqual(['nationalId.equal']);
  });

  it('sends an NSSF number borrowed by someone with another national ID to review', () => {
    const r = run([registered({ workerId: 'w1', nssfNumber: 'N1', nationalId: '111', nameKh: 'សុខ ដារា' })],
      [onsite({ name: 'សុខ ដារា', nssfNumber: 'N1', nationalId: '999' })]);
    expect(only(r)).toMatchObject({ status: 'review', registeredId: null });
    expect(only(r).reasons).toContain('nationalId.differs');
  });

  it('sends two on-site rows with one national ID to review instead of choosing one', () => {
    const r = run([registered({ workerId: 'w1', nationalId: '111', nameKh: 'a' })],
      [onsite({ name: 'x', nationalId: '111' }), onsite({ name: 'y', nationalId: '111' })]);
    expect(r.results.map((x) => x.status)).toEqual(['review', 'review']);
    expect(r.results[0].reasons).toContain('nationalId.ambiguous');
  });

  it('prefers the national ID over a name that points at someone else', () => {
    const reg = [registered({ workerId: 'w1', nationalId: '111', nameKh: 'សុខ ដារា' }), registered({ workerId: 'w2', nameKh: 'ចាន់ សុភា' })];
    const r = run(reg, [onsite({ name: 'ចាន់ សុភា', nationalId: '111' })]);
    expect(only(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(r.absent).toEqual(['w2']);
  });

  it('lets a name match once the namesake was matched by ID', () => {
    const reg = [registered({ workerId: 'w1', nationalId: '111', nameKh: 'សុខ ដារា' }), registered({ workerId: 'w2', nameKh: 'សុខ ដារា' })];
    const r = run(reg, [onsite({ name: 'សុខ ដារា', nationalId: '111' }), onsite({ name: 'សុខ ដារា' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'w1'], ['matched', 'w2']]);
  });

  it('ignores a name that normalizes to nothing', () => {
    const r = run([registered({ workerId: 'w1', nameKh: '' })], [onsite({ name: '...' })]);
    expect(only(r).status).toBe('hidden');
  });

  it('counts each outcome and compares the tally with the register', () => {
    const reg = [
      registered({ workerId: 'w1', nationalId: '1', nameKh: 'a' }),
      registered({ workerId: 'w2', nameKh: 'b' }),
      registered({ workerId: 'w3', nameKh: 'c' }),
    ];
    const site = [onsite({ name: 'z', nationalId: '1' }), onsite({ name: 'q' }), onsite({ name: 'c' }), onsite({ name: 'c' })];
    const r = run(reg, site, 7);
    expect(r.summary).toEqual({
      registeredCount: 3, onsiteCount: 4, tally: 7, matched: 1, review: 2, hidden: 1, absent: 2, tallyDifference: 4,
    });
    expect(r.absent).toEqual(['w2', 'w3']);
  });

  it('leaves the tally difference null when no head count was taken', () => {
    expect(run([], []).summary.tallyDifference).toBeNull();
  });

  it('returns a Reconciliation that passes the wire schema and names the engine', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'a' })], [onsite({ name: 'a' })], 1);
    expect(Reconciliation.parse(r)).toEqual(r);
    expect(r).toMatchObject({ visitId: 'visit-1', runAt: RUN_AT, engine: 'baseline-v1' });
  });

  it('refuses a register that lists one worker id twice', () => {
    expect(() => run([registered({ workerId: 'w1' }), registered({ workerId: 'w1' })], [])).toThrow(/w1/);
  });
});

describe('reconcile (baseline): names in two scripts', () => {
  it('does not match a Khmer and a Latin spelling on site to the same registered worker', () => {
    const r = run([registered({ workerId: 'w1', nameKh: 'សុខ ដារា', nameLatin: 'Sok Dara' })],
      [onsite({ name: 'សុខ ដារា' }), onsite({ name: 'Sok Dara' })]);
    expect(r.results.map((x) => x.status)).toEqual(['review', 'review']);
    expect(r.results[0].reasons).toEqual(['name.ambiguous']);
  });
});
