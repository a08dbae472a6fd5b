import { dobBlockKey } from './compare-dob';
import { deletionVariants } from './compare-id';
import type { Person } from './people';

/**
 * Blocking (Christen 2012, ch. 4): only pairs that share a key are scored, so work grows with
 * the number of workers, not with their product. A true pair shares at least one key unless
 * every field went wrong at once: the IDs and their one-slip variants, the date of birth with
 * day and month in either order, the whole name's phonetic letters, and each name word with the
 * birth year or alone, the whole name with the year or with day and month.
 *
 * A key shared by very many registered workers (a common family name) tells little and costs a
 * lot; blocks larger than their cap are skipped, and the more specific keys carry those pairs.
 */
const CAPS: Record<string, number> = {
  id: Infinity,
  idv: 8,
  dob: 32,
  name: 24,
  nameYear: 16,
  nameDay: 16,
  wordYear: 12,
  word: 24,
};

/**
 * Without a date of birth a common name is all there is to go on, so its whole block is read:
 * few rows lack one, so this costs little.
 */
const CAPS_WITHOUT_DOB: Record<string, number> = { ...CAPS, name: 256 };

function keysOf(p: Person): [kind: string, key: string][] {
  const out: [string, string][] = [];
  for (const [tag, id] of [['i', p.nationalId], ['n', p.nssfNumber]] as const) {
    if (id === null) continue;
    out.push(['id', `${tag}:${id}`]);
    if (id.length >= 5) for (const v of deletionVariants(id)) out.push(['idv', `${tag}~${v}`]);
  }
  if (p.dob) out.push(['dob', `d:${dobBlockKey(p.dob)}`]);
  for (const n of p.names) {
    if (n.anagram) out.push(['name', `a:${n.anagram}`]);
    // A common name with one part of the date right: catches a mistyped year or day.
    if (n.anagram && p.dob) out.push(['nameYear', `ay:${n.anagram}:${p.dob.year}`], ['nameDay', `ad:${n.anagram}:${dobBlockKey({ ...p.dob, year: 0 })}`]);
    for (const k of n.keys) {
      if (k.length < 2) continue;
      out.push(['word', `w:${k}`]);
      if (p.dob) out.push(['wordYear', `y:${k}:${p.dob.year}`]);
    }
  }
  return out;
}

/** Candidate pairs as [on-site index, registered index], each once, in index order. */
export function blockedPairs(onsite: readonly Person[], registered: readonly Person[]): [number, number][] {
  const blocks = new Map<string, { kind: string; reg: number[] }>();
  registered.forEach((r, ri) => {
    for (const [kind, key] of keysOf(r)) {
      const b = blocks.get(key);
      if (!b) blocks.set(key, { kind, reg: [ri] });
      else if (b.reg[b.reg.length - 1] !== ri) b.reg.push(ri);
    }
  });
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  onsite.forEach((o, oi) => {
    seen.clear();
    const caps = o.dob ? CAPS : CAPS_WITHOUT_DOB;
    for (const [, key] of keysOf(o)) {
      const b = blocks.get(key);
      if (!b || b.reg.length > caps[b.kind]) continue;
      for (const ri of b.reg) {
        if (seen.has(ri)) continue;
        seen.add(ri);
        pairs.push([oi, ri]);
      }
    }
  });
  return pairs;
}

/** Every pair: what blocking avoids. Kept for the benchmark's comparison and for tiny lists. */
export function allPairs(onsite: readonly Person[], registered: readonly Person[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let oi = 0; oi < onsite.length; oi++) for (let ri = 0; ri < registered.length; ri++) pairs.push([oi, ri]);
  return pairs;
}
