import { describe, expect, it } from 'vitest';
import { khmerFromLetters, mayBeLetterByLetter } from '../../../src/domain/names/letter-by-letter';
import { romanizeKhmer } from '../../../src/domain/names/romanize';

describe('letter-by-letter Latin (ALA-LC) read back into Khmer', () => {
  it('writes each letter back, consonants together as a cluster', () => {
    expect(khmerFromLetters('Seṅ Srī Nāṅ')).toBe('សេង ស្រី នាង');
    expect(khmerFromLetters('Vaṅs Mālā')).toBe('វង្ស មាលា');
    expect(khmerFromLetters('Gaṅ Vicitr')).toBe('គង វិចិត្រ');
    expect(khmerFromLetters('Saṃṇāṅ Tāṃṅ')).toBe('សំណាង តាំង');
    expect(khmerFromLetters('TĀṂṄ LAKKHIṆĀ')).toBe('តាំង លក្ខិណា');
    // A word that starts with a vowel starts with អ.
    expect(khmerFromLetters('Ẏṅ')).toBe('អឹង');
  });

  it('so that the romanizer reads it as the register writes it', () => {
    expect(romanizeKhmer(khmerFromLetters('Yẏm Cariyā')!)).toBe('Yim Chariya');
    expect(romanizeKhmer(khmerFromLetters('mās vicitr')!)).toBe('Meas Vichet');
  });

  it('takes for such a name one with the scheme\'s marks, in either Unicode form, and no other', () => {
    expect(mayBeLetterByLetter('Cān Ṇā')).toBe(true);
    expect(mayBeLetterByLetter('Ca\u0304n')).toBe(true);
    // Stripped of its marks, a name written so cannot be told from one typed by ear with a slip (Cjenda, Hengg).
    expect(mayBeLetterByLetter('Gym Hen')).toBe(false);
    expect(mayBeLetterByLetter('Sok Dara')).toBe(false);
    expect(mayBeLetterByLetter('Chan Sophea')).toBe(false);
    expect(mayBeLetterByLetter('Nget Chenda')).toBe(false);
  });

  it('gives none for a word with a letter or a vowel sequence the scheme does not write', () => {
    expect(khmerFromLetters('Sopheaktr')).toBeNull();
    expect(khmerFromLetters('Zaq')).toBeNull();
    expect(khmerFromLetters('')).toBeNull();
  });
});
