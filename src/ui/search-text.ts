import { normalizeId, normalizeName } from '../domain/names/normalize';

type Maybe = string | null | undefined;

/**
 * What a row is found by in a search box: its names as normalizeName writes them (case,
 * spacing, zero-width spaces and the order of Khmer marks aside) and its numbers as normalizeId
 * does (spaces, dashes and Khmer digits aside). Worked out once per row, not per keystroke:
 * a reconciliation of 10,000 rows is searched as the inspector types.
 */
export function searchText(names: readonly Maybe[], numbers: readonly Maybe[]): string {
  const parts: string[] = [];
  for (const n of names) if (n) parts.push(normalizeName(n));
  for (const n of numbers) {
    const id = n ? normalizeId(n) : null;
    if (id) parts.push(id);
  }
  // A line apart each, so that a query never runs from one into the next.
  return parts.join('\n');
}

/**
 * Whether a row's searchText holds what was typed, as a name or as a number ("012 345" finds
 * 012345678); null for a blank query, which every row passes.
 */
export function searchFor(query: string): ((text: string) => boolean) | null {
  const name = normalizeName(query);
  const number = normalizeId(query);
  if (name === '' && number === null) return null;
  return (text) => (name !== '' && text.includes(name)) || (number !== null && text.includes(number));
}
