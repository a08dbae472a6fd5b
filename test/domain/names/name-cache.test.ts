import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { NameCache } from '../../../src/domain/names/name-cache';
import { compareName } from '../../../src/domain/reconcile/compare-name';
import { oneEditApart, withinTwoEdits } from '../../../src/domain/names/slips';
import { khmerWords } from '../../../src/domain/reconcile/known-words';
import type { Person } from '../../../src/domain/reconcile/people';

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
  const level = (a: string, b: string) => compareName(cache.onsite(a), [cache.form(b)])?.level;

  it('keys a Latin name written on site with a space typed one letter off as the registered name', () => {
    expect(cache.onsite('Hen gChanthu').flatId).toBe(cache.form('HENG CHANTHU').joinedKeyId);
    expect(cache.onsite('Hen gChanthu').flatId).toBe(cache.form('ហេង ចន្ធូ').joinedKeyId);
    expect(cache.onsite('Heng Chanthu').flatId).not.toBe(cache.form('Heng Chantha').joinedKeyId);
  });

  it('takes a space moved, or one letter wrong in a long enough name, as a near spelling', () => {
    expect(level('Hen gChanthu', 'ហេង ចន្ធូ')).toBe('phonetic');
    expect(level('ly seari', 'LY NEARY')).toBe('similar');
    expect(level('NU SERY NICH', 'NOU SREY NICH')).toBe('similar');
    // Too short for one letter to say it is the same name.
    expect(level('Sok Ny', 'Sok My')).not.toBe('similar');
  });

  it('takes one letter wrong as written as a near spelling where the phonetic keys drift further apart', () => {
    // "eau" is read as o, so the keys are no and nere; as written the names are one letter apart.
    expect(level('suon neauy', 'SUON NEARY')).toBe('similar');
    // The family name spelled another way (Pech, Pich: one key), the given name with two letters swapped.
    expect(level('Pech Daar', 'PICH DARA')).toBe('similar');
    expect(level('សួន នារ', 'សួន នារី')).toBe('similar');
    // Too short to tell, as with the keys: Chea Dav may be another name than Chea Davy.
    expect(level('ជា ដាវ', 'ជា ដាវី')).not.toBe('similar');
    expect(level('ហ៊ុន បុ្ផា', 'ហ៊ុន បុប្ផា')).toBe('similar');
    // A Khmer name run together with a vowel or a letter left out, in either word order.
    expect(level('គមសុភា', 'គឹម សុភា')).toBe('similar');
    expect(level('នារមាស', 'មាស នារី')).toBe('similar');
    // A letter changed in a name run together could be another name: not read as a slip.
    expect(level('សុខតារា', 'សុខ ដារា')).not.toBe('similar');
    // One script against the other is no written slip.
    expect(level('suon neauy', 'សួន នារី')).not.toBe('similar');
  });

  it('takes a name whose every word is a slip from the register\'s, with no word shared, as slipped, not as another name', () => {
    expect(level('Kin Cahriya', 'KIM CHARIYA')).toBe('slipped');
    expect(level('Sko Vnaary', 'សុខ វណ្ណារី')).toBe('slipped');
    expect(level('Mas Sreynic', 'មាស ស្រីនិច')).toBe('slipped');
    // In the other order too, said as swapped.
    expect(compareName(cache.onsite('Cahriya Kin'), [cache.form('KIM CHARIYA')])).toMatchObject({ level: 'slipped', swapped: true });
    // One word a slip and the other another name altogether is not two slips.
    expect(level('Kin Sophea', 'KIM CHARIYA')).toBe('differs');
    expect(level('Sok Dara', 'Chan Thida')).toBe('differs');
  });

  it('takes a Khmer name read off paper with two letters or signs misread or dropped as slipped, not as another name', () => {
    // ង read as ដ twice; ឈ as ឃ with a vowel sign lost; a subscript and a vowel sign dropped.
    expect(level('អេដ ហេដវណ្ណៈ', 'អេង ហេងវណ្ណៈ')).toBe('slipped');
    expect(level('ឃន ពេជ្រអូន', 'ឈុន ពេជ្រអូន')).not.toBe('differs');
    expect(level('ហែម លពនក', 'ហែម លីពន្លក')).not.toBe('differs');
    // Three slips, or a short name, say no more than another name does.
    expect(level('អេដ ហេដវណ្ណ', 'អេង ហេងវណ្ណៈ')).toBe('differs');
    expect(level('សុខ ដា', 'សួ តារា')).toBe('differs');
    // Not across scripts: a romanization is no misreading.
    expect(level('Ed Hedvanna', 'អេង ហេងវណ្ណៈ')).toBe('differs');
  });

  it('counts two insertions, deletions or substitutions as within two edits, and no more', () => {
    expect(withinTwoEdits('abcdef', 'abXdeY')).toBe(true);
    expect(withinTwoEdits('abcdef', 'abdf')).toBe(true);
    expect(withinTwoEdits('abcdef', 'abcdefgh')).toBe(true);
    expect(withinTwoEdits('abcdef', 'XbcdYfZ')).toBe(false);
    expect(withinTwoEdits('abcdef', 'abcdefghi')).toBe(false);
    expect(withinTwoEdits('', 'ab')).toBe(true);
  });

  it('agrees with the whole edit distance on any two short texts, whatever came before', () => {
    const distance = (a: string, b: string): number => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
      }
      return prev[b.length];
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ម', 'ន'), maxLength: 9 });
    fc.assert(fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 4 }), (pairs) => {
      for (const [a, b] of pairs) expect(withinTwoEdits(a, b)).toBe(distance(a, b) <= 2);
    }), { numRuns: 2000 });
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

