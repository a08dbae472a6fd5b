import type { InternedName } from '../names/name-cache';
import { Blocks } from './blocks';
import { dayMonthKey, dobBlockKey, isDefaultDay, type Dob } from './compare-dob';
import { IdIndex, type RegisterIds } from './id-index';
import { NearNames } from './near-names';
import type { Person } from './people';

/**
 * Blocking (Christen 2012, ch. 4): only pairs that share a key are scored, so work grows with
 * the number of workers, not with their product. A true pair shares at least one key unless
 * two fields went wrong at once: an ID or one slip of it; the date of birth with day and month
 * in either order; the whole name's phonetic letters with the birth year (a slip in the day)
 * or with day and month (a slip in the year); the whole name alone; each name word alone; a
 * Khmer name's letters with the spaces left out (on site only as written, on the register from
 * each word in turn); and, for an on-site row without a date of birth, each name word with the
 * first letters of the next (NameForm.heads), so a slip late in the given name still meets the
 * register where the family name alone is too common a key to read, and the name in any vowel
 * spelling (InternedName.spellingId: Sinn Virak, Sinn Vireak), where a common name's holders
 * spelled one way would otherwise hide its holders spelled the other. A registered worker with
 * no date of birth has no date to share, so their name is also a key of its own (NameUndated)
 * that every on-site row reads: otherwise a common name, too common a key to read with a date,
 * would leave them no candidate at all, and a missing value must not hurt.
 * Some keys are read only while the others leave room for doubt: a row whose ID numbers found
 * a sure candidate reads no other key, and a row with a likely one does not read each name word
 * alone (Widening.settled, Widening.sure).
 * A name beyond the phonetic key's reach together with a slip in the date is left to the IDs:
 * keying each name word with the year found no such pair on the benchmark rosters and cost a
 * third of all pairs.
 *
 * Keys are numbers (a value times KINDS plus the kind), so building and probing blocks hashes
 * small integers rather than concatenated strings.
 */
const enum Kind { Dob, Name, NameYear, NameDay, Word, Joined, Head, NameUndated, Flat, Spelling, WordYear }
const KINDS = 11;
/** Birth years are kept modulo this in combined keys: a collision only merges two small blocks. */
const YEAR_SPAN = 512;
/** Day/month keys are below this (dayMonthKey). */
const DAY_MONTH_SPAN = 1024;

/**
 * A key shared by very many registered workers (a common family name) tells little and costs a
 * lot; blocks larger than their cap are skipped, and the more specific keys carry those pairs.
 * With a date of birth, the name alone adds only rare names (a date gone wholly wrong): the
 * name with the year or with the day and month finds the rest, at a sixth of the pairs.
 */
const CAPS: Record<Kind, number> = {
  [Kind.Dob]: 32,
  [Kind.Name]: 8,
  [Kind.NameYear]: 16,
  [Kind.NameDay]: 16,
  [Kind.Word]: 24,
  [Kind.Joined]: 8,
  [Kind.Flat]: 8,
  // Probed only for rows without a date of birth (keysOf).
  [Kind.Head]: 0,
  // Only the undated holders of a name: few on any register, all of them needed.
  [Kind.NameUndated]: 256,
  // Read only by rows without a date of birth (keysOf), in place of Name.
  [Kind.Spelling]: 0,
  // Read only by a row that met no close name (forEachBlockedPair), up to as many as Word's.
  [Kind.WordYear]: 1024,
};

/**
 * Without a date of birth a common name is all there is to go on, so its whole block is read,
 * in every vowel spelling (Spelling): such rows are few, and each needs every namesake as a
 * candidate to be judged fairly. A head key (a word and three letters of the next) holds a
 * handful of people on a register of 10,000; its cap bounds what a common family name with a
 * common start costs such a row.
 */
const CAPS_WITHOUT_DOB: Record<Kind, number> = { ...CAPS, [Kind.Joined]: 256, [Kind.Flat]: 256, [Kind.Head]: 32, [Kind.Spelling]: 256 };

/**
 * Writes the person's keys to the start of `out` and returns how many there are. `out` is
 * reused for every person and never shortened, so once it is long enough this allocates nothing.
 */
