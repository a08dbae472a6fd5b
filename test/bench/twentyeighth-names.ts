/**
 * Name lists for the `twentyeighth` roster (compound and multi-part names written apart).
 *
 * Every entry is one Khmer name word: its Khmer spelling(s) and the Latin romanizations seen for
 * it on real lists. The first spelling of each is the commonest one. A word is the unit a careful
 * reader recognises in either script: a two-part given name such as ស្រីមុំ (Srey Mom) is two words
 * that lists write joined (Sreymom), apart (Srey Mom) or hyphenated (Srey-Mom); joining and
 * splitting only ever happens between whole words, never inside one.
 *
 * Invariants (checked when the generator loads): no Latin spelling and no Khmer spelling belongs to
 * two different words, so a name read in either script maps back to one sequence of words.
 * Khmer spellings are stored in the canonical code point order (base, register shifter, coeng +
 * subscript, vowel, sign); the generator derives the keyboard-order variants from them.
 */

export interface NameWord {
  /** Khmer spellings, the usual first; a second one is an equivalent orthography (្ត/្ដ, ំរ/ម្រ, ន/ន្ន). */
  kh: readonly string[];
  /** Latin romanizations, the usual first. */
  lat: readonly string[];
}

export const WORDS: Record<string, NameWord> = {
  // ── family names ────────────────────────────────────────────────────────────
  sok: { kh: ['សុខ'], lat: ['Sok', 'Sokh'] },
  chan: { kh: ['ចាន់'], lat: ['Chan', 'Chann'] },
  chea: { kh: ['ជា'], lat: ['Chea', 'Chear'] },
  ly: { kh: ['លី'], lat: ['Ly', 'Lee'] },
  kim: { kh: ['គឹម'], lat: ['Kim'] },
  heng: { kh: ['ហេង'], lat: ['Heng'] },
  seng: { kh: ['សេង'], lat: ['Seng', 'Sieng'] },
  keo: { kh: ['កែវ'], lat: ['Keo', 'Kaev', 'Kev'] },
  nhim: { kh: ['ញឹម'], lat: ['Nhim', 'Nhem', 'Nhoem'] },
  chhim: { kh: ['ឈឹម'], lat: ['Chhim', 'Chim'] },
  mao: { kh: ['ម៉ៅ'], lat: ['Mao', 'Mau'] },
  suon: { kh: ['សួន'], lat: ['Suon', 'Suorn', 'Soun'] },
  bun: { kh: ['ប៊ុន'], lat: ['Bun', 'Boun', 'Bunn'] },
  tep: { kh: ['ទេព'], lat: ['Tep', 'Teb'] },
  hun: { kh: ['ហ៊ុន'], lat: ['Hun', 'Houn'] },
  um: { kh: ['អ៊ុំ'], lat: ['Um', 'Oum'] },
  yim: { kh: ['យឹម'], lat: ['Yim', 'Yem'] },
  sin: { kh: ['ស៊ិន'], lat: ['Sin', 'Sinn'] },
  prom: { kh: ['ព្រំ'], lat: ['Prom', 'Prum'] },
  lay: { kh: ['ឡាយ'], lat: ['Lay', 'Lai'] },
  thach: { kh: ['ថាច់'], lat: ['Thach', 'Thac'] },
  men: { kh: ['ម៉ែន'], lat: ['Men', 'Maen'] },
  pich: { kh: ['ពេជ្រ'], lat: ['Pich', 'Pech'] },
  nuon: { kh: ['នួន'], lat: ['Nuon', 'Noun'] },
  taing: { kh: ['តាំង'], lat: ['Taing', 'Tang'] },
  ung: { kh: ['អ៊ឹង'], lat: ['Ung', 'Eung'] },
  ou: { kh: ['អ៊ូ'], lat: ['Ou', 'Oo'] },
  long: { kh: ['ឡុង'], lat: ['Long'] },
  lim: { kh: ['លឹម'], lat: ['Lim', 'Leam'] },
  van: { kh: ['វ៉ាន់'], lat: ['Van', 'Vann'] },
  sam: { kh: ['សំ'], lat: ['Sam'] },
  ouk: { kh: ['អ៊ុក'], lat: ['Ouk', 'Ok'] },
  khiev: { kh: ['ខៀវ'], lat: ['Khiev', 'Khieu'] },
  touch: { kh: ['ទូច'], lat: ['Touch', 'Toch'] },
  tan: { kh: ['តាន់'], lat: ['Tan', 'Tann'] },
  nguon: { kh: ['ងួន'], lat: ['Nguon', 'Ngoun'] },
  huot: { kh: ['ហួត'], lat: ['Huot', 'Hout'] },
  meas: { kh: ['មាស'], lat: ['Meas', 'Mas'] },
  phan: { kh: ['ផាន់'], lat: ['Phan', 'Phann'] },
  chhun: { kh: ['ឈុន'], lat: ['Chhun', 'Chun'] },
  ngov: { kh: ['ង៉ូវ'], lat: ['Ngov', 'Ngow'] },

  khat: { kh: ['ខាត់'], lat: ['Khat', 'Khath'] },
  khim: { kh: ['ឃឹម'], lat: ['Khim', 'Khem'] },
  kong: { kh: ['គង់'], lat: ['Kong', 'Korng'] },
  mok: { kh: ['ម៉ុក'], lat: ['Mok', 'Mock'] },
  ros: { kh: ['រស់'], lat: ['Ros', 'Ross'] },
  sreng: { kh: ['ស្រេង'], lat: ['Sreng', 'Sreang'] },
  iem: { kh: ['អៀម'], lat: ['Iem', 'Eam'] },
  khuon: { kh: ['ឃួន'], lat: ['Khuon', 'Khoun'] },
  vong: { kh: ['វង្ស'], lat: ['Vong', 'Vorng'] },
  chum: { kh: ['ជុំ'], lat: ['Chum', 'Choum'] },
  san: { kh: ['សាន'], lat: ['San', 'Sann'] },
  som: { kh: ['សោម'], lat: ['Som', 'Soam'] },
  svay: { kh: ['ស្វាយ'], lat: ['Svay', 'Svai'] },
  preap: { kh: ['ព្រាប'], lat: ['Preap', 'Preab'] },
  duong: { kh: ['ដួង'], lat: ['Duong', 'Doung'] },
  kuoch: { kh: ['គួច'], lat: ['Kuoch', 'Kouch'] },
  te: { kh: ['តែ'], lat: ['Te', 'Tae'] },

  // ── given-name words (alone, or as one part of a two-part given name) ───────
  dara: { kh: ['ដារា'], lat: ['Dara', 'Darah'] },
  sophea: { kh: ['សុភា'], lat: ['Sophea', 'Sophear', 'Sopha'] },
  sokha: { kh: ['សុខា'], lat: ['Sokha', 'Sokhar'] },
  vuthy: { kh: ['វុទ្ធី'], lat: ['Vuthy', 'Voeuthy', 'Vuthi'] },
  vanna: { kh: ['វណ្ណា'], lat: ['Vanna', 'Vana'] },
  veasna: { kh: ['វាសនា'], lat: ['Veasna', 'Vesna'] },
  sophal: { kh: ['សុផល'], lat: ['Sophal', 'Sophall'] },
  pisey: { kh: ['ពិសី'], lat: ['Pisey', 'Pisei'] },
  ratana: { kh: ['រតនា'], lat: ['Ratana', 'Rattana', 'Rathana'] },
  socheat: { kh: ['សុជាតិ'], lat: ['Socheat', 'Sochet'] },
  theary: { kh: ['ធារី'], lat: ['Theary', 'Thary'] },
  chenda: { kh: ['ចិន្តា', 'ចិន្ដា'], lat: ['Chenda', 'Chinda'] },
  piseth: { kh: ['ពិសិដ្ឋ'], lat: ['Piseth', 'Piset'] },
  samnang: { kh: ['សំណាង'], lat: ['Samnang', 'Samnag'] },
  bopha: { kh: ['បុប្ផា'], lat: ['Bopha', 'Bopa'] },
  kunthea: { kh: ['គន្ធា'], lat: ['Kunthea', 'Konthea'] },
  lina: { kh: ['លីណា'], lat: ['Lina', 'Leena'] },
  neary: { kh: ['នារី'], lat: ['Neary', 'Nary'] },
  maly: { kh: ['ម៉ាលី'], lat: ['Maly', 'Mali'] },
  reaksmey: { kh: ['រស្មី'], lat: ['Reaksmey', 'Raksmey', 'Reasmey'] },
  thida: { kh: ['ធីតា'], lat: ['Thida', 'Thyda'] },
  sovann: { kh: ['សុវណ្ណ'], lat: ['Sovann', 'Sovan'] },
  chamroeun: { kh: ['ចំរើន', 'ចម្រើន'], lat: ['Chamroeun', 'Chamreun', 'Chamroeurn'] },
  vichet: { kh: ['វិចិត្រ'], lat: ['Vichet', 'Vicheth'] },
  oudom: { kh: ['ឧត្តម', 'ឧត្ដម'], lat: ['Oudom', 'Udom'] },
  sambath: { kh: ['សម្បត្តិ'], lat: ['Sambath', 'Sambat'] },
  vibol: { kh: ['វិបុល'], lat: ['Vibol', 'Vibul'] },
  bora: { kh: ['បូរ៉ា'], lat: ['Bora', 'Borah'] },
  phalla: { kh: ['ផល្លា'], lat: ['Phalla', 'Phala'] },
  pheakdey: { kh: ['ភក្តី', 'ភក្ដី'], lat: ['Pheakdey', 'Pheakdei'] },
  rithy: { kh: ['រិទ្ធី'], lat: ['Rithy', 'Rithi'] },
  sopheap: { kh: ['សុភាព'], lat: ['Sopheap', 'Sopheab'] },
  sopheak: { kh: ['សុភ័ក្ត្រ'], lat: ['Sopheak', 'Sopheakh'] },
  sothea: { kh: ['សុធា'], lat: ['Sothea', 'Sothear'] },
  sothy: { kh: ['សុធី'], lat: ['Sothy', 'Sothi'] },
  seyha: { kh: ['សីហា'], lat: ['Seyha', 'Seiha'] },
  chantha: { kh: ['ចន្ថា'], lat: ['Chantha', 'Chanta'] },
  rotha: { kh: ['រដ្ឋា'], lat: ['Rotha', 'Ratha'] },
  tola: { kh: ['តុលា'], lat: ['Tola', 'Tula'] },
  leakhena: { kh: ['លក្ខិណា'], lat: ['Leakhena', 'Lakhena'] },
  makara: { kh: ['មករា'], lat: ['Makara', 'Makkara'] },
  visal: { kh: ['វិសាល'], lat: ['Visal', 'Vesal'] },
  vathana: { kh: ['វឌ្ឍនា'], lat: ['Vathana', 'Vatana'] },
  rany: { kh: ['រ៉ានី'], lat: ['Rany', 'Rani'] },
  sokhom: { kh: ['សុខុម'], lat: ['Sokhom', 'Sokhum'] },
  kanha: { kh: ['កញ្ញា'], lat: ['Kanha', 'Kagna'] },
  davy: { kh: ['ដាវី'], lat: ['Davy', 'Davi'] },
  phearom: { kh: ['ភារម្យ'], lat: ['Phearom', 'Pearom'] },
  chariya: { kh: ['ចរិយា'], lat: ['Chariya', 'Charya'] },
  thoeun: { kh: ['ធឿន'], lat: ['Thoeun', 'Thoeurn'] },
  sokun: { kh: ['សុគន្ធ'], lat: ['Sokun', 'Sokunth'] },
  kosal: { kh: ['កុសល'], lat: ['Kosal', 'Kusal'] },
  nimol: { kh: ['និមល'], lat: ['Nimol', 'Nimul'] },
  sros: { kh: ['ស្រស់'], lat: ['Sros', 'Srors'] },
  oun: { kh: ['អូន'], lat: ['Oun', 'Aun'] },
  monorom: { kh: ['មនោរម្យ'], lat: ['Monorom', 'Monourom'] },
  srey: { kh: ['ស្រី'], lat: ['Srey', 'Srei', 'Sray'] },
  mom: { kh: ['មុំ'], lat: ['Mom', 'Mum'] },
  neang: { kh: ['នាង'], lat: ['Neang', 'Nang'] },
  pov: { kh: ['ពៅ'], lat: ['Pov', 'Pau'] },
  nich: { kh: ['និច'], lat: ['Nich', 'Nitch'] },
  kheng: { kh: ['ខេង'], lat: ['Kheng', 'Khieng'] },
  heang: { kh: ['ហៀង'], lat: ['Heang', 'Hieng', 'Hiang'] },
  mony: { kh: ['មុនី', 'មុន្នី'], lat: ['Mony', 'Moni', 'Monny'] },
  roth: { kh: ['រ័ត្ន'], lat: ['Roth', 'Rath', 'Rott'] },
  thy: { kh: ['ធី'], lat: ['Thy', 'Thi'] },
  leng: { kh: ['ឡេង'], lat: ['Leng'] },
  hong: { kh: ['ហុង'], lat: ['Hong'] },
  chhay: { kh: ['ឆាយ'], lat: ['Chhay', 'Chay'] },
  huor: { kh: ['ហួរ'], lat: ['Huor', 'Hour'] },
  leang: { kh: ['លាង'], lat: ['Leang', 'Liang'] },
  meng: { kh: ['ម៉េង'], lat: ['Meng'] },
  huy: { kh: ['ហ៊ុយ'], lat: ['Huy', 'Hui'] },
};

