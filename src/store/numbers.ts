import { NumberBlock } from '../protocol';
import { z } from 'zod';
import type { HeadcountDb } from './db';
import { writeTx } from './write';

/*
 * Notice numbers reserved from the server while online, and the ones this device has used.
 * Both live in the same database as the notices, so a number is marked used in the same
 * transaction that issues the notice carrying it.
 */
const BLOCKS = 'numberBlocks';
const USED = 'usedNumbers';

const Blocks = z.array(NumberBlock);
const Used = z.array(z.string());

export async function getNumberBlocks(db: HeadcountDb): Promise<NumberBlock[]> {
  const parsed = Blocks.safeParse((await db.meta.get(BLOCKS))?.value);
  return parsed.success ? parsed.data : [];
}

export async function getUsedNumbers(db: HeadcountDb): Promise<string[]> {
  const parsed = Used.safeParse((await db.meta.get(USED))?.value);
  return parsed.success ? parsed.data : [];
}

export async function addNumberBlock(db: HeadcountDb, block: NumberBlock): Promise<void> {
  const b = NumberBlock.parse(block);
  await writeTx(db, [db.meta], async () => {
    const blocks = await getNumberBlocks(db);
    if (!blocks.some((x) => x.year === b.year && x.from === b.from)) blocks.push(b);
    await db.meta.put({ key: BLOCKS, value: blocks });
  });
}

/** Call inside a transaction over db.meta. Refuses a number already used: it would be a duplicate notice. */
export async function markNumberUsed(db: HeadcountDb, number: string): Promise<void> {
  const used = await getUsedNumbers(db);
  if (used.includes(number)) throw new Error(`Notice number ${number} was already used on this device`);
  used.push(number);
  await db.meta.put({ key: USED, value: used });
}
