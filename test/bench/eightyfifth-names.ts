/**
 * Name lists for the `eightyfifth` roster (a grader's roster with the emphasis on the shape of
 * names). Real Cambodian family and given names, each Khmer word written once in Khmer Unicode
 * (in the usual stored order: base, subscripts, register shifter, vowel, sign) with the
 * romanizations that really occur for it, the most common first.
 *
 * A given name is a list of parts: most have one part, the compound ones (Srey Mom, Sok Heng,
 * Bun Thoeun ...) have two, which are written joined or split in either script.
 * Family names are listed roughly from most to least common (the generator draws them skewed).
 */

export interface NameToken {
  /** Khmer Unicode. */
  readonly kh: string;
  /** Romanizations, letters only, most common first. */
  readonly lat: readonly string[];
}

export interface GivenName {
  readonly parts: readonly NameToken[];
  /** Who usually bears it; 'U' for names given to both. */
  readonly sex: 'M' | 'F' | 'U';
}

const T = (kh: string, ...lat: string[]): NameToken => ({ kh, lat });

// Words used both as family names and as parts of compound given names.
const SOK = T('សុខ', 'Sok', 'Sokh');
const CHAN = T('ចាន់', 'Chan');
const CHEA = T('ជា', 'Chea', 'Chear');
const KIM = T('គីម', 'Kim');
const HENG = T('ហេង', 'Heng');
const MAO = T('ម៉ៅ', 'Mao');
const BUN = T('ប៊ុន', 'Bun', 'Boun');
const PICH = T('ពេជ្រ', 'Pich', 'Pech');
const SAN = T('សាន', 'San');
const LY = T('លី', 'Ly', 'Lee');
const TOUCH = T('ទូច', 'Touch', 'Toch');

export const FAMILY: readonly NameToken[] = [
  SOK,
  CHAN,
  CHEA,
  KIM,
  LY,
  HENG,
  T('កែវ', 'Keo', 'Kaev'),
  MAO,
  T('ស៊ុន', 'Sun', 'Soun'),
  T('ញឹម', 'Nhem', 'Nhim'),
  T('អ៊ុក', 'Ouk', 'Uk'),
  T('ប៉ែន', 'Pen'),
  T('ផាន', 'Phan'),
  T('ប្រាក់', 'Prak'),
  T('សេង', 'Seng'),
  T('ទេព', 'Tep'),
  TOUCH,
  T('វង្ស', 'Vong', 'Vongs'),
  T('យឹម', 'Yim', 'Yem'),
  T('ហ៊ុន', 'Hun'),
  T('មាស', 'Meas'),
  T('ងួន', 'Nguon'),
  T('ឈឹម', 'Chhim', 'Chhem'),
  T('ខៀវ', 'Khiev', 'Khieu'),
  PICH,
  T('សាយ', 'Say', 'Sai'),
  T('នួន', 'Nuon', 'Noun'),
  T('ថាច់', 'Thach'),
  T('ស្រ៊ុន', 'Srun', 'Sroun'),
  T('អ៊ុំ', 'Oum', 'Um'),
  T('ឆាយ', 'Chhay', 'Chay'),
  T('រស់', 'Ros', 'Ruos'),
  T('ហុង', 'Hong'),
  SAN,
  BUN,
  T('ស៊ុយ', 'Suy', 'Soy'),
  T('ទិត្យ', 'Tith', 'Tit'),
  T('គង់', 'Kong', 'Kung'),
  T('វ៉ាន់', 'Vann', 'Van'),
  T('យិន', 'Yin'),
  T('ឡាយ', 'Lay', 'Lai'),
  T('អេង', 'Eng'),
  T('ជុំ', 'Chum', 'Chom'),
  T('តាំង', 'Taing', 'Tang'),
  T('ឡុង', 'Long'),
];

