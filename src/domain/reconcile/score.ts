import { compareDob, isDefaultDay, type DobAgreement } from './compare-dob';
import { compareId, type IdAgreement } from './compare-id';
import { codeClose, levelOf, NO_NAME, Rank, rankOf, sameName, spellingOf, unpackName, type NameCode, type NameLevel } from './name-code';
import { bestWriting, NameComparer } from './name-comparer';
import { Frequency, PRIOR_WEIGHT } from './frequency';
import { khmerWords, type KnownWords } from './known-words';
import { nameClose, NO_CUTS, type CutNames } from './compare-name';
import type { YearsFromAges } from './years-from-ages';
import type { InternedName } from '../names/name-cache';
import type { Person } from './people';
import { encode } from './explain';
import { NO_REISSUE, type CardsReissued } from './reissued-cards';
import type { NamesApart } from './names-apart';
import type { BirthdaysApart } from './birthdays-apart';
import { sexSlipShare, type SexesApart } from './sexes-apart';
import { bits, DOB, NAME, NATIONAL_ID, NSSF_NUMBER, priorAbsent, PRIOR_REGISTERED, priorRegistered, SEX, type Mu } from './weights';

/** The share of dates of birth that give only a year (1 January), before seeing the register. */
const YEAR_ONLY_PRIOR = 0.05;

const table = <K extends string>(mus: Record<K, Mu>) => Object.fromEntries(Object.entries<Mu>(mus).map(([k, mu]) => [k, bits(mu)])) as Record<K, number>;
const NATIONAL_ID_BITS = table(NATIONAL_ID);
const NSSF_BITS = table(NSSF_NUMBER);
const DOB_BITS = table(DOB);
const NAME_BITS = table(NAME);
const SEX_BITS = table(SEX);
/**
 * A date with day and month swapped is worth the registered date's own bits, less the rarity of
 * the slip: its u is that date's frequency too (weights.ts). With a fixed u, on a register
 * under about 200 workers, whose counts give a date seen once a larger share than 1 in 15,000, a
 * namesake with the date swapped outscored the worker with the very date.
 */
const SWAPPED_BELOW_EQUAL = Math.log2(DOB.equal.m / DOB.dayMonthSwapped.m);

/**
 * Scores pairs: the sum of the fields' Fellegi-Sunter weights, plus the prior odds that an
 * on-site worker is this particular registered one, so a score reads as posterior log-odds
 * (in bits) and one threshold means the same for a register of 10 and of 10,000.
 */
export class Scorer {
  private readonly names = new Frequency(NAME.agree.u, PRIOR_WEIGHT);
  private readonly dobs = new Frequency(DOB.equal.u, PRIOR_WEIGHT);
  /** How many registered workers hold each name word (by key id), in any of their names. */
  private readonly words = new Frequency(WORD_PRIOR, PRIOR_WEIGHT);
  /** NAME.partial's m, raised where the sheet often gives one word of its workers' names (weighNamesApart). */
  private partialM = NAME.partial.m;
  /** partialBits per word key id, as nameMemo: a common given name alone meets hundreds of its holders. */
  private partialMemo: number[] = [];
  private readonly comparer: NameComparer;
  /** Frequency bits remembered per value: the same few hundred names and dates recur in thousands of pairs. */
  private readonly nameMemo: number[] = [];
  private readonly dobMemo = new Map<number, number>();
  /**
   * How the last pair measured agreed, field by field, for `pattern`: kept rather than encoded
   * in `measure`, so that the scoring loop's compiled code never meets a call it has not seen.
   */
  private nid: IdAgreement | null = null;
  private nssf: IdAgreement | null = null;
  private name: NameCode = NO_NAME;
  private dob: DobAgreement | null = null;
  private sexDiffers = false;
  readonly priorBits: number;
  /**
   * How many bits lower a pair's odds are when the sheet lists more people than the register
   * can have present (priorRegistered): classify.ts asks a match to stand at those odds too.
   * Scores keep the usual prior, so a row is not flagged hidden for it, nor searched otherwise.
   */
  readonly matchShift: number;
  private readonly known: KnownWords;
  /** DOB.yearOnlyNear's bits: its u scaled by how many registered dates give only a year. */
  private readonly yearOnlyNearBits: number;

  /** NATIONAL_ID.differs's bits: its m raised where the sheet shows cards re-issued with new numbers (reissued-cards.ts). */
  private readonly nidDiffersBits: number;

