import { beforeEach, describe, expect, it } from 'vitest';
import { clearSession, isSessionExpired, loadLanguage, loadSession, saveLanguage, saveSession } from '../../src/store';
import type { SignInResponse } from '../../src/protocol';

const signIn: SignInResponse = {
  token: 'tok_0123456789abcdefghij',
  expiresAt: '2030-01-01T00:00:00.000Z',
  user: { id: 'u1', username: 'dara', displayName: 'Sok Dara', role: 'inspector', inspectorCode: 'PP-014' },
};

describe('session', () => {
  beforeEach(() => clearSession());

  it('has no session before sign-in', async () => {
    expect(await loadSession()).toBeNull();
  });

  it('keeps the token, user and expiry, and nothing else', async () => {
    await saveSession({ ...signIn, password: 'secret' } as SignInResponse);
    const stored = await loadSession();
    expect(stored).toEqual(signIn);
    expect(JSON.stringify(stored)).not.toContain('secret');
  });

  it('forgets the session on sign-out', async () => {
    await saveSession(signIn);
    await clearSession();
    expect(await loadSession()).toBeNull();
  });

  it('still returns an expired session, so the inspector can keep working offline', async () => {
    await saveSession({ ...signIn, expiresAt: '2020-01-01T00:00:00.000Z' });
    const stored = await loadSession();
    expect(stored).not.toBeNull();
    expect(isSessionExpired(stored!)).toBe(true);
  });

  it('remembers the language', async () => {
    await saveLanguage('km');
    expect(await loadLanguage()).toBe('km');
    await saveLanguage('en');
    expect(await loadLanguage()).toBe('en');
  });
});
