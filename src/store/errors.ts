import type { ZodError } from 'zod';

/** The device has no room left; the write was rolled back as a whole. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(readonly cause?: unknown) {
    super('The device storage is full: nothing was saved. Free some space (or sync and remove finished visits) and try again.');
  }
}

/** A repository refused input that does not match the protocol; nothing was written. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    what: string,
    readonly issues: { path: PropertyKey[]; message: string }[],
  ) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }

  static fromZod(what: string, error: ZodError): InvalidInputError {
    return new InvalidInputError(
      what,
      error.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  }
}

const QUOTA = 'QuotaExceededError';

/** Browsers report a full disk as QuotaExceededError, or as an AbortError whose `inner` is one (Dexie docs). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const err = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (err.name === QUOTA) return true;
    e = err.inner ?? err.cause;
  }
  return false;
}

export function toStorageError(error: unknown): unknown {
  return isQuotaError(error) ? new StorageFullError(error) : error;
}
