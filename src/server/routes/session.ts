import { Hono } from 'hono';
import { SignInRequest, type SignInResponse } from '../../protocol';
import { requireAuth, type AuthEnv } from '../auth/middleware';
import { dummyHash, verifyPassword } from '../auth/password';
import { createSession, revokeSession, toSessionUser, USER_COLUMNS, type UserRow } from '../auth/sessions';
import type { Db } from '../db/db';
import { HttpError, readJson } from '../http/errors';

export function sessionRoutes(db: Db) {
  const app = new Hono<AuthEnv>();

  app.post('/session', async (c) => {
    const { username, password } = await readJson(c, SignInRequest);
    const rows = await db.query<UserRow & { password_hash: string }>(
      `SELECT ${USER_COLUMNS}, u.password_hash FROM users u WHERE lower(u.username) = lower($1)`,
      [username],
    );
    const row = rows[0];
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
    if (!row || !ok) throw new HttpError(401, 'unauthorized', 'Wrong username or password');
    const session = await createSession(db, row.id);
    return c.json({ ...session, user: toSessionUser(row) } satisfies SignInResponse);
  });

  app.delete('/session', requireAuth(db), async (c) => {
    await revokeSession(db, c.var.token);
    return c.json({ ok: true });
  });

  app.get('/me', requireAuth(db), (c) => c.json(c.var.user));

  return app;
}