describe('two known names are not one name misspelled', () => {
  const cache = new NameCache();
  // The word keys of a register's Khmer names, as the scorer builds them.
  const register = ['អ៊ុក សុផល', 'សុខ បុប្ផា', 'សម កុសល', 'ជា សុវណ្ណារី', 'មាស ធីតា'].map((n) => cache.form(n));
  const known = new Uint8Array(1000);
  for (const f of register) for (const id of f.keyIds) known[id] = 1;
  const level = (onsite: string, kh: string, latin: string, words = known) =>
    compareName(cache.onsite(onsite), [cache.form(kh), cache.form(latin)], words)?.level;

  it('takes a family name that is another name on the register as another name, not a near spelling', () => {
    expect(level('Ouk Bopha', 'សុខ បុប្ផា', 'SOK BOPHA')).toBe('otherName');
    expect(level('Meas Sovannary', 'ជា សុវណ្ណារី', 'CHEA SOVANNARY')).toBe('otherName');
    // The same through the Khmer name, whose words split otherwise: the Latin name shows the other family.
    expect(level('Meas Sovann Ary', 'ជា សុវណ្ណារី', 'CHEA SOVANN ARY')).toBe('otherName');
    // Without the register's words to tell, the keys are close enough to be a slip.
    expect(level('Ouk Bopha', 'សុខ បុប្ផា', 'SOK BOPHA', new Uint8Array(0))).toBe('similar');
  });

  it('takes no two slips for one name where a word is another name the register knows', () => {
    // Ouk and Sok are two families the register knows, Sophal and Bopha two given names.
    expect(level('Ouk Bpoha', 'សុខ បុប្ផា', 'SOK BOPHA')).not.toBe('slipped');
    expect(level('Sok Sophl', 'អ៊ុក សុផល', 'OUK SOPHAL')).not.toBe('slipped');
  });

  it('takes a part shared through one of the register\'s writings as another name when the other writing shows it', () => {
    const words = new Uint8Array(1000);
    for (const f of ['សុខ បុប្ផា', 'សុខ ស្រីនាង'].map((n) => cache.form(n))) for (const id of f.keyIds) words[id] = 1;
    // The Latin writing splits Srey Neang, so word for word only Sok is shared; the Khmer shows Bopha and Sreyneang.
    expect(level('Sok Bopha', 'សុខ ស្រីនាង', 'SOK SREY NEANG', words)).toBe('otherName');
  });

  it('takes one word shared beside another known family as another name, whatever the other words are', () => {
    const words = new Uint8Array(1000);
    for (const f of ['ទូច ស្រីនាង', 'វង្ស ស្រីមុំ'].map((n) => cache.form(n))) for (const id of f.keyIds) words[id] = 1;
    expect(level('Touch Srey Neang', 'វង្ស ស្រីមុំ', 'VONG SREY MOM', words)).toBe('otherName');
    expect(level('Vong Srey Neang', 'វង្ស ស្រីមុំ', 'VONG SREY MOM', words)).toBe('partial');
  });

  it('tells one word shared with another known name beside it from one word shared with a name spelled beyond the key', () => {
    expect(level('Sok Sophal', 'សុខ បុប្ផា', 'SOK BOPHA')).toBe('otherName');
    expect(level('Sok Kolab', 'សុខ បុប្ផា', 'SOK BOPHA')).toBe('partial');
    expect(level('Sok Sophal', 'សុខ បុប្ផា', 'SOK BOPHA', new Uint8Array(0))).toBe('partial');
  });

  it('takes a word the register does not know, one letter from the key of the register\'s word, as a near spelling', () => {
    const khmerOnly = (onsite: string, kh: string) => compareName(cache.onsite(onsite), [cache.form(kh)], known)?.level;
    expect(khmerOnly('Mau Phla', 'ម៉ៅ ផល្លា')).toBe('similar');
    // The inherent vowel left out, as many write it (Rachna): the same consonants.
    expect(khmerOnly('Som Reachna', 'សម រចនា')).toBe('similar');
    // A word the register knows is that name, not a slip (Sok Sophal, Sok Bopha).
    expect(level('Sok Sophal', 'សុខ បុប្ផា', 'SOK BOPHA')).toBe('otherName');
  });

  it('still takes another vowel, or a slip into no known name, as a near spelling', () => {
    expect(level('Som Kosol', 'សម កុសល', 'SAM KOSAL')).toBe('similar');
    expect(level('Sok Bpoha', 'សុខ បុប្ផា', 'SOK BOPHA')).toBe('similar');
    expect(level('Sokh Bopha', 'សុខ បុប្ផា', 'SOK BOPHA')).not.toBe('partial');
  });
});


