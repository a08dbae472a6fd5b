/**
 * Name lists for the seventeenth roster (an old employer whose older register rows hold Latin only).
 *
 * Every Khmer word carries several real romanizations: the official / most common one first, then
 * the spellings clerks and HR offices actually use, including French-influenced ones (Tchea, Tchan,
 * Tchhim, Ouch, Oum, Gnim, Pagna, Soun, Boun ...). These lists ARE the "romanization table" the
 * roster's fairness rules refer to: a human holding this table can pair ជា សុភាព with TCHEA SOPHEAB.
 *
 * A given name is a unit of one or more words (ស្រី + មុំ = ស្រីមុំ, Srey Mom / Sreymom); Khmer
 * writes the words of a unit together, Latin writes them together or apart.
 *
 * Lists are ordered roughly from common to rare (the generator draws them Zipf-like).
 */

export interface KhWord {
  kh: string;
  rom: readonly string[];
}

export interface NameUnitDef {
  words: readonly KhWord[];
  /** For given names: F, M, or U (used for both). Family names: U. */
  sex: 'F' | 'M' | 'U';
}

const w = (kh: string, ...rom: string[]): KhWord => ({ kh, rom });

// ---- family names -------------------------------------------------------------------------------
export const FAMILY_WORDS: readonly KhWord[] = [
  w('សុខ', 'Sok', 'Sokh', 'Sock'),
  w('ចាន់', 'Chan', 'Chann', 'Tchan', 'Chant'),
  w('ជា', 'Chea', 'Chear', 'Tchea', 'Chia'),
  w('កែវ', 'Keo', 'Kaev', 'Keov', 'Kev'),
  w('លី', 'Ly', 'Li', 'Lee'),
  w('ហេង', 'Heng', 'Hieng'),
  w('ស៊ុន', 'Sun', 'Soun', 'Sunn'),
  w('ម៉ៅ', 'Mao', 'Mau', 'Maov'),
  w('ពេជ្រ', 'Pich', 'Pech', 'Petch'),
  w('អ៊ុំ', 'Um', 'Oum', 'Om'),
  w('អ៊ុច', 'Uch', 'Ouch', 'Och'),
  w('ឈឹម', 'Chhim', 'Chhoeum', 'Chhem', 'Tchhim'),
  w('ខៀវ', 'Khiev', 'Khieu', 'Khiew', 'Kheav'),
  w('ញឹម', 'Nhim', 'Gnim', 'Nhoem', 'Nhem'),
  w('ឃាង', 'Kheang', 'Khieng', 'Khiang'),
  w('ទេព', 'Tep', 'Teb', 'Thep'),
  w('យឹម', 'Yim', 'Yoeum', 'Yem', 'Yeum'),
  w('ហ៊ុន', 'Hun', 'Houn', 'Hunn'),
  w('ប៊ុន', 'Bun', 'Boun', 'Bunn'),
  w('នួន', 'Nuon', 'Noun', 'Nuan'),
  w('មាស', 'Meas', 'Meass', 'Mias'),
  w('ប្រាក់', 'Prak', 'Prack', 'Brak'),
  w('ឡុង', 'Long', 'Lung'),
  w('សៀង', 'Seang', 'Sieng', 'Sieang'),
  w('អ៊ុក', 'Uk', 'Ouk', 'Ok'),
  w('ឈុន', 'Chhun', 'Chhoun', 'Tchhun'),
  w('សួន', 'Suon', 'Soun', 'Suan'),
  w('គឹម', 'Kim', 'Kem', 'Keum'),
  w('ហួត', 'Huot', 'Hout', 'Huat'),
  w('អ៊ឹង', 'Ung', 'Oeung', 'Eung', 'Ueng'),
  w('ទូច', 'Touch', 'Toch', 'Tuch'),
  w('ព្រាប', 'Preap', 'Preab', 'Prap'),
  w('ផន', 'Phon', 'Phorn', 'Phun'),
  w('សេង', 'Seng', 'Saeng'),
  w('វង្ស', 'Vong', 'Vongs', 'Wong'),
  w('ណុប', 'Nop', 'Nob', 'Noup'),
  w('ស្រេង', 'Sreng', 'Sreang'),
  w('រស់', 'Ros', 'Rous', 'Ruos'),
  w('ឃុន', 'Khun', 'Khoun'),
  w('តាំង', 'Taing', 'Tang', 'Teang'),
  w('លឹម', 'Lim', 'Lem', 'Loem'),
  w('ម៉េង', 'Meng', 'Mieng'),
  w('ស្វាយ', 'Svay', 'Swai', 'Svai'),
  w('ឆាយ', 'Chhay', 'Chhai', 'Tchhay'),
  w('កុយ', 'Koy', 'Kouy', 'Koi'),
  w('ឯក', 'Ek', 'Aek', 'Eck'),
  w('សំ', 'Sam', 'Som', 'Sarm'),
  w('ថាច់', 'Thach', 'Tach', 'Thatch'),
  w('ឡេង', 'Leng', 'Lieng'),
];

