/**
 * A team of inspectors, each with visits and a live session, written straight into a migrated
 * database for the soak and the load benchmark. Sessions are created directly: two hundred
 * scrypt sign-ins would cost twenty seconds before the first push.
 */
import { createSession } from '../../src/server/auth/sessions';
import type { Db } from '../../src/server/db/db';
import { assignVisit } from '../../src/server/sync/assignments';

export interface FieldTeamSpec {
  inspectors: number;
  visitsEach: number;
}

export interface FieldInspector {
  username: string;
  userId: string;
  token: string;
  visitIds: string[];
}

export interface FieldTeam {
  inspectors: FieldInspector[];
  supervisorToken: string;
}

const EMPLOYER_ID = 'emp-field-team';
/** Not a scrypt hash, so nobody can sign in as these users with any password. */
const NO_PASSWORD = 'disabled';

export async function createFieldTeam(db: Db, spec: FieldTeamSpec): Promise<FieldTeam> {
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO employers (id, nssf_employer_number, name, name_kh, sector, address, province)
       VALUES ($1, 'FT-0001', 'Field Team Garment Co.', 'រោងចក្រ', 'garment', 'Street 1', 'Phnom Penh')`,
      [EMPLOYER_ID],
    );
    const supervisor = await tx.query<{ id: string }>(
      `INSERT INTO users (username, password_hash, role, display_name) VALUES ('field.supervisor', $1, 'supervisor', 'Field Supervisor') RETURNING id`,
      [NO_PASSWORD],
    );
    const inspectors: FieldInspector[] = [];
    for (let i = 0; i < spec.inspectors; i++) {
      const username = `field.inspector.${i}`;
      const [user] = await tx.query<{ id: string }>(
        `INSERT INTO users (username, password_hash, role, display_name, inspector_code) VALUES ($1, $2, 'inspector', $1, $3) RETURNING id`,
        [username, NO_PASSWORD, `FT-${i}`],
      );
      const visitIds: string[] = [];
      for (let v = 0; v < spec.visitsEach; v++) {
        const id = `visit-ft-${i}-${v}`;
        await assignVisit(tx, { employerId: EMPLOYER_ID, inspectorUsername: username, scheduledDate: '2026-12-01', reason: 'routine', complaint: null }, id);
        visitIds.push(id);
      }
      const { token } = await createSession(tx, user.id);
      inspectors.push({ username, userId: user.id, token, visitIds });
    }
    const { token: supervisorToken } = await createSession(tx, supervisor[0].id);
    return { inspectors, supervisorToken };
  });
}
