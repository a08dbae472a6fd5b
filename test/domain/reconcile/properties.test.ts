import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { OnsiteWorker, RegisteredWorker } from '../../../src/protocol';
import { reconcile } from '../../../src/domain/reconcile';
import { P_MATCH } from '../../../src/domain/reconcile/weights';
import { onsite, onsiteCopyOf, registered, RUN_AT } from './fixtures';

// Small alphabets so IDs, names and dates collide often: collisions are where matching goes wrong.
const id = fc.option(fc.constantFrom('111', '222', '333', '1-11', '444'), { nil: null });
const name = fc.constantFrom('សុខ ដារា', 'សុខ\u200bដារា', 'Sok Dara', 'ចាន់ សុភា', 'Chan Sophea', 'ហេង', '');
const sex = fc.option(fc.constantFrom('F' as const, 'M' as const), { nil: null });
const dob = fc.option(fc.constantFrom('1990-01-01', '1995-05-05'), { nil: null });

const registeredList = fc
  .array(fc.record({ nationalId: id, nssfNumber: id, nameKh: name, nameLatin: fc.option(name, { nil: null }), sex, dateOfBirth: dob }), { maxLength: 12 })
  .map((rs) => rs.map((r, i) => registered({ workerId: `w${i}`, ...r })));

const onsiteList = fc
  .array(fc.record({ nationalId: id, nssfNumber: id, name: name.map((n) => n || 'x'), sex, dateOfBirth: dob }), { maxLength: 12 })
  .map((os) => os.map((o) => onsite(o)));

const run = (reg: RegisteredWorker[], site: OnsiteWorker[]) =>
  reconcile({ visitId: 'v', registered: reg, onsite: site, tally: null, runAt: RUN_AT });

