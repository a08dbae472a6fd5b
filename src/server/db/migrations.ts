import { DEFAULT_PENALTY_SCHEDULE } from '../../domain/fines/default-schedule';
import type { Db } from './db';
import { SCHEMA_V1 } from './schema-v1';

export interface Migration {
  id: number;
  name: string;
  statements: Array<string | { sql: string; params: unknown[] }>;
}

/** Append only: a released migration is never edited, a new one is added after it. */
export const MIGRATIONS: Migration[] = [
  { id: 1, name: 'initial schema', statements: SCHEMA_V1 },
  {
    id: 2,
    name: 'seed default penalty schedule',
    statements: [
      {
        sql: `INSERT INTO penalty_schedules (version, document) VALUES ($1, $2::jsonb) ON CONFLICT (version) DO NOTHING`,
        params: [DEFAULT_PENALTY_SCHEDULE.version, JSON.stringify(DEFAULT_PENALTY_SCHEDULE)],
      },
    ],
  },
  {
    id: 3,
    name: 'inspector match decisions',
    statements: [
      `CREATE TABLE match_decisions (
         id uuid PRIMARY KEY,
         visit_id text NOT NULL REFERENCES visits(id),
         onsite_id text NOT NULL,
         kind text NOT NULL CHECK (kind IN ('confirm', 'reject', 'hidden')),
         registered_id text,
         decided_by uuid NOT NULL REFERENCES users(id),
         decided_at timestamptz NOT NULL,
         data jsonb NOT NULL
       )`,
      `CREATE INDEX match_decisions_visit_idx ON match_decisions (visit_id)`,
    ],
  },
  {
    id: 4,
    name: 'issued notices, notice number blocks, evidence photos',
    statements: [
      `ALTER TABLE notices ADD COLUMN status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued'))`,
      `ALTER TABLE notices ADD COLUMN number text UNIQUE`,
      `ALTER TABLE notices ADD COLUMN hash text`,
      `ALTER TABLE notices ADD COLUMN issued_at timestamptz`,
      `ALTER TABLE notices ADD COLUMN supersedes uuid`,
      `CREATE INDEX notices_hash_idx ON notices (hash)`,
      // Blocks are only ever added: a number, once reserved, belongs to that block forever.
      `CREATE TABLE notice_number_blocks (
         inspector_code text NOT NULL,
         year integer NOT NULL,
         from_no integer NOT NULL,
         to_no integer NOT NULL CHECK (to_no >= from_no),
         user_id uuid NOT NULL REFERENCES users(id),
         reserved_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (inspector_code, year, from_no)
       )`,
      `CREATE TABLE photos (
         id uuid PRIMARY KEY,
         visit_id text NOT NULL REFERENCES visits(id),
         meta jsonb NOT NULL,
         data bytea,
         uploaded_at timestamptz
       )`,
      `CREATE INDEX photos_visit_idx ON photos (visit_id)`,
    ],
  },
  {
    id: 5,
    name: 'per-worker monthly declarations',
    statements: [`ALTER TABLE contribution_months ADD COLUMN declarations jsonb`],
  },
  {
    id: 6,
    name: 'sign-in throttle, revoked devices and inspectors, audit log',
    statements: [
      `ALTER TABLE users ADD COLUMN disabled_at timestamptz`,
      // The device a session was opened on (x-headcount-client), so revoking a device ends its sessions.
      `ALTER TABLE sessions ADD COLUMN client_id text`,
      // 'device' and 'inspector' tell the phone to wipe itself; a plain sign-out does not.
      `ALTER TABLE sessions ADD COLUMN revoked_reason text CHECK (revoked_reason IN ('sign_out', 'device', 'inspector'))`,
      `CREATE INDEX sessions_client_idx ON sessions (client_id) WHERE client_id IS NOT NULL`,
      `CREATE TABLE revoked_devices (
         client_id text PRIMARY KEY,
         revoked_at timestamptz NOT NULL DEFAULT now(),
         revoked_by uuid REFERENCES users(id) ON DELETE SET NULL
       )`,
      // In the database, not in memory: the count holds across restarts and across server processes.
      `CREATE TABLE sign_in_failures (
         key text PRIMARY KEY,
         failures integer NOT NULL,
         window_start timestamptz NOT NULL
       )`,
      `CREATE TABLE audit_log (
         id bigserial PRIMARY KEY,
         at timestamptz NOT NULL DEFAULT now(),
         user_id uuid REFERENCES users(id) ON DELETE SET NULL,
         username text,
         action text NOT NULL,
         target text,
         details jsonb NOT NULL DEFAULT '{}'::jsonb,
         ip text
       )`,
      `CREATE INDEX audit_log_action_target_idx ON audit_log (action, target)`,
    ],
  },
  {
    id: 7,
    name: 'device keys wrapping each phone\'s data key',
    statements: [
      `CREATE TABLE device_keys (
         user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         client_id text NOT NULL,
         key bytea NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (user_id, client_id)
       )`,
    ],
  },
];

// Arbitrary constant: two servers starting at once on one PostgreSQL take turns migrating.
const MIGRATION_LOCK_KEY = 72_610_001;

/** Applies the migrations not yet recorded in schema_migrations; safe to run on every start. */
export async function runMigrations(db: Db, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    const didApply = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) {
        if (typeof statement === 'string') await tx.query(statement);
        else await tx.query(statement.sql, statement.params);
      }
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }
  return applied;
}