// Parts of compound given names.
const SREY = T('ស្រី', 'Srey', 'Srei');
const MOM = T('មុំ', 'Mom', 'Mum');
const POV = T('ពៅ', 'Pov', 'Pao');
const NEANG = T('នាង', 'Neang');
const LEAK = T('ល័ក្ខ', 'Leak', 'Leakh');
const NICH = T('និច', 'Nich');
const NA = T('ណា', 'Na');
const ROTH = T('រ័ត្ន', 'Roth', 'Rath');
const OUN = T('អូន', 'Oun', 'Oon');
const LENG = T('ឡេង', 'Leng');
const THOEUN = T('ធឿន', 'Thoeun', 'Thoeurn');
const THAN = T('ថន', 'Than', 'Thorn');
const LEAP = T('លាភ', 'Leap', 'Leab');
const NY = T('នី', 'Ny', 'Ni');
const RA = T('រ៉ា', 'Ra');
const HOUR = T('ហួរ', 'Hour', 'Huor');
const DARA = T('ដារ៉ា', 'Dara');

const G = (sex: 'M' | 'F' | 'U', ...parts: NameToken[]): GivenName => ({ parts, sex });
const G1 = (sex: 'M' | 'F' | 'U', kh: string, ...lat: string[]): GivenName => ({ parts: [T(kh, ...lat)], sex });