describe('lean on-site forms', () => {
  const onsite = ['Hen gChanthu', 'ly seari', 'Sok Sreymom', 'ដារ៉ាសុខ', 'Chan Srey Mom', 'Som Kosol', 'NU SERY NICH', 'Ouk Bopha'];
  const register = ['HENG CHANTHU', 'ហេង ចន្ធូ', 'LY NEARY', 'សុខ ស្រីមុំ', 'Sam Kosal', 'NOU SREY NICH', 'SOK BOPHA', 'សុខ ដារ៉ា'];

  it('compare as whole forms do', () => {
    const lean = new NameCache();
    const whole = new NameCache();
    // Ids are numbered in the order texts are first seen, which differs between the two caches.
    const outcome = (a: ReturnType<typeof compareName>) => a && { level: a.level, swapped: a.swapped, crossScript: a.crossScript };
    for (const o of onsite) {
      for (const r of register) {
        expect(outcome(compareName(lean.onsite(o, true), [lean.form(r)]))).toEqual(outcome(compareName(whole.onsite(o), [whole.form(r)])));
      }
    }
  });

  it('are made whole when a registered name asks for the same text, with every id', () => {
    const cache = new NameCache();
    const lean = cache.onsite('Chan Srey Mom', true);
    expect(lean.full).toBe(false);
    expect(lean.rotationIds).toHaveLength(1);
    const whole = cache.form('CHAN SREY MOM');
    expect(whole).toBe(lean);
    expect(whole.full).toBe(true);
    expect(whole.rotationIds).toHaveLength(3);
    expect(whole.headIds).toHaveLength(whole.heads.length);
    expect(whole.heads.length).toBeGreaterThan(0);
    expect(whole.spellingId).toBeGreaterThanOrEqual(0);
    expect(cache.form('Mom Chan Srey').ringId).toBe(whole.ringId);
    expect(cache.form('Chon Sray Mom').spellingId).toBe(whole.spellingId);
  });
});

