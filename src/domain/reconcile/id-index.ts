import { MIN_ID_DIGITS, significantDigits, tooFewDigits } from './compare-id';
import { Chains } from './chains';
import { IntMap } from './int-map';
import type { Person } from './people';

/** Digit strings up to this long are exact as numbers (below 2^53). */
const MAX_NUMERIC_LENGTH = 15;

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The register's ID numbers of one kind, to find an on-site ID exactly or, when nothing has it
 * exactly, one slip away: one character replaced by another of its kind, two neighbours
 * swapped, one dropped or one added (the slips compare-id.ts recognizes). Looking up every slip
 * of the on-site ID finds a typo'd one without indexing variants of every registered number.
 *
 * Cambodian ID card and NSSF numbers are digits, so those are kept as numbers, one map per
 * length (a leading zero counts), and a slip is arithmetic instead of a new string to hash;
 * any other ID is kept as text. A number not held at its own length is looked for at the others,
 * since a spreadsheet drops leading zeros.
 */
export class IdIndex {
  /** Per length, number → first entry of the list, in register order, of the workers who share it. */
  private readonly numeric: IntMap[] = [];
  private readonly holders: Chains;
  private readonly text = new Map<string, number[]>();

  /** `expected`: about how many IDs will be added (the register's size), so nothing needs to grow. */
  constructor(private readonly expected = 1024) {
    this.holders = new Chains(expected);
  }

  add(id: string, ri: number): void {
    const n = asNumber(id);
    if (n < 0) return push(this.text, id, ri);
    const map = (this.numeric[id.length] ??= new IntMap(this.expected));
    const first = map.get(n);
    const e = this.holders.append(first, ri);
    if (first < 0) map.set(n, e);
  }

  /** Calls `visit` with every registered index holding `id`, or else holding one slip of it. */
  forEachNear(id: string, visit: (ri: number) => void): void {
    const n = asNumber(id);
    if (n < 0) return this.textNear(id, visit);
    if (this.visitHolders(id, n, visit) || id.length < MIN_ID_DIGITS) return;
    const map = this.numeric[id.length];
    if (map !== undefined) this.visitSlips(map, id, n, visit);
    this.visitDropped(id, n, visit);
    // A slip in a number whose leading zeros one list dropped: the same arithmetic, at the other lengths.
    if (tooFewDigits(id)) return;
    for (let len = significantDigits(id); len < this.numeric.length; len++) {
      const other = this.numeric[len];
      if (len !== id.length && other !== undefined) this.visitSlips(other, id, n, visit);
    }
  }

  /** Calls `visit` with every registered index holding one slip of `id`, at its own length or a digit shorter or longer, whether or not someone holds `id`. */
  forEachSlip(id: string, visit: (ri: number) => void): void {
    const n = asNumber(id);
    if (n < 0 || id.length < MIN_ID_DIGITS) return;
    const map = this.numeric[id.length];
    if (map !== undefined) this.visitSlips(map, id, n, visit);
    this.visitDropped(id, n, visit);
  }

  /** Calls `visit` with every registered index holding `id` itself, leading zeros aside: no slips. */
  forEachHolder(id: string, visit: (ri: number) => void): void {
    const n = asNumber(id);
    if (n < 0) this.text.get(id)?.forEach(visit);
    else this.visitHolders(id, n, visit);
  }

  /** Visits the workers whose number is `n` (written `id`), at its own length or padded otherwise; false when there are none. */
  private visitHolders(id: string, n: number, visit: (ri: number) => void): boolean {
    const map = this.numeric[id.length];
    return (map !== undefined && this.visitAll(map.get(n), visit)) || this.visitPadded(id, n, visit);
  }

  /** Visits the workers in `map` whose number is `n` (written `id`) with one digit replaced, or two neighbours swapped. */
  private visitSlips(map: IntMap, id: string, n: number, visit: (ri: number) => void): void {
    const len = id.length;
    for (let i = 0; i < len; i++) {
      const w = 10 ** (len - 1 - i);
      const d = id.charCodeAt(i) - 48;
      for (let x = 0; x < 10; x++) if (x !== d) this.visitAll(map.get(n + (x - d) * w), visit);
      if (i + 1 < len) {
        const next = id.charCodeAt(i + 1) - 48;
        if (next !== d) this.visitAll(map.get(n + (next - d) * 9 * (w / 10)), visit);
      }
    }
  }

  /**
   * Visits the workers whose number is `n` (written `id`) with one digit dropped, or one added
   * (compare-id.ts reads either as oneDigit), where that makes a number of the register's usual
   * length: a number of the usual length itself is most likely its own (a hidden worker's), and
   * looking up every digit added at each place in it cost a register that hides most of the
   * floor 5 % of its time.
   */
  private visitDropped(id: string, n: number, visit: (ri: number) => void): void {
    const len = id.length;
    const usual = this.usualLength();
    const shorter = len - 1 === usual ? this.numeric[len - 1] : undefined;
    if (shorter !== undefined && len - 1 >= MIN_ID_DIGITS) {
      for (let i = 0; i < len; i++) {
        // Dropping either of two like digits gives one number: each is looked up once.
        if (i > 0 && id.charCodeAt(i) === id.charCodeAt(i - 1)) continue;
        const w = 10 ** (len - 1 - i);
        this.visitAll(shorter.get(Math.floor(n / (w * 10)) * w + (n % w)), visit);
      }
    }
    const longer = len + 1 === usual && len + 1 <= MAX_NUMERIC_LENGTH ? this.numeric[len + 1] : undefined;
    if (longer === undefined) return;
    for (let i = 0; i <= len; i++) {
      const w = 10 ** (len - i);
      const head = Math.floor(n / w) * 10;
      const before = i > 0 ? id.charCodeAt(i - 1) - 48 : -1;
      for (let x = 0; x < 10; x++) if (x !== before) this.visitAll(longer.get((head + x) * w + (n % w)), visit);
    }
  }

