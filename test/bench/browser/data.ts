/**
 * A big employer's data as CSV: the fund's register (the columns the supervisor upload requires)
 * and the employer's sheet the inspector imports on site, both from the reconcile bench's
 * generator (Khmer names in Khmer script with the Latin spellings payrolls use, ID slips,
 * absent and hidden workers).
 */
import { generateRoster, REALISTIC } from '../generate';
import { prng } from '../prng';
import { csvField } from '../roster-csv';

const REGISTER_HEADER = 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date,wage_riel';
const ONSITE_HEADER = 'name,national_id,nssf_number,sex,date_of_birth';

export function bigEmployerCsv(count: number, seed = 20261126): { register: string; onsite: string; onsiteRows: number } {
  const roster = generateRoster(count, REALISTIC, seed);
  const wage = prng(seed + 1);
  const register = [REGISTER_HEADER];
  for (const w of roster.registered) {
    // Garment-sector wages: the 2025 minimum (about 208 USD) up to a line supervisor's pay, in riel.
    const riel = Math.round((850_000 + wage() * 750_000) / 1000) * 1000;
    register.push([w.workerId, w.nssfNumber, w.nationalId, w.nameKh, w.nameLatin, w.sex, w.dateOfBirth, w.hireDate, riel].map(csvField).join(','));
  }
  const onsite = [ONSITE_HEADER];
  for (const o of roster.onsite) onsite.push([o.name, o.nationalId, o.nssfNumber, o.sex, o.dateOfBirth].map(csvField).join(','));
  return { register: register.join('\n') + '\n', onsite: onsite.join('\n') + '\n', onsiteRows: roster.onsite.length };
}
