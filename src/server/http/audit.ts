import type { Context } from 'hono';
import { z } from 'zod';
import type { SessionUser } from '../../protocol';
import type { Queryable } from '../db/db';
import { clientIp } from './client-ip';

/** Who did what: every action a supervisor or an auditor of the fund may have to answer for later. */
export const AuditAction = z.enum([
  'sign_in.success',
  'sign_in.failure',
  'sign_in.throttled',
  'sign_in.disabled',
  'sign_out',
  'device_key.created',
  'device.revoke',
  'inspector.revoke',
  'inspector.enable',
  'visit.assign',
  'visit.reassign',
  'visit.withdraw',
  'registry.import',
  'work_file.import',
  'notice.issue',
  'schedule.publish',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditRecord = z.object({
  id: z.number().int().positive(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export const AuditPage = z.object({
  entries: z.array(AuditRecord),
  /** Pass as ?before= for the next, older page; null when this was the last. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export interface AuditEntry {
  action: AuditAction;
  userId?: string | null;
  username?: string | null;
  target?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** PostgreSQL text and jsonb refuse U+0000; a hostile name must not make the audit write fail. */
const clean = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\u0000/g, '\uFFFD').slice(0, 500));

/** Appends one entry; pass a transaction to make it commit or roll back with the action it records. */
export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (user_id, username, action, target, details, ip) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
    [
      entry.userId ?? null,
      clean(entry.username),
      entry.action,
      clean(entry.target),
      JSON.stringify(entry.details ?? {}).replace(/\\u0000/g, '\\ufffd'),
      clean(entry.ip),
    ],
  );
}

/** The signed-in user and their address, the usual "who" of an entry. */
export function actorOf(c: Context, user?: SessionUser): Pick<AuditEntry, 'userId' | 'username' | 'ip'> {
  const who = user ?? (c.get('user') as SessionUser | undefined);
  return { userId: who?.id ?? null, username: who?.username ?? null, ip: clientIp(c) };
}

export const AUDIT_PAGE_MAX = 500;

export async function listAudit(db: Queryable, page: { limit: number; before?: number }): Promise<AuditPage> {
  const rows = await db.query<{
    id: number;
    at: string;
    user_id: string | null;
    username: string | null;
    action: string;
    target: string | null;
    details: Record<string, unknown>;
    ip: string | null;
  }>(
    `SELECT id, at::text AS at, user_id::text AS user_id, username, action, target, details, ip
       FROM audit_log WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2`,
    [page.before ?? null, page.limit + 1],
  );
  const entries = rows.slice(0, page.limit).map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    userId: r.user_id,
    username: r.username,
    action: r.action,
    target: r.target,
    details: r.details ?? {},
    ip: r.ip,
  }));
  return { entries, nextBefore: rows.length > page.limit ? entries[entries.length - 1].id : null };
}