// ---- words used inside given names -------------------------------------------------------------
const SREY = w('ស្រី', 'Srey', 'Srei', 'Sray');
const MOM = w('មុំ', 'Mom', 'Mum');
const POV = w('ពៅ', 'Pov', 'Peou', 'Pao', 'Pau');
const NEANG = w('នាង', 'Neang', 'Niang', 'Nang');
const NICH = w('និច', 'Nich', 'Nitch', 'Nech');
const OUN = w('អូន', 'Oun', 'Aun');
const LIN = w('លីន', 'Lin', 'Linn', 'Leen');
const MEAS = w('មាស', 'Meas', 'Meass', 'Mias');

const g = (sex: 'F' | 'M' | 'U', ...words: KhWord[]): NameUnitDef => ({ words, sex });
const g1 = (sex: 'F' | 'M' | 'U', kh: string, ...rom: string[]): NameUnitDef => ({ words: [w(kh, ...rom)], sex });

/** Women's given names (with the unisex ones interleaved by commonness). */
export const GIVEN_F: readonly NameUnitDef[] = [
  g1('F', 'សុភា', 'Sophea', 'Sophear', 'Sopha'),
  g('F', SREY, MOM),
  g1('U', 'សុខា', 'Sokha', 'Sokhar', 'Sokka'),
  g1('F', 'ចាន់ធូ', 'Chanthou', 'Chanthu', 'Tchanthou'),
  g('F', SREY, POV),
  g1('F', 'សុភាព', 'Sopheap', 'Sopheab', 'Sophiep'),
  g1('F', 'ធារី', 'Theary', 'Thiary', 'Teary'),
  g1('U', 'ផល្លា', 'Phalla', 'Phala', 'Phallar'),
  g1('F', 'បុប្ផា', 'Bopha', 'Bopa', 'Boppha'),
  g('F', SREY, NEANG),
  g1('F', 'ពិសី', 'Pisey', 'Pisei', 'Pisy'),
  g1('U', 'វណ្ណា', 'Vanna', 'Vana', 'Wanna'),
  g1('F', 'ម៉ាលី', 'Maly', 'Mali', 'Maley'),
  g1('F', 'ធីតា', 'Thida', 'Thyda', 'Tida'),
  g1('U', 'រស្មី', 'Raksmey', 'Reaksmey', 'Rasmey', 'Reaksmei'),
  g1('F', 'ណារី', 'Nary', 'Nari', 'Naree'),
  g('F', SREY, NICH),
  g1('F', 'សុគន្ធា', 'Sokunthea', 'Sokhuntha', 'Sokontha', 'Sokuntha'),
  g1('U', 'សុជាតិ', 'Socheat', 'Sochet', 'Socheath'),
  g1('F', 'លីណា', 'Lina', 'Leena', 'Linna'),
  g1('F', 'សុម៉ាលី', 'Somaly', 'Somali', 'Somalie'),
  g('F', SREY, OUN),
  g1('F', 'ចិន្តា', 'Chenda', 'Chinda', 'Chendar'),
  g1('U', 'សុខលី', 'Sokly', 'Sokley', 'Sokli'),
  g1('F', 'លក្ខិណា', 'Leakhena', 'Lakhena', 'Leakena'),
  g1('F', 'គន្ធា', 'Kunthea', 'Kanthea', 'Kuntha'),
  g1('U', 'សុធា', 'Sothea', 'Sotha', 'Sothear'),
  g1('F', 'ចន្ថា', 'Chantha', 'Chanthea', 'Tchantha'),
  g('F', SREY, LIN),
  g1('U', 'ផានិត', 'Phanith', 'Phanit', 'Phaneth'),
  g1('F', 'វណ្ណី', 'Vanny', 'Vanni', 'Vany'),
  g1('F', 'ចរិយា', 'Chariya', 'Tchariya', 'Charya'),
  g1('U', 'មករា', 'Makara', 'Makkara', 'Meakara'),
  g1('F', 'កញ្ញា', 'Kanha', 'Kagna', 'Kanya'),
  g('F', SREY, MEAS),
  g1('U', 'សេរី', 'Serey', 'Serei', 'Sereiy'),
  g1('U', 'រដ្ឋា', 'Rotha', 'Ratha', 'Rottha'),
  g1('F', 'ចន្ទ្រា', 'Chantrea', 'Chantria', 'Tchantrea'),
  g1('U', 'សុភ័ក្ត្រ', 'Sopheak', 'Sophak', 'Sophiak'),
  g1('F', 'សោភ័ណ', 'Sophorn', 'Sophoan', 'Sophon'),
];