/** Family names, commonest first (drawn with a Zipf-like skew). */
export const FAMILY = [
  'sok', 'chan', 'chea', 'ly', 'kim', 'heng', 'seng', 'keo', 'nhim', 'chhim', 'mao', 'suon', 'bun',
  'tep', 'hun', 'um', 'yim', 'sin', 'prom', 'lay', 'thach', 'men', 'pich', 'nuon', 'taing', 'ung',
  'ou', 'long', 'lim', 'van', 'sam', 'ouk', 'khiev', 'touch', 'tan', 'nguon', 'huot', 'meas', 'phan',
  'chhun', 'ngov', 'khat', 'khim', 'kong', 'mok', 'ros', 'sreng', 'iem', 'khuon', 'vong', 'chum', 'san', 'som',
  'svay', 'preap', 'duong', 'kuoch', 'te',
] as const;

/** Family names of Sino-Khmer families, who give a generation syllable (Kim, Meng, Chhun, Huy). */
export const SINO_FAMILY = ['ly', 'taing', 'lay', 'tan', 'heng', 'lim', 'ung', 'ngov', 'seng', 'khiev', 'kuoch', 'te', 'iem'] as const;

export type NameSex = 'M' | 'F' | 'U';

/** One-word given names. */
export const GIVEN_SINGLE: ReadonlyArray<{ w: string; sex: NameSex }> = [
  { w: 'dara', sex: 'U' }, { w: 'sophea', sex: 'F' }, { w: 'sokha', sex: 'U' }, { w: 'vuthy', sex: 'M' },
  { w: 'vanna', sex: 'U' }, { w: 'veasna', sex: 'M' }, { w: 'sophal', sex: 'M' }, { w: 'pisey', sex: 'F' },
  { w: 'ratana', sex: 'U' }, { w: 'socheat', sex: 'U' }, { w: 'theary', sex: 'F' }, { w: 'chenda', sex: 'F' },
  { w: 'piseth', sex: 'M' }, { w: 'samnang', sex: 'M' }, { w: 'bopha', sex: 'F' }, { w: 'kunthea', sex: 'F' },
  { w: 'lina', sex: 'F' }, { w: 'neary', sex: 'F' }, { w: 'maly', sex: 'F' }, { w: 'reaksmey', sex: 'F' },
  { w: 'thida', sex: 'F' }, { w: 'sovann', sex: 'U' }, { w: 'chamroeun', sex: 'M' }, { w: 'vichet', sex: 'M' },
  { w: 'oudom', sex: 'M' }, { w: 'sambath', sex: 'M' }, { w: 'vibol', sex: 'M' }, { w: 'bora', sex: 'M' },
  { w: 'phalla', sex: 'U' }, { w: 'pheakdey', sex: 'M' }, { w: 'rithy', sex: 'M' }, { w: 'sopheap', sex: 'F' },
  { w: 'sopheak', sex: 'U' }, { w: 'mony', sex: 'M' }, { w: 'monorom', sex: 'F' },
  { w: 'sothea', sex: 'U' }, { w: 'sothy', sex: 'U' }, { w: 'seyha', sex: 'M' }, { w: 'chantha', sex: 'F' },
  { w: 'rotha', sex: 'U' }, { w: 'tola', sex: 'M' }, { w: 'leakhena', sex: 'F' }, { w: 'makara', sex: 'M' },
  { w: 'visal', sex: 'M' }, { w: 'vathana', sex: 'U' }, { w: 'rany', sex: 'F' }, { w: 'sokhom', sex: 'U' },
  { w: 'kanha', sex: 'F' }, { w: 'davy', sex: 'F' }, { w: 'phearom', sex: 'U' }, { w: 'chariya', sex: 'F' },
  { w: 'thoeun', sex: 'M' }, { w: 'sokun', sex: 'U' }, { w: 'kosal', sex: 'M' }, { w: 'nimol', sex: 'F' },
];