  /** The length most of the register's numbers have, worked out at the first search (all are added by then); -1 for none. */
  private usual = -2;
  private usualLength(): number {
    if (this.usual === -2) {
      this.usual = -1;
      for (let len = 0; len < this.numeric.length; len++) {
        if ((this.numeric[len]?.size ?? 0) > (this.numeric[this.usual]?.size ?? 0)) this.usual = len;
      }
    }
    return this.usual;
  }

  /**
   * Visits the workers whose number is `id`'s with more or fewer leading zeros, as when a
   * spreadsheet dropped them; false when there are none. A short number is not looked for so:
   * 0000012 is more likely a row number typed in the wrong column than an ID.
   */
  private visitPadded(id: string, n: number, visit: (ri: number) => void): boolean {
    if (tooFewDigits(id)) return false;
    let found = false;
    for (let len = significantDigits(id); len < this.numeric.length; len++) {
      if (len !== id.length && this.visitAll(this.numeric[len]?.get(n) ?? -1, visit)) found = true;
    }
    return found;
  }

  /** Visits the chain from entry `e`; false when there is none (-1). */
  private visitAll(e: number, visit: (ri: number) => void): boolean {
    if (e < 0) return false;
    for (; e >= 0; e = this.holders.next(e)) visit(this.holders.value(e));
    return true;
  }

  private textNear(id: string, visit: (ri: number) => void): void {
    const exact = this.text.get(id);
    if (exact) return exact.forEach(visit);
    if (id.length < MIN_ID_DIGITS) return;
    for (let i = 0; i < id.length; i++) {
      const c = id[i];
      const alphabet = c >= '0' && c <= '9' ? DIGITS : LETTERS;
      const head = id.slice(0, i);
      const tail = id.slice(i + 1);
      for (const x of alphabet) if (x !== c) this.text.get(head + x + tail)?.forEach(visit);
      if (i + 1 < id.length && id[i + 1] !== c) this.text.get(head + id[i + 1] + c + id.slice(i + 2))?.forEach(visit);
      // One character dropped, or one added.
      if (id.length - 1 >= MIN_ID_DIGITS) this.text.get(head + tail)?.forEach(visit);
      for (const x of DIGITS + LETTERS) this.text.get(head + x + c + tail)?.forEach(visit);
    }
    for (const x of DIGITS + LETTERS) this.text.get(id + x)?.forEach(visit);
  }
}

/** The ID as a number when it is digits only and short enough to be exact; otherwise -1. */
export function asNumber(id: string): number {
  if (id.length === 0 || id.length > MAX_NUMERIC_LENGTH) return -1;
  let n = 0;
  for (let i = 0; i < id.length; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The register's national IDs and NSSF numbers, each indexed, by worker index. */
export interface RegisterIds {
  nationalIds: IdIndex;
  nssfNumbers: IdIndex;
}

export function indexIds(registered: readonly Person[]): RegisterIds {
  const nationalIds = new IdIndex(Math.max(registered.length, 1));
  const nssfNumbers = new IdIndex(Math.max(registered.length, 1));
  registered.forEach((r, ri) => {
    if (r.nationalId !== null) nationalIds.add(r.nationalId, ri);
    if (r.nssfNumber !== null) nssfNumbers.add(r.nssfNumber, ri);
  });
  return { nationalIds, nssfNumbers };
}

/**
 * Each on-site row with a date of birth, beside the one registered worker with a date whose very
 * national ID, failing that very NSSF number, it gives (onlyHolder): rows plainly that worker by
 * their card, whatever else they say. What a sheet shows of such pairs (names-apart.ts,
 * birthdays-apart.ts) tells how far its names and dates stray from its workers'.
 */
export function datedTies(site: readonly Person[], registered: readonly Person[], ids: RegisterIds): [Person, Person][] {
  const ties: [Person, Person][] = [];
  for (const o of site) {
    if (o.dob === null) continue;
    let ri = o.nationalId === null ? -1 : onlyHolder(ids.nationalIds, o.nationalId);
    if (ri < 0 && o.nssfNumber !== null) ri = onlyHolder(ids.nssfNumbers, o.nssfNumber);
    if (ri >= 0 && registered[ri].dob !== null) ties.push([o, registered[ri]]);
  }
  return ties;
}

/** The one registered worker (by index) holding number n itself, leading zeros aside; -1 if none or several do (a number several hold names no one). */
export function onlyHolder(index: IdIndex, n: string): number {
  let holder = -1;
  let count = 0;
  index.forEachHolder(n, (ri) => {
    holder = ri;
    count++;
  });
  return count === 1 ? holder : -1;
}
