import { DEFAULT_PENALTY_SCHEDULE } from '../../domain/fines/default-schedule';
import type { PenaltySchedule, RegisteredWorker } from '../../protocol';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/db';
import { insertRegisteredWorkers } from '../registry/insert-workers';
import { assignVisit } from '../sync/assignments';
import { generateContributions } from './contributions';
import { EMPLOYER_PROFILES } from './employers';
import { createRng } from './prng';
import { demoVisits } from './visits';
import { generateWorkers, newIdPool } from './workers';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS = [
  { username: 'inspector.demo', displayName: 'Sok Dara', role: 'inspector', inspectorCode: 'PP-014' },
  { username: 'inspector.two', displayName: 'Chea Sophal', role: 'inspector', inspectorCode: 'KD-007' },
  { username: 'supervisor.demo', displayName: 'Keo Vanna', role: 'supervisor', inspectorCode: 'PP-001' },
] as const;

const SEED = 20261125;

export interface SeedSummary {
  users: number;
  employers: number;
  workers: number;
  visits: number;
}

export const hasUsers = async (db: Db): Promise<boolean> => (await db.query('SELECT 1 FROM users LIMIT 1')).length > 0;

/** Fills an empty, migrated database with the demo in one transaction: all of it or none. Null when it already had users. */
// Two servers starting together on one empty PostgreSQL must not both seed.
const SEED_LOCK_KEY = 72_610_002;

export async function seedDemo(db: Db, schedule: PenaltySchedule = DEFAULT_PENALTY_SCHEDULE): Promise<SeedSummary | null> {
  const rng = createRng(SEED);
  const ids = newIdPool();
  const registers = new Map<string, RegisteredWorker[]>();
  for (const profile of EMPLOYER_PROFILES) registers.set(profile.employer.id, generateWorkers(rng, profile, ids));
  const visits = demoVisits(rng, registers);
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));

  const seeded = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    if ((await tx.query('SELECT 1 FROM users LIMIT 1')).length > 0) return false;
    for (const [i, u] of DEMO_USERS.entries()) {
      await tx.query(
        'INSERT INTO users (username, password_hash, role, display_name, inspector_code) VALUES ($1, $2, $3, $4, $5)',
        [u.username, hashes[i], u.role, u.displayName, u.inspectorCode],
      );
    }
    for (const profile of EMPLOYER_PROFILES) {
      const e = profile.employer;
      const workers = registers.get(e.id)!;
      await tx.query(
        `INSERT INTO employers (id, nssf_employer_number, name, name_kh, sector, address, province)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [e.id, e.nssfEmployerNumber, e.name, e.nameKh, e.sector, e.address, e.province],
      );
      await insertRegisteredWorkers(tx, e.id, workers);
      const months = generateContributions(rng, workers, profile.habit, schedule);
      await tx.query(
        `INSERT INTO contribution_months (employer_id, month, declared_workers, declared_wages_riel, due_riel, paid_riel, paid_on, declarations)
         SELECT $1, x.month, x."declaredWorkers", x."declaredWagesRiel", x."dueRiel", x."paidRiel", x."paidOn", x.declarations
           FROM jsonb_to_recordset($2::jsonb) AS x(month text, "declaredWorkers" integer, "declaredWagesRiel" bigint,
                "dueRiel" bigint, "paidRiel" bigint, "paidOn" date, declarations jsonb)`,
        [e.id, JSON.stringify(months)],
      );
    }
    for (const v of visits) await assignVisit(tx, v.request, v.id);
    return true;
  });
  if (!seeded) return null;

  return {
    users: DEMO_USERS.length,
    employers: EMPLOYER_PROFILES.length,
    workers: [...registers.values()].reduce((n, w) => n + w.length, 0),
    visits: visits.length,
  };
}
