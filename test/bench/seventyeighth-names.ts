/**
 * Name lists for the `seventyeighth` roster (common names colliding).
 *
 * Each entry is one Khmer word (as the fund's register would print it) with the Latin
 * romanizations that are really seen for it, most usual first. Lists are in rough order of
 * frequency: the generator draws early entries more often, the way Sok, Chan and Chea dominate
 * a real payroll.
 *
 * Given names come in two kinds: single words (Sophea, Vuthy ...) and the very common two-syllable
 * compounds (Srey + Mom = ស្រីមុំ, Bun + Heng = ប៊ុនហេង ...), written as one word in Khmer and
 * either joined or spaced in Latin ("Sreymom" / "Srey Mom").
 */

export interface KhName {
  /** Khmer Unicode, canonical code-point order. */
  kh: string;
  /** Latin romanizations, Title Case, most usual first. */
  lat: string[];
}

const w = (kh: string, ...lat: string[]): KhName => ({ kh, lat });

/** Family names, most common first. */
export const FAMILY: KhName[] = [
  w('សុខ', 'Sok', 'Sokh'),
  w('ចាន់', 'Chan', 'Chann'),
  w('ជា', 'Chea', 'Chear'),
  w('គីម', 'Kim'),
  w('លី', 'Ly', 'Lee'),
  w('ហេង', 'Heng'),
  w('សេង', 'Seng'),
  w('ម៉ៅ', 'Mao', 'Mau'),
  w('ស៊ុន', 'Sun', 'Soun'),
  w('ញឹម', 'Nhim', 'Nhem'),
  w('ឈឹម', 'Chhim', 'Chhem'),
  w('ខៀវ', 'Khiev', 'Khieu'),
  w('កែវ', 'Keo', 'Kaev'),
  w('ពេជ្រ', 'Pech', 'Pich'),
  w('ហ៊ុន', 'Hun', 'Hunn'),
  w('អ៊ុក', 'Ouk', 'Uk'),
  w('យឹម', 'Yim', 'Yem'),
  w('ទេព', 'Tep', 'Teb'),
  w('ស៊ិន', 'Sin', 'Sinn'),
  w('វ៉ាន់', 'Van', 'Vann'),
  w('ប៊ុន', 'Bun', 'Boun'),
  w('ឃុន', 'Khun', 'Khon'),
  w('សួន', 'Suon', 'Suorn'),
  w('ថាច់', 'Thach'),
  w('អ៊ឹម', 'Im', 'Oem'),
  w('ព្រំ', 'Prom', 'Prum'),
  w('នួន', 'Nuon', 'Noun'),
  w('ម៉េង', 'Meng'),
  w('ឌី', 'Dy', 'Dey'),
  w('ទូច', 'Touch', 'Toch'),
  w('ភួង', 'Phoung', 'Phuong'),
  w('ណុប', 'Nop'),
  w('ចេង', 'Cheng'),
  w('តាំង', 'Taing', 'Tang'),
  w('អ៊ិត', 'Ith', 'It'),
  w('សោម', 'Som', 'Saom'),
  w('ឯក', 'Ek', 'Aek'),
  w('ប៉ែន', 'Pen', 'Paen'),
  w('ជុំ', 'Chum', 'Chom'),
  w('ពៅ', 'Pov', 'Pao'),
  w('លឹម', 'Lim', 'Lem'),
  w('ម៉ម', 'Mom'),
  w('ឡុង', 'Long'),
  w('ហួត', 'Huot', 'Hout'),
  w('ឆាយ', 'Chhay', 'Chhai'),
  w('ងួន', 'Nguon', 'Ngoun'),
  w('ហុក', 'Hok'),
  w('គង់', 'Kong'),
  w('តាន់', 'Tan', 'Tann'),
  w('ម៉ក់', 'Mak'),
  w('ឡាយ', 'Lay', 'Lai'),
  w('សាន', 'San', 'Sann'),
  w('អ៊ួង', 'Oung', 'Ung'),
  w('ស៊ុយ', 'Suy', 'Soy'),
  w('ផាន់', 'Phan', 'Phann'),
  w('រស់', 'Ros', 'Ruos'),
  w('ម៉ែន', 'Men', 'Maen'),
  w('ខាត់', 'Khat'),
  w('យូ', 'You', 'Yu'),
  w('ពិន', 'Pin'),
  w('ម៉ាន់', 'Man', 'Mann'),
  w('អ៊ុំ', 'Um', 'Oum'),
  w('វង្ស', 'Vong', 'Vorng'),
  w('សាយ', 'Say', 'Sai'),
  w('អៀង', 'Eang', 'Ieng'),
  w('ខេង', 'Kheng'),
  w('ទី', 'Ty', 'Tey'),
  w('ឈាង', 'Chheang'),
  w('អ៊ូ', 'Ou', 'Oo'),
  w('ស្រេង', 'Sreng'),
  w('មាស', 'Meas', 'Mias'),
  w('ឈួន', 'Chhuon', 'Chhoun'),
  w('ឡេង', 'Leng'),
  w('សំ', 'Sam'),
];

