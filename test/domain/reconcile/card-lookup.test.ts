import { describe, expect, it } from 'vitest';
import { cardHolders } from '../../../src/domain/reconcile/card-lookup';
import { registered } from './fixtures';

const dara = registered({ workerId: 'w-dara', nationalId: '012345678', nssfNumber: '10000001', nameKh: 'សុខ ដារ៉ា', nameLatin: 'SOK DARA' });
const vuthy = registered({ workerId: 'w-vuthy', nationalId: '099887766', nssfNumber: '10000002', nameKh: 'ជា វុទ្ធី' });
const copied = registered({ workerId: 'w-copied', nationalId: '055512345', nssfNumber: '10000009', nameKh: 'សុខ ដារ៉ា' });
const register = [dara, vuthy, copied];
const found = (raw: string) => cardHolders(register, raw).map((h) => [h.worker.workerId, h.field, h.agreement]);

describe('looking a worker up by the number on their card', () => {
  it('finds the holder of a national ID or an NSSF number, however the number is written', () => {
    expect(found('012345678')).toEqual([['w-dara', 'nationalId', 'equal']]);
    expect(found('0123 456-78')).toEqual([['w-dara', 'nationalId', 'equal']]);
    expect(found('០១២៣៤៥៦៧៨')).toEqual([['w-dara', 'nationalId', 'equal']]);
    // The leading zero a spreadsheet dropped from the register's copy, or the inspector from theirs.
    expect(found('12345678')).toEqual([['w-dara', 'nationalId', 'equal']]);
    expect(found('NSSF-10000002')).toEqual([['w-vuthy', 'nssfNumber', 'equal']]);
  });

  it('offers a register entry one slip from the card only when no entry has the number itself', () => {
    // 055512354: the last two digits swapped on the register's copy of this card.
    expect(found('055512354')).toEqual([['w-copied', 'nationalId', 'transposed']]);
    // 10000001 is Dara's own NSSF number, so 10000009 and 10000002, a digit away, are not offered.
    expect(found('10000001')).toEqual([['w-dara', 'nssfNumber', 'equal']]);
    expect(found('10000003').map(([id]) => id).sort()).toEqual(['w-copied', 'w-dara', 'w-vuthy']);
  });

  it('finds no one for a number nobody holds, a blank, or a placeholder', () => {
    expect(found('077777123')).toEqual([]);
    expect(found('   ')).toEqual([]);
    expect(found('000000000')).toEqual([]);
    expect(found('1234')).toEqual([]);
  });

  it('names each worker once, by the number that agrees best', () => {
    const both = registered({ workerId: 'w-both', nationalId: '123456780', nssfNumber: '123456789' });
    expect(cardHolders([both], '123456789').map((h) => [h.field, h.agreement])).toEqual([['nssfNumber', 'equal']]);
  });
});

describe('looking a worker up by a card number with a digit dropped on the register', () => {
  it('offers the register entry a digit short of the card', () => {
    expect(cardHolders([registered({ workerId: 'w-short', nationalId: '12402710' })], '102402710').map((h) => h.agreement)).toEqual(['oneDigit']);
  });
});
