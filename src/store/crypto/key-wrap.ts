import type { Sealed } from './vault';

/*
 * The data key never rests on the device in the clear: it is stored wrapped (encrypted) under a
 * key derived from the inspector's PIN, and under a key only the server holds.
 */

// OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 with at least 600,000 iterations.
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/** The key-encryption key for a PIN; the salt makes precomputed tables useless. */
export async function deriveFromPin(pin: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** The server's per-device key arrives as 32 raw bytes; it is used for wrapping only and never stored. */
export function importServerKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, ['wrapKey', 'unwrapKey']);
}

export async function wrapDataKey(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, { name: 'AES-GCM', iv });
  return { iv, data };
}

/** Null when the wrapping key is the wrong one (a wrong PIN): AES-GCM's tag check fails. */
export async function unwrapDataKey(wrapped: Sealed, wrappingKey: CryptoKey): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      wrapped.data,
      wrappingKey,
      { name: 'AES-GCM', iv: wrapped.iv as Uint8Array<ArrayBuffer> },
      { name: 'AES-GCM', length: 256 },
      true,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return null;
  }
}
