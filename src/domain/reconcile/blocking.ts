import { dayMonthKey, dobBlockKey } from './compare-dob';
import type { InternedName } from '../names/name-cache';
import { IdIndex } from './id-index';
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
 * register where the family name alone is too common a key to read. A registered worker with
 * no date of birth has no date to share, so their name is also a key of its own (NameUndated)
 * that every on-site row reads: otherwise a common name, too common a key to read with a date,
 * would leave them no candidate at all, and a missing value must not hurt.
 * A name beyond the phonetic key's reach together with a slip in the date is left to the IDs:
 * keying each name word with the year found no such pair on the benchmark rosters and cost a
 * third of all pairs.
 *
 * Keys are numbers (a value times KINDS plus the kind), so building and probing blocks hashes
 * small integers rather than concatenated strings.
 */
const enum Kind { Dob, Name, NameYear, NameDay, Word, Joined, Head, NameUndated, Flat }
const KINDS = 9;
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
};

/**
 * Without a date of birth a common name is all there is to go on, so its whole block is read:
 * such rows are few, and each needs every namesake as a candidate to be judged fairly. A head
 * key (a word and three letters of the next) holds a handful of people on a register of
 * 10,000; its cap bounds what a common family name with a common start costs such a row.
 */
const CAPS_WITHOUT_DOB: Record<Kind, number> = { ...CAPS, [Kind.Name]: 256, [Kind.Joined]: 256, [Kind.Flat]: 256, [Kind.Head]: 32 };

function keysOf(p: Person, out: number[], side: 'onsite' | 'registered'): number[] {
  out.length = 0;
  const d = p.dob;
  if (d) out.push(dobBlockKey(d) * KINDS + Kind.Dob);
  for (const n of p.names) {
    if (n.ringId < 0) continue;
    out.push(n.ringId * KINDS + Kind.Name);
    if (side === 'onsite' || !d) out.push(n.ringId * KINDS + Kind.NameUndated);
    // A common name with one part of the date right: catches a mistyped year or day.
    if (d) {
      out.push((n.ringId * YEAR_SPAN + (d.year & (YEAR_SPAN - 1))) * KINDS + Kind.NameYear);
      out.push((n.ringId * DAY_MONTH_SPAN + dayMonthKey(d)) * KINDS + Kind.NameDay);
    }
    const joined = side === 'registered' ? n.joinedIds.length : Math.min(1, n.joinedIds.length);
    for (let i = 0; i < joined; i++) out.push(n.joinedIds[i] * KINDS + Kind.Joined);
    // A space typed elsewhere: the on-site letters with the spaces left out against the register's words joined.
    if (side === 'registered' && n.joinedKeyId >= 0) out.push(n.joinedKeyId * KINDS + Kind.Flat);
    else if (side === 'onsite' && n.flatId !== n.joinedKeyId) out.push(n.flatId * KINDS + Kind.Flat);
    for (let i = 0; i < n.keyIds.length; i++) {
      if (n.keys[i].length < 2) continue;
      out.push(n.keyIds[i] * KINDS + Kind.Word);
    }
    // Without a date only the name is left, so a name with a slip in the given name (a word
    // shared, the next one's first letters shared) must still meet its register entry.
    if (side === 'registered' || !d) for (let i = 0; i < n.headIds.length; i++) out.push(n.headIds[i] * KINDS + Kind.Head);
  }
  return out;
}

type Visit = (onsiteIndex: number, registeredIndex: number) => void;
/** Whether an on-site row's name is close (one slip) to a registered name. */
type Close = (onsite: InternedName, registered: InternedName) => boolean;

/**
 * How many holders of a name one typo away a row without a likely candidate reads: a name
 * that common is no evidence on its own, and a date or an ID has already had its chance.
 */
const NEAR_CAP = 64;