  /** Whether the sheet's rows plainly its workers give their own card numbers: no cards re-issued (cardAgainst). */
  private readonly cardsKept: boolean;

  /** DOB.yearDefaultDay's bits where the register's date is the year alone: its m and u raised where the register gives many workers only a year. */
  private readonly yearDefaultDayBits: number;

  /** Each name level's bits but equal's: NAME's, with `differs` raised where the sheet's names often share nothing with its workers' (weighNamesApart). */
  private nameLevelBits = NAME_BITS;

  /** Each date level's bits but those the scorer works out per pair: DOB's, with `sameYear` and `nearYear` raised where the sheet often gives its workers another birthday (weighBirthdaysApart). */
  private dobLevelBits = DOB_BITS;

  /** SEX.differs's bits: its m lowered where the sheet's rows tied by number show its sex column kept as the card (weighSexesApart). */
  private sexDiffersBits = SEX_BITS.differs;

  /** DOB.yearDefaultApart's bits: its m raised where the sheet's years alone show they were worked out from ages (years-from-ages.ts). */
  private readonly yearDefaultApartBits: number;
  private readonly cut: CutNames;

  constructor(registered: readonly Person[], nameSetCount: number, sheet: Sheet = NO_SHEET) {
    this.cut = sheet.cut;
    this.yearDefaultApartBits = yearDefaultApartBits(sheet.years);
    const onsiteCount = sheet.rows;
    const { dated, yearOnly } = this.count(registered);
    const yearOnlyShare = (yearOnly + PRIOR_WEIGHT * YEAR_ONLY_PRIOR) / (dated + PRIOR_WEIGHT);
    this.yearOnlyNearBits = Math.log2(DOB.yearOnlyNear.m / (DOB.yearOnlyNear.u * yearOnlyShare));
    this.yearDefaultDayBits = yearDefaultDayBits(yearOnlyShare);
    this.nidDiffersBits = nidDiffersBits(sheet.reissued);
    this.cardsKept = this.nidDiffersBits === NATIONAL_ID_BITS.differs;
    this.known = khmerWords(registered);
    this.comparer = new NameComparer(nameSetCount, this.known, this.cut);
    const absent = priorAbsent(registered.length, onsiteCount);
    this.priorBits = Math.log2(priorOdds(PRIOR_REGISTERED, absent) / Math.max(1, registered.length));
    this.matchShift = Math.log2(priorOdds(PRIOR_REGISTERED, absent) / priorOdds(priorRegistered(registered.length, onsiteCount), absent));
  }

  /** Counts the register's names and dates; returns how many dates it gives, and how many of those only a year. */
  private count(registered: readonly Person[]): { dated: number; yearOnly: number } {
    // One list refilled for each worker's values: Frequency.add reads them and keeps none.
    const scratch: number[] = [];
    let dated = 0;
    let yearOnly = 0;
    for (let i = 0; i < registered.length; i++) {
      const r = registered[i];
      this.names.add(spellingIds(r, scratch));
      this.words.add(wordIds(r, scratch));
      if (!r.dob) continue;
      this.dobs.addOne(r.dob.ymd);
      dated++;
      if (isDefaultDay(r.dob)) yearOnly++;
    }
    return { dated, yearOnly };
  }

  /** Posterior log-odds in bits. */
  score(o: Person, r: Person): number {
    return this.measure(o, r);
  }

  /**
   * Reads how often the sheet gives a worker's very number and date under a name sharing nothing
   * with theirs, or one word alone (names-apart.ts), which takes the names compared here:
   * NAME.differs, and NAME.otherName and partial, are then weighed at those shares. Before any
   * pair is scored.
   */
  weighNamesApart(apart: NamesApart): void {
    const another = apart.another / (apart.tied + REISSUE_PRIOR_ROWS);
    this.partialM = raisedM(NAME.partial, another, ANOTHER_UNEXPLAINED);
    this.nameLevelBits = { ...NAME_BITS, differs: nameDiffersBits(apart), otherName: raisedBits(NAME.otherName, another, ANOTHER_UNEXPLAINED), partial: Math.log2(this.partialM / NAME.partial.u) };
    this.partialMemo = [];
  }

  /**
   * Reads how often the sheet gives a worker, tied by number and name, another day and month of
   * birth in their year (birthdays-apart.ts), which takes the names compared here: DOB.sameYear
   * is then weighed at that share. Before any pair is scored.
   */
  weighBirthdaysApart(apart: BirthdaysApart): void {
    this.dobLevelBits = { ...DOB_BITS, sameYear: apartBits('sameYear', apart.sameYear, apart.tied), nearYear: apartBits('nearYear', apart.nearYear, apart.tied) };
  }

