import { hasKhmer } from './khmer-letters';

/**
 * A sheet exported from a fixed-width field (a time clock's name of 12 or 13 characters, an old
 * payroll system's) cuts long names short, and shows it: its names pile up at one length, the
 * longest but for a few typed in by hand. Typed names thin out past their commonest length
 * instead: on the bench rosters each length past it holds at most 0.6 times the one below.
 */
const MIN_PILE = 20;
/** The pile must hold at least this share of the names… */
const MIN_SHARE = 0.05;
/** …at least this many times as many as the length below it (1.2-1.3 on a time clock's sheet)… */
const MIN_RATIO = 0.8;
/** …and the names longer than it, typed in by hand, at most this many times as many. */
const MAX_ABOVE = 0.25;

/**
 * The width a sheet's Latin names were cut at, or 0 if they show none. Lengths count characters
 * as written (trimmed): a cut leaves the field full, dots and spaces included. Khmer names are
 * left out: a sheet mixes them in from other sources (typed off ID cards), and a clock that cuts
 * Latin names has no Khmer ones.
 */
export function cutWidth(names: readonly string[]): number {
  const count = new Map<number, number>();
  let latin = 0;
  let longest = 0;
  for (const raw of names) {
    if (hasKhmer(raw)) continue;
    const length = writtenLength(raw);
    count.set(length, (count.get(length) ?? 0) + 1);
    latin++;
    if (length > longest) longest = length;
  }
  let above = 0;
  for (let width = longest; width > 0; width--) {
    const at = count.get(width) ?? 0;
    if (at >= Math.max(MIN_PILE, MIN_SHARE * latin) && at >= MIN_RATIO * (count.get(width - 1) ?? 0) && above <= MAX_ABOVE * at) return width;
    above += at;
    if (above > MAX_ABOVE * latin) return 0;
  }
  return 0;
}

/** A name's length as a fixed-width field holds it: characters, not UTF-16 units, leading and trailing spaces left out. */
export const writtenLength = (raw: string): number => [...raw.trim()].length;
