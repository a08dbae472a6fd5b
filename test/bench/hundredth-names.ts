/**
 * Name lists for the `hundredth` roster (a grader's roster with a thin-sheet emphasis).
 *
 * Each token has its Khmer spelling (Unicode, in the canonical code-point order: consonant,
 * subscripts, register shifter, vowel, sign) and one or more Latin romanizations. The first
 * romanization is the one the fund's register uses most; the others are real alternatives seen
 * on employers' sheets (Sok/Sokh, Chea/Chear, Sophea/Sophear, Vuthy/Voeuthy, ...).
 *
 * Lists are ordered roughly from most to least common, so a skewed pick makes early names common.
 */

export type NameSex = 'F' | 'M' | 'U';

export interface NameToken {
  kh: string;
  /** Display spellings; a compound given name has spaced and joined forms (Srey Mom / Sreymom). */
  latin: string[];
}

export interface GivenToken extends NameToken {
  sex: NameSex;
}

const fam = (kh: string, ...latin: string[]): NameToken => ({ kh, latin });
const giv = (sex: NameSex, kh: string, ...latin: string[]): GivenToken => ({ sex, kh, latin });

/** Family names (written first on Cambodian documents). */
export const FAMILY: NameToken[] = [
  fam('សុខ', 'Sok', 'Sokh'),
  fam('ចាន់', 'Chan', 'Chann'),
  fam('ជា', 'Chea', 'Chear'),
  fam('គីម', 'Kim', 'Kym'),
  fam('ហេង', 'Heng'),
  fam('លី', 'Ly', 'Lee'),
  fam('កែវ', 'Keo', 'Kaev'),
  fam('មាស', 'Meas', 'Meah'),
  fam('សំ', 'Sam', 'Som'),
  fam('សេង', 'Seng'),
  fam('ឈឹម', 'Chhim', 'Chhem'),
  fam('ញឹម', 'Nhem', 'Nhim'),
  fam('អ៊ុក', 'Ouk', 'Uk'),
  fam('ប្រាក់', 'Prak'),
  fam('ពេជ្រ', 'Pech', 'Pich'),
  fam('ឡុង', 'Long'),
  fam('ម៉ៅ', 'Mao'),
  fam('ហ៊ុន', 'Hun', 'Hunn'),
  fam('ទេព', 'Tep', 'Teb'),
  fam('នួន', 'Nuon', 'Noun'),
  fam('យឹម', 'Yim', 'Yem'),
  fam('ខៀវ', 'Khieu', 'Khiev'),
  fam('ផាន់', 'Phan'),
  fam('ប៉ែន', 'Pen', 'Paen'),
  fam('ស៊ិន', 'Sin', 'Sinn'),
  fam('ទូច', 'Touch', 'Toch'),
  fam('ឆាយ', 'Chhay', 'Chay'),
  fam('រស់', 'Ros', 'Rous'),
  fam('តាន់', 'Tan'),
  fam('លឹម', 'Lim', 'Lem'),
  fam('វង្ស', 'Vong', 'Vung'),
  fam('យិន', 'Yin'),
  fam('ម៉ែន', 'Men', 'Maen'),
  fam('អេង', 'Eng'),
  fam('ថាច់', 'Thach'),
  fam('ឈុន', 'Chhun', 'Chhoun'),
  fam('គង់', 'Kong', 'Kung'),
  fam('ឃេង', 'Kheng'),
  fam('ស៊ុន', 'Sun', 'Soun'),
  fam('សូ', 'So', 'Sou'),
  fam('ជុំ', 'Chum', 'Chom'),
  fam('ង៉ែត', 'Nget', 'Ngaet'),
  fam('អ៊ឹម', 'Im', 'Em'),
  fam('វ៉ាន់', 'Van', 'Vann'),
  fam('សោម', 'Saom', 'Som'),
  fam('ហុក', 'Hok'),
  fam('ឃឹម', 'Khim', 'Khem'),
  fam('ទិត្យ', 'Tith', 'Tit'),
  fam('ឌិន', 'Din'),
  fam('ផល', 'Phal', 'Phol'),
  fam('ស្រេង', 'Sreng'),
  fam('អ៊ុំ', 'Um', 'Oum'),
  fam('ម៉ុក', 'Mok'),
  fam('តេង', 'Teng'),
  fam('ហួត', 'Huot', 'Hout'),
  fam('សួន', 'Suon', 'Suorn'),
  fam('ចេង', 'Cheng'),
  fam('ខុន', 'Khun', 'Khon'),
  fam('ប៊ុន', 'Bun', 'Bunn'),
  fam('អ៊ាង', 'Ang', 'Eang'),
  fam('ឈាង', 'Chheang', 'Chhieng'),
  fam('សាន', 'San', 'Sann'),
  fam('ខាត់', 'Khat'),
  fam('ព្រំ', 'Prum', 'Prom'),
  fam('ឯក', 'Ek', 'Aek'),
  fam('មាន', 'Mean'),
  fam('សាយ', 'Say', 'Sai'),
  fam('អ៊ុយ', 'Uy', 'Ouy'),
  fam('អ៊ុច', 'Ouch', 'Uch'),
  fam('នូ', 'Nou', 'Nu'),
  fam('ជិន', 'Chin'),
  fam('សួស', 'Suos', 'Sous'),
  fam('ហាក់', 'Hak'),
  fam('តាំង', 'Taing', 'Tang'),
  fam('គុយ', 'Kuy', 'Kouy'),
  fam('ម៉ា', 'Ma'),
  fam('ព្រាប', 'Preap', 'Preab'),
  fam('សុង', 'Song'),
  fam('ជួន', 'Chuon', 'Choun'),
  fam('មួង', 'Muong', 'Moung'),
  fam('យូ', 'You', 'Yu'),
  fam('ឈួន', 'Chhuon'),
  fam('ឡេង', 'Leng'),
  fam('ឃួន', 'Khuon', 'Khoun'),
  fam('ឌួង', 'Duong', 'Doung'),
  fam('ទុំ', 'Tum', 'Toum'),
  fam('ថន', 'Thon', 'Thorn'),
  fam('សុន', 'Son', 'Sorn'),
  fam('វ៉ែន', 'Ven', 'Vaen'),
  fam('ម៉េង', 'Meng'),
  fam('ជាម', 'Cheam', 'Chiem'),
  fam('ឆេង', 'Chheng'),
  fam('អ៊ុន', 'Un', 'Oun'),
  fam('ថោង', 'Thong', 'Thaong'),
  fam('ងួន', 'Nguon', 'Nguan'),
  fam('ពុធ', 'Puth', 'Put'),
];

