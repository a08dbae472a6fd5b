import type { ContributionMonth, Employer, RegisteredWorker } from '../../protocol';
import type { Queryable } from '../db/db';

export interface EmployerRow {
  id: string;
  nssf_employer_number: string;
  name: string;
  name_kh: string;
  sector: Employer['sector'];
  address: string;
  province: string;
}

export const EMPLOYER_COLUMNS = 'e.id, e.nssf_employer_number, e.name, e.name_kh, e.sector, e.address, e.province';

export function toEmployer(row: EmployerRow): Employer {
  return {
    id: row.id,
    nssfEmployerNumber: row.nssf_employer_number,
    name: row.name,
    nameKh: row.name_kh,
    sector: row.sector,
    address: row.address,
    province: row.province,
  };
}

export async function findEmployer(db: Queryable, id: string): Promise<Employer | null> {
  const rows = await db.query<EmployerRow>(`SELECT ${EMPLOYER_COLUMNS} FROM employers e WHERE e.id = $1`, [id]);
  return rows[0] ? toEmployer(rows[0]) : null;
}

export async function listRegisteredWorkers(db: Queryable, employerId: string): Promise<RegisteredWorker[]> {
  return db.query<RegisteredWorker>(
    `SELECT worker_id AS "workerId", nssf_number AS "nssfNumber", national_id AS "nationalId",
            name_kh AS "nameKh", name_latin AS "nameLatin", sex, date_of_birth AS "dateOfBirth",
            hire_date AS "hireDate", wage_riel AS "wageRiel"
       FROM registered_workers WHERE employer_id = $1 ORDER BY worker_id`,
    [employerId],
  );
}

export async function listContributions(db: Queryable, employerId: string): Promise<ContributionMonth[]> {
  const rows = await db.query<ContributionMonth & { declarations: ContributionMonth['declarations'] | null }>(
    `SELECT month, declared_workers AS "declaredWorkers", declared_wages_riel AS "declaredWagesRiel",
            due_riel AS "dueRiel", paid_riel AS "paidRiel", paid_on AS "paidOn", declarations
       FROM contribution_months WHERE employer_id = $1 ORDER BY month`,
    [employerId],
  );
  return rows.map(({ declarations, ...m }) => (declarations ? { ...m, declarations } : m));
}
