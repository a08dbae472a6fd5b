/**
 * The first schema. Each entry is one statement: PGlite's parameterised query path takes
 * one statement at a time, and the migration runner uses the same path on both databases.
 */
export const SCHEMA_V1: string[] = [
  `CREATE TABLE users (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     username text NOT NULL UNIQUE,
     password_hash text NOT NULL,
     role text NOT NULL CHECK (role IN ('inspector', 'supervisor')),
     display_name text NOT NULL,
     inspector_code text NOT NULL DEFAULT '',
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  // Only a SHA-256 of the token is kept, so a copy of the database cannot sign anyone in.
  `CREATE TABLE sessions (
     token_hash text PRIMARY KEY,
     user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     created_at timestamptz NOT NULL DEFAULT now(),
     expires_at timestamptz NOT NULL,
     revoked boolean NOT NULL DEFAULT false
   )`,
  `CREATE INDEX sessions_user_idx ON sessions (user_id)`,
  `CREATE TABLE employers (
     id text PRIMARY KEY,
     nssf_employer_number text NOT NULL UNIQUE,
     name text NOT NULL,
     name_kh text NOT NULL,
     sector text NOT NULL CHECK (sector IN ('garment', 'construction', 'hospitality', 'other')),
     address text NOT NULL,
     province text NOT NULL
   )`,
  `CREATE TABLE registered_workers (
     employer_id text NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
     worker_id text NOT NULL,
     nssf_number text,
     national_id text,
     name_kh text NOT NULL,
     name_latin text,
     sex text CHECK (sex IN ('F', 'M')),
     date_of_birth date,
     hire_date date,
     wage_riel bigint CHECK (wage_riel >= 0),
     PRIMARY KEY (employer_id, worker_id)
   )`,
  `CREATE TABLE contribution_months (
     employer_id text NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
     month text NOT NULL,
     declared_workers integer NOT NULL,
     declared_wages_riel bigint NOT NULL,
     due_riel bigint NOT NULL,
     paid_riel bigint NOT NULL,
     paid_on date,
     PRIMARY KEY (employer_id, month)
   )`,
  `CREATE TABLE visits (
     id text PRIMARY KEY,
     employer_id text NOT NULL REFERENCES employers(id),
     inspector_id uuid NOT NULL REFERENCES users(id),
     scheduled_date date NOT NULL,
     reason text NOT NULL CHECK (reason IN ('complaint', 'routine')),
     complaint jsonb,
     status text NOT NULL CHECK (status IN ('assigned', 'withdrawn')),
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX visits_inspector_idx ON visits (inspector_id, status)`,
  // One row per assignment change per affected inspector; version is the pull cursor.
  `CREATE TABLE visit_events (
     version bigserial PRIMARY KEY,
     visit_id text NOT NULL REFERENCES visits(id),
     inspector_id uuid NOT NULL REFERENCES users(id),
     status text NOT NULL CHECK (status IN ('assigned', 'withdrawn')),
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX visit_events_inspector_idx ON visit_events (inspector_id, version)`,
  `CREATE TABLE client_state (
     client_id uuid PRIMARY KEY,
     user_id uuid NOT NULL REFERENCES users(id),
     last_mutation_id bigint NOT NULL DEFAULT 0,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE mutation_log (
     id bigserial PRIMARY KEY,
     client_id uuid NOT NULL REFERENCES client_state(client_id),
     mutation_id bigint NOT NULL,
     user_id uuid NOT NULL REFERENCES users(id),
     type text NOT NULL,
     visit_id text NOT NULL,
     status text NOT NULL CHECK (status IN ('applied', 'rejected')),
     reason text,
     payload jsonb,
     applied_at timestamptz NOT NULL DEFAULT now(),
     UNIQUE (client_id, mutation_id)
   )`,
  `CREATE INDEX mutation_log_visit_idx ON mutation_log (visit_id, applied_at)`,
  `CREATE TABLE tallies (
     visit_id text PRIMARY KEY REFERENCES visits(id),
     count integer NOT NULL CHECK (count >= 0),
     updated_by uuid NOT NULL REFERENCES users(id),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE onsite_workers (
     id uuid PRIMARY KEY,
     visit_id text NOT NULL REFERENCES visits(id),
     data jsonb NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX onsite_workers_visit_idx ON onsite_workers (visit_id)`,
  `CREATE TABLE reconciliations (
     visit_id text PRIMARY KEY REFERENCES visits(id),
     data jsonb NOT NULL,
     run_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE notices (
     id uuid PRIMARY KEY,
     visit_id text NOT NULL REFERENCES visits(id),
     data jsonb NOT NULL,
     total_riel bigint NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX notices_visit_idx ON notices (visit_id)`,
  `CREATE TABLE penalty_schedules (
     version integer PRIMARY KEY,
     document jsonb NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
];