describe('a word spelled with other vowels still counts as shared', () => {
  const cache = new NameCache();
  const register = ['សម ដាលីន', 'តាំង វីរៈ', 'សម បុប្ផា', 'ស ដាវី'].map((n) => cache.form(n));
  const known = new Uint8Array(1000);
  for (const f of register) for (const id of f.keyIds) known[id] = 1;
  const level = (onsite: string, ...names: string[]) => compareName(cache.onsite(onsite), names.map((n) => cache.form(n)), known)?.level;

  it('takes one word in another vowel spelling and one slip in the other as a near spelling, more as partly the same name', () => {
    expect(level('SOM DALINE', 'សម ដាលីន')).toBe('similar');
    expect(level('TANG IRAK', 'តាំង វីរៈ', 'TAING VIRAK')).toBe('similar');
    expect(level('SOM DXLQN', 'សម ដាលីន')).toBe('partial');
    expect(level('TANG IRAKO', 'តាំង វីរៈ', 'TAING VIRAK')).toBe('partial');
  });

  it('still tells another known name beside the shared word', () => {
    expect(level('Som Davy', 'សម បុប្ផា', 'SAM BOPHA')).toBe('otherName');
  });

  it('does not count a word of one consonant (Im, Eum) by its consonants alone', () => {
    expect(level('EUM PAFNA', 'អ៊ឹម បញ្ញា', 'IM PANHA')).toBe('differs');
  });
});

describe('a Latin name run together on site', () => {
  const cache = new NameCache();
  // The register, formed first as the engine forms it: its words tell where a join may be cut.
  const register = ['Kaev Sophea', 'ខៀវ សុខហេង', 'Sok Heng', 'Lee Sok', 'Chan Srey Neang', 'Sreymom Chan', 'Kong Sopheak', 'Kaev Srey Mom'].map((n) => cache.form(n));
  const level = (onsite: string, registered: string) => compareName(cache.onsite(onsite), [cache.form(registered)])?.level;

  it('is read as the words the register writes, where the joined letters key otherwise (a final v, a kh across the join)', () => {
    expect(register).toHaveLength(8);
    expect(cache.onsite('KAEVSOPHEA').keys).toEqual(cache.form('Kaev Sophea').keys);
    expect(level('KAEVSOPHEA', 'Kaev Sophea')).toBe('phonetic');
    expect(level('LEESOKHENG', 'Lee Sok')).not.toBe('phonetic');
    expect(level('KAEV SREYNEANG', 'Chan Srey Neang')).not.toBe('phonetic');
    expect(level('CHANSREYNEANG', 'Chan Srey Neang')).toBe('phonetic');
  });

  it('is left as written where the register writes that very word (Sokheng, a given name), or holds the name joined so', () => {
    expect(cache.onsite('Khiev Sokheng').keys).toEqual(cache.form('ខៀវ សុខហេង').keys);
    expect(level('SOKHENG', 'Sok Heng')).toBe('similar');
    expect(cache.onsite('Sreymom Chan').keys).toHaveLength(2);
    // Kong Sopheak's keys joined are the very letters of KONGSOPHEAK: nothing to cut.
    expect(cache.onsite('KONGSOPHEAK').keys).toHaveLength(1);
    expect(level('KONGSOPHEAK', 'Kong Sopheak')).toBe('phonetic');
  });

  it('is cut in a name of two words only into a name on the register: a typo\'d given name is no two names', () => {
    // Sokhon cuts into Sok + Hon, both words the register writes; Lee Sok Hon is no name on it.
    expect(cache.onsite('Sokhon Lee').keys).toHaveLength(2);
    // Kaev Srey is no name on it either, Kaev Srey Mom is.
    expect(cache.onsite('KAEVSREY NEANG').keys).toHaveLength(2);
    expect(cache.onsite('KAEVSREY MOM').keys).toEqual(cache.form('Kaev Srey Mom').keys);
  });
});

