/** The demo's "today": visits are scheduled from here, histories end the month before. Fixed so the seed is deterministic. */
export const SEED_TODAY = '2026-11-25';

const DAY_MS = 86_400_000;

export const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoDay(new Date(toDate(iso).getTime() + days * DAY_MS));
export const daysBetween = (from: string, to: string): number => Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);

export function addYears(iso: string, years: number): string {
  const d = toDate(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoDay(d);
}

/** 'YYYY-MM' months ending with `last`, oldest first. */
export function monthsUpTo(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return isoDay(new Date(Date.UTC(y, m, 0)));
}

/** Contributions for a month are due by the 15th of the next (Prakas 168/22). */
export function dueDate(month: string): string {
  return addDays(lastDayOfMonth(month), 15);
}