  /**
   * Reads how often the sheet writes a worker, tied by number and name, with a sex otherwise than
   * the register (sexes-apart.ts): SEX.differs is then weighed at that share. Before any pair is scored.
   */
  weighSexesApart(apart: SexesApart): void {
    this.sexDiffersBits = Math.log2(sexSlipShare(apart) / SEX.differs.u);
  }

  /**
   * How the names agree as the sheet spells them (Person.written), or null when either side has
   * none: what the sheet shows of how it writes its workers' names, whatever else they are read as.
   */
  writtenRank(o: Person, r: Person): Rank | null {
    const code = o.written === null ? this.comparer.compare(o, r) : bestWriting(o.written, r.names, this.known, this.cut);
    return code === NO_NAME ? null : rankOf(code);
  }

  /** Whether the names share no word and no sound (NAME.differs). */
  namesDiffer(o: Person, r: Person): boolean {
    const code = this.comparer.compare(o, r);
    return code !== NO_NAME && rankOf(code) === Rank.Differs;
  }

  /** Whether the on-site row gives the registered worker's very national ID or NSSF number, in either column. */
  sameId(o: Person, r: Person): boolean {
    this.measure(o, r);
    return this.nid === 'equal' || this.nid === 'otherColumn' || this.nssf === 'equal' || this.nssf === 'otherColumn';
  }

  /**
   * Whether the row gives the worker's very ID number (sameId) while its date of birth says
   * another person: another date outright, or a year off beside a name that shares a word at
   * most. An ID number copied from a worker who left, or a card lent or bought, is how a hidden
   * worker is put on a sheet, under their own name or, with a common one, the card's; an ID and
   * a name should not settle that against the date. Not the sex alone, which a sheet gets wrong
   * more often.
   */
  idAlone(o: Person, r: Person): boolean {
    if (!this.sameId(o, r)) return false;
    return this.dob === 'differs' || (this.dob === 'nearYear' && this.name !== NO_NAME && rankOf(this.name) <= Rank.Called);
  }

  /**
   * Whether the pair's sexes differ and no ID number of theirs, exact or a slip off, ties it:
   * only a name and a date do. A relative's name and date given by a hidden worker of the other
   * sex looks so; a sex miswritten on a sheet that copies cards carefully, rarely (engine.ts
   * checkSex).
   */
  sexAgainst(o: Person, r: Person): boolean {
    this.measure(o, r);
    return this.sexDiffers && !tiesNumber(this.nid) && !tiesNumber(this.nssf);
  }

  /**
   * Whether the pair's national ID numbers differ outright and no NSSF number ties it, on a
   * sheet that does not show re-issued cards (nidDiffersBits left at NATIONAL_ID.differs):
   * engine.ts cardChecked.
   */
  cardAgainst(o: Person, r: Person): boolean {
    // Asked of every matched row: the numbers alone, not the whole measure.
    return this.cardsKept && nidAgreement(o, r) === 'differs' && !tiesNumber(nssfAgreement(o, r));
  }

  /**
   * Whether one name is the same as the other or one slip from it, as namesClose judges a pair:
   * with the words the register knows as names, so Sok Bopha is not a slip of Ouk Bopha when
   * both families are on it. The search a typo away reads a name's holders only if so.
   */
  nameClose = (o: InternedName, r: InternedName): boolean => nameClose(o, r, this.known, this.cut);

  /** Whether the names are the same, one slip apart, or one shortened (shortened or better). */
  namesClose(o: Person, r: Person): boolean {
    return codeClose(this.comparer.compare(o, r));
  }

  /** Of the pair `score` measured last, read without asking again (asked of every pair scored): namesClose, and whether the names are the same (sameName). */
  lastClose(): boolean {
    return codeClose(this.name);
  }

  lastSame(): boolean {
    return sameName(this.name);
  }

  /** The pair's agreement pattern, which explain.ts turns into reasons. */
  pattern(o: Person, r: Person): number {
    this.measure(o, r);
    return encode(this.nid, this.nssf, unpackName(this.name), this.dob, this.sexDiffers);
  }