/** Two-part Khmer given names (each part a name word of its own). */
export const GIVEN_COMPOUND: ReadonlyArray<{ parts: readonly [string, string]; sex: NameSex }> = [
  { parts: ['srey', 'mom'], sex: 'F' }, { parts: ['srey', 'neang'], sex: 'F' }, { parts: ['srey', 'pov'], sex: 'F' },
  { parts: ['srey', 'nich'], sex: 'F' }, { parts: ['srey', 'pich'], sex: 'F' }, { parts: ['srey', 'mao'], sex: 'F' },
  { parts: ['srey', 'roth'], sex: 'F' }, { parts: ['chan', 'thy'], sex: 'F' }, { parts: ['chan', 'dara'], sex: 'M' },
  { parts: ['sok', 'kheng'], sex: 'M' }, { parts: ['mony', 'roth'], sex: 'M' }, { parts: ['sophea', 'roth'], sex: 'U' },
  { parts: ['sok', 'lim'], sex: 'U' }, { parts: ['sok', 'vanna'], sex: 'U' }, { parts: ['chan', 'sophea'], sex: 'F' },
  { parts: ['srey', 'lina'], sex: 'F' }, { parts: ['mony', 'vanna'], sex: 'U' }, { parts: ['sok', 'dara'], sex: 'M' },
  { parts: ['sok', 'chea'], sex: 'U' }, { parts: ['srey', 'sros'], sex: 'F' }, { parts: ['srey', 'oun'], sex: 'F' },
  { parts: ['chan', 'tola'], sex: 'M' }, { parts: ['srey', 'neary'], sex: 'F' }, { parts: ['sovann', 'dara'], sex: 'M' },
  { parts: ['srey', 'rotha'], sex: 'F' }, { parts: ['chan', 'sokha'], sex: 'U' }, { parts: ['sok', 'sambath'], sex: 'M' },
];