function keysOf(p: Person, out: number[], side: 'onsite' | 'registered'): number {
  let count = 0;
  const d = p.dob;
  if (d) out[count++] = dobBlockKey(d) * KINDS + Kind.Dob;
  for (let j = 0; j < p.names.length; j++) {
    const n = p.names[j];
    if (n.ringId < 0) continue;
    // Without a date, the name in every vowel spelling: a block that holds the name's own.
    if (side === 'registered' || d) out[count++] = n.ringId * KINDS + Kind.Name;
    if (side === 'registered' || !d) out[count++] = n.spellingId * KINDS + Kind.Spelling;
    if (side === 'onsite' || !d) out[count++] = n.ringId * KINDS + Kind.NameUndated;
    // A common name with one part of the date right: catches a mistyped year or day.
    if (d) {
      out[count++] = nameYearKey(n.ringId, d);
      out[count++] = nameDayKey(n.ringId, d);
    }
    const joined = side === 'registered' ? n.joinedIds.length : Math.min(1, n.joinedIds.length);
    for (let i = 0; i < joined; i++) out[count++] = n.joinedIds[i] * KINDS + Kind.Joined;
    // A space typed elsewhere: the on-site letters with the spaces left out against the register's words joined.
    if (side === 'registered' && n.joinedKeyId >= 0) out[count++] = n.joinedKeyId * KINDS + Kind.Flat;
    else if (side === 'onsite' && n.flatId !== n.joinedKeyId) out[count++] = n.flatId * KINDS + Kind.Flat;
    // On site each word is read apart, once the other keys are done (forEachBlockedPair).
    if (side === 'registered') {
      for (let i = 0; i < n.keyIds.length; i++) {
        if (n.keys[i].length < 2) continue;
        out[count++] = n.keyIds[i] * KINDS + Kind.Word;
        out[count++] = wordYearKey(n.keyIds[i], d === null ? UNDATED : d.year);
      }
    }
    // Without a date only the name is left, so a name with a slip in the given name (a word
    // shared, the next one's first letters shared) must still meet its register entry.
    if (side === 'registered' || !d) for (let i = 0; i < n.headIds.length; i++) out[count++] = n.headIds[i] * KINDS + Kind.Head;
  }
  return count;
}

/** A name (by ring id) with the birth year; keysOf's and the search a typo away's one formula. */
const nameYearKey = (ringId: number, d: Dob): number => (ringId * YEAR_SPAN + (d.year & (YEAR_SPAN - 1))) * KINDS + Kind.NameYear;
/** A name (by ring id) with the day and month of birth, in either order. */
const nameDayKey = (ringId: number, d: Dob): number => (ringId * DAY_MONTH_SPAN + dayMonthKey(d)) * KINDS + Kind.NameDay;

/** A name word (by key id) with the birth year. */
const wordYearKey = (keyId: number, year: number): number => (keyId * YEAR_SPAN + (year & (YEAR_SPAN - 1))) * KINDS + Kind.WordYear;
/** The year of an undated worker in wordYearKey: no one is born in year 0. */
const UNDATED = 0;

/** Room for a person's keys (keysOf), made up front: a write past the end would cost the compiled loop a restart. */
const keyBuffer = (): number[] => new Array<number>(64).fill(0);

type Visit = (onsiteIndex: number, registeredIndex: number) => void;
/** Whether an on-site row's name is close (one slip) to a registered name. */
type Close = (onsite: InternedName, registered: InternedName) => boolean;

/**
 * How many holders of a name one typo away a row without a likely candidate reads: a name
 * that common is no evidence on its own, and a date or an ID has already had its chance.
 */
const NEAR_CAP = 64;
/**
 * Without a date of birth a name is all there is, and a common one misspelled (Sokh Serymom,
 * one of seventy SOK SREY MOMs) read only up to NEAR_CAP found no one at all: a registered
 * worker flagged hidden with nothing against them. Such a row reads every holder, as its own
 * keys do (CAPS_WITHOUT_DOB); it then goes to review among them.
 */
const NEAR_CAP_WITHOUT_DOB = 256;

/** How many holders of its own name a row with a date that found no candidate reads: as many as a row without one. */
const NAME_CAP_LOST = NEAR_CAP_WITHOUT_DOB;

/**
 * How many holders of one name word a row without a date that found no candidate reads: a
 * common family name is 4-10 % of a register of 10,000, and the commonest more (Sok: 20 % of
 * the noisy bench register). At 256 the row missed its worker under the common ones; at 1,024,
 * over 7 seeds, wrongful hidden fell 0.88 → 0.84 % (noisy), 0.18 → 0.16 % (held-out), for 1 %
 * more engine time. Past that, the other word of the name must lead.
 */
const WORD_CAP_LOST = 1024;