describe('a Khmer name run together on site with a slip in it', () => {
  // The register's names written apart give its words and its family names (khmer-segment.ts).
  const register = [{ nameKh: 'សាន ណារី', nameLatin: 'SAN NARI' }, { nameKh: 'ចាន់ ដាវី', nameLatin: null }, { nameKh: 'វង្ស លីហួរ', nameLatin: 'VONG LYHOUR' }, { nameKh: 'លី សុភា', nameLatin: null }];
  const cache = new NameCache(register.map((r) => r.nameKh), register);
  register.forEach((r) => cache.form(r.nameKh));
  const level = (onsite: string, registered: string) => compareName(cache.onsite(onsite), [cache.form(registered)])?.level;

  it('is cut after the family name it starts with, where no two known words make it', () => {
    expect(cache.onsite('សានណារិ').keys).toHaveLength(2);
    expect(level('សានណារិ', 'សាន ណារី')).not.toBe('differs');
    expect(level('ចាន់ដាវិ', 'ចាន់ ដាវី')).not.toBe('differs');
  });

  it('is still read as written, one letter from the register\'s words joined, where the cut is wrong', () => {
    // លីហួរ is a given name that starts with the family name លី; the row gives វង្ស after it, its វ left out.
    expect(level('លីហួរង្ស', 'វង្ស លីហួរ')).toBe('similar');
  });

  it('leaves alone a known word, and a name that starts with no family name', () => {
    expect(cache.onsite('ណារី').keys).toHaveLength(1);
    expect(cache.onsite('ដាវីណារ').keys).toHaveLength(1);
  });
});

