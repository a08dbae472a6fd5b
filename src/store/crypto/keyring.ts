import { del, get, set } from 'idb-keyval';
import { prefs } from '../prefs';
import { deriveFromPin, importServerKey, newSalt, PIN_ITERATIONS, unwrapDataKey, wrapDataKey } from './key-wrap';
import { generateDataKey, type Sealed } from './vault';

/*
 * The device's data key, as stored: wrapped for the PIN (for offline unlock) and for the server
 * (to recover after too many wrong PINs, and for background sync). Losing the PIN copy loses
 * nothing: the next online sign-in unwraps the server copy and the inspector picks a new PIN.
 */

/** A few guesses for a typo; after that only an online sign-in (password + server key) opens the data. */
export const MAX_PIN_ATTEMPTS = 5;
/** Digits only, so the phone shows its number pad; six or more, so guessing by hand is hopeless. */
export const PIN_PATTERN = /^\d{6,12}$/;

interface KeyringRecord {
  /** Whose data this key protects: another inspector signing in on this phone gets no access to it. */
  username: string;
  salt: Uint8Array;
  iterations: number;
  pin: Sealed | null;
  server: Sealed;
  failures: number;
}

const KEYRING = 'keyring';

async function load(): Promise<KeyringRecord | null> {
  const value = (await get(KEYRING, prefs())) as KeyringRecord | undefined;
  return value && value.server ? value : null;
}

const save = (record: KeyringRecord) => set(KEYRING, record, prefs());

export interface KeyringState {
  username: string;
  hasPin: boolean;
  failures: number;
}

export async function keyringState(): Promise<KeyringState | null> {
  const record = await load();
  return record ? { username: record.username, hasPin: record.pin !== null, failures: record.failures } : null;
}

/** A new data key for a device with no encrypted data yet; the PIN copy comes with setPin. */
export async function createKeyring(username: string, serverKey: Uint8Array): Promise<CryptoKey> {
  const dataKey = await generateDataKey();
  const server = await wrapDataKey(dataKey, await importServerKey(serverKey));
  await save({ username, salt: newSalt(), iterations: PIN_ITERATIONS, pin: null, server, failures: 0 });
  return dataKey;
}

/** Null when the server's key does not open this device's copy (another device's key, or a reset). */
export async function unlockWithServer(serverKey: Uint8Array): Promise<CryptoKey | null> {
  const record = await load();
  if (!record) return null;
  return unwrapDataKey(record.server, await importServerKey(serverKey));
}

/** Wraps the data key for a (new) PIN; a fresh salt each time, and the wrong-PIN count starts over. */
export async function setPin(dataKey: CryptoKey, pin: string): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('A PIN is 6 to 12 digits');
  const record = await load();
  if (!record) throw new Error('No device key to protect: sign in first');
  const salt = newSalt();
  const wrapped = await wrapDataKey(dataKey, await deriveFromPin(pin, salt, PIN_ITERATIONS));
  await save({ ...record, salt, iterations: PIN_ITERATIONS, pin: wrapped, failures: 0 });
}

export type PinUnlock =
  | { status: 'unlocked'; key: CryptoKey }
  | { status: 'wrong'; attemptsLeft: number }
  /** Too many wrong PINs: the PIN copy of the key is gone; sign in online to get back in. */
  | { status: 'locked-out' };

export async function unlockWithPin(pin: string): Promise<PinUnlock> {
  const record = await load();
  if (!record?.pin) return { status: 'locked-out' };
  const key = await unwrapDataKey(record.pin, await deriveFromPin(pin, record.salt, record.iterations));
  if (key) {
    if (record.failures > 0) await save({ ...record, failures: 0 });
    return { status: 'unlocked', key };
  }
  const failures = record.failures + 1;
  if (failures >= MAX_PIN_ATTEMPTS) {
    await save({ ...record, pin: null, failures });
    return { status: 'locked-out' };
  }
  await save({ ...record, failures });
  return { status: 'wrong', attemptsLeft: MAX_PIN_ATTEMPTS - failures };
}

/** Both wrapped copies go: whatever ciphertext remains on disk can never be opened again. */
export function deleteKeyring(): Promise<void> {
  return del(KEYRING, prefs());
}