/** A cap no block passes: a block past its kind's largest cap keeps that many holders and one more (Blocks.add). */
const UNCAPPED = 2 ** 30;

/** Per kind, the largest cap any reader passes to Blocks.first: rows with or without a date, and the searches a typo away and of rows left without a candidate (Name, Word). */
const MAX_CAP: readonly number[] = Array.from({ length: KINDS }, (_, k) =>
  Math.max(CAPS[k as Kind], CAPS_WITHOUT_DOB[k as Kind], k === Kind.Name ? Math.max(NEAR_CAP, NEAR_CAP_WITHOUT_DOB, NAME_CAP_LOST) : 0, k === Kind.Word ? WORD_CAP_LOST : 0));

/** How blocking searches again for a row its own keys left without a likely candidate. */
export interface Widening {
  /** Asked once the row's own keys are done: whether it found no likely candidate. */
  widen: (onsiteIndex: number) => boolean;
  /**
   * Asked once the row's ID numbers are looked up: whether they found a candidate so sure that
   * no pair its name or its date could add would change its outcome. Its keys are then not read.
   */
  settled: (onsiteIndex: number) => boolean;
  /**
   * Asked once the row's keys but the words of its name are read: whether it has a candidate so
   * likely that no pair sharing only a word of the name could change its outcome. The holders
   * of each word are then not read.
   */
  sure: (onsiteIndex: number) => boolean;
  /** Whether it found no candidate at all, likely or not. */
  lost: (onsiteIndex: number) => boolean;
  /** Whether it found no one at even odds or better whose name is close to its own (shortened or better). */
  nameless: (onsiteIndex: number) => boolean;
  /** Whether it found someone whose name is its own, in any spelling (equal or phonetic), however unlikely. */
  named: (onsiteIndex: number) => boolean;
  /** Whether an on-site name is close (one slip) to a registered one. */
  close: Close;
  /** Where the pairs found so go, apart from `visit`, so the scoring loop's compiled code need not allow for them. */
  visitNear: Visit;
}

/**
 * Calls `visit` once for each candidate pair, on-site rows in index order. Nothing is
 * allocated per pair: a stamp per registered worker remembers who was already visited.
 * With `widening`, a row whose IDs settle it reads no key, one already sure reads no name word
 * alone, and a row that found no likely candidate has its name looked up give or take
 * one typo (near-names.ts), and the holders of each name found are read if `close` accepts the
 * name as usually spelled: one look per name rather than one per holder. One with a date that
 * met no close name at even odds also reads its words' holders born in its year or a year
 * either side (a year alone on site) or undated, kept if their name is close. A row that found no
 * candidate at all also reads, with a date of birth, every holder of its own name (and with a
 * year of birth alone, each of its words' holders born that year), and without
 * one the holders of each of its name's words, however common, each kept if `close` accepts
 * their name.
 */
