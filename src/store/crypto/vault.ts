/*
 * The data key in use while the app is unlocked. Workers' personal data (names, ID numbers, dates
 * of birth, wages, photos) is sealed with it before it reaches IndexedDB, and opened after it is
 * read. AES-GCM authenticates as well as hides: a tampered or foreign row fails to open instead of
 * yielding wrong data.
 */

/** What a sealed value looks like on disk: a fresh 96-bit nonce and the ciphertext with its tag. */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

const AES = 'AES-GCM';
// NIST SP 800-38D: 96-bit IVs, random per message; far below the 2^32-messages-per-key limit.
const IV_BYTES = 12;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The app is locked (or was never unlocked): nothing personal can be read or written. */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('The app is locked: unlock it with your PIN (or sign in again) to see or change visit data.');
  }
}

/** A sealed value did not open: wrong key, or the bytes were altered. */
export class TamperedError extends Error {
  override name = 'TamperedError';
  constructor(readonly cause?: unknown) {
    super('Stored data could not be decrypted with this device key: it was altered or belongs to another key.');
  }
}

export class Vault {
  constructor(readonly key: CryptoKey) {}

  async sealBytes(bytes: BufferSource): Promise<Sealed> {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const data = await crypto.subtle.encrypt({ name: AES, iv }, this.key, bytes);
    return { iv, data };
  }

  async openBytes(sealed: Sealed): Promise<ArrayBuffer> {
    try {
      return await crypto.subtle.decrypt({ name: AES, iv: sealed.iv as Uint8Array<ArrayBuffer> }, this.key, sealed.data);
    } catch (error) {
      throw new TamperedError(error);
    }
  }

  seal(value: unknown): Promise<Sealed> {
    return this.sealBytes(encoder.encode(JSON.stringify(value)));
  }

  async open<T>(sealed: Sealed): Promise<T> {
    return JSON.parse(decoder.decode(await this.openBytes(sealed))) as T;
  }

  /** Many values at once; Web Crypto runs them off the main thread in parallel. */
  sealAll(values: readonly unknown[]): Promise<Sealed[]> {
    return Promise.all(values.map((v) => this.seal(v)));
  }

  openAll<T>(sealed: readonly Sealed[]): Promise<T[]> {
    return Promise.all(sealed.map((s) => this.open<T>(s)));
  }
}

/** A fresh random data key. Extractable only so it can be wrapped for the PIN and the server. */
export async function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: AES, length: 256 }, true, ['encrypt', 'decrypt']);
}