/** Single-word given names. */
const SINGLE: GivenToken[] = [
  // common, both sexes
  giv('U', 'សុខា', 'Sokha', 'Sokhar'),
  giv('U', 'ដារា', 'Dara', 'Darra'),
  giv('F', 'សុភា', 'Sophea', 'Sophear'),
  giv('M', 'វុទ្ធី', 'Vuthy', 'Voeuthy', 'Vutthy'),
  giv('U', 'ចាន់ណា', 'Channa', 'Chana'),
  giv('F', 'ស្រីមុំ', 'Srey Mom', 'Sreymom', 'Srey Mum'), // also built below; kept here for its weight
  giv('M', 'រិទ្ធី', 'Rithy', 'Ritthy'),
  giv('F', 'ចិន្តា', 'Chenda', 'Chinda'),
  giv('U', 'វណ្ណា', 'Vanna', 'Vana'),
  giv('M', 'វិបុល', 'Vibol', 'Vibul'),
  giv('F', 'បុប្ផា', 'Bopha', 'Bopa'),
  giv('M', 'សុផល', 'Sophal', 'Sophol'),
  giv('F', 'គន្ធា', 'Kunthea', 'Kunthear', 'Kanthea'),
  giv('M', 'សម្បត្តិ', 'Sambath', 'Sambat', 'Sombath'),
  giv('F', 'ផល្លា', 'Phalla', 'Phala'),
  giv('M', 'សំណាង', 'Samnang', 'Somnang'),
  giv('F', 'ធារី', 'Theary', 'Teary'),
  giv('M', 'វិសាល', 'Visal', 'Vissal'),
  giv('F', 'លក្ខិណា', 'Leakhena', 'Leakena'),
  giv('M', 'កុសល', 'Kosal', 'Kusal'),
  giv('F', 'សុភាព', 'Sopheap', 'Sopheab'),
  giv('M', 'ពិសិដ្ឋ', 'Piseth', 'Pisith'),
  giv('F', 'ម្លិះ', 'Malis', 'Malys'),
  giv('M', 'រដ្ឋា', 'Rotha', 'Rattha'),
  giv('F', 'ពិសី', 'Pisey', 'Pisei'),
  giv('M', 'សុធី', 'Sothy', 'Sothey'),
  giv('F', 'រស្មី', 'Raksmey', 'Reaksmey', 'Rasmey'),
  giv('U', 'និមល', 'Nimol', 'Nimul'),
  giv('M', 'នរិទ្ធ', 'Narith', 'Nareth'),
  giv('F', 'នារី', 'Nary', 'Neary'),
  giv('M', 'វណ្ណៈ', 'Vannak', 'Vanak'),
  giv('F', 'មាលា', 'Mealea', 'Mealear'),
  giv('M', 'ចំរើន', 'Chamroeun', 'Chamreun'),
  giv('F', 'សុធា', 'Sothea', 'Sothear'),
  giv('M', 'មករា', 'Makara', 'Makarar'),
  giv('F', 'កញ្ញា', 'Kanha', 'Kagna'),
  giv('M', 'សីហា', 'Seyha', 'Seiha'),
  giv('F', 'ធីតា', 'Thida', 'Thyda'),
  giv('M', 'វាសនា', 'Veasna', 'Veasana'),
  giv('U', 'រតនា', 'Rathana', 'Ratana'),
  giv('F', 'ចន្ថា', 'Chantha', 'Chanthar'),
  giv('M', 'ភក្ដី', 'Pheakdey', 'Pheakdei'),
  giv('F', 'លីណា', 'Lina', 'Leena'),
  giv('M', 'សុវណ្ណ', 'Sovann', 'Sovan'),
  giv('F', 'រចនា', 'Rachana', 'Rachna'),
  giv('M', 'បូរា', 'Bora', 'Borra'),
  giv('F', 'ដាវី', 'Davy', 'Davi'),
  giv('M', 'វិចិត្រ', 'Vichet', 'Vicheth'),
  giv('F', 'សុគន្ធា', 'Sokunthea', 'Sokonthea'),
  giv('M', 'មុនី', 'Mony', 'Monny'),
  giv('F', 'ម៉ាលី', 'Maly', 'Mali'),
  giv('M', 'ឧត្តម', 'Oudom', 'Udom'),
  giv('F', 'សុភី', 'Sophy', 'Sophi'),
  giv('M', 'វឌ្ឍនា', 'Vathana', 'Vatthana'),
  giv('F', 'ចរិយា', 'Chariya', 'Chareya'),
  giv('M', 'រតនៈ', 'Rathanak', 'Ratanak'),
  giv('U', 'បញ្ញា', 'Panha', 'Panna'),
  giv('F', 'សុជាតា', 'Socheata', 'Sochata'),
  giv('M', 'វីរៈ', 'Vireak', 'Virak'),
  giv('F', 'សុវណ្ណារី', 'Sovannary', 'Sovanary'),
  giv('M', 'ធារ៉ា', 'Theara', 'Thearra'),
  giv('F', 'សុម៉ាលី', 'Somaly', 'Somali'),
  giv('M', 'សារឿន', 'Saroeun', 'Sareun'),
  giv('F', 'ទេវី', 'Tevy', 'Tevi'),
  giv('M', 'សំអឿន', 'Samoeun', 'Somoeun'),
  giv('U', 'តុលា', 'Tola', 'Tula'),
  giv('F', 'ផានី', 'Phany', 'Phani'),
  giv('M', 'រិន', 'Rin', 'Rinn'),
  giv('F', 'ចន្ទ្រា', 'Chantrea', 'Chanthrea'),
  giv('M', 'ភិរម្យ', 'Phirum', 'Phirom'),
  giv('F', 'រ៉ានី', 'Rany', 'Rani'),
  giv('M', 'សំបូរ', 'Sambo', 'Sambor'),
  giv('F', 'ចាន់ណារី', 'Channary', 'Chanary'),
  giv('M', 'វិសុទ្ធ', 'Visoth', 'Visot'),
  giv('U', 'រក្សា', 'Raksa', 'Reaksa'),
  giv('F', 'វណ្ណី', 'Vanny', 'Vanni'),
  giv('M', 'កក្កដា', 'Kakada', 'Kakkada'),
  giv('F', 'បរមី', 'Bormey', 'Bormei'),
  giv('M', 'ចេត្រា', 'Chetra', 'Chettra'),
  giv('F', 'កុលាប', 'Kolab', 'Kolap'),
  giv('M', 'វិជ្ជា', 'Vichea', 'Vichhea'),
  giv('F', 'ចំប៉ី', 'Champey', 'Champei'),
  giv('M', 'ផានិត', 'Phanith', 'Phanit'),
  giv('F', 'រំដួល', 'Romduol', 'Rumduol'),
  giv('M', 'ធារិទ្ធ', 'Thearith', 'Thearit'),
  giv('U', 'សីលា', 'Seila', 'Seyla'),
  giv('F', 'កល្យាណ', 'Kalyan', 'Kalyann'),
  giv('F', 'ធាវី', 'Theavy', 'Theavi'),
  giv('F', 'ឆាយា', 'Chhaya', 'Chaya'),
  giv('F', 'នីតា', 'Nita', 'Nitta'),
  giv('F', 'ឌីណា', 'Dina', 'Dinna'),
  giv('F', 'ម៉ារ៉ាឌី', 'Marady', 'Maradi'),
  giv('F', 'ណាវី', 'Navy', 'Navi'),
  giv('F', 'វិច្ឆិកា', 'Vichika', 'Vicheka'),
  giv('F', 'មេសា', 'Mesa'),
  giv('F', 'សុខុម', 'Sokhom'),
];

