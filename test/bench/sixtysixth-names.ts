/**
 * Name lists for the `sixtysixth` roster (a foreman's attendance list with the colloquial
 * prefixes of spoken Khmer). Written for this generator only.
 *
 * kh: the name in Khmer Unicode, in the usual (canonical) encoding; a `|` marks a syllable break
 *     where some typists put a zero-width space. It is never part of the name itself.
 * lat: romanizations seen for the word, the most common first.
 * w: relative frequency (a rough guess, common names first).
 */

export interface NameWord {
  key: string;
  kh: string;
  lat: readonly string[];
  w: number;
}

/** Family names. Chau, Oum/Om, Meng and Ta are also spoken prefixes (ចៅ, អ៊ំ, មីង "Meng", តា). */
export const FAMILY: readonly NameWord[] = [
  { key: 'sok', kh: 'សុខ', lat: ['Sok', 'Sokh'], w: 10 },
  { key: 'chan', kh: 'ចាន់', lat: ['Chan', 'Chann'], w: 7 },
  { key: 'chea', kh: 'ជា', lat: ['Chea', 'Chear'], w: 7 },
  { key: 'ly', kh: 'លី', lat: ['Ly', 'Lee', 'Li'], w: 5 },
  { key: 'heng', kh: 'ហេង', lat: ['Heng'], w: 4 },
  { key: 'kim', kh: 'គីម', lat: ['Kim'], w: 4 },
  { key: 'keo', kh: 'កែវ', lat: ['Keo', 'Kaev', 'Keov'], w: 4 },
  { key: 'seng', kh: 'សេង', lat: ['Seng'], w: 3.5 },
  { key: 'meas', kh: 'មាស', lat: ['Meas', 'Mias'], w: 3.5 },
  { key: 'nhem', kh: 'ញឹម', lat: ['Nhem', 'Nhim', 'Nhoem'], w: 3 },
  { key: 'chhim', kh: 'ឈឹម', lat: ['Chhim', 'Chhem', 'Chhoem'], w: 3 },
  { key: 'hun', kh: 'ហ៊ុន', lat: ['Hun', 'Hunn'], w: 3 },
  { key: 'mao', kh: 'ម៉ៅ', lat: ['Mao', 'Mau'], w: 3 },
  { key: 'sun', kh: 'ស៊ុន', lat: ['Sun', 'Soun'], w: 2.5 },
  { key: 'ouk', kh: 'អ៊ុក', lat: ['Ouk', 'Uk'], w: 2.5 },
  { key: 'nuon', kh: 'នួន', lat: ['Nuon', 'Noun'], w: 2.5 },
  { key: 'tep', kh: 'ទេព', lat: ['Tep', 'Teb'], w: 2.5 },
  { key: 'phan', kh: 'ផាន', lat: ['Phan', 'Phann'], w: 2 },
  { key: 'khieu', kh: 'ខៀវ', lat: ['Khieu', 'Khiev', 'Kheav'], w: 2 },
  { key: 'yin', kh: 'យិន', lat: ['Yin', 'Yinn'], w: 2 },
  { key: 'touch', kh: 'ទូច', lat: ['Touch', 'Toch'], w: 2 },
  { key: 'long', kh: 'ឡុង', lat: ['Long'], w: 2 },
  { key: 'chin', kh: 'ជិន', lat: ['Chin'], w: 1.5 },
  { key: 'pich', kh: 'ពេជ្រ', lat: ['Pich', 'Pech'], w: 1.5 },
  { key: 'sam', kh: 'សំ', lat: ['Sam', 'Som'], w: 1.5 },
  { key: 'bun', kh: 'ប៊ុន', lat: ['Bun', 'Boun'], w: 1.5 },
  { key: 'preap', kh: 'ព្រាប', lat: ['Preap', 'Preab'], w: 1.5 },
  { key: 'sim', kh: 'ស៊ឹម', lat: ['Sim', 'Sem'], w: 1.2 },
  { key: 'yos', kh: 'យស', lat: ['Yos', 'Yous'], w: 1.2 },
  { key: 'vong', kh: 'វង្ស', lat: ['Vong', 'Voung'], w: 1.2 },
  { key: 'ros', kh: 'រស់', lat: ['Ros', 'Ruos'], w: 1.2 },
  // Real family names that are also words placed before names in speech.
  { key: 'oum', kh: 'អ៊ុំ', lat: ['Oum', 'Um', 'Om'], w: 1.6 },
  { key: 'meng', kh: 'ម៉េង', lat: ['Meng'], w: 1.6 },
  { key: 'chau', kh: 'ចៅ', lat: ['Chau', 'Chao'], w: 1.3 },
  { key: 'ta', kh: 'តា', lat: ['Ta'], w: 0.7 },
];