describe('a name shortened', () => {
  const cache = new NameCache();
  const cutCache = new NameCache();
  const level = (onsite: string, registered: string, cut = false) => {
    const o = cache.onsite(onsite);
    return compareName(o, [cache.form(registered)], undefined, cut ? new Set([o.id]) : undefined);
  };

  it('takes a given name written as the syllable a worker is called by (Phea for Sophea, Pov for Sreypov) as the name shortened', () => {
    expect(level('Keo Pov', 'KEO SREYPOV')).toMatchObject({ level: 'shortened', swapped: false });
    expect(level('Leak Meas', 'MEAS SREYLEAK')).toMatchObject({ level: 'shortened', swapped: true });
    expect(level('កែវ ពៅ', 'កែវ ស្រីពៅ')).toMatchObject({ level: 'shortened' });
    // By key, across spellings and scripts, where the part keys to three letters or more.
    expect(level('Meas Leakh', 'MEAS SREYLEAK')).toMatchObject({ level: 'shortened' });
    expect(level('Meas Leak', 'មាស ស្រីលក្ខ')).toMatchObject({ level: 'shortened', crossScript: true });
  });

  it('takes a name with the family name left out or written in, the rest split otherwise, as the name shortened', () => {
    // The register's given name run together, the sheet's split, and each side's family name known to the register.
    const words = khmerWords(['យឹម សុខវណ្ណា', 'សុខ វណ្ណា', 'ថាច់ ចាន់ធី', 'ចាន់ ធី'].map((n) => ({ names: [cache.form(n)] }) as unknown as Person));
    const known = (a: string, b: string) => compareName(cache.onsite(a), [cache.form(b)], words)?.level;
    expect(known('SOKH VANNA', 'យឹម សុខវណ្ណា')).toBe('shortened');
    expect(known('THACH CHAN THI', 'CHANTHY')).toBe('shortened');
    // A given name alone is any holder's of it.
    expect(known('VANNA', 'សុខ វណ្ណា')).not.toBe('shortened');
  });

  it('takes no two letters of a key for a called part: Daar keys as ta, which ends CHANTHA too', () => {
    expect(level('Pech Daar', 'PICH CHANTHA')?.level).not.toBe('shortened');
    expect(level('Sok Na', 'SOK DARANA')?.level).not.toBe('shortened');
  });

  it('reads a call of two key letters, or a first syllable, as a call that tells less (Thou for CHANTHU, Bun for BUNNA), not as another name', () => {
    expect(level('Sok Thou', 'SOKH CHANTHU')).toMatchObject({ level: 'called', swapped: false });
    expect(level('Mao Pen', 'PAEN SREYMAU')).toMatchObject({ level: 'called', swapped: true });
    // A first syllable the register also holds as a name of its own: a call name, not only that other name.
    const words = khmerWords(['សេង ប៊ុនណា', 'ប៊ុន សុភា'].map((n) => ({ names: [cache.form(n)] }) as unknown as Person));
    expect(compareName(cache.onsite('Seng Bun'), [cache.form('SENG BUNNA')], words)?.level).toBe('called');
    expect(level('Sok Thy', 'សុខ រិទ្ធី')).toMatchObject({ level: 'called', crossScript: true });
    // Srey begins women's names as a title would; a slip in the other word is no call.
    expect(level('SOK SREY', 'SOK SREYLEAKHENA')?.level).toBe('partial');
    expect(level('Pich Dara', 'PICH CHANTHA')?.level).not.toBe('called');
  });

  it('reads the whole given name off the card against the short one the register holds as a call too, not as another name it knows', () => {
    // A register that holds both the short and the whole names (Dara and Dararith, Mom and Sreymom).
    const words = khmerWords(['ហៀង ដារ៉ា', 'សុខ ដារ៉ារិទ្ធ', 'សុខ មុំ', 'ចាន់ ស្រីមុំ', 'ស៊ុន វណ្ណ', 'កែវ សុវណ្ណ', 'ហេង វណ្ណា', 'លី សុផល'].map((n) => ({ names: [cache.form(n)] }) as unknown as Person));
    const known = (a: string, b: string) => compareName(cache.onsite(a), [cache.form(b)], words);
    expect(known('Hieng Dararith', 'HIENG DARA')).toMatchObject({ level: 'called', swapped: false });
    expect(known('Sokh Sreymom', 'SOK MOM')).toMatchObject({ level: 'called', swapped: false });
    expect(known('Sreymom Sokh', 'SOK MOM')).toMatchObject({ level: 'called', swapped: true });
    expect(known('ស៊ុន សុវណ្ណ', 'ស៊ុន វណ្ណ')).toMatchObject({ level: 'called', swapped: false });
    // Not Srey, which begins a woman's name as a title would; nor another name altogether.
    expect(known('SOK SREYLEAKHENA', 'SOK SREY')?.level).not.toBe('called');
    expect(known('Heng Sophal', 'HENG VANNA')?.level).toBe('otherName');
  });

  it('takes a name cut short by a fixed-width field as the registered name shortened, on a sheet that cuts', () => {
    expect(level('THAC SREYLEAK', 'THACH SREYLEAKHENA', true)).toMatchObject({ level: 'shortened', swapped: false });
    expect(level('THAC SREYLEAK', 'ថាច់ ស្រីលក្ខិណា', true)).toMatchObject({ level: 'shortened', crossScript: true });
    // Given name first, the family name cut to its first letter: a near spelling already.
    expect(level('CHAN SOUR H', 'ហេង ចាន់សួរ', true)).toMatchObject({ level: 'similar', swapped: true });
  });

  it('does not take a shorter name for a cut one where the sheet shows no cutting: Sok Srey is not SOK SREYLEAKHENA', () => {
    expect(level('SOK SREY', 'SOK SREYLEAKHENA')?.level).toBe('partial');
    expect(level('THAC SREYLEAK', 'THACH SREYLEAKHENA')?.level).not.toBe('shortened');
  });

  it('leaves too short a start unread: a cut to five key letters fits too many names', () => {
    expect(level('SOK SR', 'SOK SREYMOM', true)?.level).not.toBe('shortened');
  });

  it('takes a family name written as an initial, first or last, as the name shortened', () => {
    expect(level('L. SOK RA', 'LONG SOKRA')).toMatchObject({ level: 'shortened', swapped: false });
    expect(level('L. SOKRA', 'ឡុង សុខរ៉ា')).toMatchObject({ level: 'shortened', crossScript: true });
    expect(level('P. SREYLEAKHENA', 'SREYLEAKHENA PRAK')).toMatchObject({ level: 'shortened', swapped: true });
    // ch as C, a vowel for a vowel (Ek, Aek), b for p.
    expect(level('C. DARA', 'CHEA DARA')?.level).toBe('shortened');
    expect(level('A. LEAKHENA', 'ឯក លក្ខិណា')?.level).toBe('shortened');
    expect(level('B. SOK LIN', 'PRAK SOKLIN')?.level).toBe('shortened');
    expect(cutCache.onsite('L. SOK RA').keys).toEqual(['l', 'sok', 'ra']);
  });

  it('takes a name with a middle word left out as the name shortened (a Vietnamese middle name, Thị or Văn)', () => {
    expect(level('Trương Nhi', 'TRUONG THI NHI')).toMatchObject({ level: 'shortened', swapped: false });
    // Đ is a D of its own, not a mark NFD takes off.
    expect(level('Đinh Phương', 'DINH THI PHUONG')?.level).toMatch(/^(similar|shortened)$/);
    expect(level('Đinh Phương', 'DINH PHUONG')?.level).toBe('phonetic');
    expect(level('CHAU THANH', 'CHAU VAN THANH')?.level).toBe('shortened');
    expect(level('THANH CHAU', 'NGUYEN VAN THANH')?.level).not.toBe('shortened');
    // Not two words of three where the third differs: that is another name.
    expect(level('CHAU THANH', 'CHAU VAN HUNG')?.level).not.toBe('shortened');
  });

  it('does not take an initial that no word of the name starts with, or a rest that is another given name', () => {
    expect(level('M. SOKRA', 'LONG SOKRA')?.level).not.toBe('shortened');
    // Sokha is a name of the register's own: not Sokra misspelled.
    const known = new Uint8Array(1000);
    for (const id of cache.form('សុខ សុខា').keyIds) known[id] = 1;
    expect(compareName(cache.onsite('L. SOKHA'), [cache.form('LONG SOKRA')], known)?.level).not.toBe('shortened');
  });

  it('reads the rest beside an initial as one word, or cut short on a sheet that cuts', () => {
    expect(level('S. BUN NA', 'សេង ប៊ុនណា')?.level).toBe('shortened');
    expect(level('T. CHAN HUY', 'តាំង ចាន់ហ៊ុយ')?.level).toBe('shortened');
    expect(level('P. SREYLEAKHE', 'PRAK SREYLEAKHENA', true)?.level).toBe('shortened');
  });
});

