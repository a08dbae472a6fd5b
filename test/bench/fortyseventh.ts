/**
 * Blind benchmark roster `fortyseventh`: a register that carries aliases.
 *
 * THE STORY
 * The fund's register was merged from several sources, and for about a fifth of the workers it
 * writes a second name next to the first:
 *   - in the Latin field: "SOK DARA @ SOK DARAH", "CHAN SOPHEA (ALIAS LIM SOPHEA)",
 *     "KEO VANNA ALIAS NA", "HENG SREYMOM / HENG SREY MOM";
 *   - in the Khmer field: "សុខ ដារ៉ា ហៅ ដា" (ហៅ = "called"), or "(ហៅ ...)".
 * The second name is one of: another spelling of the same name (spell), a short name the worker
 * is called by with their family name (nick: "KEO VANNA ALIAS NA" = KEO NA), a second given name
 * (given: "SOK DARA @ SOK VIBOL"), or a second family name (family: "CHAN SOPHEA (ALIAS LIM
 * SOPHEA)"). A short alias (given name only, "ALIAS NA", "ហៅ ដា") means the same family name.
 * The alias sits in the Latin field, the Khmer field or both. For about 5 % of workers the Khmer
 * field still holds the worker's former family name (a name change) while the Latin field holds
 * the current one ("ចាន់ សុភា" / "LIM SOPHEA"), with no mark at all.
 * On site the worker gives one of their names: the main (current) one mostly, the alias in about
 * a third of alias workers' rows, the former name in a quarter of name-changed workers' rows;
 * an employer's sheet copied from the register sometimes writes both ("KEO VANNA @ KEO NA").
 *
 * RATES (approximate, per seed)
 *   registered: alias 20 % (spell 5, nick 5, given 6, family 4; in the Latin field only 10,
 *   Khmer only 5, both 5), name change 5 %, Latin name missing ~5 %, national ID shown 99 %,
 *   NSSF number 95 %, DOB and sex always. Family names skewed (Sok ~8 %), 70-80 given names a sex.
 *   on site: absent registered 6 %, hidden 7.5 % of rows (40 % namesakes of a main name, 20 %
 *   namesakes of an alias or former name, 40 % fresh names, which mostly collide anyway);
 *   Khmer script 40 % of names (id-card rows always Khmer: ~44 % in all), order swapped 10 %
 *   Latin / 5 % Khmer, typo 4 % of Latin names, Khmer: zero-width space 13 %, no space 7 %,
 *   code point order variant 22 %; DOB 70 % of sheet/manual rows (day/month swapped in 4 % of
 *   those), national ID 40 % (mostly where DOB is missing: sheets carry one or the other), one
 *   digit slip 3 %, NSSF number 15 % (slip 2 %; hidden rows 12 %, an earlier employer's number),
 *   sex 85 %; sources csv 62 %, manual 30 %, id-card 8 % (id-card rows carry the main name in
 *   Khmer, DOB, ID and sex). Hidden and true rows draw every field at the same rates; a hidden
 *   namesake that no field rules out gets a DOB (or, sometimes, an ID) that does.
 *
 * FAIRNESS RULES (audited by the self-check: `npx tsx test/bench/fortyseventh.ts 10000 1`)
 * "A name" of a registered worker is any name the register shows for them: the main name, the
 * alias (full, or family name + short alias), the former family name + given name. A name's
 * "spellings" are every listed romanization of each word (fortyseventh-names.ts), family name
 * first or last, any case, with or without the space inside a compound given name, and the
 * Khmer form in any equivalent encoding (spaces, zero-width spaces, code point order within a
 * syllable). Keys compare names with spaces and case removed and Khmer syllables put in order.
 *   1. A true row carries only plausible variants of one of its worker's names (or two of them
 *      joined by @, /, (ALIAS ...), ហៅ, as the register writes them): listed spellings, either
 *      order, any case, at most one typo (one edit) in one word of 4+ letters, Khmer encoding
 *      variants. National ID and NSSF number exact or one slip (one substituted or two adjacent
 *      digits swapped); DOB exact or day/month swapped; sex right or missing.
 *   2. Registered namesakes (any name of one equal to any name of the other, in any spelling,
 *      aliases and former names included) never have dates of birth equal, day/month swapped
 *      or one digit apart, and their national IDs (and NSSF numbers) are 2+ edits apart.
 *   3. A hidden row either could not pass for any registered worker by name (its name is not
 *      within one edit of any spelling of any of their names) or is ruled out from every worker
 *      it could pass for by a field present on BOTH sides: sex differs, DOB neither equal,
 *      swapped nor one digit apart, national ID or NSSF number 2+ edits apart.
 *   4. Nothing leaks the truth: rows are shuffled, ids are version-4 UUIDs from the seeded PRNG,
 *      recordedAt increases in row order, sourceRow numbers the csv rows in row order, source is
 *      drawn the same way for true and hidden rows, registered workerIds are given after a shuffle.
 *   5. Undecidable true rows (another registered worker whose names fit the row as well as the
 *      true worker's do, and whom no field present on both sides rules out) stay under 4 %.
 * Variation beyond the product text: a row may carry the worker's alias or former name instead of
 * the main one (the theme), or both names joined as in the register; a human reading both lists
 * sees that name written in the register, in one script or the other.
 */
import type { OnsiteWorker, RegisteredWorker } from '../../src/protocol';
import type { Roster } from './generate';
import { rng, type Rng } from './prng';
import {
  FAMILY47,
  GIVEN47_F,
  GIVEN47_M,
  GIVEN47_U,
  NICK47,
  NICK47_F,
  type NameWord,
} from './fortyseventh-names';

export const FORTYSEVENTH_LABEL =
  'aliases: register names carry a second name (@, ALIAS, /, ហៅ) or a former family name; on site the worker gives either';

// ---------------------------------------------------------------------------------------------
// Names: normalisation and keys
// ---------------------------------------------------------------------------------------------

