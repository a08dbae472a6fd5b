import type { Db } from '../../../src/server/db/db';
import { hashPassword } from '../../../src/server/auth/password';

export const EXTRA_PASSWORD = 'field-pass-2026';

/** An inspector of the test's own, so revoking or locking them out leaves the demo users alone. */
export async function addInspector(db: Db, username: string, password = EXTRA_PASSWORD): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO users (username, password_hash, role, display_name, inspector_code) VALUES ($1, $2, 'inspector', $1, 'TEST-1') RETURNING id`,
    [username, await hashPassword(password)],
  );
  return rows[0].id;
}
