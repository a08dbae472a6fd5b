/**
 * Name lists for the `twentyninth` roster (a foreman's call list). Written for this generator only.
 *
 * Family names: one Khmer word, several real romanizations (first = the most usual).
 * Given names: two syllables. Each syllable carries its Khmer piece and its romanizations; the
 * registered Khmer given name is exactly `a.kh + b.kh`, a Latin given name is one romanization of
 * each syllable run together ("So" + "phea" = "Sophea"), or for the Srey- names also spaced
 * ("Srey Mom"). `call` says which syllable the floor calls the worker by:
 *   trail = the second syllable (Sophea → Phea, Sreypov → Pov), lead = the first (Bunthoeun → Bun),
 *   both = either, none = always written in full.
 * `khCall: false` marks names whose Khmer split crosses a subscript (វុទ្ធី → ទ្ធី), so the short form
 * is only ever written in Latin for them.
 * Order matters: early entries are drawn more often (family names are strongly skewed).
 */

export interface Family29 {
  kh: string;
  lat: readonly string[];
}

export interface Syllable29 {
  kh: string;
  lat: readonly string[];
}

export interface Given29 {
  a: Syllable29;
  b: Syllable29;
  sex: 'F' | 'M' | 'U';
  call: 'trail' | 'lead' | 'both' | 'none';
  /** Latin may be written as two words ("Srey Pov"). */
  spaced?: boolean;
  /** false: no Khmer short form (the split is not clean). Default true. */
  khCall?: boolean;
}

