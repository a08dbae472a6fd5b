import { compareDob } from './compare-dob';
import { compareId } from './compare-id';
import { compareName } from './compare-name';
import { Frequency, PRIOR_WEIGHT } from './frequency';
import type { Person } from './people';
import type { ReasonCode } from './reasons';
import { bits, DOB, NAME, NATIONAL_ID, NSSF_NUMBER, PRIOR_ABSENT, PRIOR_REGISTERED, SEX } from './weights';

/**
 * Scores pairs: the sum of the fields' Fellegi-Sunter weights, plus the prior odds that an
 * on-site worker is this particular registered one, so a score reads as posterior log-odds
 * (in bits) and one threshold means the same for a register of 10 and of 10,000.
 */
export class Scorer {
  private readonly names = new Frequency(NAME.agree.u, PRIOR_WEIGHT);
  private readonly dobs = new Frequency(DOB.equal.u, PRIOR_WEIGHT);
  readonly priorBits: number;

  constructor(registered: readonly Person[]) {
    for (const r of registered) {
      this.names.add(r.names.map((n) => n.anagram));
      if (r.dob) this.dobs.add([r.dob.iso]);
    }
    const odds = (PRIOR_REGISTERED / (1 - PRIOR_REGISTERED)) * ((1 - PRIOR_ABSENT) / PRIOR_ABSENT);
    this.priorBits = Math.log2(odds / Math.max(1, registered.length));
  }

  /** Posterior log-odds in bits; pass `reasons` to hear why. */
  score(o: Person, r: Person, reasons?: ReasonCode[]): number {
    let total = this.priorBits;
    const nid = compareId(o.nationalId, r.nationalId);
    if (nid) {
      total += bits(NATIONAL_ID[nid]);
      reasons?.push(`nationalId.${nid}`);
    }
    const nssf = compareId(o.nssfNumber, r.nssfNumber);
    if (nssf) {
      total += bits(NSSF_NUMBER[nssf]);
      reasons?.push(`nssfNumber.${nssf}`);
    }
    const name = compareName(o.names[0], r.names);
    if (name) {
      const agree = name.level === 'equal' || name.level === 'phonetic';
      total += bits(agree ? this.names.mu(NAME.agree, name.anagram) : NAME[name.level as Exclude<typeof name.level, 'equal' | 'phonetic'>]);
      if (reasons) {
        reasons.push(`name.${name.level}`);
        if (name.swapped && name.level !== 'partial' && name.level !== 'differs') reasons.push('name.swapped');
        if (name.crossScript && name.level !== 'differs') reasons.push('name.crossScript');
      }
    }
    const dob = compareDob(o.dob, r.dob);
    if (dob) {
      total += bits(dob === 'equal' ? this.dobs.mu(DOB.equal, o.dob!.iso) : DOB[dob]);
      reasons?.push(dob === 'differs' ? 'dob.differs' : `dob.${dob}`);
    }
    if (o.sex && r.sex) {
      const same = o.sex === r.sex;
      total += bits(same ? SEX.equal : SEX.differs);
      if (!same) reasons?.push('sex.differs');
    }
    return total;
  }
}
