import { compareDob, isDefaultDay } from './compare-dob';
import { compareId } from './compare-id';
import { NameComparer, namesClose, type NameLevel } from './compare-name';
import { Frequency, PRIOR_WEIGHT } from './frequency';
import type { Person } from './people';
import { encode } from './explain';
import { bits, DOB, NAME, NATIONAL_ID, NSSF_NUMBER, PRIOR_ABSENT, PRIOR_REGISTERED, SEX, type Mu } from './weights';

/** The share of dates of birth that give only a year (1 January), before seeing the register. */
const YEAR_ONLY_PRIOR = 0.05;

const table = <K extends string>(mus: Record<K, Mu>) => Object.fromEntries(Object.entries<Mu>(mus).map(([k, mu]) => [k, bits(mu)])) as Record<K, number>;
const NATIONAL_ID_BITS = table(NATIONAL_ID);
const NSSF_BITS = table(NSSF_NUMBER);
const DOB_BITS = table(DOB);
const NAME_BITS = table(NAME);
const SEX_BITS = table(SEX);

/**
 * Scores pairs: the sum of the fields' Fellegi-Sunter weights, plus the prior odds that an
 * on-site worker is this particular registered one, so a score reads as posterior log-odds
 * (in bits) and one threshold means the same for a register of 10 and of 10,000.
 */
export class Scorer {
  private readonly names = new Frequency(NAME.agree.u, PRIOR_WEIGHT);
  private readonly dobs = new Frequency(DOB.equal.u, PRIOR_WEIGHT);
  private readonly comparer: NameComparer;
  /** Frequency bits remembered per value: the same few hundred names and dates recur in thousands of pairs. */
  private readonly nameMemo: number[] = [];
  private readonly dobMemo = new Map<number, number>();
  /** The agreement pattern of the last pair `pattern` measured. */
  private lastPattern = 0;
  readonly priorBits: number;
  /** DOB.yearOnlyNear's bits: its u scaled by how many registered dates give only a year. */
  private readonly yearOnlyNearBits: number;

  constructor(registered: readonly Person[], nameSetCount: number) {
    let dated = 0;
    let yearOnly = 0;
    for (const r of registered) {
      this.names.add(r.names.map((n) => n.spellingId));
      if (!r.dob) continue;
      this.dobs.add([r.dob.ymd]);
      dated++;
      if (isDefaultDay(r.dob)) yearOnly++;
    }
    const yearOnlyShare = (yearOnly + PRIOR_WEIGHT * YEAR_ONLY_PRIOR) / (dated + PRIOR_WEIGHT);
    this.yearOnlyNearBits = Math.log2(DOB.yearOnlyNear.m / (DOB.yearOnlyNear.u * yearOnlyShare));
    this.comparer = new NameComparer(nameSetCount);
    const odds = (PRIOR_REGISTERED / (1 - PRIOR_REGISTERED)) * ((1 - PRIOR_ABSENT) / PRIOR_ABSENT);
    this.priorBits = Math.log2(odds / Math.max(1, registered.length));
  }

  /** Posterior log-odds in bits. */
  score(o: Person, r: Person): number {
    return this.measure(o, r, false);
  }

  /** Whether the names are the same or one slip apart (similar or better). */
  namesClose(o: Person, r: Person): boolean {
    return namesClose(this.comparer.compare(o, r));
  }

  /** The pair's agreement pattern, which explain.ts turns into reasons. */
  pattern(o: Person, r: Person): number {
    this.measure(o, r, true);
    return this.lastPattern;
  }

  private measure(o: Person, r: Person, explain: boolean): number {
    let total = this.priorBits;
    const nid = o.nationalId === null || r.nationalId === null ? null : compareId(o.nationalId, r.nationalId);
    if (nid) total += NATIONAL_ID_BITS[nid];
    const nssf = o.nssfNumber === null || r.nssfNumber === null ? null : compareId(o.nssfNumber, r.nssfNumber);
    if (nssf) total += NSSF_BITS[nssf];
    const name = this.comparer.compare(o, r);
    if (name) {
      const agree = name.level === 'equal' || name.level === 'phonetic';
      total += agree ? this.nameBits(name.spellingId) : NAME_BITS[name.level as Exclude<NameLevel, 'equal' | 'phonetic'>];
    }
    const dob = o.dob === null || r.dob === null ? null : compareDob(o.dob, r.dob);
    if (dob) total += dob === 'equal' ? this.dobBits(o.dob!.ymd) : dob === 'yearOnlyNear' ? this.yearOnlyNearBits : DOB_BITS[dob];
    const sexDiffers = o.sex !== null && r.sex !== null && o.sex !== r.sex;
    if (o.sex && r.sex) total += sexDiffers ? SEX_BITS.differs : SEX_BITS.equal;
    if (explain) this.lastPattern = encode(nid, nssf, name, dob, sexDiffers);
    return total;
  }

  private nameBits(spellingId: number): number {
    return (this.nameMemo[spellingId] ??= this.names.bits(NAME.agree, spellingId));
  }

  private dobBits(ymd: number): number {
    let b = this.dobMemo.get(ymd);
    if (b === undefined) this.dobMemo.set(ymd, (b = this.dobs.bits(DOB.equal, ymd)));
    return b;
  }
}
