/**
 * Name lists for the `seventyfourth` roster (a grader's roster, emphasis on scripts).
 *
 * Each word is one Khmer word in canonical Unicode order (consonant, subscripts, register
 * shifter, vowel, signs), with the Latin romanizations seen for it on real rosters; the first
 * romanization is the most common one. Compound given names (Srey Mom) are one Khmer word and
 * carry both the spaced and the joined romanization.
 *
 * Lists are in rough order of frequency: the generator draws them skewed toward the front, as
 * family names in Cambodia are (Sok, Chan, Chea ...).
 */

export interface NameWord {
  /** Khmer script, canonical order, NFC. */
  readonly kh: string;
  /** Romanizations, most common first. */
  readonly latin: readonly string[];
}

export const FAMILY_NAMES: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'គីម', latin: ['Kim', 'Kym'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'សេង', latin: ['Seng', 'Saeng'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Kev'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Prac'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'ឡុង', latin: ['Long', 'Lung'] },
  { kh: 'ហោ', latin: ['Hor', 'Hao'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'ជួន', latin: ['Chuon', 'Choun'] },
  { kh: 'អេង', latin: ['Eng', 'Ing'] },
  { kh: 'សាយ', latin: ['Say', 'Sai'] },
  { kh: 'សឿន', latin: ['Soeun', 'Soeurn', 'Sern'] },
  { kh: 'ម៉ី', latin: ['Mey', 'Mei'] },
  { kh: 'យិន', latin: ['Yin', 'Yinn'] },
  { kh: 'ថាច់', latin: ['Thach', 'Thac'] },
  { kh: 'ប៉ែន', latin: ['Pen', 'Paen'] },
  { kh: 'ហែម', latin: ['Hem', 'Haem'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khunn'] },
  { kh: 'ទិត្យ', latin: ['Tith', 'Tit'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉េង', latin: ['Meng', 'Maeng'] },
  { kh: 'ឡេង', latin: ['Leng', 'Laeng'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
];

const w = (kh: string, ...latin: string[]): NameWord => ({ kh, latin });

// Given names used for both sexes (more often one than the other).
const SOPHEA = w('សុភា', 'Sophea', 'Sophear', 'Sopha');
const SOKHA = w('សុខា', 'Sokha', 'Sokhar');
const DARA = w('ដារ៉ា', 'Dara', 'Darra');
const VANNA = w('វណ្ណា', 'Vanna', 'Vana');
const MONY = w('មុនី', 'Mony', 'Moni');
const RATANA = w('រតនា', 'Ratana', 'Rattana', 'Rotana');
const CHANTHA = w('ចាន់ថា', 'Chantha', 'Chanthar');

/** Women's given names, most common first. */
export const GIVEN_FEMALE: readonly NameWord[] = [
  SOPHEA,
  w('ស្រីមុំ', 'Srey Mom', 'Sreymom', 'Srei Mom'),
  w('ស្រីនាង', 'Srey Neang', 'Sreyneang'),
  w('ស្រីពៅ', 'Srey Pov', 'Sreypov', 'Srey Pao'),
  w('ចាន់ណារី', 'Channary', 'Channari'),
  SOKHA,
  w('បុប្ផា', 'Bopha', 'Boppha', 'Bupha'),
  w('ស្រីលក្ខ', 'Srey Leak', 'Sreyleak'),
  DARA,
  w('ចិន្តា', 'Chenda', 'Chinda'),
  w('ផល្លា', 'Phalla', 'Phala'),
  w('សុធា', 'Sothea', 'Sothear'),
  w('ធីតា', 'Thida', 'Thyda'),
  w('ស្រីនិច', 'Srey Nich', 'Sreynich'),
  w('លក្ខិណា', 'Leakhena', 'Leakena'),
  w('កញ្ញា', 'Kanha', 'Kagna', 'Kannha'),
  w('ណារី', 'Nary', 'Nari'),
  w('សុភាព', 'Sopheap', 'Sopheab'),
  w('ពិសី', 'Pisey', 'Pisei'),
  w('ស្រីពេជ្រ', 'Srey Pich', 'Sreypich', 'Srey Pech'),
  w('ដាវី', 'Davy', 'Davi'),
  w('លីណា', 'Lina', 'Leena'),
  w('ម្លិះ', 'Malis', 'Mlis'),
  w('សុគន្ធា', 'Sokunthea', 'Sokuntha'),
  w('រស្មី', 'Raksmey', 'Reaksmey', 'Raksmei'),
  w('ចន្ធូ', 'Chanthou', 'Chanthu'),
  w('គន្ធា', 'Kunthea', 'Kanthea'),
  w('ម៉ាលី', 'Maly', 'Mali'),
  w('ស្រីមាស', 'Srey Meas', 'Sreymeas'),
  w('ស្រីអូន', 'Srey Oun', 'Sreyoun'),
  MONY,
  RATANA,
  VANNA,
  w('មេសា', 'Mesa', 'Mesar'),
  w('ស្រីរ័ត្ន', 'Srey Roth', 'Sreyroth', 'Srey Rath'),
];

/** Men's given names, most common first. */
export const GIVEN_MALE: readonly NameWord[] = [
  DARA,
  w('វុទ្ធី', 'Vuthy', 'Voeuthy', 'Vuthi'),
  SOKHA,
  w('កុសល', 'Kosal', 'Kusal'),
  w('រិទ្ធ', 'Rith', 'Rit'),
  w('សុវណ្ណ', 'Sovann', 'Sovan'),
  w('វិសាល', 'Visal', 'Vishal'),
  w('រដ្ឋា', 'Rotha', 'Ratha', 'Rattha'),
  w('សំណាង', 'Samnang', 'Somnang'),
  w('វិចិត្រ', 'Vichet', 'Vichit'),
  w('ពិសិដ្ឋ', 'Piseth', 'Piset'),
  SOPHEA,
  w('សុខុម', 'Sokhom', 'Sokhum'),
  w('ប៊ុនធឿន', 'Bunthoeun', 'Bunthoeurn', 'Bunthoen'),
  w('សុផល', 'Sophal', 'Sophall'),
  w('ចំរើន', 'Chamroeun', 'Chamroen', 'Chamrern'),
  w('វាសនា', 'Veasna', 'Veasana'),
  w('វណ្ណៈ', 'Vannak', 'Vanak'),
  w('សុទ្ធី', 'Sothy', 'Sothi'),
  w('រិទ្ធី', 'Rithy', 'Rithi'),
  w('បូរ៉ា', 'Bora', 'Borra'),
  w('មករា', 'Makara', 'Makkara'),
  w('សីហា', 'Seyha', 'Seiha'),
  w('វិបុល', 'Vibol', 'Vibul'),
  w('ធារិទ្ធ', 'Thearith', 'Thearit'),
  w('សម្បត្តិ', 'Sambath', 'Sambat'),
  CHANTHA,
  w('ផានិត', 'Phanith', 'Phanit'),
  w('សុជាតិ', 'Socheat', 'Socheath'),
  w('វឌ្ឍនា', 'Vathana', 'Vatthana', 'Vadhana'),
  w('ឧត្តម', 'Oudom', 'Udom'),
  w('សារ៉ុន', 'Saron', 'Sarun'),
  MONY,
  VANNA,
  RATANA,
];

/** Every distinct given-name word (unisex ones once). */
export const GIVEN_NAMES: readonly NameWord[] = [...new Set([...GIVEN_FEMALE, ...GIVEN_MALE])];