/** Sino-Khmer given names: a generation syllable shared by siblings, then a personal syllable. */
export const GIVEN_SINO: ReadonlyArray<{ parts: readonly [string, string]; sex: NameSex }> = [
  { parts: ['kim', 'heang'], sex: 'F' }, { parts: ['kim', 'leng'], sex: 'F' }, { parts: ['kim', 'hong'], sex: 'U' },
  { parts: ['kim', 'leang'], sex: 'F' }, { parts: ['meng', 'huor'], sex: 'M' }, { parts: ['meng', 'chhay'], sex: 'M' },
  { parts: ['meng', 'leang'], sex: 'U' }, { parts: ['chhun', 'hong'], sex: 'M' }, { parts: ['chhun', 'leng'], sex: 'M' },
  { parts: ['huy', 'leng'], sex: 'M' }, { parts: ['huy', 'chhay'], sex: 'M' }, { parts: ['kim', 'chhay'], sex: 'U' },
  { parts: ['kim', 'sreng'], sex: 'F' }, { parts: ['meng', 'hong'], sex: 'U' }, { parts: ['meng', 'kheng'], sex: 'M' },
  { parts: ['chhun', 'leang'], sex: 'U' }, { parts: ['huy', 'hong'], sex: 'M' }, { parts: ['meng', 'sreng'], sex: 'U' },
];
