import type { RegisteredWorker } from '../../protocol';
import { normalizeId } from '../names/normalize';
import { compareId } from './compare-id';
import { placeholderId } from './placeholders';

/** Which of a registered worker's numbers the card's number is, and how closely. */
export interface CardHolder {
  worker: RegisteredWorker;
  field: 'nationalId' | 'nssfNumber';
  /** equal: the number itself (leading zeros a spreadsheet dropped aside); else the register's copy has one slip. */
  agreement: 'equal' | 'transposed' | 'oneDigit';
}

/** More holders than this is no longer one person's card: the register has the number on many rows. */
const MAX_HOLDERS = 5;

/**
 * The registered workers whose national ID or NSSF number is the number on a worker's card,
 * as the inspector reads it off the card on site: the way to settle a review row whose name
 * hundreds hold, or a hidden flag the worker disputes with a card in hand. Holders of the very
 * number come first; a register entry one slip from it (a digit mistyped, dropped or added, two swapped) is the
 * same card copied wrongly by a clerk, and is only offered when no entry has the number itself,
 * for a person to check. A number too short or too uniform to be anyone's (placeholders.ts)
 * finds no one.
 */
export function cardHolders(registered: readonly RegisteredWorker[], raw: string): CardHolder[] {
  const number = normalizeId(raw);
  if (number === null || placeholderId(number)) return [];
  const exact: CardHolder[] = [];
  const slipped: CardHolder[] = [];
  for (const worker of registered) {
    const found = holderOf(worker, number);
    if (found) (found.agreement === 'equal' ? exact : slipped).push(found);
  }
  return (exact.length > 0 ? exact : slipped).slice(0, MAX_HOLDERS);
}

/** The worker as the card's holder: by the number that agrees best, national ID first; null if neither is the card's. */
function holderOf(worker: RegisteredWorker, number: string): CardHolder | null {
  let best: CardHolder | null = null;
  for (const field of FIELDS) {
    const own = normalizeId(worker[field]);
    const agreement = own === null ? null : compareId(number, own);
    if (agreement === 'equal') return { worker, field, agreement };
    if (!best && (agreement === 'transposed' || agreement === 'oneDigit')) best = { worker, field, agreement };
  }
  return best;
}

const FIELDS = ['nationalId', 'nssfNumber'] as const;
