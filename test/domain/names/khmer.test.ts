import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { canonicalKhmer } from '../../../src/domain/names/khmer-order';
import { normalizeName } from '../../../src/domain/names/normalize';
import { romanizeKhmer } from '../../../src/domain/names/romanize';
import { phoneticKey } from '../../../src/domain/names/phonetic';
import { nameKey } from '../../../src/domain/names/name-form';
import { jaroWinkler } from '../../../src/domain/names/jaro-winkler';

describe('canonicalKhmer', () => {
  it('puts a vowel typed before the subscript after it', () => {
    // ស + ី + ្រ (vowel first) renders as ស្រី
    expect(canonicalKhmer('ស\u17b8\u17d2រ')).toBe('ស្រី');
  });

  it('puts the register shifter before the vowel and nikahit after ុ', () => {
    expect(canonicalKhmer('ម\u17bb\u17c9')).toBe('ម\u17c9\u17bb');
    expect(canonicalKhmer('ម\u17c6\u17bb')).toBe('មុំ');
  });

  it('puts coeng RO after the other subscripts', () => {
    expect(canonicalKhmer('ស\u17d2រ\u17d2ត')).toBe('ស\u17d2ត\u17d2រ');
  });

  it('joins the two-part vowels typed as their pieces', () => {
    expect(canonicalKhmer('ក\u17c1\u17b8')).toBe('កើ');
    expect(canonicalKhmer('ក\u17c1\u17b6')).toBe('កោ');
  });

  it('writes subscript DA as subscript TA, which looks and sounds the same', () => {
    expect(canonicalKhmer('ឧត\u17d2ដម')).toBe('ឧត្តម');
    expect(normalizeName('ចិន\u17d2ដា  ឧត\u17d2ដម')).toBe(normalizeName('ចិន្តា ឧត្តម'));
    // DA itself, not subscript, is another letter.
    expect(canonicalKhmer('ដារា')).toBe('ដារា');
  });

  it('leaves a well-formed name alone and is idempotent', () => {
    for (const n of ['សុខ ដារ៉ា', 'វុទ្ធី', 'ស្រីមុំ', 'ចន្ធូ']) expect(canonicalKhmer(n)).toBe(n);
    // Found by the property below: a vowel typed in pieces, joined after reordering, beside the same vowel.
    expect(canonicalKhmer('ក\u17c1\u17b6\u17c1\u17c9\u17b6')).toBe('ក\u17c9\u17c4');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'កសម្រុំាីេ៉\u17d2 ') }), (s) => {
      expect(canonicalKhmer(canonicalKhmer(s))).toBe(canonicalKhmer(s));
    }));
  });

  it('makes names typed on different keyboards compare equal after normalizeName', () => {
    expect(normalizeName('ស\u17b8\u17d2រ\u200bម\u17c6\u17bb')).toBe(normalizeName('ស្រី មុំ'));
  });
});

describe('romanizeKhmer', () => {
  it.each([
    ['សុខ', 'Sok'], ['ចាន់', 'Chan'], ['ជា', 'Chea'], ['សុភា', 'Sophea'], ['វុទ្ធី', 'Vuthy'], ['ដារា', 'Dara'],
    ['ដារ៉ា', 'Dara'], ['ពៅ', 'Pov'], ['ស្រីមុំ', 'Sreymom'], ['កែវ', 'Keo'], ['សំណាង', 'Samnang'], ['ហេង', 'Heng'],
    ['វណ្ណា', 'Vanna'], ['ចន្ធូ', 'Chanthou'], ['ផល្លា', 'Phalla'], ['មករា', 'Makara'], ['ប្រាក់', 'Prak'],
  ])('writes %s as %s', (kh, latin) => {
    expect(romanizeKhmer(kh)).toBe(latin);
  });

  it('keeps the words of a name apart', () => {
    expect(romanizeKhmer('សុខ ដារា')).toBe('Sok Dara');
  });

  it.each([
    ['សុជាតិ', 'Socheat'], ['ភូមិ', 'Phoum'], ['ហេតុ', 'Het'], ['សីហនុ', 'Seyhanu'],
  ])('drops ិ or ុ on a last letter after a long vowel, keeps it after a short one: %s as %s', (kh, latin) => {
    expect(romanizeKhmer(kh)).toBe(latin);
  });

  it.each([['តាំង', 'Taing'], ['វីរៈ', 'Vireak'], ['វណ្ណៈ', 'Vannak'], ['ព្រះ', 'Preah']])(
    'reads ាំង as one rhyme and a visarga as cutting the inherent vowel short: %s as %s',
    (kh, latin) => expect(romanizeKhmer(kh)).toBe(latin),
  );

  it.each([['ឧត្តម', 'Oudom'], ['នរោត្តម', 'Narodom'], ['សុវណ្ណ', 'Sovan'], ['បញ្ញា', 'Banha'], ['រស្មី', 'Reaksmey']])(
    'writes a doubled Pali consonant as names do: %s as %s',
    (kh, latin) => expect(romanizeKhmer(kh)).toBe(latin),
  );

  it.each([['វាសនា', 'Veasna'], ['រតនា', 'Ratana'], ['នារី', 'Neary']])('writes a last ា after ន as a: %s as %s', (kh, latin) => {
    expect(romanizeKhmer(kh)).toBe(latin);
  });

  it('reads ប with ៉ as p, a bare ហ between vowels as an onset, and a letter under robat as silent', () => {
    expect(romanizeKhmer('ប៉ុល ពត')).toBe('Pol Pot');
    expect(romanizeKhmer('សីហមុនី')).toBe('Seyhamuny');
    expect(romanizeKhmer('ធម៌')).toBe('Tho');
  });
});

