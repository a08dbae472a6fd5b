import { del, get, set } from 'idb-keyval';
import type { SignInResponse } from '../protocol';
import { prefs } from './prefs';

/*
 * The signed-in session and UI language live outside the Dexie database, in a tiny key-value
 * store: signing out clears the session without touching unsynced findings, and the service
 * worker can read the token without opening the app's schema. The password is never stored.
 * What is saved came through the API client's zod check; reading it back checks its shape by hand
 * so the lock screen starts without loading zod.
 */

export type StoredSession = SignInResponse;
export type Language = 'en' | 'km';

const SESSION = 'session';
const LANGUAGE = 'language';

/**
 * The stored session, or null. An expired one is still returned: offline, the inspector keeps
 * working on local data; the server's 401 on the next sync is what asks them to sign in again.
 */
export async function loadSession(): Promise<StoredSession | null> {
  const value = (await get(SESSION, prefs())) as Partial<StoredSession> | undefined;
  const user = value?.user;
  const text = (v: unknown) => typeof v === 'string' && v.length > 0;
  const ok = text(value?.token) && text(value?.expiresAt) && !!user && text(user.id) && text(user.username)
    && typeof user.displayName === 'string' && typeof user.inspectorCode === 'string' && (user.role === 'inspector' || user.role === 'supervisor');
  return ok ? (value as StoredSession) : null;
}

/** Keeps only what the app needs: a response carrying anything more (a password) loses it here. */
export async function saveSession(response: SignInResponse): Promise<void> {
  const { token, expiresAt, user: { id, username, displayName, role, inspectorCode } } = response;
  await set(SESSION, { token, expiresAt, user: { id, username, displayName, role, inspectorCode } } satisfies StoredSession, prefs());
}

export function clearSession(): Promise<void> {
  return del(SESSION, prefs());
}

export function isSessionExpired(session: StoredSession, now: Date = new Date()): boolean {
  return Date.parse(session.expiresAt) <= now.getTime();
}

export async function loadLanguage(): Promise<Language | null> {
  const value = await get(LANGUAGE, prefs());
  return value === 'en' || value === 'km' ? value : null;
}

export function saveLanguage(language: Language): Promise<void> {
  return set(LANGUAGE, language, prefs());
}