describe('a Khmer name broken by zero-width spaces', () => {
  // Names that write ពៅ, ចរិយា, មាស and សុភា apart, each more than once; ពៅចរិ is in none.
  const cache = new NameCache(['ពៅ ដារា', 'ពៅ សុខា', 'សុខ ចរិយា', 'កែវ ចរិយា', 'មាស ដារា', 'មាស សុខា', 'កែវ សុភា', 'សុខ សុភា', 'ពៅចរិ\u200bយា', 'មាស\u200bសុភា']);

  it('is cut where words other names write apart meet when a break fell within a word', () => {
    expect(cache.form('ពៅចរិ\u200bយា').keys).toEqual(cache.form('ពៅ ចរិយា').keys);
    expect(cache.onsite('ពៅចរិ\u200bយា').keys).toEqual(cache.form('ពៅ ចរិយា').keys);
  });

  it('keeps its breaks where they fall between words other names write apart', () => {
    expect(cache.form('មាស\u200bសុភា').keys).toEqual(cache.form('មាស សុភា').keys);
  });

  it('is read as written where the same text is broken by spaces', () => {
    expect(cache.form('ពៅចរិ យា').keys).toHaveLength(2);
    expect(cache.form('ពៅចរិ យា').keys).not.toEqual(cache.form('ពៅ ចរិយា').keys);
  });
});