export function forEachBlockedPair(onsite: readonly Person[], registered: readonly Person[], visit: Visit, widening?: Widening, ids?: RegisterIds): void {
  const { blocks, nationalIds, nssfNumbers, near } = new RegisterIndex(registered, ids);
  const keys = keyBuffer();
  const stamp = new Int32Array(registered.length).fill(-1);
  let oi = 0;
  // Whether this row meets registered worker ri for the first time.
  const fresh = (ri: number) => {
    if (stamp[ri] === oi) return false;
    stamp[ri] = oi;
    return true;
  };
  const take = (ri: number) => {
    if (fresh(ri)) visit(oi, ri);
  };
  const visitNear = widening?.visitNear ?? visit;
  const takeNear = (ri: number) => {
    if (fresh(ri)) visitNear(oi, ri);
  };
  // Every holder of a block the search a typo away reads, if the block is within `cap`.
  const readNear = (key: number, cap: number) => {
    for (let e = blocks.first(key, cap); e >= 0; e = blocks.next(e)) takeNear(blocks.worker(e));
  };
  // Every holder of each word of these names, if the word's block is within `cap`.
  const readWords = (names: readonly InternedName[], cap: number, to: (ri: number) => void) => {
    for (let j = 0; j < names.length; j++) {
      const w = names[j];
      for (let i = 0; i < w.keyIds.length; i++) {
        if (w.keys[i].length < 2) continue;
        for (let e = blocks.first(w.keyIds[i] * KINDS + Kind.Word, cap); e >= 0; e = blocks.next(e)) to(blocks.worker(e));
      }
    }
  };
  // The searches beyond the row's own keys, from one writing of its name.
  const searchWider = (n: InternedName, d: Dob | null, widening: Widening) => {
    const own = n.ringId;
    const nearCap = d ? NEAR_CAP : NEAR_CAP_WITHOUT_DOB;
    near.forEachNear(n, (a, names) => {
      if (a === own || !anyClose(n, names, widening.close)) return;
      if (!d || blocks.first(a * KINDS + Kind.Name, nearCap) >= 0) return readNear(a * KINDS + Kind.Name, nearCap);
      // A name too common to read whole (Chan Sophea, one in 150 of a register) is read by its
      // holders born the same year, or on the same day and month, as its own keys are.
      readNear(nameYearKey(a, d), CAPS[Kind.NameYear]);
      readNear(nameDayKey(a, d), CAPS[Kind.NameDay]);
    });
    // A row that met no one of a close name at even odds may have met only workers with its date
    // and another name: its own name beyond the keys' reach (typed by ear, Sun Chamrone for SUN
    // CHAMROEUN), and its date only a year (1 January), which no key reads with the name alone
    // but the name ring's. Or its worker gives no date at all, so nothing but a name could lead
    // to them. The holders of each of its words born that year or undated are read (WordYear),
    // and a close name decides. On the sixth bench roster of 10,000 (3 seeds), wrongful hidden
    // fell 1.12 → 0.90 %; on five others it fell too, and on none did it rise. Keyed rather than
    // filtered from each word's holders: 3 % less engine time on the sixth. A year alone is often
    // worked out from an age, a year off either way (years-from-ages.ts), so the years beside it
    // are read too: on the eighth roster (three rows in four give a year alone) wrongful hidden
    // fell 2.14 → 1.64 %; on three others about one hidden row a roster went to review instead.
    if (d && widening.nameless(oi)) {
      for (let i = 0; i < n.keyIds.length; i++) {
        if (n.keys[i].length < 2) continue;
        if (isDefaultDay(d)) for (let y = d.year - 1; y <= d.year + 1; y++) readNear(wordYearKey(n.keyIds[i], y), CAPS[Kind.WordYear]);
        readNear(wordYearKey(n.keyIds[i], UNDATED), CAPS[Kind.WordYear]);
      }
    }
    // Without a date, a slip the phonetic key magnifies (Pech Daar keys "ta" against PICH
    // DARA's "tara") is a typo away neither by key nor by anagram, nor is a family name written
    // as an initial (S. SOVANNA), and a row with nothing else would be flagged hidden, or left
    // with namesakes others take: the words it shares lead to it, each word's holders read
    // however common, and closeness decides. Not for a row that met its own name: its namesakes
    // in every spelling were read (CAPS_WITHOUT_DOB), and a common name's words have a thousand
    // holders.
    if (!d && widening.nameless(oi) && !widening.named(oi)) readWords([n], WORD_CAP_LOST, takeNear);
    if (!widening.lost(oi)) return;
    // With a date, a common name's holders were read only with the row's year or its day and
    // month. Read whole, they are still no candidate, but a hidden flag then names the namesake
    // it was told from, and the date that told them apart: what the inspector checks on the
    // card. On the bench rosters of 10,000, 6-58 hidden rows a roster gained that evidence, and
    // no outcome changed (8 rosters, 7 seeds, at 1,000 and 10,000).
    if (d) {
      readNear(own * KINDS + Kind.Name, NAME_CAP_LOST);
      // A year alone (1 January) leaves the date no day to meet, and a name beyond one slip
      // (Cjhem Vana for CHHIM VANNA) no key: the holders of each of its words born that year.
      if (isDefaultDay(d) && widening.lost(oi)) readWords([n], WORD_CAP_LOST, (ri) => {
        if (registered[ri].dob?.year === d.year) take(ri);
      });
    }
    // A name held by more workers than any block is read for (SOK SREY MOM on a register of
    // thousands of them) is theirs all the same: the row reads as many of its holders as the
    // block keeps, to go to review among them, not to be flagged hidden with no one named.
    else if (widening.lost(oi)) readNear(own * KINDS + Kind.Name, UNCAPPED);
  };
  for (; oi < onsite.length; oi++) {
    const o = onsite[oi];
    if (o.nationalId !== null) nationalIds.forEachNear(o.nationalId, take);
    if (o.nssfNumber !== null) nssfNumbers.forEachNear(o.nssfNumber, take);
    // Each number in the other column too: a sheet's two ID columns swapped (IdAgreement.otherColumn).
    if (o.nationalId !== null) nssfNumbers.forEachHolder(o.nationalId, take);
    if (o.nssfNumber !== null) nationalIds.forEachHolder(o.nssfNumber, take);
    if (widening !== undefined && widening.settled(oi)) continue;
    const caps = o.dob ? CAPS : CAPS_WITHOUT_DOB;
    const count = keysOf(o, keys, 'onsite');
    // A year alone (1 January) is a year, not a date: its block holds every registered worker
    // given that year alone, 25-30 on a register that gives every eighth worker only a year. Of
    // those, a worker of the other sex would need a slip in the sex as well as a name beyond the
    // name keys' reach, and is left unread: on the eighth bench roster (three rows in four give a
    // year alone) 10 % less engine time. Of 442,000 bench rows (3 seeds, 1,000 and 10,000) 13
    // changed: 7 registered workers from hidden to review, 5 from review to their match, 1 from
    // its match to review.
    const yearAlone = o.dob !== null && o.sex !== null && isDefaultDay(o.dob);
    for (let i = 0; i < count; i++) {
      if (yearAlone && keys[i] % KINDS === Kind.Dob) {
        for (let e = blocks.first(keys[i], CAPS[Kind.Dob]); e >= 0; e = blocks.next(e)) {
          const ri = blocks.worker(e);
          if (registered[ri].sex !== (o.sex === 'F' ? 'M' : 'F')) take(ri);
        }
        continue;
      }
      for (let e = blocks.first(keys[i], caps[(keys[i] % KINDS) as Kind]); e >= 0; e = blocks.next(e)) take(blocks.worker(e));
    }
    // The row's own name was read by its own keys; the names a typo away are what is new.
    const n = o.names[0];
    if (n === undefined) continue;
    if (widening === undefined || !widening.sure(oi)) readWords(o.names, caps[Kind.Word], take);
    if (widening === undefined || !widening.widen(oi)) continue;
    // Each writing of the name in turn (name-writings.ts), while the row still lacks a likely
    // candidate and has met no close name: the others change no outcome on the bench rosters.
    for (let j = 0; j < o.names.length && (j === 0 || (widening.widen(oi) && widening.nameless(oi))); j++) searchWider(o.names[j], o.dob, widening);
  }
}