/**
 * Calls `visit` once for each candidate pair, on-site rows in index order. Nothing is
 * allocated per pair: a stamp per registered worker remembers who was already visited.
 * `widen(o)`, asked once the row's own keys are done, says the row found no likely candidate:
 * its name is then looked up give or take one typo (near-names.ts), and the holders of each
 * name found are read if `close` accepts the name as usually spelled: one look per name
 * rather than one per holder.
 */
export function forEachBlockedPair(onsite: readonly Person[], registered: readonly Person[], visit: Visit, widen?: (onsiteIndex: number) => boolean, close?: Close): void {
  const blocks = new Blocks();
  const nationalIds = new IdIndex();
  const nssfNumbers = new IdIndex();
  const near = new NearNames();
  const keys: number[] = [];
  for (let ri = 0; ri < registered.length; ri++) {
    const r = registered[ri];
    for (const n of r.names) near.add(n);
    for (const k of keysOf(r, keys, 'registered')) blocks.add(k, ri);
    if (r.nationalId !== null) nationalIds.add(r.nationalId, ri);
    if (r.nssfNumber !== null) nssfNumbers.add(r.nssfNumber, ri);
  }
  const stamp = new Int32Array(registered.length).fill(-1);
  let oi = 0;
  const take = (ri: number) => {
    if (stamp[ri] === oi) return;
    stamp[ri] = oi;
    visit(oi, ri);
  };
  for (; oi < onsite.length; oi++) {
    const o = onsite[oi];
    if (o.nationalId !== null) nationalIds.forEachNear(o.nationalId, take);
    if (o.nssfNumber !== null) nssfNumbers.forEachNear(o.nssfNumber, take);
    const caps = o.dob ? CAPS : CAPS_WITHOUT_DOB;
    for (const k of keysOf(o, keys, 'onsite')) blocks.forEach(k, caps[(k % KINDS) as Kind], take);
    // The row's own name was read by its own keys; the names a typo away are what is new.
    const own = o.names[0]?.ringId;
    if (widen && widen(oi)) {
      near.forEachNear(o.names[0], (a, name) => {
        if (a !== own && (!close || close(o.names[0], name))) blocks.forEach(a * KINDS + Kind.Name, NEAR_CAP, take);
      });
    }
  }
}

/**
 * The register's blocks as linked lists in typed arrays: one map from key to block number and
 * no array per block, which for ~100,000 keys saves most of the building time and garbage.
 */
class Blocks {
  private readonly index = new Map<number, number>();
  private head = new Int32Array(1024);
  private size = new Int32Array(1024);
  private next = new Int32Array(4096);
  private reg = new Int32Array(4096);
  private entries = 0;

  add(key: number, ri: number): void {
    let b = this.index.get(key);
    if (b === undefined) {
      b = this.index.size;
      this.index.set(key, b);
      if (b >= this.head.length) [this.head, this.size] = [grow(this.head), grow(this.size)];
      this.head[b] = -1;
    } else if (this.reg[this.head[b]] === ri) return; // one person, two names with one key
    if (this.entries >= this.next.length) [this.next, this.reg] = [grow(this.next), grow(this.reg)];
    const e = this.entries++;
    this.reg[e] = ri;
    this.next[e] = this.head[b];
    this.head[b] = e;
    this.size[b]++;
  }

  /** Every registered worker in the key's block, unless the block is larger than cap. */
  forEach(key: number, cap: number, take: (ri: number) => void): void {
    const b = this.index.get(key);
    if (b === undefined || this.size[b] > cap) return;
    for (let e = this.head[b]; e >= 0; e = this.next[e]) take(this.reg[e]);
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Every pair: what blocking avoids. Kept for the benchmark's comparison and for tiny lists. */
export function forEachPair(onsite: readonly Person[], registered: readonly Person[], visit: Visit): void {
  for (let oi = 0; oi < onsite.length; oi++) for (let ri = 0; ri < registered.length; ri++) visit(oi, ri);
}