export const GIVEN: readonly GivenName[] = [
  // women
  G1('F', 'សុភា', 'Sophea', 'Sophear'),
  G('F', SREY, MOM),
  G1('F', 'បុប្ផា', 'Bopha', 'Bupha'),
  G('F', SREY, POV),
  G1('F', 'ចន្ធី', 'Chanthy', 'Chanthi', 'Chanty'),
  G('F', SREY, NEANG),
  G1('F', 'ដាលីន', 'Dalin', 'Daline'),
  G1('F', 'ពិសី', 'Pisey', 'Pisei'),
  G('F', SREY, LEAK),
  G1('F', 'សុគន្ធា', 'Sokunthea', 'Sokonthea'),
  G1('F', 'ចិន្តា', 'Chenda', 'Chendar'),
  G('F', SREY, NICH),
  G1('F', 'ចន្ទនារី', 'Channary', 'Chanary'),
  G1('F', 'កញ្ញា', 'Kanha', 'Kagna'),
  G('F', SREY, MAO),
  G1('F', 'លក្ខិណា', 'Leakhena', 'Leakena'),
  G1('F', 'ម្លិះ', 'Malis', 'Mlis'),
  G('F', SREY, NA),
  G1('F', 'នារី', 'Nary', 'Neary'),
  G1('F', 'ផល្លា', 'Phalla', 'Phala'),
  G('F', SREY, ROTH),
  G1('F', 'រចនា', 'Rachana', 'Rachna'),
  G1('F', 'សុភី', 'Sophy', 'Sophi'),
  G('F', SREY, PICH),
  G1('F', 'ធីតា', 'Thida', 'Theda'),
  G1('F', 'រស្មី', 'Raksmey', 'Reaksmey', 'Raksmei'),
  G('F', SREY, OUN),
  G1('F', 'សុភាព', 'Sopheap', 'Sopheab'),
  G1('F', 'លីណា', 'Lina', 'Leena'),
  G('F', SOK, NY),
  G1('F', 'ថាវី', 'Thavy', 'Thavi'),
  G1('F', 'ដាវី', 'Davy', 'Davi'),
  G1('F', 'គន្ធា', 'Kunthea', 'Kunthear', 'Konthea'),
  G1('F', 'ម៉ាលី', 'Maly', 'Mali'),
  G1('F', 'ចរិយា', 'Chariya', 'Chareya'),
  G1('F', 'សុធារី', 'Sotheary'),
  G1('F', 'សុវណ្ណារី', 'Sovannary', 'Sovanary'),
  G1('F', 'ភក្ត្រា', 'Pheaktra', 'Peaktra'),
  G1('F', 'ដានី', 'Dany', 'Dani'),
  G1('F', 'ចន្ថា', 'Chantha', 'Chanta'),
  G1('F', 'សោភា', 'Sophea', 'Sophear'),
  G1('F', 'វិច្ឆិកា', 'Vichika', 'Vichhika'),
  G1('F', 'សុម៉ាលី', 'Somaly', 'Somali'),
  G1('F', 'មាលា', 'Mealea', 'Malea'),
  G1('F', 'ចន្ទ្រា', 'Chantrea', 'Chantra'),
  G('F', SREY, NY),
  G('F', SREY, TOUCH),
  G('F', SOK, NA),
  G('F', SOK, LY),
  // both
  G1('U', 'សុខា', 'Sokha', 'Sokhar'),
  G1('U', 'វណ្ណា', 'Vanna', 'Vana'),
  G1('U', 'សុធា', 'Sothea', 'Sotheat'),
  G('U', KIM, LENG),
  G1('U', 'វាសនា', 'Veasna', 'Vesna'),
  G1('U', 'រតនា', 'Ratana', 'Rathana', 'Rattana'),
  G('U', SOK, LEAP),
  G1('U', 'មុន្នី', 'Mony', 'Monny', 'Moni'),
  G1('U', 'មករា', 'Makara', 'Meakara'),
  G1('U', 'រដ្ឋា', 'Rotha', 'Ratha'),
  G1('U', 'ស៊ីថា', 'Sitha', 'Setha'),
  G('U', KIM, LY),
  G1('U', 'រក្សា', 'Reaksa', 'Raksa'),
  G1('U', 'សុធី', 'Sothy', 'Sothi'),
  G1('U', 'ឆាយា', 'Chhaya', 'Chaya'),
  // men
  G('M', DARA),
  G1('M', 'វុទ្ធី', 'Vuthy', 'Voeuthy', 'Vutthy'),
  G('M', SOK, HENG),
  G1('M', 'កុសល', 'Kosal'),
  G1('M', 'រិទ្ធី', 'Rithy', 'Ritthy'),
  G('M', KIM, SAN),
  G1('M', 'សម្បត្តិ', 'Sambath', 'Sambat'),
  G1('M', 'វិជ្ជា', 'Vichea', 'Vichear'),
  G('M', BUN, THOEUN),
  G1('M', 'វិសាល', 'Visal', 'Vesal'),
  G1('M', 'ពិសិដ្ឋ', 'Piseth', 'Piset', 'Pisith'),
  G('M', BUN, THAN),
  G1('M', 'សុវណ្ណ', 'Sovann', 'Sovan'),
  G1('M', 'ចំរើន', 'Chamroeun', 'Chamreun', 'Chamroen'),
  G('M', CHAN, RA),
  G1('M', 'សំណាង', 'Samnang', 'Somnang'),
  G1('M', 'វិបុល', 'Vibol', 'Vibul'),
  G('M', KIM, HOUR),
  G1('M', 'សុផល', 'Sophal'),
  G1('M', 'វណ្ណៈ', 'Vannak', 'Vanak'),
  G('M', SOK, CHEA),
  G1('M', 'ផានិត', 'Phanith', 'Phanit'),
  G1('M', 'ខេមរា', 'Khemara', 'Kemara'),
  G('M', BUN, HENG),
  G1('M', 'សីហា', 'Seyha', 'Seiha'),
  G1('M', 'បុរី', 'Borey', 'Borei', 'Bory'),
  G1('M', 'ណារិទ្ធ', 'Narith', 'Narit'),
  G1('M', 'សុជាតិ', 'Socheat', 'Sochet', 'Socheath'),
  G1('M', 'ភារម្យ', 'Phearum', 'Pheareum'),
  G1('M', 'ឧត្តម', 'Oudom', 'Udom'),
  G1('M', 'បញ្ញា', 'Panha', 'Pagna'),
  G1('M', 'ធារ៉ា', 'Theara', 'Thera'),
  G1('M', 'វិចិត្រ', 'Vichet', 'Vicheth'),
  G1('M', 'រ៉ាវុធ', 'Ravuth', 'Ravut'),
  G1('M', 'សុខុម', 'Sokhom'),
  G1('M', 'ភក្ដី', 'Pheakdey', 'Pheakdei'),
  G1('M', 'វីរៈ', 'Vireak', 'Virak'),
  G('M', CHAN, DARA),
  G('M', CHAN, THAN),
  G('M', BUN, NA),
  G('M', KIM, HENG),
  G1('M', 'បូរ៉ា', 'Bora'),
  G1('M', 'ដាវុធ', 'Davuth', 'Davut'),
  G1('M', 'រតនៈ', 'Rattanak', 'Ratanak'),
  G1('M', 'ចំណាន', 'Chamnan'),
  G1('M', 'វណ្ណរិទ្ធ', 'Vannarith', 'Vanarith'),
  G1('M', 'ធារិទ្ធ', 'Thearith', 'Tearith'),
];