type Sex = 'M' | 'F';
/** [family, given]: family name first, as the register writes it. */
type Name = readonly [NameWord, NameWord];
type AliasKind = 'spell' | 'nick' | 'given' | 'family';
type Where = 'lat' | 'kh' | 'both';

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00A0]/g;
const ALIAS_SPLIT = /\s*(?:@|\/|\(\s*alias\b|\balias\b|\(|\)|ហៅ)\s*/i;

function isKhmer(s: string): boolean {
  return /[\u1780-\u17FF]/.test(s);
}

/** 0 coeng+subscript, 1 register shifter, 2 robat, 3 vowel, 4 sign; -1 base or anything else. */
function khCat(c: number): number {
  if (c === 0x17c9 || c === 0x17ca) return 1;
  if (c === 0x17cc) return 2;
  if (c >= 0x17b4 && c <= 0x17c5) return 3;
  if ((c >= 0x17c6 && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return 4;
  return -1;
}

interface Cluster {
  base: string;
  comps: { s: string; cat: number }[];
}

function khClusters(s: string): Cluster[] {
  const out: Cluster[] = [];
  let cur: Cluster | null = null;
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    const c = ch.codePointAt(0)!;
    if (c === 0x17d2) {
      const sub = cps[i + 1] ?? '';
      i++;
      if (!cur) out.push((cur = { base: '', comps: [] }));
      cur.comps.push({ s: ch + sub, cat: 0 });
      continue;
    }
    const cat = khCat(c);
    if (cat < 0) out.push((cur = { base: ch, comps: [] }));
    else {
      if (!cur) out.push((cur = { base: '', comps: [] }));
      cur.comps.push({ s: ch, cat });
    }
  }
  return out;
}

const CANON_ORDER = [0, 1, 2, 3, 4];
function khAssemble(cl: Cluster[], order: readonly number[]): string {
  let s = '';
  for (const c of cl) {
    s += c.base;
    for (const cat of order) for (const p of c.comps) if (p.cat === cat) s += p.s;
  }
  return s;
}

/** Khmer key: no spaces or zero-width characters, marks in each syllable in canonical order. */
function normKh(s: string): string {
  return khAssemble(khClusters(s.normalize('NFC').replace(INVISIBLE, '')), CANON_ORDER);
}
function normLat(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}
function normName(s: string): string {
  return isKhmer(s) ? normKh(s) : normLat(s);
}
/** The names a row (or register field) writes, split on the alias marks. */
function splitNames(s: string): string[] {
  return s
    .split(ALIAS_SPLIT)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Canonical Khmer of a word (the lists are normalised once, so output is always canonical). */
const KH = new Map<NameWord, string>();
function kh(wd: NameWord): string {
  let k = KH.get(wd);
  if (k === undefined) KH.set(wd, (k = normKh(wd.kh)));
  return k;
}

const KEY_CACHE = new Map<string, string[]>();
/** Every key a name can be written as: all romanizations, either order, and the Khmer. */
function nameKeys(n: Name): string[] {
  const id = n[0].kh + '|' + n[1].kh;
  let keys = KEY_CACHE.get(id);
  if (keys) return keys;
  const set = new Set<string>();
  set.add(normKh(n[0].kh + n[1].kh));
  set.add(normKh(n[1].kh + n[0].kh));
  for (const a of n[0].lat)
    for (const b of n[1].lat) {
      const A = normLat(a);
      const B = normLat(b);
      set.add(A + B);
      set.add(B + A);
    }
  keys = [...set];
  KEY_CACHE.set(id, keys);
  return keys;
}

const LATIN_ALPHA = 'abcdefghijklmnopqrstuvwxyz'.split('');

function forEachNeighbor(s: string, alpha: readonly string[], fn: (t: string) => void): void {
  const n = s.length;
  for (let i = 0; i < n; i++) fn(s.slice(0, i) + s.slice(i + 1));
  for (let i = 0; i < n - 1; i++) if (s[i] !== s[i + 1]) fn(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  for (let i = 0; i < n; i++) {
    const pre = s.slice(0, i);
    const post = s.slice(i + 1);
    for (const c of alpha) if (c !== s[i]) fn(pre + c + post);
  }
  for (let i = 0; i <= n; i++) {
    const pre = s.slice(0, i);
    const post = s.slice(i);
    for (const c of alpha) fn(pre + c + post);
  }
}

/** Damerau (adjacent transposition) distance <= 1. */
function within1(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const nameId = (n: Name) => n[0].kh + '|' + n[1].kh;
const WILD = '\u0000';

/**
 * The register's names: key -> distinct names written that way, name -> registered workers
 * (generation indexes) who bear it as their main name, alias or former name.
 */
class NameIndex {
  readonly keyNames = new Map<string, string[]>();
  readonly namePersons = new Map<string, number[]>();
  /** name -> the names sharing a key with it (itself included). */
  private related = new Map<string, Set<string>>();
  /** Khmer keys with one position (substituted or inserted) replaced by a wildcard -> names. */
  private khWild = new Map<string, string[]>();
  addPerson(names: readonly Name[], idx: number): void {
    for (const n of names) {
      const id = nameId(n);
      let a = this.namePersons.get(id);
      if (!a) {
        this.namePersons.set(id, (a = []));
        const rel = new Set<string>([id]);
        this.related.set(id, rel);
        for (const k of nameKeys(n)) {
          let ids = this.keyNames.get(k);
          if (!ids) this.keyNames.set(k, (ids = []));
          for (const other of ids) (rel.add(other), this.related.get(other)!.add(id));
          ids.push(id);
          if (isKhmer(k))
            for (let i = 0; i < k.length; i++) {
              const wk = k.slice(0, i) + WILD + k.slice(i + 1);
              let w = this.khWild.get(wk);
              if (!w) this.khWild.set(wk, (w = []));
              w.push(id);
            }
        }
      }
      if (a[a.length - 1] !== idx) a.push(idx);
    }
  }
  /** Registered workers with a name written exactly as one of these names can be. */
  namesakes(names: readonly Name[]): Set<number> {
    const ids = new Set<string>();
    for (const n of names) {
      const rel = this.related.get(nameId(n));
      if (rel) for (const id of rel) ids.add(id);
      else for (const k of nameKeys(n)) for (const id of this.keyNames.get(k) ?? []) ids.add(id);
    }
    const out = new Set<number>();
    for (const id of ids) for (const j of this.namePersons.get(id)!) out.add(j);
    return out;
  }
  /** Registered workers one name part could pass for: index -> 0 (exact spelling) or 1 (one edit). */
  lookupKey(key: string): Map<number, number> {
    const ids = new Map<string, number>();
    const hitIn = (map: Map<string, string[]>, k: string, d: number) => {
      const a = map.get(k);
      if (!a) return;
      for (const id of a) {
        const prev = ids.get(id);
        if (prev === undefined || prev > d) ids.set(id, d);
      }
    };
    hitIn(this.keyNames, key, 0);
    if (isKhmer(key)) {
      // One edit, through the wildcard index: substitution, insertion; deletion and
      // transposition by looking the edited key up directly.
      const n = key.length;
      for (let i = 0; i < n; i++) hitIn(this.khWild, key.slice(0, i) + WILD + key.slice(i + 1), 1);
      for (let i = 0; i <= n; i++) hitIn(this.khWild, key.slice(0, i) + WILD + key.slice(i), 1);
      for (let i = 0; i < n; i++) hitIn(this.keyNames, key.slice(0, i) + key.slice(i + 1), 1);
      for (let i = 0; i < n - 1; i++)
        if (key[i] !== key[i + 1]) hitIn(this.keyNames, key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2), 1);
    } else forEachNeighbor(key, LATIN_ALPHA, (t) => hitIn(this.keyNames, t, 1));
    const out = new Map<number, number>();
    for (const [id, d] of ids)
      for (const j of this.namePersons.get(id)!) {
        const prev = out.get(j);
        if (prev === undefined || prev > d) out.set(j, d);
      }
    return out;
  }
  /** A whole row's name (all its parts must fit): index -> worst part distance. */
  lookupName(name: string): Map<number, number> {
    const parts = splitNames(name).map(normName);
    let acc: Map<number, number> | null = null;
    for (const p of parts) {
      const m = this.lookupKey(p);
      if (!acc) acc = m;
      else {
        const next = new Map<number, number>();
        for (const [k, d] of acc) {
          const e = m.get(k);
          if (e !== undefined) next.set(k, Math.max(d, e));
        }
        acc = next;
      }
    }
    return acc ?? new Map();
  }
}

// ---------------------------------------------------------------------------------------------
// Fields: dates and ID numbers
// ---------------------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function randomDob(r: Rng): string {
  const y = r.int(1968, 2006);
  const m = r.int(1, 12);
  return `${y}-${pad(m)}-${pad(r.int(1, daysIn(y, m)))}`;
}
function swapDM(d: string): string | null {
  const m = d.slice(5, 7);
  const dd = d.slice(8, 10);
  if (dd > '12' || dd === m) return null;
  return `${d.slice(0, 4)}-${dd}-${m}`;
}
/** Equal, day/month swapped, or one digit apart. */
function dobClose(a: string, b: string): boolean {
  if (a === b || swapDM(a) === b) return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}
function idClose(a: string, b: string): boolean {
  return within1(a, b);
}
function idSlip(r: Rng, id: string): string {
  for (;;) {
    const ds = id.split('');
    if (r.chance(0.5)) {
      const i = r.int(0, ds.length - 2);
      if (ds[i] === ds[i + 1]) continue;
      [ds[i], ds[i + 1]] = [ds[i + 1], ds[i]];
    } else {
      const i = r.int(0, ds.length - 1);
      const c = String(r.int(0, 9));
      if (c === ds[i]) continue;
      ds[i] = c;
    }
    return ds.join('');
  }
}
function idNear(id: string, set: Set<string>): boolean {
  if (set.has(id)) return true;
  let hit = false;
  forEachNeighbor(id, '0123456789'.split(''), (t) => {
    if (!hit && t.length === id.length && set.has(t)) hit = true;
  });
  return hit;
}

function uuid(r: Rng): string {
  const h = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 32; i++) {
    let v = Math.floor(r.next() * 16);
    if (i === 12) v = 4;
    if (i === 16) v = 8 + (v & 3);
    s += h[v];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// The register
// ---------------------------------------------------------------------------------------------

interface Alias {
  kind: AliasKind;
  name: Name;
  rom: [number, number];
  where: Where;
}

interface Person {
  sex: Sex;
  main: Name;
  mainRom: [number, number];
  alias: Alias | null;
  /** Former family name, shown in the Khmer field (name change). */
  old: NameWord | null;
  /** Distinct names the register shows (main, alias unless a mere spelling, former name). */
  names: Name[];
  keys: string[];
  dob: string;
  /** The worker's real ID number; the register shows it when nidShown. */
  nid: string;
  nidShown: boolean;
  nssf: string | null;
  nameKh: string;
  nameLatin: string | null;
  hireDate: string;
  wageRiel: number | null;
  workerId: string;
}

function romIdx(r: Rng, wd: NameWord): number {
  return wd.lat.length === 1 || r.chance(0.65) ? 0 : r.int(1, wd.lat.length - 1);
}
function pickGiven(r: Rng, sex: Sex): NameWord {
  if (r.chance(0.14)) return r.pickSkewed(GIVEN47_U, 1.3);
  return r.pickSkewed(sex === 'F' ? GIVEN47_F : GIVEN47_M, 1.15);
}
function pickFamily(r: Rng): NameWord {
  return r.pickSkewed(FAMILY47, 1.6);
}
function otherThan<T>(r: Rng, pick: () => T, not: T): T {
  for (;;) {
    const x = pick();
    if (x !== not) return x;
  }
}
const up = (s: string) => s.toUpperCase();
const latOf = (n: Name, rom: readonly number[]) => `${n[0].lat[rom[0]]} ${n[1].lat[rom[1]]}`;

function makePerson(r: Rng, idx: number, persons: Person[], index: NameIndex, nids: Set<string>, nssfs: Set<string>): Person {
  const sex: Sex = r.chance(0.58) ? 'F' : 'M';
  const family = pickFamily(r);
  const given = pickGiven(r, sex);
  const main: Name = [family, given];
  const mainRom: [number, number] = [romIdx(r, family), romIdx(r, given)];
  let alias: Alias | null = null;
  let old: NameWord | null = null;
  const u = r.next();
  if (u < 0.05) old = otherThan(r, () => pickFamily(r), family);
  else if (u < 0.25) {
    const v = r.next();
    let kind: AliasKind = v < 0.25 ? 'spell' : v < 0.5 ? 'nick' : v < 0.8 ? 'given' : 'family';
    if (kind === 'spell' && family.lat.length < 2 && given.lat.length < 2) kind = 'given';
    let name: Name;
    let rom: [number, number];
    if (kind === 'spell') {
      name = main;
      rom = [mainRom[0], mainRom[1]];
      const j = family.lat.length < 2 ? 1 : given.lat.length < 2 ? 0 : r.int(0, 1);
      const wd = main[j];
      rom[j] = otherThan(r, () => r.int(0, wd.lat.length - 1), mainRom[j]);
    } else if (kind === 'nick') {
      const nick = sex === 'F' && r.chance(0.12) ? r.pick(NICK47_F) : r.pick(NICK47);
      name = [family, nick];
      rom = [mainRom[0], romIdx(r, nick)];
    } else if (kind === 'given') {
      const g2 = otherThan(r, () => pickGiven(r, sex), given);
      name = [family, g2];
      rom = [mainRom[0], romIdx(r, g2)];
    } else {
      const f2 = otherThan(r, () => pickFamily(r), family);
      name = [f2, given];
      rom = [romIdx(r, f2), mainRom[1]];
    }
    const w = r.next();
    const where: Where = kind === 'spell' ? 'lat' : w < 0.35 ? 'lat' : w < 0.65 ? 'kh' : 'both';
    alias = { kind, name, rom, where };
  }
  const latinNull = !old && (!alias || alias.where === 'kh') && r.chance(0.06);

  // The register's two name fields.
  const mainKh = `${kh(old ?? family)} ${kh(given)}`;
  let nameKh = mainKh;
  if (alias && alias.where !== 'lat') {
    const short = alias.kind !== 'family' && r.chance(0.6);
    const part = short ? kh(alias.name[1]) : `${kh(alias.name[0])} ${kh(alias.name[1])}`;
    nameKh = r.chance(0.8) ? `${mainKh} ហៅ ${part}` : `${mainKh} (ហៅ ${part})`;
  }
  let nameLatin: string | null = latinNull ? null : up(latOf(main, mainRom));
  if (nameLatin && alias && alias.where !== 'kh') {
    const full = up(latOf(alias.name, alias.rom));
    const M = nameLatin;
    if (alias.kind === 'spell') {
      const f = r.next();
      nameLatin = f < 0.45 ? `${M} @ ${full}` : f < 0.8 ? `${M} / ${full}` : `${M} (ALIAS ${full})`;
    } else {
      const short = alias.kind !== 'family' && r.chance(0.5) ? up(alias.name[1].lat[alias.rom[1]]) : null;
      const A = short ?? full;
      const f = r.next();
      nameLatin =
        f < 0.3 ? `${M} @ ${A}` : f < 0.55 ? `${M} (ALIAS ${A})` : f < 0.8 ? `${M} ALIAS ${A}` : `${M} / ${full}`;
    }
  }

  const names: Name[] = [main];
  if (alias && alias.kind !== 'spell') names.push(alias.name);
  if (old) names.push([old, given]);
  const keySet = new Set<string>();
  for (const n of names) for (const k of nameKeys(n)) keySet.add(k);
  const keys = [...keySet];

  // Rule 2: namesakes (through any of their names) get dates of birth and IDs far apart.
  const ns = [...index.namesakes(names)].map((j) => persons[j]);
  let dob = randomDob(r);
  while (ns.some((p) => dobClose(dob, p.dob))) dob = randomDob(r);
  let nid = '';
  do nid = pad(r.int(0, 299_999_999), 9);
  while (nids.has(nid) || ns.some((p) => idClose(nid, p.nid)));
  nids.add(nid);
  let nssf: string | null = null;
  if (r.chance(0.95)) {
    do nssf = String(r.int(1_000_000_000, 1_999_999_999));
    while (nssfs.has(nssf) || ns.some((p) => p.nssf !== null && idClose(nssf!, p.nssf)));
    nssfs.add(nssf);
  }
  index.addPerson(names, idx);

  const y = Math.max(Number(dob.slice(0, 4)) + 18, 2008);
  const hy = r.int(Math.min(y, 2024), 2024);
  const hm = r.int(1, 12);
  return {
    sex,
    main,
    mainRom,
    alias,
    old,
    names,
    keys,
    dob,
    nid,
    nidShown: r.chance(0.99),
    nssf,
    nameKh,
    nameLatin,
    hireDate: `${hy}-${pad(hm)}-${pad(r.int(1, daysIn(hy, hm)))}`,
    wageRiel: r.chance(0.95) ? r.int(800, 2600) * 1000 : null,
    workerId: '',
  };
}

// ---------------------------------------------------------------------------------------------
// On-site names
// ---------------------------------------------------------------------------------------------

type KhVariant = 'shifter-after-vowel' | 'coeng-after-vowel' | 'sign-before-vowel';
const KH_VARIANTS: Record<KhVariant, number[]> = {
  'shifter-after-vowel': [0, 2, 3, 1, 4],
  'coeng-after-vowel': [3, 0, 1, 2, 4],
  'sign-before-vowel': [0, 1, 2, 4, 3],
};

interface NameLook {
  text: string;
  swap: boolean;
  typo: boolean;
  khVariant: KhVariant | null;
  khSep: 'space' | 'zwsp' | 'none' | null;
  caseStyle: 'upper' | 'title' | 'lower' | null;
}

function typoWord(r: Rng, wd: string): string {
  for (;;) {
    const i = r.int(0, wd.length - 1);
    const op = r.next();
    let out: string;
    if (op < 0.4) {
      const c = r.pick(LATIN_ALPHA);
      if (c === wd[i]) continue;
      out = wd.slice(0, i) + c + wd.slice(i + 1);
    } else if (op < 0.65) out = wd.slice(0, i) + wd.slice(i + 1);
    else if (op < 0.85) out = wd.slice(0, i) + r.pick(LATIN_ALPHA) + wd.slice(i);
    else {
      if (i === wd.length - 1 || wd[i] === wd[i + 1]) continue;
      out = wd.slice(0, i) + wd[i + 1] + wd[i] + wd.slice(i + 2);
    }
    if (out !== wd) return out;
  }
}

function applyCase(s: string, style: 'upper' | 'title' | 'lower'): string {
  if (style === 'upper') return s.toUpperCase();
  if (style === 'lower') return s.toLowerCase();
  return s.toLowerCase().replace(/(^|[\s(/@])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}
function pickCase(r: Rng): 'upper' | 'title' | 'lower' {
  const c = r.next();
  return c < 0.5 ? 'upper' : c < 0.88 ? 'title' : 'lower';
}

/** Lower-case Latin words of a name (romanization per word; the register's spelling preferred). */
function latWords(r: Rng, n: Name, pref: readonly number[] | null): string[] {
  return n.map((wd, j) => (pref && r.chance(0.6) ? wd.lat[pref[j]] : wd.lat[romIdx(r, wd)]).toLowerCase());
}

function renderLatin(r: Rng, n: Name, pref: readonly number[] | null): NameLook {
  const words = latWords(r, n, pref);
  const swap = r.chance(0.1);
  const ordered = swap ? [words[1], words[0]] : words;
  let sub = ordered.join(' ').split(' ');
  let typo = false;
  if (r.chance(0.04)) {
    const ok = sub.map((s, i) => (s.length >= 4 ? i : -1)).filter((i) => i >= 0);
    if (ok.length) {
      const i = r.pick(ok);
      sub = sub.slice();
      sub[i] = typoWord(r, sub[i]);
      typo = true;
    }
  }
  const caseStyle = pickCase(r);
  return { text: applyCase(sub.join(' '), caseStyle), swap, typo, khVariant: null, khSep: null, caseStyle };
}

function renderKhmer(r: Rng, n: Name, plain = false): NameLook {
  const swap = !plain && r.chance(0.05);
  const words = swap ? [kh(n[1]), kh(n[0])] : [kh(n[0]), kh(n[1])];
  const s = plain ? 0 : r.next();
  const khSep = s < 0.8 ? 'space' : s < 0.93 ? 'zwsp' : 'none';
  let text = words.join(khSep === 'space' ? ' ' : khSep === 'zwsp' ? '\u200B' : '');
  let khVariant: KhVariant | null = null;
  if (!plain && r.chance(0.22)) {
    const cl = khClusters(text);
    const opts = (Object.keys(KH_VARIANTS) as KhVariant[]).filter((v) => khAssemble(cl, KH_VARIANTS[v]) !== text);
    if (opts.length) {
      khVariant = r.pick(opts);
      text = khAssemble(cl, KH_VARIANTS[khVariant]);
    }
  }
  return { text, swap, typo: false, khVariant, khSep, caseStyle: null };
}

function renderName(r: Rng, n: Name, pref: readonly number[] | null, khmer: boolean): NameLook {
  return khmer ? renderKhmer(r, n) : renderLatin(r, n, pref);
}

/** Two names joined the way the register writes them (a sheet copied from the register). */
function renderBoth(r: Rng, a: Name, aRom: readonly number[], b: Name, bRom: readonly number[], khmer: boolean): NameLook {
  if (khmer) {
    const text = `${kh(a[0])} ${kh(a[1])} ហៅ ${kh(b[0])} ${kh(b[1])}`;
    return { text, swap: false, typo: false, khVariant: null, khSep: 'space', caseStyle: null };
  }
  const A = latWords(r, a, aRom).join(' ');
  const B = latWords(r, b, bRom).join(' ');
  const f = r.next();
  const raw = f < 0.4 ? `${A} @ ${B}` : f < 0.7 ? `${A} (alias ${B})` : `${A} / ${B}`;
  const caseStyle = r.chance(0.8) ? 'upper' : pickCase(r);
  return { text: applyCase(raw, caseStyle), swap: false, typo: false, khVariant: null, khSep: null, caseStyle };
}

// ---------------------------------------------------------------------------------------------
// The roster
// ---------------------------------------------------------------------------------------------

type Source = 'manual' | 'csv' | 'id-card';
type Which = 'main' | 'alias' | 'old' | 'both';
type HiddenKind = 'ns-main' | 'ns-alias' | 'fresh';

interface RowMeta {
  person: number | null;
  hiddenKind: HiddenKind | null;
  which: Which;
  khmer: boolean;
  look: NameLook;
  nidSlip: boolean;
  nssfSlip: boolean;
  dobSwap: boolean;
  forced: 'dob' | 'nid' | null;
}

interface Draft {
  name: string;
  nationalId: string | null;
  nssfNumber: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  source: Source;
  meta: RowMeta;
}

export interface Internal {
  roster: Roster;
  persons: Person[];
  /** Registered worker's generation index, by workerId. */
  byWorkerId: Map<string, number>;
  meta: Map<string, RowMeta>;
  index: NameIndex;
}

function pickSource(r: Rng): Source {
  const s = r.next();
  return s < 0.62 ? 'csv' : s < 0.92 ? 'manual' : 'id-card';
}

/** Visible fields of a registered worker, as the register shows them. */
function ruledOut(row: Pick<Draft, 'sex' | 'dateOfBirth' | 'nationalId' | 'nssfNumber'>, p: Person): boolean {
  if (row.sex && row.sex !== p.sex) return true;
  if (row.dateOfBirth && !dobClose(row.dateOfBirth, p.dob)) return true;
  if (row.nationalId && p.nidShown && !idClose(row.nationalId, p.nid)) return true;
  if (row.nssfNumber && p.nssf && !idClose(row.nssfNumber, p.nssf)) return true;
  return false;
}

function trueRow(r: Rng, idx: number, p: Person, nids: Set<string>): Draft {
  const source = pickSource(r);
  const card = source === 'id-card';
  let which: Which = 'main';
  const realAlias = p.alias && p.alias.kind !== 'spell' ? p.alias : null;
  if (!card) {
    if (realAlias && r.chance(0.1)) which = 'both';
    else if (realAlias && r.chance(0.35)) which = 'alias';
    else if (p.old && r.chance(0.25)) which = 'old';
  }
  const khmer = card || r.chance(0.4);
  let look: NameLook;
  if (card) look = renderKhmer(r, p.main, true);
  else if (which === 'both') look = renderBoth(r, p.main, p.mainRom, realAlias!.name, realAlias!.rom, khmer);
  else if (which === 'alias') look = renderName(r, realAlias!.name, realAlias!.rom, khmer);
  else if (which === 'old') look = renderName(r, [p.old!, p.main[1]], null, khmer);
  else look = renderName(r, p.main, p.alias?.kind === 'spell' && r.chance(0.5) ? p.alias.rom : p.mainRom, khmer);

  let dob: string | null = null;
  let dobSwap = false;
  let nid: string | null = null;
  let nidSlip = false;
  let nssf: string | null = null;
  let nssfSlip = false;
  let sex: Sex | null = null;
  if (card) {
    dob = p.dob;
    nid = p.nid;
    sex = p.sex;
  } else {
    if (r.chance(0.7)) {
      dob = p.dob;
      const sw = swapDM(p.dob);
      if (sw && r.chance(0.04)) (dob = sw), (dobSwap = true);
    }
    if (r.chance(dob ? 0.19 : 0.9)) {
      nid = p.nid;
      if (r.chance(0.03)) {
        let s = idSlip(r, p.nid);
        while (nids.has(s)) s = idSlip(r, p.nid);
        nid = s;
        nidSlip = true;
      }
    }
    if (p.nssf && r.chance(0.15)) {
      nssf = p.nssf;
      if (r.chance(0.02)) (nssf = idSlip(r, p.nssf)), (nssfSlip = true);
    }
    if (r.chance(0.85)) sex = p.sex;
  }
  return {
    name: look.text,
    nationalId: nid,
    nssfNumber: nssf,
    sex,
    dateOfBirth: dob,
    source,
    meta: { person: idx, hiddenKind: null, which, khmer, look, nidSlip, nssfSlip, dobSwap, forced: null },
  };
}

function hiddenRow(
  r: Rng,
  persons: Person[],
  withSecond: number[],
  index: NameIndex,
  nids: Set<string>,
  hiddenNids: Set<string>,
  nssfs: Set<string>,
): Draft {
  const source = pickSource(r);
  const card = source === 'id-card';
  const k = r.next();
  const kind: HiddenKind = k < 0.4 ? 'ns-main' : k < 0.6 && withSecond.length ? 'ns-alias' : k < 0.6 ? 'ns-main' : 'fresh';
  let name: Name;
  let pref: readonly number[] | null = null;
  let sex: Sex;
  let which: Which = 'main';
  if (kind === 'fresh') {
    sex = r.chance(0.58) ? 'F' : 'M';
    name = [pickFamily(r), pickGiven(r, sex)];
  } else {
    const w = kind === 'ns-main' ? persons[r.int(0, persons.length - 1)] : persons[r.pick(withSecond)];
    const unisex = GIVEN47_U.includes(w.main[1]);
    sex = unisex && r.chance(0.5) ? (w.sex === 'F' ? 'M' : 'F') : w.sex;
    if (kind === 'ns-main') (name = w.main), (pref = w.mainRom);
    else if (w.alias && w.alias.kind !== 'spell' && (!w.old || r.chance(0.5)))
      (name = w.alias.name), (pref = w.alias.rom), (which = 'alias');
    else (name = [w.old!, w.main[1]]), (which = 'old');
  }
  const khmer = card || r.chance(0.4);
  const look = card ? renderKhmer(r, name, true) : renderName(r, name, pref, khmer);
  const freshNid = () => {
    let id = '';
    do id = pad(r.int(0, 299_999_999), 9);
    while (hiddenNids.has(id) || idNear(id, nids));
    hiddenNids.add(id);
    return id;
  };
  const d: Draft = {
    name: look.text,
    nationalId: null,
    nssfNumber: null,
    sex: null,
    dateOfBirth: null,
    source,
    meta: { person: null, hiddenKind: kind, which, khmer, look, nidSlip: false, nssfSlip: false, dobSwap: false, forced: null },
  };
  if (card) {
    d.dateOfBirth = randomDob(r);
    d.nationalId = freshNid();
    d.sex = sex;
  } else {
    if (r.chance(0.7)) d.dateOfBirth = randomDob(r);
    if (r.chance(d.dateOfBirth ? 0.19 : 0.9)) d.nationalId = freshNid();
    if (r.chance(0.85)) d.sex = sex;
    // An NSSF number from an earlier employer: on the fund's books, not on this register.
    if (r.chance(0.12)) {
      let n = '';
      do n = String(r.int(1_000_000_000, 1_999_999_999));
      while (idNear(n, nssfs));
      d.nssfNumber = n;
    }
  }
  // Rule 3: every registered worker the name could pass for must be ruled out by a shared field.
  const could = [...index.lookupName(d.name).keys()].map((j) => persons[j]);
  const open = could.filter((p) => !ruledOut(d, p));
  if (open.length) {
    if (!d.nationalId && !d.dateOfBirth && r.chance(0.3) && open.every((p) => p.nidShown)) {
      d.nationalId = freshNid();
      d.meta.forced = 'nid';
    } else {
      let dob = randomDob(r);
      while (could.some((p) => dobClose(dob, p.dob))) dob = randomDob(r);
      d.dateOfBirth = dob;
      d.meta.forced = 'dob';
    }
  }
  return d;
}

export function generateInternal(size: number, seed: number): Internal {
  const r = rng(seed);
  const persons: Person[] = [];
  const index = new NameIndex();
  const nids = new Set<string>();
  const nssfs = new Set<string>();
  for (let i = 0; i < size; i++) persons.push(makePerson(r, i, persons, index, nids, nssfs));

  // Registered order and worker ids come from a shuffle, so neither says anything.
  const order = r.shuffle(persons.map((_, i) => i));
  const byWorkerId = new Map<string, number>();
  const registered: RegisteredWorker[] = order.map((i, k) => {
    const p = persons[i];
    p.workerId = `W${pad(k + 1, 6)}`;
    byWorkerId.set(p.workerId, i);
    return {
      workerId: p.workerId,
      nssfNumber: p.nssf,
      nationalId: p.nidShown ? p.nid : null,
      nameKh: p.nameKh,
      nameLatin: p.nameLatin,
      sex: p.sex,
      dateOfBirth: p.dob,
      hireDate: p.hireDate,
      wageRiel: p.wageRiel,
    };
  });

  const drafts: Draft[] = [];
  for (let i = 0; i < size; i++) if (r.chance(0.94)) drafts.push(trueRow(r, i, persons[i], nids));
  const withSecond = persons.map((p, i) => ((p.alias && p.alias.kind !== 'spell') || p.old ? i : -1)).filter((i) => i >= 0);
  const hiddenCount = Math.round((drafts.length * 0.075) / 0.925);
  const hiddenNids = new Set<string>();
  for (let h = 0; h < hiddenCount; h++) drafts.push(hiddenRow(r, persons, withSecond, index, nids, hiddenNids, nssfs));
  r.shuffle(drafts);

  const onsite: OnsiteWorker[] = [];
  const truth = new Map<string, string | null>();
  const meta = new Map<string, RowMeta>();
  let t = Date.UTC(2025, 5, 10, 1, 0, 0);
  let csvRow = 0;
  for (const d of drafts) {
    t += r.int(1, 6) * 1000 + r.int(0, 999);
    const id = uuid(r);
    onsite.push({
      id,
      visitId: 'visit-fortyseventh',
      name: d.name,
      nationalId: d.nationalId,
      nssfNumber: d.nssfNumber,
      sex: d.sex,
      dateOfBirth: d.dateOfBirth,
      source: d.source,
      sourceRow: d.source === 'csv' ? ++csvRow : null,
      recordedAt: new Date(t).toISOString(),
    });
    truth.set(id, d.meta.person === null ? null : persons[d.meta.person].workerId);
    meta.set(id, d.meta);
  }
  return { roster: { registered, onsite, truth }, persons, byWorkerId, meta, index };
}

export function generateFortyseventh(size: number, seed: number): Roster {
  return generateInternal(size, seed).roster;
}

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

async function selfCheck(size: number, seed: number): Promise<boolean> {
  const { OnsiteWorker: OnsiteSchema, RegisteredWorker: RegisteredSchema } = await import('../../src/protocol');
  const t0 = performance.now();
  const g = generateInternal(size, seed);
  const genMs = performance.now() - t0;
  const { roster, persons, meta, index, byWorkerId } = g;
  const fails: string[] = [];
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '-');
  const count = <T>(xs: readonly T[], f: (x: T) => boolean) => xs.reduce((n, x) => n + (f(x) ? 1 : 0), 0);

  // ---- shape -------------------------------------------------------------------------------
  const reg = roster.registered;
  const rows = roster.onsite;
  const metas = rows.map((o) => meta.get(o.id)!);
  const trueRows = rows.filter((o) => roster.truth.get(o.id) !== null);
  const hiddenRows = rows.filter((o) => roster.truth.get(o.id) === null);
  const present = new Set([...roster.truth.values()].filter((x) => x !== null));
  console.log(`fortyseventh  size=${size} seed=${seed}  "${FORTYSEVENTH_LABEL}"`);
  console.log(`registered ${reg.length}; on site ${rows.length} (true ${trueRows.length}, hidden ${hiddenRows.length} = ${pct(hiddenRows.length, rows.length)}); absent ${reg.length - present.size} = ${pct(reg.length - present.size, reg.length)}`);
  const al = persons.filter((p) => p.alias);
  const kinds = (k: AliasKind) => count(al, (p) => p.alias!.kind === k);
  console.log(`register: alias ${pct(al.length, size)} (spell ${kinds('spell')}, nick ${kinds('nick')}, given ${kinds('given')}, family ${kinds('family')}); alias in Latin only ${count(al, (p) => p.alias!.where === 'lat')}, Khmer only ${count(al, (p) => p.alias!.where === 'kh')}, both ${count(al, (p) => p.alias!.where === 'both')}`);
  console.log(`          former family name in Khmer field ${pct(count(persons, (p) => !!p.old), size)}; Latin missing ${pct(count(reg, (x) => x.nameLatin === null), size)}; national ID shown ${pct(count(reg, (x) => x.nationalId !== null), size)}; NSSF no. ${pct(count(reg, (x) => x.nssfNumber !== null), size)}`);
  console.log(`          Latin fields with a mark (@ / ALIAS): ${count(reg, (x) => !!x.nameLatin && /@|\/|ALIAS/.test(x.nameLatin))}, Khmer fields with ហៅ: ${count(reg, (x) => x.nameKh.includes('ហៅ'))}`);
  const tm = metas.filter((m) => m.person !== null);
  const aliasWorkerRows = tm.filter((m) => persons[m.person!].alias && persons[m.person!].alias!.kind !== 'spell');
  const oldWorkerRows = tm.filter((m) => persons[m.person!].old);
  console.log(`true rows: main name ${pct(count(tm, (m) => m.which === 'main'), tm.length)}, alias ${count(tm, (m) => m.which === 'alias')} (${pct(count(aliasWorkerRows, (m) => m.which === 'alias'), aliasWorkerRows.length)} of alias workers' rows), both names joined ${count(tm, (m) => m.which === 'both')}, former name ${count(tm, (m) => m.which === 'old')} (${pct(count(oldWorkerRows, (m) => m.which === 'old'), oldWorkerRows.length)} of name-changed workers' rows)`);
  const hm = metas.filter((m) => m.person === null);
  console.log(`hidden rows: namesakes of a main name ${count(hm, (m) => m.hiddenKind === 'ns-main')}, of an alias/former name ${count(hm, (m) => m.hiddenKind === 'ns-alias')}, fresh names ${count(hm, (m) => m.hiddenKind === 'fresh')}; field added to rule out a namesake: DOB ${count(hm, (m) => m.forced === 'dob')}, ID ${count(hm, (m) => m.forced === 'nid')}`);
  const km = metas.filter((m) => m.khmer);
  const lm = metas.filter((m) => !m.khmer);
  console.log(`names: Khmer ${pct(km.length, metas.length)}, Latin ${pct(lm.length, metas.length)}; swapped order ${pct(count(metas, (m) => m.look.swap), metas.length)}; Latin typo ${pct(count(lm, (m) => m.look.typo), lm.length)}; case upper/title/lower ${count(lm, (m) => m.look.caseStyle === 'upper')}/${count(lm, (m) => m.look.caseStyle === 'title')}/${count(lm, (m) => m.look.caseStyle === 'lower')}`);
  console.log(`Khmer: zero-width space ${count(km, (m) => m.look.khSep === 'zwsp')}, no space ${count(km, (m) => m.look.khSep === 'none')}, shifter after vowel ${count(km, (m) => m.look.khVariant === 'shifter-after-vowel')}, coeng after vowel ${count(km, (m) => m.look.khVariant === 'coeng-after-vowel')}, sign before vowel ${count(km, (m) => m.look.khVariant === 'sign-before-vowel')}`);
  console.log(`fields: DOB ${pct(count(rows, (o) => !!o.dateOfBirth), rows.length)} (swapped ${count(metas, (m) => m.dobSwap)}), national ID ${pct(count(rows, (o) => !!o.nationalId), rows.length)} (slips ${count(metas, (m) => m.nidSlip)}), NSSF no. ${pct(count(rows, (o) => !!o.nssfNumber), rows.length)} (slips ${count(metas, (m) => m.nssfSlip)}), sex ${pct(count(rows, (o) => !!o.sex), rows.length)}, none of DOB/ID/NSSF ${pct(count(rows, (o) => !o.dateOfBirth && !o.nationalId && !o.nssfNumber), rows.length)}`);
  console.log(`sources: csv ${count(rows, (o) => o.source === 'csv')}, manual ${count(rows, (o) => o.source === 'manual')}, id-card ${count(rows, (o) => o.source === 'id-card')}`);
  const fieldRates = (xs: OnsiteWorker[]) =>
    `DOB ${pct(count(xs, (o) => !!o.dateOfBirth), xs.length)}, ID ${pct(count(xs, (o) => !!o.nationalId), xs.length)}, NSSF ${pct(count(xs, (o) => !!o.nssfNumber), xs.length)}, sex ${pct(count(xs, (o) => !!o.sex), xs.length)}, Khmer ${pct(count(xs, (o) => isKhmer(o.name)), xs.length)}`;
  console.log(`field rates, hidden rows: ${fieldRates(hiddenRows)}; true rows: ${fieldRates(trueRows)}`);

  // ---- rule 1: true rows carry only plausible variants ----------------------------------------
  let r1 = 0;
  const r1ex: string[] = [];
  for (const o of trueRows) {
    const p = persons[byWorkerId.get(roster.truth.get(o.id)!)!];
    const parts = splitNames(o.name).map(normName);
    const nameOk = parts.length >= 1 && parts.length <= 2 && parts.every((k) => p.keys.some((key) => within1(k, key)));
    const exactParts = count(parts, (k) => p.keys.includes(k));
    const ok =
      nameOk &&
      exactParts >= parts.length - 1 &&
      (!o.nationalId || idClose(o.nationalId, p.nid)) &&
      (!o.nssfNumber || (p.nssf !== null && idClose(o.nssfNumber, p.nssf))) &&
      (!o.dateOfBirth || o.dateOfBirth === p.dob || o.dateOfBirth === swapDM(p.dob)) &&
      (!o.sex || o.sex === p.sex);
    if (!ok) {
      r1++;
      if (r1ex.length < 3) r1ex.push(`${o.name} vs ${p.nameLatin} / ${p.nameKh}`);
    }
  }
  console.log(`rule 1 (true rows plausible): ${r1} violations ${r1ex.join(' | ')}`);
  if (r1) fails.push('rule 1');

  // ---- rule 2: registered namesakes told apart -------------------------------------------------
  let r2 = 0;
  let nsPairs = 0;
  const seen = new Set<string>();
  for (const [, nameIds] of index.keyNames) {
    const idxs = [...new Set(nameIds.flatMap((id) => index.namePersons.get(id)!))];
    if (idxs.length < 2) continue;
    for (let a = 0; a < idxs.length; a++)
      for (let b = a + 1; b < idxs.length; b++) {
        const pa = persons[idxs[a]];
        const pb = persons[idxs[b]];
        const pk = idxs[a] < idxs[b] ? `${idxs[a]}:${idxs[b]}` : `${idxs[b]}:${idxs[a]}`;
        if (seen.has(pk)) continue;
        seen.add(pk);
        nsPairs++;
        if (dobClose(pa.dob, pb.dob) || idClose(pa.nid, pb.nid) || (pa.nssf && pb.nssf && idClose(pa.nssf, pb.nssf))) r2++;
      }
  }
  const viaSecond = new Set<string>();
  for (const p of persons)
    if (p.names.length > 1)
      for (const j of index.namesakes(p.names.slice(1))) if (persons[j] !== p) viaSecond.add(p.workerId);
  console.log(`rule 2 (registered namesakes apart): ${nsPairs} namesake pairs, ${viaSecond.size} workers namesakes through an alias/former name, ${r2} violations`);
  if (r2) fails.push('rule 2');

  // ---- rule 3: hidden rows ruled out ----------------------------------------------------------
  let r3 = 0;
  let couldPass = 0;
  const by = { sex: 0, dob: 0, nid: 0 };
  for (const o of hiddenRows) {
    const could = [...index.lookupName(o.name).keys()].map((j) => persons[j]);
    if (could.length) couldPass++;
    for (const p of could) {
      if (!ruledOut(o, p)) r3++;
      else if (o.sex && o.sex !== p.sex) by.sex++;
      else if (o.dateOfBirth && !dobClose(o.dateOfBirth, p.dob)) by.dob++;
      else by.nid++;
    }
  }
  console.log(`rule 3 (hidden rows ruled out): ${couldPass} of ${hiddenRows.length} hidden rows could pass by name for a registered worker (${pct(couldPass, hiddenRows.length)}); ruled out by sex ${by.sex}, DOB ${by.dob}, ID ${by.nid}; ${r3} violations`);
  if (r3) fails.push('rule 3');

  // ---- rule 4: no leaks ------------------------------------------------------------------------
  const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  let r4 = 0;
  const r4why: string[] = [];
  if (!rows.every((o) => uuidRe.test(o.id))) (r4++, r4why.push('uuid'));
  if (new Set(rows.map((o) => o.id)).size !== rows.length) (r4++, r4why.push('dup ids'));
  for (let i = 1; i < rows.length; i++) if (!(rows[i].recordedAt > rows[i - 1].recordedAt)) (r4++, r4why.push('recordedAt'));
  const csvRows = rows.filter((o) => o.source === 'csv').map((o) => o.sourceRow!);
  if (!csvRows.every((v, i) => v === i + 1)) (r4++, r4why.push('sourceRow'));
  if (roster.truth.size !== rows.length) (r4++, r4why.push('truth size'));
  const regPos = new Map(reg.map((x, i) => [x.workerId, i]));
  const xs: number[] = [];
  const ys: number[] = [];
  rows.forEach((o, i) => {
    const wid = roster.truth.get(o.id);
    if (wid) (xs.push(i), ys.push(regPos.get(wid)!));
  });
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) (sxy += (xs[i] - mx) * (ys[i] - my)), (sxx += (xs[i] - mx) ** 2), (syy += (ys[i] - my) ** 2);
  const corr = sxy / Math.sqrt(sxx * syy);
  const hiddenPos = mean(rows.map((o, i) => (roster.truth.get(o.id) === null ? i / rows.length : -1)).filter((v) => v >= 0));
  const hiddenCsv = count(hiddenRows, (o) => o.source === 'csv') / hiddenRows.length;
  const trueCsv = count(trueRows, (o) => o.source === 'csv') / trueRows.length;
  const genCorr = (() => {
    // registered order vs generation order (the generation order holds the alias/namesake structure)
    const gx = reg.map((x) => byWorkerId.get(x.workerId)!);
    const gm = mean(gx);
    const im = (reg.length - 1) / 2;
    let a = 0;
    let b = 0;
    let c = 0;
    gx.forEach((v, i) => ((a += (v - gm) * (i - im)), (b += (v - gm) ** 2), (c += (i - im) ** 2)));
    return a / Math.sqrt(b * c);
  })();
  // Limits: four standard errors of what a truly random order would show at this size.
  if (Math.abs(corr) > 4 / Math.sqrt(xs.length) || Math.abs(genCorr) > 4 / Math.sqrt(reg.length)) (r4++, r4why.push('order correlation'));
  if (Math.abs(hiddenPos - 0.5) > (4 * 0.2887) / Math.sqrt(hiddenRows.length)) (r4++, r4why.push('hidden position'));
  if (Math.abs(hiddenCsv - trueCsv) > 4 * Math.sqrt((trueCsv * (1 - trueCsv)) / hiddenRows.length)) (r4++, r4why.push('hidden source'));
  console.log(`rule 4 (no leaks): row/register order corr ${corr.toFixed(3)}, register/generation order corr ${genCorr.toFixed(3)}, hidden mean position ${hiddenPos.toFixed(3)}, csv share hidden ${hiddenCsv.toFixed(3)} vs true ${trueCsv.toFixed(3)}; ${r4} problems ${r4why.slice(0, 3).join(', ')}`);
  if (r4) fails.push('rule 4');

  // ---- rule 5: undecidable true rows -----------------------------------------------------------
  let undecidable = 0;
  let looser = 0;
  for (const o of trueRows) {
    const self = byWorkerId.get(roster.truth.get(o.id)!)!;
    const could = index.lookupName(o.name);
    const d0 = could.get(self) ?? 1;
    let und = false;
    let loose = false;
    for (const [j, d] of could) {
      if (j === self || ruledOut(o, persons[j])) continue;
      loose = true;
      if (d <= d0) und = true;
    }
    if (und) undecidable++;
    if (loose) looser++;
  }
  console.log(`rule 5 (undecidable true rows): ${undecidable} = ${pct(undecidable, trueRows.length)} (limit 4 %); counting any one-edit neighbour too: ${pct(looser, trueRows.length)}`);
  if (undecidable / trueRows.length >= 0.04) fails.push('rule 5');

  // ---- schemas -------------------------------------------------------------------------------
  let bad = 0;
  const sampleIdx = (n: number) => Array.from({ length: Math.min(300, n) }, (_, i) => Math.floor((i * n) / Math.min(300, n)));
  for (const i of sampleIdx(reg.length)) if (!RegisteredSchema.safeParse(reg[i]).success) bad++;
  for (const i of sampleIdx(rows.length)) {
    const o = rows[i];
    if (!OnsiteSchema.safeParse(o).success) bad++;
    if ('statedStartDate' in o || 'wageRiel' in o) bad++;
  }
  console.log(`schemas: ${bad} invalid in a sample of ${Math.min(300, reg.length)} registered + ${Math.min(300, rows.length)} on-site`);
  if (bad) fails.push('schema');

  // ---- determinism and time -------------------------------------------------------------------
  const ser = (x: Roster) => JSON.stringify([x.registered, x.onsite, [...x.truth]]);
  const same = ser(generateFortyseventh(size, seed)) === ser(roster);
  const differs = ser(generateFortyseventh(size, seed + 1)) !== ser(roster);
  console.log(`determinism: same seed identical ${same}, next seed differs ${differs}`);
  if (!same || !differs) fails.push('determinism');
  const t1 = performance.now();
  generateFortyseventh(10_000, seed);
  const ms10k = performance.now() - t1;
  console.log(`time: this size ${genMs.toFixed(0)} ms (first run, cold), 10k ${ms10k.toFixed(0)} ms (limit 2000)`);
  if (ms10k >= 2000) fails.push('time');

  console.log(fails.length ? `FAIL (${fails.join(', ')})` : 'PASS');
  return fails.length === 0;
}

if (process.argv[1]?.endsWith('fortyseventh.ts')) {
  const size = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  selfCheck(size, seed).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
