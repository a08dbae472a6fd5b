import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { phoneticKey } from '../../../src/domain/names/phonetic';
import { HELD_OUT_FAMILY, HELD_OUT_GIVEN } from '../../bench/holdout-names';
import { FAMILY, GIVEN } from '../../bench/names';

/**
 * phoneticKey's rules as regular expressions, one replace per rule, in the order phonetic.ts
 * runs them: the plainest statement of what the key is, kept to check the fast version by.
 */
function phoneticKeyByRegex(token: string): string {
  let s = token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[^a-z]/g, '');
  if (s === '') return '';
  const alike: Record<string, string> = { c: 'k', g: 'k', q: 'k', x: 'ks', z: 's', w: 'v', f: 'p', d: 't', b: 'p' };
  s = s
    .replace(/([b-df-hj-np-tv-z])\1+/g, '$1')
    .replace(/ks(?=[mn])/g, 's')
    .replace(/ch+|j|tch/g, 'C')
    .replace(/ng/g, 'G')
    .replace(/nh|gn|ny(?=[aeiou])/g, 'N')
    .replace(/([kgptbdsc])h/g, '$1')
    .replace(/[cgqxzwfdb]/g, (c) => alike[c]);
  s = s.replace(/(?<=e)y(?=[ou])/g, '|').replace(/^y|y(?=[aeiou])/g, 'Y').replace(/y/g, 'i');
  s = s.replace(/h(?![aeiou])/g, '');
  s = s.replace(/([aeiou])r(?![aeiou])/g, '$1');
  s = s.replace(/([aeiou])v$/, '$1u');
  s = s.replace(/([aeiou])s$/, '$1');
  s = s.replace(/([b-df-hj-np-tv-zA-Z])\1+/g, '$1');
  return s.replace(/[aeiou]+/g, (run) => (/^a+$/.test(run) ? 'a' : /[ou]/.test(run) ? 'o' : 'e')).replace(/\|/g, '');
}

describe('phoneticKey', () => {
  it('gives what the rules as regular expressions give, on any string', () => {
    // Weighted to the letters the rules are about, so their meetings (tchh, ksn, nya, ...) come up often.
    const letter = fc.constantFrom(...'aeiouyhrnkgscjtdbvxzwfqpmlAEOUY éôʼ-œæŒ'.split(''), 'ch', 'ng', 'nh', 'ny', 'ks', 'kh', 'tch');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 24 }), (parts) => {
        const word = parts.join('');
        expect(phoneticKey(word)).toBe(phoneticKeyByRegex(word));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives what the regular expressions give on every bench name, word by word and joined', () => {
    const names = [...FAMILY, ...GIVEN, ...HELD_OUT_FAMILY, ...HELD_OUT_GIVEN].flatMap((n) => n.latin);
    expect(names.length).toBeGreaterThan(300);
    for (const name of names) {
      expect(phoneticKey(name)).toBe(phoneticKeyByRegex(name));
      expect(phoneticKey(name.replace(/ /g, '').toLowerCase())).toBe(phoneticKeyByRegex(name.replace(/ /g, '')));
    }
  });

  it("reads the UN romanization's diacritics and ligatures as the plain letters (Sŏk, Chhœm, Kâmpóng)", () => {
    for (const [un, plain] of [['Sŏk', 'Sok'], ['Chhœm', 'Chhoem'], ['YŒM', 'Yoem'], ['Kâmpóng', 'Kampong'], ['Vichĕtr', 'Vichetr']]) {
      expect(phoneticKey(un), un).toBe(phoneticKey(plain));
    }
  });

  it('keys Srey Oun run together as the two words joined, and keeps a consonant y elsewhere before a vowel', () => {
    for (const joined of ['Sreyoun', 'SREYOUN', 'Sreyun']) expect(phoneticKey(joined)).toBe(phoneticKey('Srey') + phoneticKey(joined.slice(4)));
    expect(phoneticKey('Chareya')).toBe(phoneticKey('Chariya'));
    expect(phoneticKey('Chareya')).toContain('Y');
    expect(phoneticKey('Yorn')).toContain('Y');
  });

  it('handles a word longer than its buffers', () => {
    const long = 'xaxchengnyar'.repeat(40);
    expect(phoneticKey(long)).toBe(phoneticKeyByRegex(long));
  });
});