/** Whether any of a ring's names is close to the row's: a loop, not `some`, to allocate nothing per ring. */
function anyClose(n: InternedName, names: readonly InternedName[], close: Close): boolean {
  for (let i = 0; i < names.length; i++) if (close(n, names[i])) return true;
  return false;
}

/**
 * The register read for blocking: its blocks, ID numbers and names. Built in a function of its
 * own, apart from the loop over on-site rows, as each loop is compiled on its own.
 */
class RegisterIndex {
  readonly blocks: Blocks;
  readonly nationalIds: IdIndex;
  readonly nssfNumbers: IdIndex;
  readonly near: NearNames;

  /** `ids`: the register's numbers already indexed (indexIds), if the caller has them for these same workers. */
  constructor(registered: readonly Person[], ids?: RegisterIds) {
    this.blocks = new Blocks(registered.length);
    this.nationalIds = ids?.nationalIds ?? new IdIndex(Math.max(registered.length, 1));
    this.nssfNumbers = ids?.nssfNumbers ?? new IdIndex(Math.max(registered.length, 1));
    this.near = new NearNames(Math.max(registered.length, 1));
    const keys = keyBuffer();
    for (let ri = 0; ri < registered.length; ri++) {
      const r = registered[ri];
      for (let j = 0; j < r.names.length; j++) this.near.add(r.names[j]);
      const count = keysOf(r, keys, 'registered');
      // A block past the largest cap any reader allows is never read.
      for (let i = 0; i < count; i++) this.blocks.add(keys[i], ri, MAX_CAP[keys[i] % KINDS]);
      if (ids) continue;
      if (r.nationalId !== null) this.nationalIds.add(r.nationalId, ri);
      if (r.nssfNumber !== null) this.nssfNumbers.add(r.nssfNumber, ri);
    }
  }
}

/** Every pair: what blocking avoids. Kept for the benchmark's comparison and for tiny lists. */
export function forEachPair(onsite: readonly Person[], registered: readonly Person[], visit: Visit): void {
  for (let oi = 0; oi < onsite.length; oi++) for (let ri = 0; ri < registered.length; ri++) visit(oi, ri);
}