  private measure(o: Person, r: Person): number {
    let total = this.priorBits;
    const nid = nidAgreement(o, r);
    if (nid) total += nid === 'differs' ? this.nidDiffersBits : NATIONAL_ID_BITS[nid];
    const nssf = nssfAgreement(o, r);
    if (nssf) total += NSSF_BITS[nssf];
    const name = this.comparer.compare(o, r);
    if (name !== NO_NAME) total += sameName(name) ? this.nameBits(spellingOf(name)) : rankOf(name) === Rank.Partial ? this.partialBits(o, r) : this.nameLevelBits[levelOf(name) as Exclude<NameLevel, 'equal' | 'phonetic'>];
    let dob = o.dob === null || r.dob === null ? null : compareDob(o.dob, r.dob);
    if (r.hired !== null && (dob === null || dob === 'differs' || dob === 'nearYear') && (o.dob ?? o.notDob)?.iso === r.hired) dob = 'hireDate';
    if (dob) total += dob === 'equal' ? this.dobBits(o.dob!.ymd) : dob === 'dayMonthSwapped' ? this.dobBits(r.dob!.ymd) - SWAPPED_BELOW_EQUAL : dob === 'yearOnlyNear' ? this.yearOnlyNearBits : dob === 'yearDefaultDay' && isDefaultDay(r.dob!) ? this.yearDefaultDayBits : dob === 'yearDefaultApart' ? this.yearDefaultApartBits : this.dobLevelBits[dob];
    const sexDiffers = o.sex !== null && r.sex !== null && o.sex !== r.sex;
    if (o.sex && r.sex) total += sexDiffers ? this.sexDiffersBits : SEX_BITS.equal;
    this.nid = nid;
    this.nssf = nssf;
    this.name = name;
    this.dob = dob;
    this.sexDiffers = sexDiffers;
    return total;
  }