/** Given names of men. Sokha, Vanna, Pov and Oun are given to both sexes. */
export const GIVEN_M: readonly NameWord[] = [
  { key: 'dara', kh: 'ដា|រ៉ា', lat: ['Dara', 'Darah'], w: 10 },
  { key: 'sophal', kh: 'សុ|ផល', lat: ['Sophal', 'Sophall'], w: 6 },
  { key: 'vuthy', kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vutthy'], w: 6 },
  { key: 'piseth', kh: 'ពិ|សិដ្ឋ', lat: ['Piseth', 'Piset', 'Pisith'], w: 5 },
  { key: 'sopheak', kh: 'សុ|ភ័ក្ត្រ', lat: ['Sopheak', 'Sophak'], w: 5 },
  { key: 'samnang', kh: 'សំ|ណាង', lat: ['Samnang', 'Somnang'], w: 5 },
  { key: 'rithy', kh: 'រិទ្ធី', lat: ['Rithy', 'Rithi', 'Ritthy'], w: 4 },
  { key: 'visal', kh: 'វិ|សាល', lat: ['Visal', 'Veasal'], w: 4 },
  { key: 'bora', kh: 'បូ|រ៉ា', lat: ['Bora', 'Borah'], w: 4 },
  { key: 'kosal', kh: 'កុ|សល', lat: ['Kosal', 'Kusal'], w: 4 },
  { key: 'vichet', kh: 'វិ|ចិត្រ', lat: ['Vichet', 'Vicheth', 'Vichit'], w: 3 },
  { key: 'sambath', kh: 'សម្បត្តិ', lat: ['Sambath', 'Sambat', 'Sambatt'], w: 3 },
  { key: 'veasna', kh: 'វាស|នា', lat: ['Veasna', 'Vasna', 'Veasana'], w: 3 },
  { key: 'chamroeun', kh: 'ចំ|រើន', lat: ['Chamroeun', 'Chamreun', 'Chamroen'], w: 3 },
  { key: 'pheakdey', kh: 'ភក្តី', lat: ['Pheakdey', 'Pheakdei', 'Pheakdy'], w: 3 },
  { key: 'bunthoeun', kh: 'ប៊ុន|ធឿន', lat: ['Bunthoeun', 'Bunthoeurn', 'Bunthoen'], w: 2.5 },
  { key: 'narith', kh: 'ណា|រិទ្ធ', lat: ['Narith', 'Nareth'], w: 2.5 },
  { key: 'sothea', kh: 'សុ|ធា', lat: ['Sothea', 'Sothear'], w: 2.5 },
  { key: 'mony', kh: 'មុ|នី', lat: ['Mony', 'Moni', 'Monny'], w: 2.5 },
  { key: 'thearith', kh: 'ធា|រិទ្ធ', lat: ['Thearith', 'Thearit'], w: 2 },
  { key: 'makara', kh: 'មក|រា', lat: ['Makara', 'Makkara'], w: 2 },
  { key: 'vannak', kh: 'វណ្ណៈ', lat: ['Vannak', 'Vanak'], w: 2 },
  { key: 'chanthy', kh: 'ចាន់|ធី', lat: ['Chanthy', 'Chanthi'], w: 2 },
  { key: 'ratanak', kh: 'រតនៈ', lat: ['Ratanak', 'Rathanak', 'Rotanak'], w: 2 },
  { key: 'sovann', kh: 'សុ|វណ្ណ', lat: ['Sovann', 'Sovan'], w: 2 },
  { key: 'sokhom', kh: 'សុ|ខុម', lat: ['Sokhom', 'Sokhum'], w: 1.5 },
  { key: 'kimhour', kh: 'គីម|ហួរ', lat: ['Kimhour', 'Kimhor'], w: 1.5 },
  { key: 'chetra', kh: 'ចេ|ត្រា', lat: ['Chetra', 'Chaetra'], w: 1.5 },
  { key: 'sokha', kh: 'សុ|ខា', lat: ['Sokha', 'Sokhar'], w: 3 },
  { key: 'vanna', kh: 'វណ្ណា', lat: ['Vanna', 'Vana'], w: 1.5 },
  { key: 'pov', kh: 'ពៅ', lat: ['Pov', 'Pove'], w: 1 },
  // Real given names that are also spoken prefixes (អូន "younger one", មីង "auntie").
  { key: 'oun', kh: 'អូន', lat: ['Oun', 'Aun'], w: 1.2 },
  { key: 'ming', kh: 'មីង', lat: ['Ming'], w: 0.6 },
];

/** Given names of women. Srey Neang, Srey Mi and Srey Oun hold a prefix word as a syllable. */
export const GIVEN_F: readonly NameWord[] = [
  { key: 'sreymom', kh: 'ស្រី|មុំ', lat: ['Sreymom', 'Srey Mom', 'Sreymum'], w: 8 },
  { key: 'sophea', kh: 'សុ|ភា', lat: ['Sophea', 'Sophear'], w: 7 },
  { key: 'bopha', kh: 'បុប្ផា', lat: ['Bopha', 'Bopa'], w: 5 },
  { key: 'sreyleak', kh: 'ស្រី|ល័ក្ខ', lat: ['Sreyleak', 'Srey Leak', 'Sreyleakh'], w: 4 },
  { key: 'sreypov', kh: 'ស្រី|ពៅ', lat: ['Sreypov', 'Srey Pov'], w: 4 },
  { key: 'chanthou', kh: 'ចាន់|ធូ', lat: ['Chanthou', 'Chanthu', 'Chantou'], w: 4 },
  { key: 'pisey', kh: 'ពិ|សី', lat: ['Pisey', 'Pisei'], w: 4 },
  { key: 'thida', kh: 'ធី|តា', lat: ['Thida', 'Thyda'], w: 4 },
  { key: 'maly', kh: 'ម៉ា|លី', lat: ['Maly', 'Mealy', 'Mali'], w: 3.5 },
  { key: 'rasmey', kh: 'រស្មី', lat: ['Rasmey', 'Reaksmey', 'Raksmey'], w: 3.5 },
  { key: 'sreyneang', kh: 'ស្រី|នាង', lat: ['Sreyneang', 'Srey Neang'], w: 3 },
  { key: 'sreynich', kh: 'ស្រី|និច', lat: ['Sreynich', 'Srey Nich'], w: 3 },
  { key: 'sreypich', kh: 'ស្រី|ពេជ្រ', lat: ['Sreypich', 'Srey Pich', 'Sreypech'], w: 3 },
  { key: 'sokunthea', kh: 'សុ|គន្ធា', lat: ['Sokunthea', 'Sokunthear'], w: 3 },
  { key: 'dalin', kh: 'ដា|លីន', lat: ['Dalin', 'Daline'], w: 3 },
  { key: 'sotheary', kh: 'សុ|ធា|រី', lat: ['Sotheary', 'Sothary', 'Sothiary'], w: 3 },
  { key: 'nary', kh: 'ណា|រី', lat: ['Nary', 'Neary'], w: 3 },
  { key: 'chenda', kh: 'ចិន្តា', lat: ['Chenda', 'Chinda'], w: 3 },
  { key: 'leakhena', kh: 'លក្ខិណា', lat: ['Leakhena', 'Leakena'], w: 3 },
  { key: 'kanha', kh: 'កញ្ញា', lat: ['Kanha', 'Kagna', 'Kanhya'], w: 2.5 },
  { key: 'somaly', kh: 'សុ|ម៉ា|លី', lat: ['Somaly', 'Somali'], w: 2.5 },
  { key: 'phalla', kh: 'ផល្លា', lat: ['Phalla', 'Phala'], w: 2.5 },
  { key: 'channary', kh: 'ចាន់|ណា|រី', lat: ['Channary', 'Chanary'], w: 2.5 },
  { key: 'sopheap', kh: 'សុ|ភាព', lat: ['Sopheap', 'Sopheab'], w: 2.5 },
  { key: 'sreyroth', kh: 'ស្រី|រ័ត្ន', lat: ['Sreyroth', 'Srey Roth', 'Sreyrath'], w: 2 },
  { key: 'sreytouch', kh: 'ស្រី|តូច', lat: ['Sreytouch', 'Srey Touch', 'Sreytoch'], w: 2 },
  { key: 'lina', kh: 'លី|ណា', lat: ['Lina', 'Leena'], w: 2 },
  { key: 'vanny', kh: 'វណ្ណី', lat: ['Vanny', 'Vanni'], w: 2 },
  { key: 'kolab', kh: 'កុ|លាប', lat: ['Kolab', 'Kulap', 'Kolap'], w: 1.5 },
  { key: 'raksa', kh: 'រក្សា', lat: ['Raksa', 'Reaksa'], w: 1.5 },
  { key: 'sokha', kh: 'សុ|ខា', lat: ['Sokha', 'Sokhar'], w: 2.5 },
  { key: 'vanna', kh: 'វណ្ណា', lat: ['Vanna', 'Vana'], w: 2 },
  { key: 'pov', kh: 'ពៅ', lat: ['Pov', 'Pove'], w: 1 },
  { key: 'sreymi', kh: 'ស្រី|មី', lat: ['Sreymi', 'Srey Mi', 'Sreymey'], w: 1.5 },
  { key: 'sreyoun', kh: 'ស្រី|អូន', lat: ['Sreyoun', 'Srey Oun'], w: 1.5 },
  { key: 'oun', kh: 'អូន', lat: ['Oun', 'Aun'], w: 1.2 },
];

export type AgeBand = 'young' | 'mid' | 'older' | 'old';

export interface SpokenPrefix {
  key: string;
  kh: string;
  lat: readonly string[];
  /** Who is called so: 'M', 'F' or both (null). */
  sex: 'M' | 'F' | null;
  gloss: string;
}

/** The words placed before a name in everyday speech. */
export const PREFIXES: readonly SpokenPrefix[] = [
  { key: 'a', kh: 'អា', lat: ['A', 'Ah'], sex: 'M', gloss: 'familiar, for a man or boy' },
  { key: 'mi', kh: 'មី', lat: ['Mi', 'Me', 'Mee'], sex: 'F', gloss: 'familiar, for a woman or girl' },
  { key: 'neang', kh: 'នាង', lat: ['Neang', 'Nang'], sex: 'F', gloss: 'miss, for a young woman' },
  { key: 'pu', kh: 'ពូ', lat: ['Pu', 'Pou'], sex: 'M', gloss: 'uncle (younger than one\'s parents)' },
  { key: 'ming', kh: 'មីង', lat: ['Ming', 'Meng'], sex: 'F', gloss: 'auntie' },
  { key: 'ta', kh: 'តា', lat: ['Ta', 'Taa'], sex: 'M', gloss: 'grandpa, an old man' },
  { key: 'yeay', kh: 'យាយ', lat: ['Yeay', 'Yay', 'Yiey'], sex: 'F', gloss: 'grandma, an old woman' },
  { key: 'om', kh: 'អ៊ំ', lat: ['Om', 'Oum', 'Um'], sex: null, gloss: 'elder uncle or aunt' },
  { key: 'chau', kh: 'ចៅ', lat: ['Chau', 'Chao', 'Chav'], sex: null, gloss: 'grandchild, a youngster' },
  { key: 'oun', kh: 'អូន', lat: ['Oun', 'Aun', 'Own'], sex: null, gloss: 'younger one' },
];

/** Which prefix a foreman uses, by the worker's sex and age band (weights). */
export const PREFIX_USE: Record<'M' | 'F', Record<AgeBand, ReadonlyArray<readonly [string, number]>>> = {
  M: {
    young: [['a', 55], ['oun', 20], ['chau', 25]],
    mid: [['a', 80], ['pu', 12], ['oun', 8]],
    older: [['pu', 50], ['a', 28], ['om', 22]],
    old: [['ta', 45], ['pu', 25], ['om', 25], ['a', 5]],
  },
  F: {
    young: [['mi', 35], ['neang', 33], ['oun', 20], ['chau', 12]],
    mid: [['neang', 45], ['mi', 35], ['ming', 14], ['oun', 6]],
    older: [['ming', 50], ['om', 20], ['neang', 15], ['mi', 15]],
    old: [['yeay', 50], ['ming', 20], ['om', 30]],
  },
};

/**
 * Khmer spellings a reader may take for one another although they are different code points:
 * the prefix អ៊ំ (Om) and the family name អ៊ុំ (Oum/Um) sound alike and are often mixed.
 * [prefix key, word key]
 */
export const KH_ALIAS: ReadonlyArray<readonly [string, string]> = [['om', 'oum']];
