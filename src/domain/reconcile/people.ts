import type { OnsiteWorker, RegisteredWorker } from '../../protocol';
import type { InternedName, NameCache } from '../names/name-cache';
import { hasKhmer } from '../names/khmer-letters';
import { khmerFromLetters, mayBeLetterByLetter } from '../names/letter-by-letter';
import { nameWritings, registeredWritings } from '../names/name-writings';
import { putBack } from './cells-put-back';
import { fromBuddhistEra, tooYoung, toDob, type Dob } from './compare-dob';
import { otherShape } from './id-shape';
import type { ReasonCode } from './reasons';
import { IntMap } from './int-map';
import type { LearnedLatin } from './learned-latin';
import { NO_SHARED_VALUES, placeholderYear, readId, type SharedValues } from './placeholders';

/** A worker on either list, normalized once for the many comparisons to come. */
export interface Person {
  id: string;
  /** Position in the caller's list: results come back in the caller's order. */
  row: number;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: 'F' | 'M' | null;
  dob: Dob | null;
  /** On site, a date written as the date of birth that cannot be one (tooYoung), read as none: it may be the worker's hire date. */
  notDob: Dob | null;
  /** On the register, the worker's hire date (ISO), which a sheet may give as the date of birth. */
  hired: string | null;
  /**
   * On the register the Khmer and, when given, the Latin name; on site the one name written,
   * or each of its writings when the cell gives more than one (name-writings.ts).
   */
  names: InternedName[];
  /**
   * On site, the names as the sheet spells them where `names` also reads them otherwise (a Latin
   * name written letter by letter, read back into Khmer: letter-by-letter.ts); null where the
   * two are the same. What the sheet shows of its own spelling is read from these (names-apart.ts).
   */
  written: InternedName[] | null;
  /** Equal for two people whose names are the same forms: name agreement is remembered per (name set, name set) (NameComparer). */
  nameSetId: number;
}

/**
 * Prepares both lists with one name cache, so a spelling seen on the register and on site is
 * prepared once, and numbers every distinct set of names.
 */
export class People {
  /** What an on-site row gives that is read as not given, and why (a date that makes a child, a number of another kind), by row id: said on its result. */
  readonly notes = new Map<string, ReasonCode[]>();

  /** Name-set key (setId) → id; pairs' keys pass 2^31, which a Map would box as heap numbers. */
  private readonly nameSets: IntMap;

  /**
   * `expected`: about how many people both lists hold, so the name sets' table need not grow.
   * `shared`: the values too many of the register's workers share to be their own (sharedOnRegister), read as none.
   */
  constructor(
    private readonly cache: NameCache,
    expected = 0,
    private readonly shared: SharedValues = NO_SHARED_VALUES,
    /** How the register's clerks write Khmer words in Latin (learned-latin.ts): a worker it gives in Khmer alone is read so too. */
    private readonly learned: LearnedLatin | null = null,
  ) {
    this.nameSets = new IntMap(expected);
  }

  onsite(o: OnsiteWorker, row: number): Person {
    const cells = putBack(o);
    const asWritten = dobOf(cells.dateOfBirth);
    const ce = asWritten === null ? null : fromBuddhistEra(asWritten);
    const written = ce ?? asWritten;
    const notDob = written !== null && tooYoung(written, o.recordedAt) ? written : null;
    const dob = notDob === null ? written : null;
    let nationalId = readId(cells.nationalId, this.shared.nationalIds);
    let nssfNumber = readId(cells.nssfNumber, this.shared.nssfNumbers);
    const notes: ReasonCode[] = cells.notes;
    if (ce !== null) notes.push('dob.buddhistEra');
    if (notDob !== null) notes.push('dob.tooYoung');
    if (nationalId !== null && otherShape(nationalId, this.shared.nationalIdShape)) {
      nationalId = null;
      notes.push('nationalId.otherShape');
    }
    if (nssfNumber !== null && otherShape(nssfNumber, this.shared.nssfShape)) {
      nssfNumber = null;
      notes.push('nssfNumber.otherShape');
    }
    if (notes.length > 0) this.notes.set(o.id, notes);
    // Blocking reads the whole name form only for a row without a date (blocking.ts keysOf).
    const lean = dob !== null;
    const spelled = this.joinedToo(nameWritings(cells.name));
    const parts = withKhmerLetters(spelled);
    // An array literal, as a registered worker's: the hot loops that read names meet one kind of array.
    const names = parts.length === 1 ? [this.cache.onsite(cells.name, lean)] : this.writings(parts, lean);
    const spelledNames = parts === spelled ? null : spelled.length === 1 ? [this.cache.onsite(cells.name, lean)] : this.writings(spelled, lean);
    return { id: o.id, row, nationalId, nssfNumber, sex: o.sex, dob, notDob, hired: null, names, written: spelledNames, nameSetId: this.setId(names) };
  }

  /**
   * Each writing with its zero-width breaks within words joined (NameCache.joinBroken), where
   * any join, before it as written: a break may also stand between two words of a compound name
   * the register writes as one (លី​សុខ), and the pair agrees as well as its better writing.
   */
  private joinedToo(parts: readonly string[]): readonly string[] {
    if (!parts.some((p) => p.includes('\u200b'))) return parts;
    return parts.flatMap((p) => {
      const joined = this.cache.joinBroken(p);
      return joined === p ? [p] : [joined, p];
    });
  }

