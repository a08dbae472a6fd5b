import type { Roster } from './generate';

/** One CSV cell: quoted when it holds a quote, comma or line break; null is blank. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A labelled roster as the two files the reconcile CLI reads, with its headers
 * (README: `--registered` and `--onsite`); on-site row ids are the roster's ids, so its truth still applies.
 */
export function rosterCsv(roster: Roster): { registered: string; onsite: string } {
  const registered = ['worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date'];
  for (const w of roster.registered) registered.push([w.workerId, w.nssfNumber, w.nationalId, w.nameKh, w.nameLatin, w.sex, w.dateOfBirth, w.hireDate].map(csvField).join(','));
  const onsite = ['row_id,name,national_id,nssf_number,sex,date_of_birth'];
  for (const o of roster.onsite) onsite.push([o.id, o.name, o.nationalId, o.nssfNumber, o.sex, o.dateOfBirth].map(csvField).join(','));
  return { registered: registered.join('\n') + '\n', onsite: onsite.join('\n') + '\n' };
}
