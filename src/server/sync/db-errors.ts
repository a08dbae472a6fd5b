/** What a failed statement means for a push: park the mutation, retry the batch, or give up for now. */
const code = (err: unknown): string | undefined => {
  const c = (err as { code?: unknown })?.code;
  return typeof c === 'string' ? c : undefined;
};

/**
 * SQLSTATE class 22 (data exception) and 23 (integrity constraint violation): the same mutation
 * would fail the same way on every retry and block the client's queue forever, so it is parked.
 */
export function isPermanentDbError(err: unknown): boolean {
  const c = code(err);
  return c !== undefined && (c.startsWith('22') || c.startsWith('23'));
}

/** 40001 serialization failure, 40P01 deadlock: the batch lost a race and may simply run again. */
export function isRetryableDbError(err: unknown): boolean {
  if (err instanceof RetryBatch) return true;
  const c = code(err);
  return c === '40001' || c === '40P01';
}

/** Thrown by the push itself when what it read at the start no longer holds; the batch runs again. */
export class RetryBatch extends Error {}
