import { hasKhmer } from './khmer-letters';

/**
 * A sheet exported from a fixed-width field (a time clock's name of 12 or 13 characters, an old
 * payroll system's) cuts long names short, and shows it: its longest names pile up at one
 * length. Typed names thin out past their commonest length instead; on the bench rosters the
 * longest length holds a few rows, a tenth to a third as many as the length below it.
 */
const MIN_PILE = 20;
/** The longest length must hold at least this share of the names… */
const MIN_SHARE = 0.01;
/** …and at least this many times as many as the length below it. */
const MIN_RATIO = 0.5;

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
    const length = [...raw.trim()].length;
    count.set(length, (count.get(length) ?? 0) + 1);
    latin++;
    if (length > longest) longest = length;
  }
  const atWidth = count.get(longest) ?? 0;
  if (atWidth < Math.max(MIN_PILE, MIN_SHARE * latin)) return 0;
  return atWidth >= MIN_RATIO * (count.get(longest - 1) ?? 0) ? longest : 0;
}
