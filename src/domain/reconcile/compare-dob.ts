/** A date of birth split once into its parts. */
export interface Dob {
  iso: string;
  year: number;
  month: number;
  day: number;
}

export type DobAgreement = 'equal' | 'dayMonthSwapped' | 'oneDigit' | 'sameYear' | 'differs';

export function toDob(iso: string | null): Dob | null {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return { iso, year: y, month: m, day: d };
}

/**
 * How two dates of birth relate. Day and month swap when a sheet written day-first is read
 * month-first (or the reverse); one wrong digit is a typing slip; the same year with another
 * day is common where people know their birth year but not the day.
 */
export function compareDob(a: Dob | null, b: Dob | null): DobAgreement | null {
  if (a === null || b === null) return null;
  if (a.iso === b.iso) return 'equal';
  if (a.year === b.year && a.day === b.month && a.month === b.day) return 'dayMonthSwapped';
  let diff = 0;
  for (let i = 0; i < a.iso.length; i++) if (a.iso.charCodeAt(i) !== b.iso.charCodeAt(i)) diff++;
  if (diff === 1) return 'oneDigit';
  return a.year === b.year ? 'sameYear' : 'differs';
}

/** Equal for a date and its day/month swap, so one block finds both. */
export function dobBlockKey(d: Dob): string {
  return `${d.year}-${Math.min(d.month, d.day)}-${Math.max(d.month, d.day)}`;
}