  /**
   * The forms of a name written in both scripts, those with letters, each once (a join of its
   * zero-width pieces may only drop a stray break, which normalizing drops too); the first if none has.
   */
  private writings(parts: readonly string[], lean: boolean): InternedName[] {
    const forms = parts.map((part) => this.cache.onsite(part, lean));
    const named = namedOnce(forms);
    return named.length > 0 ? named : [forms[0]];
  }

  registered(r: RegisteredWorker, row: number): Person {
    const asWritten = registeredWritings(r.nameKh);
    const khs = this.joinedToo(asWritten);
    const latins = r.nameLatin ? registeredWritings(r.nameLatin) : this.learnedLatin(asWritten);
    const names = khs.length === 1 && latins.length <= 1 ? this.twoNames(khs[0], latins[0] ?? null) : this.aliasNames([...khs, ...latins]);
    return { id: r.workerId, row, nationalId: readId(r.nationalId, this.shared.nationalIds), nssfNumber: readId(r.nssfNumber, this.shared.nssfNumbers), sex: r.sex, dob: this.registeredDob(r.dateOfBirth), notDob: null, hired: r.hireDate, names, written: null, nameSetId: this.setId(names) };
  }

  /** The Latin name the register's clerks would write for a Khmer name given alone, as a list of it; none if not learned. */
  private learnedLatin(khs: readonly string[]): string[] {
    const latin = this.learned !== null && khs.length === 1 ? this.learned.latinOf(this.cache.form(khs[0])) : null;
    return latin === null ? NO_WRITINGS : [latin];
  }

  /** A registered worker's Khmer and Latin name, those with letters, the Latin one if it is another form. */
  private twoNames(khmer: string, latin: string | null): InternedName[] {
    const kh = this.cache.form(khmer);
    const la = latin ? this.cache.form(latin) : null;
    const withKh = kh.keys.length > 0;
    const withLatin = la !== null && la.id !== kh.id && la.keys.length > 0;
    return withKh ? (withLatin ? [kh, la] : [kh]) : withLatin ? [la] : [];
  }

  /** Every name a field with aliases gives (registeredWritings), each form once. */
  private aliasNames(writings: readonly string[]): InternedName[] {
    return namedOnce(writings.map((w) => this.cache.form(w)));
  }

  /** A registered date of birth as compared: none for a placeholder, whether by its year or shared by too many. */
  private registeredDob(iso: string | null): Dob | null {
    if (iso !== null && this.shared.dates.size > 0 && this.shared.dates.has(iso)) return null;
    const d = dobOf(iso);
    return d === null ? null : (fromBuddhistEra(d) ?? d);
  }

  get nameSetCount(): number {
    return this.nameSets.size + this.longerSets.size;
  }

  /** Name ids are below NAME_ID_SPAN in any roster a phone can hold, so a pair of them is one number. */
  private setId(names: InternedName[]): number {
    if (names.length > 2) return this.longerSetId(names);
    // A single name's key is at most the span and a pair's above it, so the two never collide; none is negative (IntMap).
    const key = names.length === 0 ? 0 : names.length === 1 ? names[0].id + 1 : (names[0].id + 1) * NAME_ID_SPAN + names[1].id + 1;
    let id = this.nameSets.get(key);
    if (id < 0) this.nameSets.set(key, (id = this.nameSetCount));
    return id;
  }

  /** Sets of three names or more (a cell with two nicknames in brackets), few enough to key as text. */
  private readonly longerSets = new Map<string, number>();
  private longerSetId(names: InternedName[]): number {
    const key = names.map((n) => n.id).join(' ');
    let id = this.longerSets.get(key);
    if (id === undefined) this.longerSets.set(key, (id = this.nameSetCount));
    return id;
  }
}

/** The forms with letters, each once: the cache gives one form per text, so equal forms are one object. */
const namedOnce = (forms: readonly InternedName[]): InternedName[] => forms.filter((f, i) => f.keys.length > 0 && forms.indexOf(f) === i);

/**
 * Each Latin writing of a Khmer name written letter by letter, with its scheme's marks (Cān Ṇā), with,
 * after it, that name read back into Khmer letters (letter-by-letter.ts): the pair agrees as well
 * as its better writing.
 */
function withKhmerLetters(parts: readonly string[]): readonly string[] {
  if (!parts.some(mayBeLetterByLetter)) return parts;
  return parts.flatMap((p) => {
    const khmer = !hasKhmer(p) && mayBeLetterByLetter(p) ? khmerFromLetters(p) : null;
    return khmer === null ? [p] : [p, khmer];
  });
}

const NAME_ID_SPAN = 2 ** 24;
const NO_WRITINGS: string[] = [];

/** A date (ymd) and a name's key id as one number: key ids, like name ids, are below NAME_ID_SPAN, dates below 10^8, so the pair is one safe integer. */
export const dateNameKey = (ymd: number, keyId: number): number => ymd * NAME_ID_SPAN + keyId;

/** A worker's date of birth as compared: none for a placeholder (placeholders.ts). */
function dobOf(iso: string | null): Dob | null {
  const dob = toDob(iso);
  return dob === null || placeholderYear(dob.year) ? null : dob;
}

/** One-to-one matching is keyed on these ids; a duplicate is a bug upstream, not a finding. Returns the ids as a set. */
export function assertUnique(ids: string[], what: string): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (seen.has(id)) throw new Error(`reconcile: ${what} "${id}" appears more than once`);
    seen.add(id);
  }
  return seen;
}

/** Sorting both lists by id first is what makes every later tie-break independent of row order. */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