describe('two Khmer family names whose keys differ in vowels only', () => {
  const cache = new NameCache();
  // Each of these family names is written apart on the register, as a name of its own.
  const register = ['ចាន់ សុផល', 'ឈឿន ដារា', 'នួន ស្រីអូន', 'ឈុន ដារា', 'ចាន់ មាលា', 'ចម្រើន ដារា'].map((n) => cache.form(n));
  const known = khmerWords(register.map((f) => ({ names: [f] }) as unknown as Person));
  const level = (onsite: string, registered: string) => compareName(cache.onsite(onsite), [cache.form(registered)], known)?.level;

  it('are two names when both lists write them in Khmer more than a slip apart (Chhoeun, Chan)', () => {
    expect(level('ឈឿន\u200bសុផល', 'ចាន់ សុផល')).toBe('otherName');
    expect(level('ឈឿន មាលា', 'ចាន់ មាលា')).toBe('otherName');
  });

  it('are one name misspelled when the Khmer is a slip apart, or a word the register does not write', () => {
    // ឈុន against ឈឿន: one vowel sign, and one key.
    expect(level('ឈុន ដារា', 'ឈឿន ដារា')).toBe('phonetic');
    // ចិន់ is no name of the register's: ចាន់ with a vowel sign mistyped.
    expect(level('ចិន់ សុផល', 'ចាន់ សុផល')).toBe('similar');
  });

  it('are one name in Latin letters, which spell vowels every way (Chhoeun, Chhuon)', () => {
    expect(level('Chhoeun Sophal', 'ចាន់ សុផល')).toBe('similar');
  });
});

describe('two Khmer family names that one phonetic key folds together', () => {
  const cache = new NameCache();
  // Khiev, Keo and Koy; Chea and Chhay; Kong and Kung, Chamroeun and Chamreun: each written on the register.
  const register = ['ខៀវ សុវណ្ណារី', 'កែវ ដារា', 'កុយ សុវណ្ណារី', 'ជា ចាន់ធា', 'ឆាយ ចាន់ធា', 'គង់ ធារិទ្ធ', 'គុង ម៉េងហៀង', 'ចំរើន ដារា', 'ចម្រើន សុផល', 'ណាយ យី', 'នាយ សុខ'].map((n) => cache.form(n));
  const known = khmerWords(register.map((f) => ({ names: [f] }) as unknown as Person));
  const level = (onsite: string, ...registered: string[]) => compareName(cache.onsite(onsite), registered.map((r) => cache.form(r)), known)?.level;

  it('are two names when both lists write them in Khmer, starting on two sounds, more than a slip apart', () => {
    expect(level('ខៀវ សុវណ្ណារី', 'កុយ សុវណ្ណារី')).toBe('otherName');
    expect(level('ជា ចាន់ធា', 'ឆាយ ចាន់ធា')).toBe('otherName');
    // However near the register's Latin for its Khmer sounds: KOY keys as Khiev does.
    expect(level('ខៀវ សុវណ្ណារី', 'កុយ សុវណ្ណារី', 'Koy Sovannary')).toBe('otherName');
  });

  it('are one name spelled two ways when they start on one sound, or on its two letters, or a slip apart', () => {
    expect(level('គុង ធារិទ្ធ', 'គង់ ធារិទ្ធ')).toBe('phonetic');
    expect(level('ចម្រើន ដារា', 'ចំរើន ដារា')).toBe('phonetic');
    // ណ and ន are one n.
    expect(level('នាយ យី', 'ណាយ យី')).toBe('phonetic');
  });

  it('are read by their keys when the sheet writes Latin letters (Khiev, Koy)', () => {
    expect(level('Khiev Sovannary', 'កុយ សុវណ្ណារី')).toBe('phonetic');
  });
});

describe('a given name alone with a slip', () => {
  const cache = new NameCache();
  const register = ['SUN VEASNA', 'SOK SOPHAL', 'KEO SENA', 'CHAN SOPHEA'].map((n) => cache.form(n));
  const known = new Uint8Array(1000);
  for (const f of register) for (const id of f.keyIds) known[id] = 1;
  const level = (onsite: string, registered: string) => compareName(cache.onsite(onsite), [cache.form(registered)], known)?.level;

  it('shares the word it slipped from, as a given name alone shares its word', () => {
    expect(level('Veasana', 'SUN VEASNA')).toBe('partial');
    expect(level('Sophkl', 'SOK SOPHAL')).toBe('partial');
  });

  it('not from a short word, nor from a word the register holds as a name of its own', () => {
    // sena: a slip from too many short names.
    expect(level('Sena', 'SUN VEASNA')).toBe('differs');
    // Sophea is another given name, not a slip of Sophal.
    expect(level('Sophea', 'SOK SOPHAL')).toBe('differs');
  });
});
