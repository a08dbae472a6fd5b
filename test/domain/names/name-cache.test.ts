import { describe, it, expect } from 'vitest';
import { NameCache } from '../../../src/domain/names/name-cache';

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