/** Single-word female given names, most common first. */
const FEMALE_BASE: KhName[] = [
  w('សុភា', 'Sophea', 'Sophear'),
  w('ធីតា', 'Thida', 'Thyda'),
  w('សុខា', 'Sokha', 'Sokhar'),
  w('ណារី', 'Nary', 'Nari'),
  w('ម៉ាលី', 'Maly', 'Mali'),
  w('សុភាព', 'Sopheap', 'Sopheab'),
  w('ពិសី', 'Pisey', 'Pisei'),
  w('ផល្លា', 'Phalla', 'Phala'),
  w('លក្ខិណា', 'Leakhena', 'Leakena'),
  w('សុជាតា', 'Socheata', 'Socheatta'),
  w('កញ្ញា', 'Kanha', 'Kagna', 'Kanya'),
  w('រស្មី', 'Raksmey', 'Reaksmey', 'Rasmey'),
  w('បុប្ផា', 'Bopha', 'Bophar'),
  w('គន្ធា', 'Kunthea', 'Kanthea'),
  w('ចរិយា', 'Chariya', 'Cheriya'),
  w('សុគន្ធា', 'Sokunthea', 'Sokonthea'),
  w('សុភី', 'Sophy', 'Sophi'),
  w('ដាលីន', 'Dalin', 'Daline'),
  w('សុធារី', 'Sotheary', 'Sothary'),
  w('លីដា', 'Lida', 'Leda'),
  w('វិច្ឆិកា', 'Vicheka', 'Vichika'),
  w('រចនា', 'Rachana', 'Rachna'),
  w('សុវណ្ណារី', 'Sovannary', 'Sovanary'),
  w('ឌីណា', 'Dina', 'Dyna'),
  w('ពុទ្ធី', 'Puthy', 'Pouthy'),
  w('នារី', 'Neary', 'Neari'),
  w('សុម៉ាលី', 'Somaly', 'Somali'),
  w('ធារី', 'Theary', 'Theari'),
  w('សុផានី', 'Sophany', 'Sophani'),
  w('ណាវី', 'Navy', 'Navi'),
  w('ភារី', 'Pheary', 'Phary'),
  w('ដាវី', 'Davy', 'Davi'),
  w('ចន្ធូ', 'Chanthou', 'Chanthu'),
  w('ចាន់ណារី', 'Channary', 'Chanary'),
  w('មុន្នី', 'Monny', 'Mony'),
  w('វណ្ណី', 'Vanny', 'Vanni'),
  w('ចិន្តា', 'Chenda', 'Chendar'),
  w('មាលា', 'Mealea', 'Meala'),
  w('ម៉ានី', 'Many', 'Mani'),
  w('រ៉ានី', 'Rany', 'Rani'),
];

/** Single-word male given names, most common first. */
const MALE_BASE: KhName[] = [
  w('វុទ្ធី', 'Vuthy', 'Voeuthy', 'Vuthi'),
  w('សុផល', 'Sophal', 'Sophall'),
  w('ដារ៉ា', 'Dara', 'Darra'),
  w('ពិសិដ្ឋ', 'Piseth', 'Pisith'),
  w('រតនា', 'Ratana', 'Rathana', 'Rattana'),
  w('សំណាង', 'Samnang', 'Sambnang'),
  w('វិចិត្រ', 'Vichet', 'Vicheth'),
  w('សុភ័ក្ត្រ', 'Sopheak', 'Sopheakt'),
  w('សុវណ្ណ', 'Sovann', 'Sovan'),
  w('វាសនា', 'Veasna', 'Veasana'),
  w('ចំរើន', 'Chamroeun', 'Chamreun', 'Chamroen'),
  w('សុធា', 'Sothea', 'Sothear'),
  w('រិទ្ធី', 'Rithy', 'Ritthy'),
  w('ធារ៉ា', 'Theara', 'Thearar'),
  w('មករា', 'Makara', 'Mekara'),
  w('វិបុល', 'Vibol', 'Vibul'),
  w('សម្បត្តិ', 'Sambath', 'Sambat'),
  w('ភក្តី', 'Pheakdey', 'Pheakdei', 'Pheakdy'),
  w('វីរៈ', 'Vireak', 'Virak'),
  w('ណារិទ្ធ', 'Narith', 'Nareth'),
  w('តុលា', 'Tola', 'Tolla'),
  w('សុឃឿន', 'Sokhoeun', 'Sokhoeurn'),
  w('ឧត្តម', 'Oudom', 'Udom'),
  w('ពិសាល', 'Pisal', 'Pisale'),
  w('សុខុម', 'Sokhom', 'Sokhum'),
  w('បូរ៉ា', 'Bora', 'Borra'),
  w('ម៉ានិត', 'Manith', 'Manit'),
  w('រដ្ឋា', 'Rotha', 'Ratha'),
  w('សេរី', 'Serey', 'Serei'),
  w('កុសល', 'Kosal', 'Kusal'),
  w('វិសាល', 'Visal', 'Veasal'),
  w('វិទូ', 'Vitou', 'Vithou'),
  w('បញ្ញា', 'Panha', 'Pagna'),
  w('សុជាតិ', 'Socheat', 'Sochet'),
  w('សំអាត', 'Samath', 'Sam Ath'),
  w('សាវឿន', 'Savoeun', 'Saveun'),
  w('សំបូរ', 'Sambo', 'Sambor'),
];