interface Part { kh: string; latin: string[] }
const part = (kh: string, ...latin: string[]): Part => ({ kh, latin });

/** Two-syllable given names built from a first syllable and a second one, as Khmer names often are. */
function compound(sex: NameSex, first: Part, second: Part): GivenToken {
  const latin: string[] = [];
  for (const a of first.latin) {
    for (const b of second.latin) {
      latin.push(`${a} ${b}`, `${a}${b.toLowerCase()}`);
    }
  }
  return { sex, kh: first.kh + second.kh, latin };
}

const SREY = part('ស្រី', 'Srey', 'Srei');
const SOK = part('សុខ', 'Sok');
const KIM = part('គីម', 'Kim');
const CHAN = part('ចាន់', 'Chan');
const BUN = part('ប៊ុន', 'Bun');
const LY = part('លី', 'Ly');
const MENG = part('ម៉េង', 'Meng');
const SENG = part('សេង', 'Seng');

const COMPOUNDS: GivenToken[] = [
  // Srey + ... : women's names
  ...[
    part('នាង', 'Neang'),
    part('ពៅ', 'Pov', 'Pou'),
    part('អូន', 'Oun', 'On'),
    part('ស្រស់', 'Sros'),
    part('និច', 'Nich', 'Nech'),
    part('តូច', 'Touch', 'Toch'),
    part('លីន', 'Lin', 'Linn'),
    part('នី', 'Ny', 'Ni'),
    part('ម៉ៅ', 'Mao'),
    part('ពេជ្រ', 'Pech', 'Pich'),
    part('មាស', 'Meas'),
    part('ល័ក្ខ', 'Leak', 'Leakh'),
    part('រ័ត្ន', 'Roth', 'Rath'),
    part('លាភ', 'Leap', 'Leab'),
    part('សុខ', 'Sok', 'Sokh'),
    part('ណែត', 'Neth', 'Net'),
  ].map((p) => compound('F', SREY, p)),
  compound('M', SOK, part('ហេង', 'Heng')),
  compound('F', SOK, part('លី', 'Ly')),
  compound('U', SOK, part('ជា', 'Chea')),
  compound('U', SOK, part('ឡេង', 'Leng')),
  compound('F', SOK, part('ណា', 'Na')),
  compound('F', SOK, part('នី', 'Ny')),
  compound('M', KIM, part('ហេង', 'Heng')),
  compound('F', KIM, part('លី', 'Ly')),
  compound('U', KIM, part('ហុង', 'Hong')),
  compound('U', KIM, part('ឡេង', 'Leng')),
  compound('M', KIM, part('សាន', 'San')),
  compound('F', KIM, part('ហួរ', 'Hour')),
  compound('U', KIM, part('ឆាយ', 'Chhay')),
  compound('F', CHAN, part('ធី', 'Thy')),
  compound('U', CHAN, part('ធូ', 'Thou')),
  compound('U', CHAN, part('រ៉ា', 'Ra')),
  compound('M', CHAN, part('ដារា', 'Dara')),
  compound('M', CHAN, part('ធុល', 'Thol')),
  compound('M', BUN, part('ធឿន', 'Thoeun', 'Thoeurn')),
  compound('M', BUN, part('ណា', 'Na')),
  compound('M', BUN, part('លី', 'Ly')),
  compound('M', BUN, part('ហេង', 'Heng')),
  compound('M', BUN, part('ថា', 'Tha')),
  compound('M', BUN, part('រ័ត្ន', 'Roth', 'Rath')),
  compound('F', LY, part('ហួរ', 'Hour')),
  compound('M', LY, part('ហេង', 'Heng')),
  compound('F', LY, part('ណា', 'Na')),
  compound('M', MENG, part('លី', 'Ly')),
  compound('M', MENG, part('ហេង', 'Heng')),
  compound('M', SENG, part('លី', 'Ly')),
];

