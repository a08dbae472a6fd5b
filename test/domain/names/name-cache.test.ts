import { describe, it, expect } from 'vitest';
import { NameCache } from '../../../src/domain/names/name-cache';
import { compareName, oneEditApart } from '../../../src/domain/reconcile/compare-name';

describe('NameCache ids', () => {
  const cache = new NameCache();
  const ring = (name: string) => cache.form(name).ringId;
  const spelling = (name: string) => cache.form(name).spellingId;

  it('gives one ring id to the same words in either order, joined or split', () => {
    expect(ring('Dara Sok')).toBe(ring('Sok Dara'));
    expect(ring('Sreymom Chan')).toBe(ring('Chan Srey Mom'));
    expect(ring('សុខ ដារ៉ា')).toBe(ring('ដារ៉ាសុខ'));
  });

  it('tells apart names with the same letters in another order: two families, not one name', () => {
    expect(ring('Ouk Rithy')).not.toBe(ring('Keo Rithy'));
    expect(ring('អ៊ុក ចរិយា')).not.toBe(ring('Keo Chariya'));
  });

  it('gives every vowel spelling of one name one spelling id, so frequency counts them together', () => {
    expect(spelling('Som Kosol')).toBe(spelling('Sam Kosal'));
    expect(spelling('Kosal Sam')).toBe(spelling('Sam Kosal'));
    expect(spelling('Sok Dara')).not.toBe(spelling('Keo Dara'));
  });

  it('gives a name without letters no ids', () => {
    expect(ring('  ')).toBe(-1);
    expect(spelling('-')).toBe(-1);
  });
});

describe('flat keys and one-edit names', () => {
  const cache = new NameCache();

  it('keys a Latin name written on site with a space typed one letter off as the registered name', () => {
    expect(cache.onsite('Hen gChanthu').flatId).toBe(cache.form('HENG CHANTHU').joinedKeyId);
    expect(cache.onsite('Hen gChanthu').flatId).toBe(cache.form('ហេង ចន្ធូ').joinedKeyId);
    expect(cache.onsite('Heng Chanthu').flatId).not.toBe(cache.form('Heng Chantha').joinedKeyId);
  });

  it('takes a space moved, or one letter wrong in a long enough name, as a near spelling', () => {
    const level = (a: string, b: string) => compareName(cache.onsite(a), [cache.form(b)])?.level;
    expect(level('Hen gChanthu', 'ហេង ចន្ធូ')).toBe('phonetic');
    expect(level('ly seari', 'LY NEARY')).toBe('similar');
    expect(level('NU SERY NICH', 'NOU SREY NICH')).toBe('similar');
    // Too short for one letter to say it is the same name.
    expect(level('Sok Ny', 'Sok My')).not.toBe('similar');
  });

  it('counts one insertion, deletion, substitution or neighbour swap as one edit, and no more', () => {
    expect(oneEditApart('lesere', 'lenere')).toBe(true);
    expect(oneEditApart('nosereneC', 'nosreneC')).toBe(true);
    expect(oneEditApart('sokdara', 'sokadra')).toBe(true);
    expect(oneEditApart('sokdara', 'sokdara')).toBe(false);
    expect(oneEditApart('sokdara', 'soktala')).toBe(false);
    expect(oneEditApart('sokdara', 'sokdaraaa')).toBe(false);
  });
});