/** Syllables that build the compound given names. */
const S = {
  srey: w('ស្រី', 'Srey', 'Srei'),
  sok: w('សុខ', 'Sok'),
  kim: w('គីម', 'Kim'),
  chan: w('ចាន់', 'Chan'),
  bun: w('ប៊ុន', 'Bun', 'Boun'),
  mom: w('មុំ', 'Mom'),
  pov: w('ពៅ', 'Pov', 'Pao'),
  neang: w('នាង', 'Neang'),
  leak: w('ល័ក្ខ', 'Leak'),
  nich: w('និច', 'Nich'),
  oun: w('អូន', 'Oun'),
  ny: w('នី', 'Ny'),
  pich: w('ពេជ្រ', 'Pich', 'Pech'),
  roth: w('រ័ត្ន', 'Roth', 'Rath'),
  touch: w('តូច', 'Touch', 'Toch'),
  lin: w('លីន', 'Lin', 'Leen'),
  mao: w('ម៉ៅ', 'Mao'),
  na: w('ណា', 'Na'),
  sros: w('ស្រស់', 'Sros'),
  meas: w('មាស', 'Meas'),
  nuon: w('នួន', 'Nuon', 'Noun'),
  hour: w('ហួរ', 'Hour'),
  ly: w('លី', 'Ly'),
  vy: w('វី', 'Vy'),
  thy: w('ធី', 'Thy'),
  tha: w('ថា', 'Tha'),
  heng: w('ហេង', 'Heng'),
  chea: w('ជា', 'Chea'),
  san: w('សាន', 'San'),
  long: w('ឡុង', 'Long'),
  rith: w('រិទ្ធ', 'Rith', 'Reth'),
  thoeun: w('ធឿន', 'Thoeun', 'Thoeurn'),
  hong: w('ហុង', 'Hong'),
  thol: w('ថុល', 'Thol'),
  dara: w('ដារ៉ា', 'Dara'),
  meng: w('ម៉េង', 'Meng'),
};

/** A compound given name: one Khmer word; Latin joined ("Sreymom") or spaced ("Srey Mom"). */
function compound(a: KhName, b: KhName): KhName {
  const joined: string[] = [];
  const spaced: string[] = [];
  for (const x of a.lat) {
    for (const y of b.lat) {
      joined.push(x + y.toLowerCase());
      spaced.push(`${x} ${y}`);
    }
  }
  return { kh: a.kh + b.kh, lat: [...joined, ...spaced] };
}

const FEMALE_COMPOUND: KhName[] = [
  ...[S.mom, S.pov, S.neang, S.leak, S.nich, S.oun, S.ny, S.pich, S.roth, S.touch, S.lin, S.mao, S.na, S.sros, S.meas, S.nuon, S.hour, S.ly, S.vy, S.thy].map((x) => compound(S.srey, x)),
  ...[S.ny, S.na, S.ly, S.leak, S.lin, S.meas, S.pich].map((x) => compound(S.sok, x)),
  ...[S.hour, S.ly, S.lin, S.ny].map((x) => compound(S.kim, x)),
  ...[S.thy, S.tha, S.ny, S.leak].map((x) => compound(S.chan, x)),
];

const MALE_COMPOUND: KhName[] = [
  ...[S.heng, S.chea, S.san, S.meng, S.rith].map((x) => compound(S.sok, x)),
  ...[S.heng, S.ly, S.na, S.thy, S.rith, S.long, S.thoeun, S.tha, S.roth, S.san].map((x) => compound(S.bun, x)),
  ...[S.heng, S.long, S.san, S.hong].map((x) => compound(S.kim, x)),
  ...[S.rith, S.dara, S.thol, S.na].map((x) => compound(S.chan, x)),
];

/** Interleave two frequency-ordered lists so both kinds of given name are common. */
function interleave(a: KhName[], b: KhName[]): KhName[] {
  const out: KhName[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

export const GIVEN_F: KhName[] = interleave(FEMALE_BASE, FEMALE_COMPOUND);
export const GIVEN_M: KhName[] = interleave(MALE_BASE, MALE_COMPOUND);