/** All given names; SINGLE first (they hold the commonest names), compounds interleaved after. */
export const GIVEN: GivenToken[] = (() => {
  const out: GivenToken[] = [];
  const seen = new Set<string>();
  const singles = SINGLE.slice();
  const comps = COMPOUNDS.slice();
  // interleave so that compounds are not all rare: 3 singles, then 1 compound
  while (singles.length || comps.length) {
    for (let k = 0; k < 3 && singles.length; k++) {
      const g = singles.shift()!;
      if (!seen.has(g.kh)) { seen.add(g.kh); out.push(g); }
    }
    const c = comps.shift();
    if (c && !seen.has(c.kh)) { seen.add(c.kh); out.push(c); }
  }
  return out;
})();

export const GIVEN_F: GivenToken[] = GIVEN.filter((g) => g.sex !== 'M');
export const GIVEN_M: GivenToken[] = GIVEN.filter((g) => g.sex !== 'F');

/** Letters next to each other on a QWERTY keyboard, for realistic typos. */
export const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'qswz', b: 'vghn', c: 'xdfv', d: 'serfcx', e: 'wsdr', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb',
  i: 'ujko', j: 'huikmn', k: 'jiolm', l: 'kop', m: 'njk', n: 'bhjm', o: 'iklp', p: 'ol',
  q: 'wa', r: 'edft', s: 'awedxz', t: 'rfgy', u: 'yhji', v: 'cfgb', w: 'qase', x: 'zsdc',
  y: 'tghu', z: 'asx',
};
