import type { Queryable } from '../db/db';

export interface ThrottleRule {
  failures: number;
  windowSeconds: number;
}

/**
 * OWASP ASVS 2.2.1 (anti-automation): a handful of guesses per account is plenty for someone who
 * mistyped; scrypt already makes each guess slow. Per address the bar is higher because a
 * provincial office signs its inspectors in from one NAT address.
 */
export const SIGN_IN_RULES = {
  username: { failures: 5, windowSeconds: 15 * 60 },
  ip: { failures: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, ThrottleRule>;

export type Attempt =
  | { allowed: true }
  | { allowed: false; by: 'username' | 'ip'; retryAfterSeconds: number; firstRefusal: boolean };

const usernameKey = (username: string) => `user:${username.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Counts the attempt as a failure before the password is checked, in one statement, so a burst of
 * parallel guesses cannot all slip in under the limit; a success gives the reservation back.
 * A fixed window starts at the first failure and ends windowSeconds later.
 */
async function reserve(db: Queryable, key: string, rule: ThrottleRule): Promise<{ count: number; retryAfterSeconds: number }> {
  const rows = await db.query<{ failures: number; retry_after: number }>(
    `INSERT INTO sign_in_failures AS f (key, failures, window_start) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN f.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE f.failures + 1 END,
       window_start = CASE WHEN f.window_start <= now() - make_interval(secs => $2) THEN now() ELSE f.window_start END
     RETURNING f.failures, ceil(extract(epoch FROM f.window_start + make_interval(secs => $2) - now()))::integer AS retry_after`,
    [key, rule.windowSeconds],
  );
  return { count: Number(rows[0].failures), retryAfterSeconds: Math.max(1, Number(rows[0].retry_after)) };
}

async function giveBack(db: Queryable, key: string): Promise<void> {
  await db.query('UPDATE sign_in_failures SET failures = greatest(failures - 1, 0) WHERE key = $1', [key]);
}

/** Call before checking the password; a refused attempt must not be checked at all. */
export async function takeSignInAttempt(db: Queryable, username: string, ip: string): Promise<Attempt> {
  const byUser = await reserve(db, usernameKey(username), SIGN_IN_RULES.username);
  if (byUser.count > SIGN_IN_RULES.username.failures) {
    return { allowed: false, by: 'username', retryAfterSeconds: byUser.retryAfterSeconds, firstRefusal: byUser.count === SIGN_IN_RULES.username.failures + 1 };
  }
  const byIp = await reserve(db, ipKey(ip), SIGN_IN_RULES.ip);
  if (byIp.count > SIGN_IN_RULES.ip.failures) {
    await giveBack(db, usernameKey(username));
    return { allowed: false, by: 'ip', retryAfterSeconds: byIp.retryAfterSeconds, firstRefusal: byIp.count === SIGN_IN_RULES.ip.failures + 1 };
  }
  return { allowed: true };
}

/** The right password: the account's count starts over, the address gets its reservation back. */
export async function signInSucceeded(db: Queryable, username: string, ip: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE key = $1', [usernameKey(username)]);
  await giveBack(db, ipKey(ip));
  // Housekeeping while we are here: windows long over hold nothing worth keeping.
  const longest = Math.max(SIGN_IN_RULES.username.windowSeconds, SIGN_IN_RULES.ip.windowSeconds);
  await db.query('DELETE FROM sign_in_failures WHERE window_start < now() - make_interval(secs => $1)', [longest]);
}
