import { describe, it, expect } from 'vitest';
import { nameWritings, registeredWritings } from '../../../src/domain/names/name-writings';
import { normalizeName } from '../../../src/domain/names/normalize';

const parts = (raw: string) => nameWritings(raw).map(normalizeName);

describe('nameWritings', () => {
  it('gives a name in one script as it is', () => {
    expect(nameWritings('SOK DARA')).toEqual(['SOK DARA']);
    expect(nameWritings('សុខ ដារ៉ា')).toEqual(['សុខ ដារ៉ា']);
    expect(nameWritings('')).toEqual(['']);
  });

  it('parts a cell written in both scripts into its Khmer and its Latin writing, Khmer first', () => {
    expect(parts('សុខ ដារ៉ា (SOK DARA)')).toEqual(['សុខ ដារ៉ា', 'sok dara']);
    expect(parts('Chan Srey Mom / ចាន់\u200bស្រីមុំ')).toEqual(['ចាន់ ស្រីមុំ', 'chan srey mom']);
  });

  it('reads a cell with a word in each script (a clerk who changed keyboards mid-name) whole too, after its parts', () => {
    expect(parts('សុខDara')).toEqual(['សុខ', 'dara', 'សុខdara']);
    expect(parts('ចាន់ SOPHEA')).toEqual(['ចាន់', 'sophea', 'ចាន់ sophea']);
    expect(parts('Sok ស្រីមុំ')).toEqual(['ស្រីមុំ', 'sok', 'sok ស្រីមុំ']);
    // The name written in both scripts, a word or more each, is two writings only.
    expect(parts('សុខ ដារ៉ា SOK DARA')).toEqual(['សុខ ដារ៉ា', 'sok dara']);
  });

  it('reads a part in brackets in the same script as another writing, and the name without it', () => {
    expect(parts('UK MEALEAR (Oun)')).toEqual(['uk mealear', 'oun']);
    expect(parts('Dara [Sok Dara]')).toEqual(['dara', 'sok dara']);
    expect(parts('ឈឹម សុធា（ធា）')).toEqual(['ឈឹម សុធា', 'ធា']);
    // Brackets around the whole name, or around nothing, are only punctuation.
    expect(parts('(Sok Dara)')).toEqual(['sok dara']);
    expect(parts('Sok Dara ()')).toEqual(['sok dara']);
  });

  it('reads a name after a word of kinship or respect without it first, and as written too (Oun is also a family name)', () => {
    expect(parts('MING CHEY BOPHA')).toEqual(['chey bopha', 'ming chey bopha']);
    expect(parts('Bong. Sok Dara')).toEqual(['sok dara', 'bong sok dara']);
    expect(parts('OUN SREYMOM')).toEqual(['sreymom', 'oun sreymom']);
    expect(parts('ពូ\u200bអៀង\u200bកុសល')).toEqual(['អៀង កុសល', 'ពូ អៀង កុសល']);
    expect(parts('មីងសុខ ស្រីមុំ')).toEqual(['សុខ ស្រីមុំ', 'មីងសុខ ស្រីមុំ']);
  });

  it('reads a name after the words spoken Khmer puts before one (A, Mi, អា, មី, ចៅ) without them too', () => {
    expect(parts('A Dara')).toEqual(['dara', 'a dara']);
    expect(parts('Mi Sreymom')).toEqual(['sreymom', 'mi sreymom']);
    expect(parts('អាដារ៉ា')).toEqual(['ដារ៉ា', 'អាដារ៉ា']);
    expect(parts('មី ស្រីមុំ')).toEqual(['ស្រីមុំ', 'មី ស្រីមុំ']);
    expect(parts('ចៅសុខា')).toEqual(['សុខា', 'ចៅសុខា']);
    // មីង (aunt) begins with មី: the longer word is the one taken off.
    expect(parts('មីងសុខា')).toEqual(['សុខា', 'មីងសុខា']);
    // Chau (Châu) is a Vietnamese name, read as written.
    expect(parts('Chau Van An')).toEqual(['chau van an']);
  });

  it('leaves a kin word alone where it is the whole name, or where a name begins with its letters and a sign', () => {
    expect(parts('Oun')).toEqual(['oun']);
    expect(parts('UK MEALEAR (Oun)')).toEqual(['uk mealear', 'oun']);
    // តាំង (Tang) begins with តា (grandfather), but its ា takes a sign.
    expect(parts('តាំង សុខា')).toEqual(['តាំង សុខា']);
    expect(parts('តា សុខ ដារា')).toEqual(['សុខ ដារា', 'តា សុខ ដារា']);
    expect(parts('តាសុខលីហួរ')).toEqual(['សុខលីហួរ', 'តាសុខលីហួរ']);
    // តារា (Dara) keeps its writing as written beside it, which agrees with a register's តារា better.
    expect(parts('តារា សុខ')).toEqual(['រា សុខ', 'តារា សុខ']);
  });

  it('reads a name without the titles a clerk writes with it, before it, after it or after the comma of "family, given"', () => {
    expect(parts('NEAK SREY LI PHALLA')).toEqual(['li phalla', 'neak srey li phalla']);
    expect(parts('THIDA VANN LOOK SREY')).toEqual(['thida vann', 'thida vann look srey']);
    expect(parts('SOK, Mr. Dara')).toEqual(['sok dara', 'sok mr dara']);
    expect(parts('Chhim, Bong Davuth')).toEqual(['chhim davuth', 'chhim bong davuth']);
    expect(parts('KANHA SAM PHALLA')).toEqual(['sam phalla', 'kanha sam phalla']);
    expect(parts('កញ្ញា សុគន្ធា\u200bឃាង')).toEqual(['សុគន្ធា ឃាង', 'កញ្ញា សុគន្ធា ឃាង']);
    expect(parts('អ្នកស្រី សុខ ដារា')).toEqual(['សុខ ដារា', 'សុខ ដារា']);
    // Run together, អ្នកស្រីសុភាព may be Mrs Sophea or Neak (kin) Srey Sopheap.
    expect(parts('អ្នកស្រីសុភាព')).toEqual(['ស្រីសុភាព', 'សុភាព', 'អ្នកស្រីសុភាព']);
  });

  it('takes a kin word or a name that may be a title as the name it may be, unless it comes first', () => {
    // Oun is a family name, Kanha a given name: last, they are likelier the name's own.
    expect(parts('Sophal Oun')).toEqual(['sophal oun']);
    expect(parts('Sok Kanha')).toEqual(['sok kanha']);
    // Srey begins many given names; it is a title only after Lok or Neak.
    expect(parts('Sok Srey Mom')).toEqual(['sok srey mom']);
  });
});

describe('registeredWritings', () => {
  it('gives each name of a register field that carries an alias, an alias of one word with the family name of the first', () => {
    expect(registeredWritings('SOK DARA @ SOK DARAH')).toEqual(['SOK DARA', 'SOK DARAH']);
    expect(registeredWritings('CHAN SOPHEA (ALIAS LIM SOPHEA)')).toEqual(['CHAN SOPHEA', 'LIM SOPHEA']);
    expect(registeredWritings('KEO VANNA ALIAS NA')).toEqual(['KEO VANNA', 'KEO NA']);
    expect(registeredWritings('HENG SREYMOM / HENG SREY MOM')).toEqual(['HENG SREYMOM', 'HENG SREY MOM']);
    expect(registeredWritings('កែវ វណ្ណា ហៅ ណា')).toEqual(['កែវ វណ្ណា', 'កែវ ណា']);
  });

  it('gives any other field as its one name, a word that merely contains ALIAS or ហៅ included', () => {
    expect(registeredWritings('SOK DARA')).toEqual(['SOK DARA']);
    expect(registeredWritings('CHAN SALIAS')).toEqual(['CHAN SALIAS']);
    expect(registeredWritings('ចៅ ហៅរី')).toEqual(['ចៅ ហៅរី']);
  });
});
