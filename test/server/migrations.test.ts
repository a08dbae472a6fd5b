import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PENALTY_SCHEDULE } from '../../src/domain/fines/default-schedule';
import { MIGRATIONS, runMigrations } from '../../src/server/db/migrations';
import { hasUsers, seedDemo } from '../../src/server/seed/seed';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './helpers/databases';

describe.each(DATABASE_KINDS)('migrations [%s]', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t?.drop());

  it('applies every migration on an empty database, and none on the second run', async () => {
    expect(await runMigrations(t.db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await runMigrations(t.db)).toEqual([]);
    const recorded = await t.db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(recorded.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('seeds the default penalty schedule exactly once', async () => {
    await runMigrations(t.db);
    const rows = await t.db.query<{ version: number; document: unknown }>('SELECT version, document FROM penalty_schedules');
    expect(rows).toEqual([{ version: DEFAULT_PENALTY_SCHEDULE.version, document: DEFAULT_PENALTY_SCHEDULE }]);
  });

  it('lets two starts race without applying anything twice', async () => {
    const results = await Promise.all([runMigrations(t.db), runMigrations(t.db)]);
    expect(results).toEqual([[], []]);
  });

  it('applies only a newly added migration', async () => {
    const extra = { id: 999, name: 'test extra', statements: ['CREATE TABLE test_extra (id integer)'] };
    expect(await runMigrations(t.db, [...MIGRATIONS, extra])).toEqual([999]);
    expect(await runMigrations(t.db, [...MIGRATIONS, extra])).toEqual([]);
  });

  it('rolls a failing migration back completely', async () => {
    const broken = { id: 1000, name: 'broken', statements: ['CREATE TABLE half_done (id integer)', 'SELECT * FROM no_such_table'] };
    await expect(runMigrations(t.db, [...MIGRATIONS, broken])).rejects.toThrow();
    const half = await t.db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(half).toEqual([]);
  });

  it('reports whether the demo is needed, so a restart does not seed twice', async () => {
    expect(await hasUsers(t.db)).toBe(false);
    expect(await seedDemo(t.db)).toMatchObject({ users: 3, employers: 5, visits: 5 });
    expect(await hasUsers(t.db)).toBe(true);
    expect(await seedDemo(t.db)).toBeNull();
  });
});
