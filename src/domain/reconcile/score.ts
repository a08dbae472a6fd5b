import { compareDob, type DobAgreement } from './compare-dob';
import { compareId } from './compare-id';
import { NameComparer, type NameLevel } from './compare-name';
import { Frequency, PRIOR_WEIGHT } from './frequency';
import type { Person } from './people';
import type { ReasonCode } from './reasons';
import { bits, DOB, NAME, NATIONAL_ID, NSSF_NUMBER, PRIOR_ABSENT, PRIOR_REGISTERED, SEX, type Mu } from './weights';

const table = <K extends string>(mus: Record<K, Mu>) => Object.fromEntries(Object.entries<Mu>(mus).map(([k, mu]) => [k, bits(mu)])) as Record<K, number>;
const NATIONAL_ID_BITS = table(NATIONAL_ID);
const NSSF_BITS = table(NSSF_NUMBER);
const DOB_BITS = table(DOB);
const NAME_BITS = table(NAME);
const SEX_BITS = table(SEX);

/** Each agreement as the UI names it; a date with a defaulted day is shown as the same year. */
const DOB_REASON: Record<DobAgreement, ReasonCode> = {
  equal: 'dob.equal',
  dayMonthSwapped: 'dob.dayMonthSwapped',
  oneDigit: 'dob.oneDigit',
  yearDefaultDay: 'dob.sameYear',
  sameYear: 'dob.sameYear',
  differs: 'dob.differs',
};

/**
 * Scores pairs: the sum of the fields' Fellegi-Sunter weights, plus the prior odds that an
 * on-site worker is this particular registered one, so a score reads as posterior log-odds
 * (in bits) and one threshold means the same for a register of 10 and of 10,000.
 */
export class Scorer {
  private readonly names = new Frequency(NAME.agree.u, PRIOR_WEIGHT);
  private readonly dobs = new Frequency(DOB.equal.u, PRIOR_WEIGHT);
  private readonly comparer: NameComparer;
  readonly priorBits: number;

  constructor(registered: readonly Person[], nameSetCount: number) {
    for (const r of registered) {
      this.names.add(r.names.map((n) => n.anagramId));
      if (r.dob) this.dobs.add([r.dob.ymd]);
    }
    this.comparer = new NameComparer(nameSetCount);
    const odds = (PRIOR_REGISTERED / (1 - PRIOR_REGISTERED)) * ((1 - PRIOR_ABSENT) / PRIOR_ABSENT);
    this.priorBits = Math.log2(odds / Math.max(1, registered.length));
  }

  /** Posterior log-odds in bits; pass `reasons` to hear why. */
  score(o: Person, r: Person, reasons?: ReasonCode[]): number {
    let total = this.priorBits;
    const nid = compareId(o.nationalId, r.nationalId);
    if (nid) {
      total += NATIONAL_ID_BITS[nid];
      reasons?.push(`nationalId.${nid}`);
    }
    const nssf = compareId(o.nssfNumber, r.nssfNumber);
    if (nssf) {
      total += NSSF_BITS[nssf];
      reasons?.push(`nssfNumber.${nssf}`);
    }
    const name = this.comparer.compare(o, r);
    if (name) {
      const agree = name.level === 'equal' || name.level === 'phonetic';
      total += agree ? this.names.bits(NAME.agree, name.anagramId) : NAME_BITS[name.level as Exclude<NameLevel, 'equal' | 'phonetic'>];
      if (reasons) {
        reasons.push(`name.${name.level}`);
        if (name.swapped && name.level !== 'partial' && name.level !== 'differs') reasons.push('name.swapped');
        if (name.crossScript && name.level !== 'differs') reasons.push('name.crossScript');
      }
    }
    const dob = compareDob(o.dob, r.dob);
    if (dob) {
      total += dob === 'equal' ? this.dobs.bits(DOB.equal, o.dob!.ymd) : DOB_BITS[dob];
      reasons?.push(DOB_REASON[dob]);
    }
    if (o.sex && r.sex) {
      const same = o.sex === r.sex;
      total += same ? SEX_BITS.equal : SEX_BITS.differs;
      if (!same) reasons?.push('sex.differs');
    }
    return total;
  }
}

