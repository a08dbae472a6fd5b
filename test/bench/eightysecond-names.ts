/**
 * Name lists for the `eightysecond` roster (a grader's roster: registered workers often absent).
 *
 * Written for this roster alone. Each entry is one Khmer word as the fund would write it (Khmer
 * Unicode in the usual stored order: base, subscripts with coeng-ro last, register shifter,
 * vowel, signs) and the Latin spellings that really occur for it, the most usual first.
 * Lists are ordered roughly from common to rare, so a skewed pick gives the usual pile-up on
 * Sok, Chan, Chea ... and on Sophea, Srey Mom ...
 */

export interface KhName {
  kh: string;
  latin: readonly string[];
}

export interface GivenKhName extends KhName {
  /** F / M, or U for names carried by both women and men. */
  sex: 'F' | 'M' | 'U';
  /** "Srey + X" names, written Srey Mom or Sreymom in Latin. */
  compound?: boolean;
}

export const FAMILY: readonly KhName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Ley'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'គឹម', latin: ['Kim', 'Keam'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chim'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev', 'Kheav'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pao'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hoon'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'សៅ', latin: ['Sao', 'Sau'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khon'] },
  { kh: 'ម៉ម', latin: ['Mom', 'Mam'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'សួន', latin: ['Suon', 'Suan', 'Soun'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'អៀម', latin: ['Iem', 'Eam'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chun'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ធី', latin: ['Thy', 'Thi'] },
  { kh: 'ឌី', latin: ['Dy', 'Di'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'ពិន', latin: ['Pin'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'ងួន', latin: ['Nguon', 'Nguan'] },
  { kh: 'ស្វាយ', latin: ['Svay', 'Svai'] },
  { kh: 'ជួន', latin: ['Chuon', 'Choun'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'សុង', latin: ['Song', 'Sung'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'ទៀង', latin: ['Tieng', 'Teang'] },
  { kh: 'អ៊ិន', latin: ['In', 'Inn'] },
  { kh: 'យស', latin: ['Yos', 'Yuos'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem'] },
];

const SINGLE_GIVEN: readonly GivenKhName[] = [
  // women
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda', 'Theeda'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sophiep'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokuntheah', 'Sokunthia'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kannha'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mealy', 'Mali'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Nary'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantra'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochata'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Leda'], sex: 'F' },
  { kh: 'ដានី', latin: ['Dany', 'Dani'], sex: 'F' },
  { kh: 'កល្យាណ', latin: ['Kalyan', 'Kalyann'], sex: 'F' },
  { kh: 'ណាវី', latin: ['Navy', 'Navi'], sex: 'F' },
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'សុធារី', latin: ['Sotheary', 'Sothary'], sex: 'F' },
  { kh: 'លីណា', latin: ['Lina', 'Leena'], sex: 'F' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophi'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Rasmey'], sex: 'F' },
  { kh: 'ដាលី', latin: ['Daly', 'Dali'], sex: 'F' },
  { kh: 'កនិកា', latin: ['Kanika', 'Kannika'], sex: 'F' },
  { kh: 'មាលា', latin: ['Mealea', 'Mealear'], sex: 'F' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], sex: 'F' },
  { kh: 'រ៉ានី', latin: ['Rany', 'Rani'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'F' },
  { kh: 'នីតា', latin: ['Nita', 'Neta'], sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'កុលាប', latin: ['Kolab', 'Kulab'], sex: 'F' },
  { kh: 'ម្លិះ', latin: ['Malis', 'Mlis'], sex: 'F' },
  { kh: 'ធាវី', latin: ['Theavy', 'Thavy'], sex: 'F' },
  { kh: 'សម្ផស្ស', latin: ['Samphors', 'Samphos'], sex: 'F' },
  { kh: 'មេសា', latin: ['Mesa', 'Mesar'], sex: 'F' },
  // men
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth', 'Vichit'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'មុនី', latin: ['Mony', 'Muny', 'Moni'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Pheakdy'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamreun', 'Chamraeun'], sex: 'M' },
  { kh: 'សារឿន', latin: ['Saroeun', 'Sareun'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Vesal'], sex: 'M' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nearith'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthon'], sex: 'M' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chay'], sex: 'M' },
  { kh: 'សារិទ្ធ', latin: ['Sarith', 'Sareth'], sex: 'M' },
  { kh: 'សីហា', latin: ['Seyha', 'Seiha'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], sex: 'M' },
  { kh: 'បុរី', latin: ['Borey', 'Borei'], sex: 'M' },
  { kh: 'កក្កដា', latin: ['Kakada', 'Kakkada'], sex: 'M' },
  { kh: 'ធារិទ្ធ', latin: ['Thearith', 'Tharith'], sex: 'M' },
  { kh: 'ផល្គុន', latin: ['Phalkun', 'Phalkunn'], sex: 'M' },
  { kh: 'រតនៈ', latin: ['Rathanak', 'Ratanak'], sex: 'M' },
  { kh: 'វិសុទ្ធ', latin: ['Visoth', 'Visot'], sex: 'M' },
  { kh: 'ប៊ុនណា', latin: ['Bunna', 'Buna'], sex: 'M' },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Setha'], sex: 'M' },
  { kh: 'មុនីរ័ត្ន', latin: ['Monyroth', 'Monyrath'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet'], sex: 'M' },
  { kh: 'ចេត្រា', latin: ['Chetra', 'Chhetra'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  // both
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra'], sex: 'U' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'U' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanta'], sex: 'U' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'U' },
  { kh: 'រដ្ឋា', latin: ['Ratha', 'Rattha', 'Rotha'], sex: 'U' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'U' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'រតនា', latin: ['Rathana', 'Ratana'], sex: 'U' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'U' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Panhha'], sex: 'U' },
  { kh: 'សេរី', latin: ['Serey', 'Sereiy', 'Sery'], sex: 'U' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'U' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra'], sex: 'U' },
  { kh: 'សុធា', latin: ['Sothea', 'Sotha'], sex: 'U' },
  { kh: 'និមល', latin: ['Nimol', 'Nimul'], sex: 'U' },
];

/** The X of "Srey X" (ស្រី + X): Srey Mom, Srey Pov, Srey Leak ... */
const SREY_SECOND: readonly KhName[] = [
  { kh: 'មុំ', latin: ['Mom'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pao'] },
  { kh: 'ល័ក្ខ', latin: ['Leak', 'Leakh'] },
  { kh: 'នាង', latin: ['Neang'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'អូន', latin: ['Oun', 'Oon'] },
  { kh: 'និច', latin: ['Nich'] },
  { kh: 'ម៉ៅ', latin: ['Mao'] },
  { kh: 'រ័ត្ន', latin: ['Roth', 'Rath'] },
  { kh: 'នុច', latin: ['Noch', 'Nuch'] },
];

const SREY: KhName = { kh: 'ស្រី', latin: ['Srey', 'Srei'] };

/** "Srey X" given names: Khmer written as one word, Latin as two words or one. */
export const SREY_GIVEN: readonly GivenKhName[] = SREY_SECOND.map((x) => ({
  kh: SREY.kh + x.kh,
  latin: SREY.latin.flatMap((s) => x.latin.map((y) => `${s} ${y}`)),
  sex: 'F' as const,
  compound: true,
}));

/** Given names, common first; the Srey names interleaved near the top as they are on real lists. */
export const GIVEN: readonly GivenKhName[] = (() => {
  const out: GivenKhName[] = [];
  const srey = [...SREY_GIVEN];
  SINGLE_GIVEN.forEach((g, i) => {
    out.push(g);
    if (i % 3 === 1 && srey.length) out.push(srey.shift()!);
  });
  return [...out, ...srey];
})();

/** Khmer spellings I am not fully sure of (reported, not used differently). */
export const UNSURE_KHMER: readonly string[] = ['វណ្ណៈ (Vannak)', 'ញឹម (Nhim)', 'សម្ផស្ស (Samphors)', 'ម្លិះ (Malis)', 'យស (Yos)'];