/** Men's given names (with the unisex ones interleaved by commonness). */
export const GIVEN_M: readonly NameUnitDef[] = [
  g1('M', 'ដារ៉ា', 'Dara', 'Darra', 'Darah'),
  g1('M', 'វុទ្ធី', 'Vuthy', 'Voeuthy', 'Vutthy', 'Vouthy'),
  g1('U', 'សុខា', 'Sokha', 'Sokhar', 'Sokka'),
  g1('M', 'សំណាង', 'Samnang', 'Somnang', 'Samnan'),
  g1('M', 'សុផល', 'Sophal', 'Sophall', 'Sopal'),
  g1('M', 'វិចិត្រ', 'Vichet', 'Vichhet', 'Vicheth'),
  g1('U', 'វណ្ណា', 'Vanna', 'Vana', 'Wanna'),
  g1('M', 'បញ្ញា', 'Panha', 'Pagna', 'Panhar'),
  g1('M', 'ពិសិដ្ឋ', 'Piseth', 'Piset', 'Pisith'),
  g1('M', 'រិទ្ធី', 'Rithy', 'Rithi', 'Ritthy'),
  g1('U', 'សុភ័ក្ត្រ', 'Sopheak', 'Sophak', 'Sophiak'),
  g1('M', 'ចំរើន', 'Chamroeun', 'Chamreun', 'Chamroen', 'Tchamroeun'),
  g1('M', 'ឧត្តម', 'Oudom', 'Udom', 'Outdom'),
  g1('U', 'ផល្លា', 'Phalla', 'Phala', 'Phallar'),
  g1('M', 'សុវណ្ណ', 'Sovann', 'Sovan', 'Sovanne'),
  g1('M', 'វាសនា', 'Veasna', 'Veasana', 'Vesna'),
  g1('M', 'មុនី', 'Mony', 'Moni', 'Monny'),
  g1('U', 'រស្មី', 'Raksmey', 'Reaksmey', 'Rasmey', 'Reaksmei'),
  g1('M', 'ពិសាល', 'Pisal', 'Pisall', 'Pissal'),
  g1('M', 'សម្បត្តិ', 'Sambath', 'Sombath', 'Sambat'),
  g1('M', 'ភក្តី', 'Pheakdey', 'Pheakdei', 'Phakdey', 'Pheakdy'),
  g1('U', 'សុជាតិ', 'Socheat', 'Sochet', 'Socheath'),
  g1('M', 'សុខុម', 'Sokhom', 'Sokhum', 'Sokom'),
  g1('M', 'ធារ៉ា', 'Theara', 'Thearra', 'Thiara'),
  g1('M', 'វិសាល', 'Visal', 'Vissal', 'Wisal'),
  g1('U', 'សុខលី', 'Sokly', 'Sokley', 'Sokli'),
  g1('M', 'កុសល', 'Kosal', 'Kusal', 'Kossal'),
  g1('M', 'បូរ៉ា', 'Bora', 'Borra', 'Borah'),
  g1('M', 'តុលា', 'Tola', 'Toula', 'Tolla'),
  g1('U', 'សុធា', 'Sothea', 'Sotha', 'Sothear'),
  g1('M', 'វីរៈ', 'Vireak', 'Virak', 'Veareak'),
  g1('M', 'ចាន់ណា', 'Channa', 'Chana', 'Tchanna'),
  g1('M', 'ណារិទ្ធ', 'Narith', 'Nareth', 'Narit'),
  g1('U', 'មករា', 'Makara', 'Makkara', 'Meakara'),
  g1('M', 'វិបុល', 'Vibol', 'Viboll', 'Vibul'),
  g1('M', 'រតនៈ', 'Ratanak', 'Rathanak', 'Rattanak'),
  g1('U', 'សេរី', 'Serey', 'Serei', 'Sereiy'),
  g1('M', 'វណ្ណៈ', 'Vannak', 'Vanak', 'Wannak'),
  g1('M', 'ចាន់ធឿន', 'Chanthoeun', 'Chanthoeurn', 'Chanthon'),
  g1('U', 'រដ្ឋា', 'Rotha', 'Ratha', 'Rottha'),
  g1('U', 'ផានិត', 'Phanith', 'Phanit', 'Phaneth'),
];
