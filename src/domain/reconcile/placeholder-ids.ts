import { leadingZeros, MIN_ID_DIGITS } from './compare-id';
import { asNumber } from './id-index';
import type { Person } from './people';

/**
 * An ID value this many workers of one list share is a placeholder, not a number: exports write
 * 0 or 000000000 where the number is missing. Two can be one slip or one worker listed twice;
 * three are not one person's card.
 */
export const PLACEHOLDER_SHARE = 3;

/**
 * Whether a normalized ID can identify anyone: a number of fewer than MIN_ID_DIGITS digits
 * after its leading zeros (0, 00000, 1234) is a placeholder or a row number in the wrong column.
 */
export function tooShortForId(id: string): boolean {
  return id.length - leadingZeros(id) < MIN_ID_DIGITS && asNumber(id) >= 0;
}

/**
 * The ID values of one kind that identify nobody: too short, or shared by PLACEHOLDER_SHARE or
 * more workers of one list (each list counted on its own).
 */
export function placeholderIds(lists: readonly (readonly (string | null)[])[]): Set<string> {
  const out = new Set<string>();
  for (const ids of lists) {
    const counts = new Map<string, number>();
    for (const id of ids) {
      if (id === null) continue;
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      if (n >= PLACEHOLDER_SHARE || tooShortForId(id)) out.add(id);
    }
  }
  return out;
}

/**
 * Reads placeholder national IDs and NSSF numbers (placeholderIds) as missing on both lists.
 * Read as an ID, a placeholder makes every two workers who carry it "the same card": strong
 * evidence for pairs of strangers, and every holder on site a candidate for every holder on the
 * register, which made a register with 0 for a third of its numbers take forty times as long
 * and flag 7 % of its workers hidden. A missing value neither helps nor hurts.
 */
export function dropPlaceholderIds(registered: Person[], onsite: Person[]): void {
  for (const field of ['nationalId', 'nssfNumber'] as const) {
    const placeholders = placeholderIds([registered.map((p) => p[field]), onsite.map((p) => p[field])]);
    if (placeholders.size === 0) continue;
    for (const list of [registered, onsite]) {
      for (const p of list) if (p[field] !== null && placeholders.has(p[field])) p[field] = null;
    }
  }
}