describe('phonetic keys', () => {
  it.each([
    ['Sok', 'Sokh'], ['Chea', 'Chear'], ['Sophea', 'Sophear'], ['Vuthy', 'Voeuthy'], ['Pov', 'Peou'], ['Srey', 'Srei'],
    ['Meas', 'Meah'], ['Kim', 'Kym'], ['Bopha', 'Bupha'], ['Kanha', 'Kagna'], ['Keo', 'Kaev'], ['Mony', 'Moni'],
  ])('gives %s and %s one key', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it('reads ny as the palatal nasal only before a vowel, as in Nyek, not at the end of Mony', () => {
    expect(phoneticKey('Nyek')).toBe(phoneticKey('Nhek'));
    expect(phoneticKey('Sreyny')).toBe(phoneticKey('Sreini'));
  });

  it('gives ប one key whether written b or p, as names write it both ways', () => {
    expect(phoneticKey('Banha')).toBe(phoneticKey('Panha'));
    expect(phoneticKey('Pagna')).toBe(phoneticKey('Panha'));
    expect(phoneticKey('Vibol')).toBe(phoneticKey('Vipol'));
  });

  it('hears the stop before sm in រស្មី or not: Reaksmey and Rasmey differ in the vowel only', () => {
    expect(phoneticKey('Raksmey')).toBe(phoneticKey('Rasmey'));
  });

  it('keeps different names apart', () => {
    expect(phoneticKey('Sok')).not.toBe(phoneticKey('Chan'));
    expect(phoneticKey('Dara')).not.toBe(phoneticKey('Sara'));
  });

  it.each([
    ['ស្រីមុំ', 'Srey Mom'], ['ស្រីមុំ', 'Sreymom'], ['សុខ', 'Sok'], ['ចាន់', 'Chan'], ['ជា', 'Chea'], ['សុភា', 'Sophea'],
    ['វុទ្ធី', 'Vuthy'], ['វុទ្ធី', 'Voeuthy'], ['ដារា', 'Dara'], ['ពៅ', 'Pov'], ['ពៅ', 'Peou'], ['គឹម ស្រីពៅ', 'KIM SREY PEOU'],
    ['ប្រាក់ ស្រីនី', 'PRAK SREYNY'], ['ប្រាក់ ស្រីនី', 'Prak Srey Ny'], ['ម៉ូនី', 'Mony'],
    ['រស្មី', 'Reaksmey'], ['តាំង', 'Taing'], ['វីរៈ', 'Vireak'], ['ឧត្តម', 'Oudom'], ['ឧត្តម', 'Udom'],
    ['សុជាតិ', 'Socheat'], ['វាសនា', 'Veasna'], ['បញ្ញា', 'Panha'], ['បញ្ញា', 'Banha'], ['បញ្ញា', 'Pagna'],
  ])('gives the Khmer %s and the Latin %s one name key', (kh, latin) => {
    expect(nameKey(kh)).toBe(nameKey(latin));
  });
});

describe('jaroWinkler', () => {
  it('is 1 for equal strings, high for one typo, low for unrelated names', () => {
    expect(jaroWinkler('sokdara', 'sokdara')).toBe(1);
    expect(jaroWinkler('sokdara', 'sokdra')).toBeGreaterThan(0.92);
    expect(jaroWinkler('sokdara', 'Canpopa')).toBeLessThan(0.7);
  });
});
