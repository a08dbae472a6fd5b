import { formatNoticeNumber, nextNumber, type NumberBlock } from './number';

/**
 * The printed number for the notice being issued now, from the device's blocks for this year,
 * or null when they are used up (go online to reserve more). The caller marks it used in the
 * same transaction that issues the notice.
 */
export function takeNoticeNumber(blocks: readonly NumberBlock[], used: readonly string[], now: Date): string | null {
  // The phone's own calendar year: the year printed in the number is the year the employer receives it.
  const year = now.getFullYear();
  const next = nextNumber(blocks, used, year);
  return next && formatNoticeNumber(next.block.inspectorCode, year, next.seq);
}
