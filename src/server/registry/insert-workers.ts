import type { RegisteredWorker } from '../../protocol';
import type { Queryable } from '../db/db';

/**
 * Rows per statement. The rows travel as one jsonb parameter and are unpacked by
 * jsonb_to_recordset: one round trip per chunk instead of one per worker, which is what
 * keeps a 3,000-worker register fast on PGlite.
 */
const CHUNK = 1000;

export async function insertRegisteredWorkers(tx: Queryable, employerId: string, workers: RegisteredWorker[]): Promise<void> {
  for (let i = 0; i < workers.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO registered_workers
         (employer_id, worker_id, nssf_number, national_id, name_kh, name_latin, sex, date_of_birth, hire_date, wage_riel)
       SELECT $1, x."workerId", x."nssfNumber", x."nationalId", x."nameKh", x."nameLatin", x.sex,
              x."dateOfBirth", x."hireDate", x."wageRiel"
         FROM jsonb_to_recordset($2::jsonb) AS x("workerId" text, "nssfNumber" text, "nationalId" text,
              "nameKh" text, "nameLatin" text, sex text, "dateOfBirth" date, "hireDate" date, "wageRiel" bigint)`,
      [employerId, JSON.stringify(workers.slice(i, i + CHUNK))],
    );
  }
}

/** Replaces an employer's whole register, inside the caller's transaction. */
export async function replaceRegister(tx: Queryable, employerId: string, workers: RegisteredWorker[]): Promise<void> {
  await tx.query('DELETE FROM registered_workers WHERE employer_id = $1', [employerId]);
  await insertRegisteredWorkers(tx, employerId, workers);
}
