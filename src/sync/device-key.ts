import { createKeyring, keyringState, unlockWithServer } from '../store/crypto/keyring';
import type { ApiClient } from './api';

export type ServerUnlock =
  | { status: 'unlocked'; key: CryptoKey; needsPin: boolean }
  /** The phone holds another inspector's data; only they (or a supervisor's revocation) can clear it. */
  | { status: 'other-inspector'; username: string }
  /** The server no longer has the key this phone's data was locked with. */
  | { status: 'key-lost' };

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * Online, the server's key opens this phone's data key (or makes one, on a phone with none). Used
 * after sign-in, after too many wrong PINs, and by background sync, which has no PIN to ask for.
 */
export async function unlockFromServer(api: Pick<ApiClient, 'deviceKey'>, username: string): Promise<ServerUnlock> {
  const state = await keyringState();
  if (state && state.username.toLowerCase() !== username.toLowerCase()) return { status: 'other-inspector', username: state.username };
  const serverKey = fromBase64((await api.deviceKey()).key);
  if (!state) return { status: 'unlocked', key: await createKeyring(username, serverKey), needsPin: true };
  const key = await unlockWithServer(serverKey);
  return key ? { status: 'unlocked', key, needsPin: !state.hasPin } : { status: 'key-lost' };
}
