import { Hono } from 'hono';
import { SignInRequest, type SignInResponse } from '../../protocol';
import { requireAuth, type AuthEnv } from '../auth/middleware';
import { dummyHash, verifyPassword } from '../auth/password';
import { requestClientId } from '../auth/revocation';
import { createSession, revokeSession, toSessionUser, USER_COLUMNS, type UserRow } from '../auth/sessions';
import { signInSucceeded, takeSignInAttempt } from '../auth/throttle';
import type { Db } from '../db/db';
import { actorOf, audit } from '../http/audit';
import { clientIp } from '../http/client-ip';
import { HttpError, readJson } from '../http/errors';

export function sessionRoutes(db: Db) {
  const app = new Hono<AuthEnv>();

  app.post('/session', async (c) => {
    const { username, password } = await readJson(c, SignInRequest);
    // PostgreSQL text cannot hold U+0000; no real username has one.
    if (username.includes('\u0000')) {
      throw new HttpError(400, 'invalid_request', 'Invalid request body at username: contains a NUL character', {
        issues: [{ path: ['username'], message: 'contains a NUL character' }],
      });
    }
    const ip = clientIp(c);
    const attempt = await takeSignInAttempt(db, username, ip);
    if (!attempt.allowed) {
      // Logged once per window, so a flood of refused guesses cannot flood the log.
      if (attempt.firstRefusal) await audit(db, { action: 'sign_in.throttled', username, ip, details: { by: attempt.by } });
      const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
      return c.json(
        { error: 'too_many_attempts', message: `Too many failed sign-ins; try again in ${minutes} minute(s)`, retryAfterSeconds: attempt.retryAfterSeconds },
        429,
        { 'Retry-After': String(attempt.retryAfterSeconds) },
      );
    }

    const rows = await db.query<UserRow & { password_hash: string; disabled: boolean }>(
      `SELECT ${USER_COLUMNS}, u.password_hash, u.disabled_at IS NOT NULL AS disabled FROM users u WHERE lower(u.username) = lower($1)`,
      [username],
    );
    const row = rows[0];
    // An unknown name costs the same scrypt as a wrong password, so timing does not tell which it was.
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
    if (!row || !ok) {
      await audit(db, { action: 'sign_in.failure', userId: row?.id ?? null, username, ip, details: { reason: row ? 'wrong_password' : 'unknown_user' } });
      throw new HttpError(401, 'unauthorized', 'Wrong username or password');
    }
    await signInSucceeded(db, username, ip);
    const user = toSessionUser(row);
    // Told only to someone who knows the password: a guesser cannot learn which accounts are disabled.
    if (row.disabled) {
      await audit(db, { ...actorOf(c, user), action: 'sign_in.disabled' });
      throw new HttpError(403, 'account_disabled', 'This account was disabled by a supervisor');
    }
    const clientId = requestClientId(c);
    const session = await createSession(db, row.id, { clientId });
    await audit(db, { ...actorOf(c, user), action: 'sign_in.success', target: clientId });
    return c.json({ ...session, user } satisfies SignInResponse);
  });

  app.delete('/session', requireAuth(db), async (c) => {
    await revokeSession(db, c.var.token);
    await audit(db, { ...actorOf(c), action: 'sign_out', target: requestClientId(c) });
    return c.json({ ok: true });
  });

  app.get('/me', requireAuth(db), (c) => c.json(c.var.user));

  return app;
}