export const FAMILY29: readonly Family29[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev'] },
  { kh: 'មាស', lat: ['Meas', 'Meah'] },
  { kh: 'ហេង', lat: ['Heng'] },
  { kh: 'លី', lat: ['Ly', 'Lee'] },
  { kh: 'លឹម', lat: ['Lim', 'Lem'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech'] },
  { kh: 'សេង', lat: ['Seng'] },
  { kh: 'គីម', lat: ['Kim'] },
  { kh: 'សំ', lat: ['Sam', 'Som'] },
  { kh: 'ញ៉ែម', lat: ['Nhem', 'Nhim'] },
  { kh: 'អ៊ុំ', lat: ['Oum', 'Um'] },
  { kh: 'ប្រាក់', lat: ['Prak'] },
  { kh: 'ហែម', lat: ['Hem'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch'] },
  { kh: 'ស្រ៊ុន', lat: ['Srun', 'Sroun'] },
  { kh: 'យឹម', lat: ['Yim', 'Yem'] },
  { kh: 'ផាន', lat: ['Phan'] },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chim'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk'] },
  { kh: 'គង់', lat: ['Kong', 'Kung'] },
  { kh: 'ឡុង', lat: ['Long'] },
  { kh: 'ង៉ែត', lat: ['Nget', 'Ngeth'] },
  { kh: 'ស៊ិន', lat: ['Sin', 'Sinn'] },
  { kh: 'ហ៊ុន', lat: ['Hun', 'Hunn'] },
  { kh: 'សោម', lat: ['Som', 'Saom'] },
  { kh: 'ទេព', lat: ['Tep', 'Teb'] },
  { kh: 'រស់', lat: ['Ros', 'Ruos'] },
  { kh: 'ម៉ែន', lat: ['Men'] },
  { kh: 'វ៉ាន់', lat: ['Van', 'Vann'] },
  { kh: 'ឃុន', lat: ['Khun'] },
  { kh: 'សាយ', lat: ['Say', 'Sai'] },
  { kh: 'យិន', lat: ['Yin'] },
  { kh: 'នួន', lat: ['Nuon', 'Noun'] },
  { kh: 'ប៉ែន', lat: ['Pen', 'Paen'] },
  { kh: 'សន', lat: ['Sorn', 'Son'] },
  { kh: 'តាន់', lat: ['Tan', 'Tann'] },
  { kh: 'ប៊ុន', lat: ['Bun', 'Boun'] },
  { kh: 'អេង', lat: ['Eng'] },
  { kh: 'ហាក់', lat: ['Hak'] },
  { kh: 'ងិន', lat: ['Ngin'] },
  { kh: 'ថាច់', lat: ['Thach'] },
  { kh: 'សឿន', lat: ['Soeun', 'Suen'] },
  { kh: 'មុំ', lat: ['Mom', 'Mum'] },
  { kh: 'វង្ស', lat: ['Vong'] },
  { kh: 'កៅ', lat: ['Kao', 'Kav'] },
  { kh: 'ជុំ', lat: ['Chum', 'Chhum'] },
  { kh: 'ហួត', lat: ['Huot', 'Hout'] },
  { kh: 'ខៀវ', lat: ['Khiev', 'Kheav'] },
  { kh: 'ឃឹម', lat: ['Khim', 'Khem'] },
];

const S = (kh: string, ...lat: string[]): Syllable29 => ({ kh, lat });
const SREY = S('ស្រី', 'Srey', 'Srei');
const SO = S('សុ', 'So');
const SOK = S('សុខ', 'Sok', 'Sokh');
const CHAN = S('ចាន់', 'Chan', 'Chann');
const KIM = S('គីម', 'Kim');
const BUN = S('ប៊ុន', 'Bun', 'Boun');
const PI = S('ពិ', 'Pi');
const VI = S('វិ', 'Vi');
const DA = S('ដា', 'Da');

export const GIVEN29: readonly Given29[] = [
  { a: SO, b: S('ភា', 'Phea', 'Phear'), sex: 'F', call: 'trail' },
  { a: SREY, b: S('ពៅ', 'Pov', 'Pouv', 'Pau'), sex: 'F', call: 'trail', spaced: true },
  { a: SO, b: S('ភាព', 'Pheap', 'Pheab'), sex: 'U', call: 'trail' },
  { a: SREY, b: S('ល័ក្ខ', 'Leak', 'Leakh'), sex: 'F', call: 'trail', spaced: true },
  { a: CHAN, b: S('ធូ', 'Thou', 'Thu'), sex: 'F', call: 'trail' },
  { a: S('វុ', 'Vu', 'Voeu'), b: S('ទ្ធី', 'Thy', 'Thi'), sex: 'M', call: 'trail', khCall: false },
  { a: SREY, b: S('មុំ', 'Mom', 'Mum'), sex: 'F', call: 'trail', spaced: true },
  { a: SOK, b: S('ជា', 'Chea', 'Chear'), sex: 'M', call: 'trail' },
  { a: SO, b: S('ខា', 'Kha'), sex: 'U', call: 'trail' },
  { a: PI, b: S('សិដ្ឋ', 'Seth', 'Sith'), sex: 'M', call: 'trail' },
  { a: CHAN, b: S('ធី', 'Thy', 'Thi'), sex: 'F', call: 'trail' },
  { a: VI, b: S('សាល', 'Sal'), sex: 'M', call: 'trail' },
  { a: SREY, b: S('នាង', 'Neang', 'Nieng'), sex: 'F', call: 'trail', spaced: true },
  { a: SO, b: S('ផល', 'Phal', 'Phorl'), sex: 'M', call: 'trail' },
  { a: BUN, b: S('ធឿន', 'Thoeun', 'Thoeurn'), sex: 'M', call: 'both' },
  { a: SO, b: S('ភ័ក្ត្រ', 'Pheak', 'Pheakt'), sex: 'U', call: 'trail' },
  { a: SREY, b: S('និច', 'Nich', 'Nech'), sex: 'F', call: 'trail', spaced: true },
  { a: S('រិ', 'Ri'), b: S('ទ្ធី', 'Thy', 'Thi'), sex: 'M', call: 'trail', khCall: false },
  { a: S('មា', 'Mea'), b: S('លា', 'Lea', 'Lear'), sex: 'F', call: 'trail' },
  { a: SO, b: S('វណ្ណ', 'Vann', 'Van'), sex: 'M', call: 'trail' },
  { a: PI, b: S('សី', 'Sey', 'Sei'), sex: 'F', call: 'trail' },
  { a: S('សំ', 'Sam'), b: S('ណាង', 'Nang', 'Neang'), sex: 'M', call: 'trail' },
  { a: SREY, b: S('រ័ត្ន', 'Roth', 'Rath'), sex: 'F', call: 'trail', spaced: true },
  { a: CHAN, b: S('រិទ្ធ', 'Rith', 'Reth'), sex: 'M', call: 'trail' },
  { a: SO, b: S('ធា', 'Thea', 'Thear'), sex: 'F', call: 'trail' },
  { a: KIM, b: S('ហុង', 'Hong', 'Hung'), sex: 'M', call: 'both' },
  { a: SREY, b: S('ពេជ្រ', 'Pich', 'Pech'), sex: 'F', call: 'trail', spaced: true },
  { a: S('ចំ', 'Cham'), b: S('រើន', 'Roeun', 'Roeurn'), sex: 'M', call: 'trail' },
  { a: DA, b: S('លីន', 'Lin', 'Linn'), sex: 'F', call: 'trail' },
  { a: SO, b: S('ធី', 'Thy', 'Thi'), sex: 'U', call: 'trail' },
  { a: SOK, b: S('ហេង', 'Heng'), sex: 'M', call: 'trail' },
  { a: KIM, b: S('លាង', 'Leang', 'Lieng'), sex: 'F', call: 'both' },
  { a: S('កុ', 'Ko'), b: S('សល', 'Sal', 'Sol'), sex: 'M', call: 'trail' },
  { a: SREY, b: S('ម៉ៅ', 'Mao', 'Mau'), sex: 'F', call: 'trail', spaced: true },
  { a: S('សា', 'Sa'), b: S('រ៉ាត់', 'Rath', 'Rat'), sex: 'M', call: 'trail' },
  { a: SOK, b: S('លាភ', 'Leap', 'Leab'), sex: 'F', call: 'trail' },
  { a: VI, b: S('បុល', 'Bol'), sex: 'M', call: 'trail' },
  { a: CHAN, b: S('ថា', 'Tha', 'Thar'), sex: 'U', call: 'trail' },
  { a: S('និ', 'Ni'), b: S('មល', 'Mol', 'Mal'), sex: 'U', call: 'trail' },
  { a: BUN, b: S('ណា', 'Na'), sex: 'M', call: 'lead' },
  { a: SO, b: S('គុណ', 'Kun', 'Kon'), sex: 'M', call: 'trail' },
  { a: SREY, b: S('ស', 'Sor', 'Sar'), sex: 'F', call: 'trail', spaced: true },
  { a: S('បូ', 'Bo'), b: S('រី', 'Rey', 'Ri'), sex: 'M', call: 'trail' },
  { a: S('សី', 'Sey', 'Sei'), b: S('ហា', 'Ha'), sex: 'M', call: 'lead' },
  { a: KIM, b: S('ឡេង', 'Leng'), sex: 'M', call: 'both' },
  { a: S('ធី', 'Thi', 'Thy'), b: S('តា', 'Da'), sex: 'F', call: 'none' },
  { a: DA, b: S('រ៉ា', 'Ra'), sex: 'U', call: 'none' },
];
