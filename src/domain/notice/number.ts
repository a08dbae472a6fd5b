/**
 * Notice numbers without a network. The server reserves each inspector blocks of numbers per
 * year and never issues a number twice; a device keeps its blocks and the numbers it has used,
 * and numbers notices from them offline. Two phones of one inspector hold different blocks, and
 * a reinstalled phone gets a fresh block: numbers of the lost block stay unused, never reissued.
 * `used` is the printed numbers the device has issued, as the store keeps them.
 */

/** Numbers from..to inclusive, reserved for one inspector and one year (the protocol's NumberBlock adds when). */
export interface NumberBlock {
  inspectorCode: string;
  year: number;
  from: number;
  to: number;
}

export interface NoticeNumber {
  inspectorCode: string;
  year: number;
  seq: number;
}

/** Printed as six digits at least ("000123"), so numbers sort and read alike; more digits if ever needed. */
const SEQ_DIGITS = 6;
const YEAR_DIGITS = 4;
const CODE = /^[^/\s]+$/;
const NUMBER = /^([^/\s]+)\/(\d{4})\/(\d+)$/;

/**
 * The server's allocator: the next `size` numbers after every block it has ever issued for this
 * inspector and year. `existing` is all of them, including blocks of devices since wiped.
 */
export function allocateBlock(existing: readonly NumberBlock[], inspectorCode: string, year: number, size: number): NumberBlock {
  checkCode(inspectorCode);
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`A block holds at least one number, not ${size}.`);
  const last = existing.filter((b) => b.inspectorCode === inspectorCode && b.year === year).reduce((max, b) => Math.max(max, b.to), 0);
  return { inspectorCode, year, from: last + 1, to: last + size };
}

/**
 * The lowest unused number of this year's blocks; null when they are used up (the UI says: go
 * online to reserve more). A block of another year has expired: a number carries its year.
 */
export function nextNumber<B extends NumberBlock>(blocks: readonly B[], used: readonly string[], year: number): { block: B; seq: number } | null {
  const current = blocks.filter((b) => b.year === year).sort((a, b) => a.from - b.from || a.inspectorCode.localeCompare(b.inspectorCode));
  for (const block of current) {
    const taken = usedIn(block, used);
    let seq = block.from;
    for (const n of taken) {
      if (n > seq) break;
      if (n === seq) seq++;
    }
    if (seq <= block.to) return { block, seq };
  }
  return null;
}

/** Numbers still free in this year's blocks. */
export function remainingNumbers(blocks: readonly NumberBlock[], used: readonly string[], year: number): number {
  return blocks.filter((b) => b.year === year).reduce((sum, b) => sum + (b.to - b.from + 1) - usedIn(b, used).length, 0);
}

/** Whether to reserve more while online: fewer than `threshold` numbers left this year. */
export function needsMoreNumbers(blocks: readonly NumberBlock[], used: readonly string[], year: number, threshold: number): boolean {
  return remainingNumbers(blocks, used, year) < threshold;
}

/** "PP-014/2026/000123". */
export function formatNoticeNumber(inspectorCode: string, year: number, seq: number): string {
  checkCode(inspectorCode);
  if (!Number.isSafeInteger(year) || year < 0 || String(year).length > YEAR_DIGITS) throw new RangeError(`Not a year: ${year}.`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`A notice number is a whole number ≥ 1, not ${seq}.`);
  return `${inspectorCode}/${String(year).padStart(YEAR_DIGITS, '0')}/${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

/** The parts of a printed notice number, or null when it is not one. */
export function parseNoticeNumber(text: string): NoticeNumber | null {
  const m = NUMBER.exec(text.trim());
  if (!m || m[3].length < SEQ_DIGITS) return null;
  const seq = Number(m[3]);
  return Number.isSafeInteger(seq) && seq >= 1 ? { inspectorCode: m[1], year: Number(m[2]), seq } : null;
}

function usedIn(block: NumberBlock, used: readonly string[]): number[] {
  const seqs = used
    .map(parseNoticeNumber)
    .filter((u): u is NoticeNumber => u !== null && u.inspectorCode === block.inspectorCode && u.year === block.year && u.seq >= block.from && u.seq <= block.to)
    .map((u) => u.seq);
  return [...new Set(seqs)].sort((a, b) => a - b);
}

function checkCode(code: string): void {
  // The code is the first part of a printed number: a slash or a space in it would make the number unreadable.
  if (!CODE.test(code)) throw new RangeError(`An inspector code has no slash or space and is not empty: ${JSON.stringify(code)}.`);
}
