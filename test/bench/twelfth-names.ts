/**
 * Name lists for the twelfth roster ("the phone list"), written for it alone.
 *
 * Khmer is in canonical Unicode order: base consonant, subscripts (COENG RO last), register
 * shifter (៊ ៉), vowel, then signs (ំ ះ ់ ៈ); subscript TA is always written ្ត (never ្ដ), so a
 * keyboard's ្ដ is one of the on-site encoding variants. `latin` lists real romanizations, the
 * commonest first; compound given names (Srey Mom) list each part's spellings and are written
 * split ("Srey Mom") or joined ("Sreymom").
 */

export interface FamilyName {
  kh: string;
  latin: readonly string[];
}

/** M / F, or U for a name both men and women carry. */
export type NameSex = 'M' | 'F' | 'U';

export interface GivenName {
  kh: string;
  sex: NameSex;
  /** One entry per Latin word of the name; a two-part name is a compound (Srey Mom / Sreymom). */
  parts: readonly (readonly string[])[];
}

/** Family names, commonest first. */
export const FAMILY12: readonly FamilyName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem', 'Chim'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou', 'Pao'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'ញឹក', latin: ['Nhek', 'Nhoek'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'ស៊ឹម', latin: ['Sim', 'Sem'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'អ៊ាង', latin: ['Eang', 'Ang'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'រស់', latin: ['Ros', 'Ross'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Ok'] },
  { kh: 'ឌី', latin: ['Dy', 'Dee'] },
  { kh: 'សាន', latin: ['San'] },
  { kh: 'ម៉េង', latin: ['Meng'] },
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'គង់', latin: ['Kong'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khoun'] },
  { kh: 'តាំង', latin: ['Tang', 'Taing'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'ហាក់', latin: ['Hak'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
  { kh: 'ជួន', latin: ['Chuon', 'Choun'] },
  { kh: 'ទៀង', latin: ['Tieng', 'Teang'] },
  { kh: 'អ៊ុន', latin: ['Oun', 'Un'] },
  { kh: 'ពុធ', latin: ['Puth', 'Poth'] },
  { kh: 'ហុង', latin: ['Hong'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vorng'] },
  { kh: 'យិន', latin: ['Yin'] },
  { kh: 'រិន', latin: ['Rin', 'Rinn'] },
];

/** Given names, commonest first (the order is the popularity used by the generator). */
export const GIVEN12: readonly GivenName[] = [
  { kh: 'ដារា', sex: 'U', parts: [['Dara']] },
  { kh: 'សុភា', sex: 'F', parts: [['Sophea', 'Sophear']] },
  { kh: 'ស្រីមុំ', sex: 'F', parts: [['Srey', 'Srei'], ['Mom', 'Mum']] },
  { kh: 'វុទ្ធី', sex: 'M', parts: [['Vuthy', 'Voeuthy', 'Vuthi']] },
  { kh: 'សុខា', sex: 'U', parts: [['Sokha']] },
  { kh: 'ចាន់ធី', sex: 'F', parts: [['Chanthy', 'Chanthi']] },
  { kh: 'រិទ្ធ', sex: 'M', parts: [['Rith', 'Rit']] },
  { kh: 'សុភាព', sex: 'F', parts: [['Sopheap', 'Sopheab']] },
  { kh: 'សុវណ្ណ', sex: 'M', parts: [['Sovann', 'Sovan']] },
  { kh: 'ស្រីនាង', sex: 'F', parts: [['Srey', 'Srei'], ['Neang']] },
  { kh: 'ធីតា', sex: 'F', parts: [['Thida', 'Tida']] },
  { kh: 'សុផល', sex: 'U', parts: [['Sophal']] },
  { kh: 'កុសល', sex: 'M', parts: [['Kosal', 'Kusal']] },
  { kh: 'វណ្ណា', sex: 'U', parts: [['Vanna', 'Vana']] },
  { kh: 'រតនា', sex: 'F', parts: [['Ratana', 'Rattana', 'Rathana']] },
  { kh: 'សំណាង', sex: 'M', parts: [['Samnang', 'Samnag']] },
  { kh: 'ពិសី', sex: 'F', parts: [['Pisey', 'Pisei']] },
  { kh: 'រដ្ឋា', sex: 'M', parts: [['Ratha', 'Rotha', 'Rattha']] },
  { kh: 'បុប្ផា', sex: 'F', parts: [['Bopha', 'Bopa']] },
  { kh: 'ពិសិដ្ឋ', sex: 'M', parts: [['Piseth', 'Piset']] },
  { kh: 'ស្រីពៅ', sex: 'F', parts: [['Srey', 'Srei'], ['Pov', 'Pao']] },
  { kh: 'ចិន្តា', sex: 'F', parts: [['Chenda', 'Chinda']] },
  { kh: 'វិចិត្រ', sex: 'M', parts: [['Vichet', 'Vicheth']] },
  { kh: 'វាសនា', sex: 'U', parts: [['Veasna', 'Veasana']] },
  { kh: 'សុធា', sex: 'F', parts: [['Sothea']] },
  { kh: 'ចំរើន', sex: 'M', parts: [['Chamroeun', 'Chamreun', 'Chomroeun']] },
  { kh: 'ស៊ីណា', sex: 'F', parts: [['Sina']] },
  { kh: 'បញ្ញា', sex: 'U', parts: [['Panha', 'Pagna', 'Pannha']] },
  { kh: 'សុខុម', sex: 'M', parts: [['Sokhom', 'Sokhum']] },
  { kh: 'ដានី', sex: 'F', parts: [['Dany', 'Daney']] },
  { kh: 'ផល្លា', sex: 'F', parts: [['Phalla', 'Phala']] },
  { kh: 'វីរៈ', sex: 'M', parts: [['Vireak', 'Virak']] },
  { kh: 'ណារី', sex: 'F', parts: [['Nary', 'Nari']] },
  { kh: 'សុខលី', sex: 'U', parts: [['Sokly', 'Sokley']] },
  { kh: 'ឧត្តម', sex: 'M', parts: [['Oudom', 'Udom']] },
  { kh: 'ម៉ាលី', sex: 'F', parts: [['Maly', 'Mali']] },
  { kh: 'ស្រីនិច', sex: 'F', parts: [['Srey', 'Srei'], ['Nich', 'Nech']] },
  { kh: 'ភក្តី', sex: 'M', parts: [['Pheakdey', 'Pheakdei', 'Peakdey']] },
  { kh: 'រស្មី', sex: 'F', parts: [['Reaksmey', 'Raksmey', 'Reaksmei']] },
  { kh: 'ពេជ្រ', sex: 'U', parts: [['Pich', 'Pech']] },
  { kh: 'មករា', sex: 'M', parts: [['Makara']] },
  { kh: 'លីដា', sex: 'F', parts: [['Lida']] },
  { kh: 'បូរ៉ា', sex: 'M', parts: [['Bora', 'Borra']] },
  { kh: 'កញ្ញា', sex: 'F', parts: [['Kanha', 'Kagna', 'Kanya']] },
  { kh: 'សុជាតិ', sex: 'U', parts: [['Socheat', 'Sochiet']] },
  { kh: 'សម្បត្តិ', sex: 'M', parts: [['Sambath', 'Sambat']] },
  { kh: 'គន្ធា', sex: 'F', parts: [['Kunthea', 'Kanthea']] },
  { kh: 'មុន្នី', sex: 'U', parts: [['Mony', 'Monny', 'Muny']] },
  { kh: 'វិបុល', sex: 'M', parts: [['Vibol', 'Vibul']] },
  { kh: 'ស្រីអូន', sex: 'F', parts: [['Srey', 'Srei'], ['Oun', 'Aun']] },
  { kh: 'ដាវី', sex: 'F', parts: [['Davy', 'Davi']] },
  { kh: 'ប៊ុនធឿន', sex: 'M', parts: [['Bunthoeun', 'Bunthoeurn']] },
  { kh: 'សុភី', sex: 'F', parts: [['Sophy', 'Sophi']] },
  { kh: 'សាវឿន', sex: 'M', parts: [['Savoeun', 'Saveun']] },
  { kh: 'រ៉ានី', sex: 'F', parts: [['Rany', 'Rani']] },
  { kh: 'វិសាល', sex: 'M', parts: [['Visal']] },
  { kh: 'ចាន់ណា', sex: 'U', parts: [['Channa', 'Chana']] },
  { kh: 'លក្ខិណា', sex: 'F', parts: [['Leakhena', 'Leakena']] },
  { kh: 'ពិសាល', sex: 'M', parts: [['Pisal']] },
  { kh: 'សុម៉ាលី', sex: 'F', parts: [['Somaly', 'Somali']] },
  { kh: 'តុលា', sex: 'M', parts: [['Tola']] },
  { kh: 'ធារី', sex: 'F', parts: [['Theary', 'Thiery']] },
  { kh: 'ធារ៉ា', sex: 'M', parts: [['Theara']] },
  { kh: 'សុធារី', sex: 'F', parts: [['Sotheary', 'Sothiry']] },
  { kh: 'សុខហេង', sex: 'M', parts: [['Sokheng']] },
  { kh: 'ចន្ទ្រា', sex: 'F', parts: [['Chantrea', 'Chantrear']] },
  { kh: 'សារុន', sex: 'M', parts: [['Sarun', 'Saroun']] },
  { kh: 'ផល្លី', sex: 'F', parts: [['Phally', 'Phalli']] },
  { kh: 'វឌ្ឍនា', sex: 'M', parts: [['Vathana', 'Vatana']] },
  { kh: 'ស្រីពេជ្រ', sex: 'F', parts: [['Srey', 'Srei'], ['Pich', 'Pech']] },
  { kh: 'ប៊ុនថន', sex: 'M', parts: [['Bunthorn', 'Bunthon']] },
  { kh: 'ចរិយា', sex: 'F', parts: [['Chariya', 'Chareya']] },
  { kh: 'សុធី', sex: 'M', parts: [['Sothy', 'Sothi']] },
  { kh: 'វណ្ណារី', sex: 'F', parts: [['Vannary', 'Vanary']] },
  { kh: 'រតនៈ', sex: 'M', parts: [['Rathanak', 'Ratanak']] },
  { kh: 'ចាន់ថា', sex: 'F', parts: [['Chantha']] },
  { kh: 'បណ្ឌិត', sex: 'M', parts: [['Bandith', 'Bandit']] },
  { kh: 'សុគន្ធា', sex: 'F', parts: [['Sokunthea', 'Sokonthea']] },
];

/**
 * What an Android phone's autocorrect / predictive text turns a Cambodian name word into: the
 * nearest English dictionary word (one letter away, or a common completion). Keys are the name
 * spelling as typed (lower case); `proper` words are capitalised by the keyboard wherever they
 * stand (Sophia), the others follow the surrounding case. Names that are themselves dictionary
 * words or known proper nouns (Chan, Mao, Kim, Long, Touch, Nary, Davy) are left alone, and no
 * replacement is itself a Cambodian name a human could mistake for another worker (so Heng ->
 * Hang, Yim -> Him, Hout -> Hour are not used: Hang, Him, Hour are Khmer names too).
 */
export const AUTOCORRECT12: Readonly<Record<string, { word: string; proper: boolean }>> = {
  sok: { word: 'sock', proper: false },
  chea: { word: 'cheap', proper: false },
  meas: { word: 'means', proper: false },
  dara: { word: 'dare', proper: false },
  rith: { word: 'rich', proper: false },
  ratha: { word: 'rather', proper: false },
  sophea: { word: 'Sophia', proper: true },
  dany: { word: 'Danny', proper: true },
  thida: { word: 'Tilda', proper: true },
  mony: { word: 'money', proper: false },
  pich: { word: 'pitch', proper: false },
  rany: { word: 'rainy', proper: false },
  sophy: { word: 'Sophie', proper: true },
};

/** Phone QWERTY rows, for a Latin typo's neighbouring key. */
export const QWERTY_ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * Khmer phone-keyboard slips (NiDA layout, as on Android's Khmer keyboard): letters on the same
 * key with and without shift (ក/គ, ត/ទ, ុ/ូ ...), and consonants on neighbouring keys.
 */
export const KHMER_SLIPS12: readonly (readonly [string, string])[] = [
  // shift forgotten or added (same key)
  ['ឆ', 'ឈ'], ['ឹ', 'ឺ'], ['េ', 'ែ'], ['ត', 'ទ'], ['ុ', 'ូ'], ['ិ', 'ី'], ['ោ', 'ៅ'], ['ផ', 'ភ'],
  ['ៀ', 'ឿ'], ['ដ', 'ឌ'], ['ថ', 'ធ'], ['ក', 'គ'], ['ល', 'ឡ'], ['ខ', 'ឃ'], ['ច', 'ជ'], ['ប', 'ព'],
  ['ន', 'ណ'], ['ឋ', 'ឍ'],
  // neighbouring keys on one row
  ['រ', 'ត'], ['ត', 'យ'], ['ស', 'ដ'], ['ដ', 'ថ'], ['ថ', 'ង'], ['ង', 'ហ'], ['ក', 'ល'], ['ខ', 'ច'],
  ['ច', 'វ'], ['វ', 'ប'], ['ប', 'ន'], ['ន', 'ម'], ['ុ', 'ិ'],
];
