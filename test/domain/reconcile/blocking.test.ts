import { describe, expect, it } from 'vitest';
import { NameCache } from '../../../src/domain/names/name-cache';
import { forEachBlockedPair, type Widening } from '../../../src/domain/reconcile/blocking';
import { nameClose } from '../../../src/domain/reconcile/compare-name';
import { People } from '../../../src/domain/reconcile/people';
import { sharedOnRegister } from '../../../src/domain/reconcile/placeholders';
import { Scorer } from '../../../src/domain/reconcile/score';
import { onsite, registered } from './fixtures';

describe('forEachBlockedPair', () => {
  const register = [
    registered({ workerId: 'card', nationalId: '012345678', nameLatin: 'SOK DARA', nameKh: 'សុខ ដារ៉ា', dateOfBirth: '1990-03-04' }),
    // Born the same day: met through the date.
    registered({ workerId: 'sameDay', nameLatin: 'CHEA VUTHY', nameKh: 'ជា វុទ្ធី', dateOfBirth: '1990-03-04' }),
    // Shares only the word Dara: met through the word.
    registered({ workerId: 'word', nameLatin: 'MEAS DARA', nameKh: 'មាស ដារ៉ា', dateOfBirth: '1971-11-20' }),
  ];
  const people = new People(new NameCache(), 8, sharedOnRegister(register));
  const reg = register.map((r, i) => people.registered(r, i));
  const row = people.onsite(onsite({ name: 'Sok Dara', nationalId: '012345678', dateOfBirth: '1990-03-04' }), 0);
  const met = (widening?: Partial<Widening>) => {
    const out: string[] = [];
    const visit = (_: number, r: number) => out.push(reg[r].id);
    const all: Widening = { widen: () => false, lost: () => false, nameless: () => false, named: () => false, settled: () => false, sure: () => false, close: nameClose, visitNear: visit, ...widening };
    forEachBlockedPair([row], reg, visit, widening && all);
    return out.sort();
  };

  it('meets the worker with the ID, the one born the same day and the one sharing a word', () => {
    expect(met()).toEqual(['card', 'sameDay', 'word']);
    expect(met({})).toEqual(['card', 'sameDay', 'word']);
  });

  it('reads no other key once the ID numbers settle the row', () => {
    expect(met({ settled: () => true })).toEqual(['card']);
  });

  it('reads no word alone once the row is sure, but its date still', () => {
    expect(met({ sure: () => true })).toEqual(['card', 'sameDay']);
  });
});

describe('the search a typo away', () => {
  // Ouk Bopha is a letter from Sok Bopha, and the register writes both family names in Khmer:
  // two families, not a slip.
  const register = [
    registered({ workerId: 'ouk', nameLatin: 'OUK BOPHA', nameKh: 'អ៊ុក បុប្ផា', dateOfBirth: '1980-01-05' }),
    registered({ workerId: 'sok', nameLatin: 'SOK DARA', nameKh: 'សុខ ដារ៉ា', dateOfBirth: '1975-06-07' }),
  ];
  const people = new People(new NameCache(), 8, sharedOnRegister(register));
  const reg = register.map((r, i) => people.registered(r, i));
  const scorer = new Scorer(reg, people.nameSetCount);
  const row = people.onsite(onsite({ name: 'Sok Bopha', dateOfBirth: '1992-02-03' }), 0);
  const near = (close: Widening['close']) => {
    const out: string[] = [];
    const none = () => {};
    forEachBlockedPair([row], reg, none, { widen: () => true, lost: () => false, nameless: () => false, named: () => false, settled: () => false, sure: () => true, close, visitNear: (_, r) => out.push(reg[r].id) });
    return out;
  };

  it("reads a name's holders when its spelling is a slip from the row's", () => {
    expect(near(nameClose)).toEqual(['ouk']);
  });

  it('leaves them unread when the scorer, knowing the register, takes it for another name', () => {
    expect(scorer.namesClose(row, reg[0])).toBe(false);
    expect(near(scorer.nameClose)).toEqual([]);
  });
});

describe('a year alone on site', () => {
  // Three registered workers given the same year alone, with other names: met by the date alone.
  const register = [
    registered({ workerId: 'she', nameLatin: 'KEO SOPHEA', nameKh: 'កែវ សុភា', sex: 'F', dateOfBirth: '1990-01-01' }),
    registered({ workerId: 'he', nameLatin: 'CHEA VUTHY', nameKh: 'ជា វុទ្ធី', sex: 'M', dateOfBirth: '1990-01-01' }),
    registered({ workerId: 'unsaid', nameLatin: 'MEAS DARA', nameKh: 'មាស ដារ៉ា', sex: null, dateOfBirth: '1990-01-01' }),
  ];
  const people = new People(new NameCache(), 8, sharedOnRegister(register));
  const reg = register.map((r, i) => people.registered(r, i));
  const met = (sex: 'F' | 'M' | null) => {
    const out: string[] = [];
    const row = people.onsite(onsite({ name: 'Lim Sreymom', sex, dateOfBirth: '1990-01-01' }), 0);
    forEachBlockedPair([row], reg, (_, r) => out.push(reg[r].id));
    return out.sort();
  };

  it('meets the registered workers given that year alone but those of the other sex, whom it would take a slip in the sex and a name beyond the keys to be', () => {
    expect(met('F')).toEqual(['she', 'unsaid']);
    expect(met(null)).toEqual(['he', 'she', 'unsaid']);
  });
});
