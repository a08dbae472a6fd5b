import { del, get, set } from 'idb-keyval';
import { SignInResponse } from '../protocol';
import { prefs } from './prefs';

/*
 * The signed-in session and UI language live outside the Dexie database, in a tiny key-value
 * store: signing out clears the session without touching unsynced findings, and the service
 * worker can read the token without opening the app's schema. The password is never stored.
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
  const parsed = SignInResponse.safeParse(await get(SESSION, prefs()));
  return parsed.success ? parsed.data : null;
}

export async function saveSession(response: SignInResponse): Promise<void> {
  const { token, expiresAt, user } = SignInResponse.parse(response);
  await set(SESSION, { token, expiresAt, user } satisfies StoredSession, prefs());
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