describe('reconcile properties', () => {
  it('never uses a registered worker twice', () => {
    fc.assert(fc.property(registeredList, onsiteList, (reg, site) => {
      const used = run(reg, site).results.flatMap((r) => (r.registeredId ? [r.registeredId] : []));
      expect(new Set(used).size).toBe(used.length);
    }));
  });

  it('gives every on-site worker exactly one result, in the order recorded', () => {
    fc.assert(fc.property(registeredList, onsiteList, (reg, site) => {
      const r = run(reg, site);
      expect(r.results.map((x) => x.onsiteId)).toEqual(site.map((o) => o.id));
      expect(r.summary.matched + r.summary.review + r.summary.hidden).toBe(site.length);
    }));
  });

  it('lists as absent exactly the registered workers nobody matched', () => {
    fc.assert(fc.property(registeredList, onsiteList, (reg, site) => {
      const r = run(reg, site);
      const used = new Set(r.results.map((x) => x.registeredId));
      expect(r.absent).toEqual(reg.map((w) => w.workerId).filter((w) => !used.has(w)));
      expect(r.summary.matched + r.summary.absent).toBe(reg.length);
    }));
  });

  it('gives the same results whatever the order of either list', () => {
    fc.assert(fc.property(registeredList, onsiteList, fc.integer(), (reg, site, seed) => {
      const shuffle = <T>(xs: T[]) => xs.map((x, i) => [x, (i * 7919 + seed) % 104729] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);
      const byId = (rs: ReturnType<typeof run>['results']) => new Map(rs.map((x) => [x.onsiteId, x]));
      const a = run(reg, site);
      const b = run(shuffle(reg), shuffle(site));
      expect(byId(b.results)).toEqual(byId(a.results));
      expect(new Set(b.absent)).toEqual(new Set(a.absent));
    }));
  });

  it('always matches a worker recorded on site exactly as on the register, when their national ID is unique', () => {
    fc.assert(fc.property(registeredList, onsiteList, fc.nat(), (reg, site, pick) => {
      const target = registered({ workerId: 'target', nationalId: 'UNIQUE-9', nameKh: 'ទី គោលដៅ', sex: 'F', dateOfBirth: '1999-09-09' });
      const allReg = [...reg, target];
      const copy = onsiteCopyOf(target);
      const allSite = [...site];
      allSite.splice(pick % (site.length + 1), 0, copy);
      const res = run(allReg, allSite).results.find((x) => x.onsiteId === copy.id)!;
      expect(res).toMatchObject({ status: 'matched', registeredId: 'target' });
    }));
  });

  it('scores each outcome as a probability: matched sure, hidden unlikely, review in between with candidates', () => {
    // Found by this property once: a hidden row's p of 0.19996 was reported as 0.2.
    const nearThreshold: [RegisteredWorker[], OnsiteWorker[]] = [
      [registered({ workerId: 'w0', nationalId: '111', nameKh: 'សុខ ដារា' }), registered({ workerId: 'w1', nationalId: '111', nssfNumber: '222', nameKh: 'សុខ ដារា', sex: 'M', dateOfBirth: '1995-05-05' })],
      [onsite({ nationalId: '111', name: 'សុខ ដារា' }), onsite({ nationalId: '111', sex: 'F', dateOfBirth: '1995-05-05', name: 'x' }), onsite({ nationalId: '111', nssfNumber: '111', dateOfBirth: '1995-05-05', name: 'ចាន់ សុភា' })],
    ];
    fc.assert(fc.property(registeredList, onsiteList, (reg, site) => {
      for (const r of run(reg, site).results) {
        if (r.status === 'matched') expect(r.score).toBeGreaterThanOrEqual(P_MATCH);
        // Said first: nobody fits, or whoever fits is matched to another row, and named.
        if (r.status === 'hidden') expect(r.score < 0.2 && (r.reasons[0] === 'no.candidate' || (r.reasons[0] === 'held.byAnotherRow' && r.namesakeId !== undefined))).toBe(true);
        if (r.status === 'review') expect(r.score > 0 && r.score < 1 && r.registeredId === null && r.candidates!.length > 0).toBe(true);
      }
    }), { examples: [nearThreshold] });
  });

  it('always matches a worker identical on both sides, however namesakes crowd the lists', () => {
    fc.assert(fc.property(registeredList, onsiteList, fc.nat(), (reg, site, pick) => {
      const target = registered({ workerId: 'target', nationalId: 'UNIQUE-9', nssfNumber: 'N-UNIQUE', nameKh: 'សុខ ដារា', nameLatin: 'Sok Dara', sex: 'M', dateOfBirth: '1990-01-01' });
      const copy = onsiteCopyOf(target);
      const allSite = [...site];
      allSite.splice(pick % (site.length + 1), 0, copy);
      expect(run([...reg, target], allSite).results.find((x) => x.onsiteId === copy.id)).toMatchObject({ status: 'matched', registeredId: 'target' });
    }));
  });

  it('never lists a registered worker as both matched and absent, and keeps decisions', () => {
    fc.assert(fc.property(registeredList, onsiteList, (reg, site) => {
      fc.pre(reg.length > 0 && site.length > 0);
      const decisions = [{ onsiteId: site[0].id, kind: 'confirm' as const, registeredId: reg[0].workerId }];
      const r = reconcile({ visitId: 'v', registered: reg, onsite: site, tally: null, runAt: RUN_AT, decisions });
      expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: reg[0].workerId });
      expect(r.absent).not.toContain(reg[0].workerId);
    }));
  });

  it('notes as registered twice only absent workers with the very ID number of a worker matched, each once', () => {
    // Numbers long enough to identify someone, few enough to be shared by two registrations.
    const number = fc.option(fc.constantFrom('012345678', '012345679', '98765432'), { nil: null });
    const twiceList = fc
      .array(fc.record({ nationalId: number, nssfNumber: number, nameKh: name, nameLatin: fc.option(name, { nil: null }), sex, dateOfBirth: dob }), { maxLength: 8 })
      .map((rs) => rs.map((r, i) => registered({ workerId: `w${i}`, ...r })));
    fc.assert(fc.property(twiceList, onsiteList, (reg, site) => {
      const r = run(reg, site);
      const matched = new Set(r.results.flatMap((x) => (x.status === 'matched' && x.registeredId ? [x.registeredId] : [])));
      const byId = new Map(reg.map((w) => [w.workerId, w]));
      const noted = r.registeredTwice ?? [];
      expect(new Set(noted.map((x) => x.absentId)).size).toBe(noted.length);
      for (const { absentId, presentId } of noted) {
        expect(r.absent).toContain(absentId);
        expect(matched).toContain(presentId);
        const [a, p] = [byId.get(absentId)!, byId.get(presentId)!];
        expect((a.nationalId !== null && a.nationalId === p.nationalId) || (a.nssfNumber !== null && a.nssfNumber === p.nssfNumber)).toBe(true);
      }
    }));
  });
});
