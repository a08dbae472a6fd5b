import type { DobAgreement } from './compare-dob';
import type { IdAgreement } from './compare-id';
import { closeLevel, type NameAgreement, type NameLevel } from './name-code';
import type { ReasonCode } from './reasons';

/**
 * A pair's agreement pattern as one small number: which way each field agreed. Every result
 * carries its reasons, and a roster of 10,000 shows only a few hundred distinct patterns, so
 * each pattern's reason list is built once and shared (frozen: no result may change another's).
 */
const ID: readonly (IdAgreement | null)[] = [null, 'equal', 'transposed', 'oneDigit', 'otherColumn', 'differs'];
const NAME: readonly (NameLevel | null)[] = [null, 'equal', 'phonetic', 'similar', 'shortened', 'slipped', 'called', 'partial', 'otherName', 'differs'];
const DOB: readonly (DobAgreement | null)[] = [null, 'equal', 'dayMonthSwapped', 'oneDigit', 'transposed', 'dayApart', 'yearApart', 'yearOnlyNear', 'yearDefaultDay', 'yearDefaultApart', 'sameYear', 'nearYear', 'monthDefaultDay', 'centuryApart', 'hireDate', 'differs'];
const PATTERNS = ID.length * ID.length * NAME.length * 4 * DOB.length * 2;

/** A date with a defaulted day in the same year is shown as the same year. */
const DOB_REASON: Record<DobAgreement, ReasonCode> = {
  equal: 'dob.equal',
  dayMonthSwapped: 'dob.dayMonthSwapped',
  oneDigit: 'dob.oneDigit',
  transposed: 'dob.transposed',
  dayApart: 'dob.dayApart',
  yearApart: 'dob.yearApart',
  yearOnlyNear: 'dob.yearOnlyNear',
  yearDefaultDay: 'dob.sameYear',
  yearDefaultApart: 'dob.yearOnlyApart',
  sameYear: 'dob.sameYear',
  nearYear: 'dob.nearYear',
  monthDefaultDay: 'dob.monthDefault',
  hireDate: 'dob.hireDate',
  centuryApart: 'dob.centuryApart',
  differs: 'dob.differs',
};

export function encode(nid: IdAgreement | null, nssf: IdAgreement | null, name: NameAgreement | null, dob: DobAgreement | null, sexDiffers: boolean): number {
  const level = name ? NAME.indexOf(name.level) : 0;
  const flags = name ? (name.swapped ? 1 : 0) + (name.crossScript ? 2 : 0) : 0;
  return ((((ID.indexOf(nid) * ID.length + ID.indexOf(nssf)) * NAME.length + level) * 4 + flags) * DOB.length + DOB.indexOf(dob)) * 2 + (sexDiffers ? 1 : 0);
}

function decode(pattern: number): ReasonCode[] {
  const sexDiffers = pattern % 2;
  let rest = (pattern - sexDiffers) / 2;
  const dob = DOB[rest % DOB.length];
  rest = Math.floor(rest / DOB.length);
  const flags = rest % 4;
  rest = Math.floor(rest / 4);
  const level = NAME[rest % NAME.length];
  rest = Math.floor(rest / NAME.length);
  const nssf = ID[rest % ID.length];
  const nid = ID[Math.floor(rest / ID.length)];
  const out: ReasonCode[] = [];
  if (nid) out.push(`nationalId.${nid}`);
  if (nssf) out.push(`nssfNumber.${nssf}`);
  if (level) {
    out.push(`name.${level}`);
    // Word order is said only of names that agree: one shared word has no order to swap.
    if (flags & 1 && closeLevel(level)) out.push('name.swapped');
    if (flags & 2 && level !== 'differs') out.push('name.crossScript');
  }
  if (dob) out.push(DOB_REASON[dob]);
  if (sexDiffers) out.push('sex.differs');
  return out;
}

const NAME_AGREES: ReadonlySet<ReasonCode> = new Set(['name.equal', 'name.phonetic', 'name.similar', 'name.shortened']);

/** Reason lists for one reconciliation, each distinct list built once. */
export class Explanations {
  private readonly plain: (readonly ReasonCode[] | undefined)[] = new Array(PATTERNS);
  private readonly hiddenBy: (readonly ReasonCode[] | undefined)[] = new Array(PATTERNS);
  private readonly prefixed = new Map<ReasonCode, (readonly ReasonCode[] | undefined)[]>();

  /** The pair's agreements, field by field. */
  of(pattern: number): readonly ReasonCode[] {
    return (this.plain[pattern] ??= Object.freeze(decode(pattern)));
  }

  /** `first`, then the pair's agreements: why a pair was confirmed or sent to review. */
  after(first: ReasonCode, pattern: number): readonly ReasonCode[] {
    let byPattern = this.prefixed.get(first);
    if (!byPattern) this.prefixed.set(first, (byPattern = new Array(PATTERNS)));
    return (byPattern[pattern] ??= Object.freeze([first, ...this.of(pattern)]));
  }

  /**
   * Why nobody on the register fits, given the closest registered worker's pattern (null: no
   * one came close). When that worker has the same or a similar name, the row says namesake
   * and how the rest of them compare: what tells them apart (a date of birth that shares
   * nothing, the sex, an ID), and a date a slip off too, which is for the card to settle.
   */
  hidden(closest: number | null): readonly ReasonCode[] {
    if (closest === null) return NO_CANDIDATE;
    return (this.hiddenBy[closest] ??= Object.freeze(hiddenReasons(this.of(closest))));
  }
}

const NO_CANDIDATE: readonly ReasonCode[] = Object.freeze(['no.candidate']);

function hiddenReasons(closest: readonly ReasonCode[]): ReasonCode[] {
  if (!closest.some((c) => NAME_AGREES.has(c))) return ['no.candidate'];
  return ['no.candidate', 'name.namesake', ...closest.filter((c) => !c.startsWith('name.'))];
}