  /**
   * NAME.partial's bits, but for a row that gives one word of a name alone (a given name, the
   * family name lost from the sheet) and the worker holds it: that word's u is how many of the
   * register hold it, where fewer than NAME.partial's u (Winkler's frequency-based u, as for a
   * whole name). Two strangers sharing a given name one worker in 200 holds is rarer than
   * sharing any word; sharing SOK is not. With the worker's very date and sex, such rows went to
   * review one by one however rare the name (1.4 % of rows on the sixty-eighth bench roster).
   */
  private partialBits(o: Person, r: Person): number {
    const word = wordAlone(o, r);
    if (word < 0) return this.nameLevelBits.partial;
    return (this.partialMemo[word] ??= Math.log2(this.partialM / Math.min(NAME.partial.u, this.words.share(word))));
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

/** An ID agreement that ties a pair: the number itself, in its column or the other, or a slip of it. */
const tiesNumber = (a: IdAgreement | null): boolean => a !== null && a !== 'differs';

/** What the scorer reads off the sheet as a whole, beside each row. */
export interface Sheet {
  /** How many rows it lists, which bounds how many of them can be registered (priorRegistered). */
  rows: number;
  /** The on-site names a fixed-width field may have cut short (cut-width.ts). */
  cut: CutNames;
  /** How its years of birth alone sit against the register's dates (years-from-ages.ts). */
  years: YearsFromAges;
  /** How often its card numbers differ outright for rows plainly a registered worker (reissued-cards.ts). */
  reissued: CardsReissued;
}

const NO_SHEET: Sheet = { rows: 0, cut: NO_CUTS, years: { same: 0, apart: 0 }, reissued: NO_REISSUE };

/**
 * A level's bits with its m raised by the share of a sheet's plain pairs that show it, beyond
 * `floor`, the share a sheet shows without the cause (re-issued cards, nicknames, birthdays not
 * known): nidDiffersBits, nameDiffersBits and apartBits below.
 */
const raisedBits = (mu: Mu, share: number, floor: number): number => Math.log2(raisedM(mu, share, floor) / mu.u);
const raisedM = (mu: Mu, share: number, floor: number): number => mu.m + Math.max(0, share - floor);

/** How many rows plainly a registered worker the share below is weighed against, so a small sheet's few rows move it little. */
const REISSUE_PRIOR_ROWS = 200;
/**
 * The share of such rows whose number differs that a sheet shows without re-issued cards: a
 * number typed from memory, a slip beyond one digit, a namesake born the same day. Up to 0.5 %
 * on the bench rosters (payroll); above it, the excess is re-issued cards.
 */
const DIFFER_UNEXPLAINED = 0.02;

/**
 * NATIONAL_ID.differs's bits, its m raised by the share of rows plainly a registered worker (the
 * same name and date) whose card number differs outright, beyond DIFFER_UNEXPLAINED. A sheet
 * where cards were re-issued after the register was made (one row in six) then reads a number
 * that differs as −2.6 bits, not −11: those workers' rows, name and date the same, went to
 * review or hidden. On every other bench roster nothing moves.
 */
function nidDiffersBits({ differ, agree }: CardsReissued): number {
  return raisedBits(NATIONAL_ID.differs, differ / (differ + agree + REISSUE_PRIOR_ROWS), DIFFER_UNEXPLAINED);
}

/**
 * The share of rows tied to a worker by number and date whose names share nothing that a sheet
 * shows without nicknames: a name typed from another worker's line, two slips in each word. At
 * most 0.35 % on the bench rosters (the twenty-eighth); above 1 %, the excess is names the workers
 * go by.
 */
const APART_UNEXPLAINED = 0.01;

/**
 * The share of rows tied to a worker by number and date whose names share one word and give
 * another name, or a spelling beyond reach, for the rest (NAME.otherName, NAME.partial), that a
 * sheet shows of slips alone: at most 1.9 % on the bench rosters but six. Above it, the excess
 * is a keyboard's suggestions (7.9 % on the forty-eighth), nicknames (6.0 %, the forty-second),
 * names cut to initials (8.5 %, the thirty-fifth) or changed (7.1 %, the sixty-first), and such a
 * name with the worker's very date went to review: weighed at that share, it is matched.
 */
const ANOTHER_UNEXPLAINED = 0.02;

/**
 * NAME.differs's bits, its m raised by the share of rows tied to a worker by number and date
 * whose names share nothing with theirs, beyond APART_UNEXPLAINED (weighed against
 * REISSUE_PRIOR_ROWS more, as reissued cards are). On a supervisor's sheet that lists a tenth of
 * its workers by nickname (5 % of such rows) a name that shares nothing weighs −4.4 bits, not
 * −9.8: those rows, tied by their date alone, went from hidden (a wrongful fine) to review.
 */
function nameDiffersBits({ apart, tied }: NamesApart): number {
  return raisedBits(NAME.differs, apart / (tied + REISSUE_PRIOR_ROWS), APART_UNEXPLAINED);
}

/**
 * The share of rows tied to a worker by number and name with another day and month in their
 * year, or a year off, that a sheet shows where workers know their birthdays: a slip in the day
 * and another in the month, a date typed from another line. At most 0.8 % on the bench rosters
 * for the same year (payroll, whose dates are the workers' own say); above 1 %, the excess is
 * birthdays not known. A year off as well, 1.8 % on that payroll, is weighed so there too.
 */
const BIRTHDAY_UNEXPLAINED = 0.01;

/**
 * DOB.sameYear's or nearYear's bits, m raised by the share of rows tied to a worker by number and
 * name whose date is at that level, beyond BIRTHDAY_UNEXPLAINED (weighed against
 * REISSUE_PRIOR_ROWS more, as re-issued cards are). Where a sixth of a factory's workers give
 * another birthday in their year than the register's, such a date weighs +2.3 bits, not −6; where
 * one in fifty gives a year off too, that weighs −2.7 bits, not −11: their rows, name the same,
 * were flagged hidden (a wrongful fine) or sent to review.
 */
function apartBits(level: 'sameYear' | 'nearYear', apart: number, tied: number): number {
  return raisedBits(DOB[level], apart / (tied + REISSUE_PRIOR_ROWS), BIRTHDAY_UNEXPLAINED);
}

/**
 * The weights' own share of year-alone pairs one year apart (DOB.yearDefaultApart against
 * yearDefaultDay: 1 in 11), and how many pairs of the sheet's own it counts as. A sheet whose
 * years come from ages ("he is 34") has about half its pairs a year apart (the birthday come or
 * not), and such a pair then says as much for the worker as one in the same year; a sheet that
 * shows fewer keeps the weights' own figure: a worker who knows the year gives the right one.
 */
const APART_SHARE = DOB.yearDefaultApart.m / (DOB.yearDefaultApart.m + DOB.yearDefaultDay.m);
const APART_PRIOR_PAIRS = 20;

/** The share of dates with a default day on one side of a pair of strangers that DOB.yearDefaultDay's u supposes (weights.ts: about 1 in 10). */
const DEFAULT_DAY_SHARE = 0.1;

/**
 * DOB.yearDefaultDay's bits, where the register's date is the year alone, on a register that
 * gives more of its workers only a year (1 January) than YEAR_ONLY_PRIOR: each such worker's row
 * on site, written off the card, gives the full date, so the share above the prior is added to
 * m; strangers meet a default day as much more often, so u grows in step. On a register a fifth
 * year-only, +4.7 bits instead of +2: their own rows, name and year the same, went to review at
 * p 0.97. Not where the sheet gives the year alone (ages on a crew list): the register's share
 * says nothing of those, and read so on the eighth roster they matched namesakes wrongly.
 */
function yearDefaultDayBits(yearOnlyShare: number): number {
  const excess = Math.max(0, yearOnlyShare - YEAR_ONLY_PRIOR);
  return Math.log2((DOB.yearDefaultDay.m + excess) / ((DOB.yearDefaultDay.u * (DEFAULT_DAY_SHARE + excess)) / DEFAULT_DAY_SHARE));
}

function yearDefaultApartBits({ same, apart }: YearsFromAges): number {
  const share = Math.max(APART_SHARE, (apart + APART_PRIOR_PAIRS * APART_SHARE) / (same + apart + APART_PRIOR_PAIRS));
  const m = (DOB.yearDefaultDay.m * share) / (1 - share);
  return Math.log2(m / DOB.yearDefaultApart.u);
}

/** A pair's prior odds but for the register's size: π/(1 − π) · (1 − a)/a (weights.ts). */
const priorOdds = (registeredShare: number, absentShare: number) => (registeredShare / (1 - registeredShare)) * ((1 - absentShare) / absentShare);

/** How the pair's national IDs agree, a worker's NSSF number in the row's ID column counting as theirs; null if either lacks one. */
const nidAgreement = (o: Person, r: Person): IdAgreement | null => columnAgreement(o.nationalId, r.nationalId, r.nssfNumber);

/** nidAgreement for the NSSF numbers. */
const nssfAgreement = (o: Person, r: Person): IdAgreement | null => columnAgreement(o.nssfNumber, r.nssfNumber, r.nationalId);

/** The row's number in one column against the worker's number of that kind, or their other number (crossed). */
const columnAgreement = (onsite: string | null, theirs: string | null, theirOther: string | null): IdAgreement | null =>
  crossed(onsite === null || theirs === null ? null : compareId(onsite, theirs), onsite, theirOther);

/**
 * An on-site number that is not the worker's number of its kind is looked for in the other
 * column: the national ID and the NSSF number swapped (IdAgreement.otherColumn). Only the very
 * number counts (leading zeros aside): a slip on top of a swap is past telling.
 */
function crossed(straight: IdAgreement | null, onsite: string | null, otherKind: string | null): IdAgreement | null {
  if (straight !== null && straight !== 'differs') return straight;
  if (onsite === null || otherKind === null || compareId(onsite, otherKind) !== 'equal') return straight;
  return 'otherColumn';
}

/** A name word's share of the register before it is counted: a given name one worker in a hundred holds. */
const WORD_PRIOR = 0.01;

/** The word key ids of a registered worker's names, written over `out`. */
function wordIds(p: Person, out: number[]): number[] {
  out.length = 0;
  for (let i = 0; i < p.names.length; i++) for (let j = 0; j < p.names[i].keyIds.length; j++) if (p.names[i].keys[j].length >= 2) out.push(p.names[i].keyIds[j]);
  return out;
}

/**
 * The key id of a word an on-site name writes alone (one of its writings is that word, after a
 * kin word or a title) that a name of r holds; -1 if none. Not for a cell with a word in each
 * script (ផល MONYROTH): each is a writing of one word, but each is half the name.
 */
function wordAlone(o: Person, r: Person): number {
  for (let i = 1; i < o.names.length; i++) if (o.names[i].script !== o.names[0].script) return -1;
  for (let i = 0; i < o.names.length; i++) {
    const n = o.names[i];
    if (n.keyIds.length !== 1 || n.keys[0].length < 2) continue;
    for (let j = 0; j < r.names.length; j++) if (r.names[j].keyIds.includes(n.keyIds[0])) return n.keyIds[0];
  }
  return -1;
}

/** The spelling ids of a registered worker's names, written over `out`. */
function spellingIds(p: Person, out: number[]): number[] {
  out.length = 0;
  for (let i = 0; i < p.names.length; i++) out.push(p.names[i].spellingId);
  return out;
}
