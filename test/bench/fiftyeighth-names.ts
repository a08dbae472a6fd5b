/**
 * Name lists for the `fiftyeighth` roster (a register typed by several clerks whose Khmer and
 * Latin name fields disagree in their habits). Written blind for that generator only.
 *
 * Khmer is stored in one canonical code-point order: a register shifter (៉ U+17C9, ៊ U+17CA)
 * before the vowel sign, ុ before ំ, and a subscript ro (្រ) after any other subscript. The
 * generator produces the other orders as keyboard variants.
 *
 * Family names are listed roughly from common to rare (the generator draws them skewed). Every
 * Khmer word carries the romanizations that are really seen for it; the first one is the most
 * usual. A Khmer syllable shared by a family name and a part of a given name (សុខ, ចាន់, ប៊ុន,
 * ពៅ, ពេជ្រ, លី, ហេង, ដារ៉ា, តូច) has the same romanization list in both places, so that a clerk's
 * habit for the syllable stays one habit.
 *
 * Given names: `kh` uses '+' to mark a Khmer compound (ស្រី+មុំ: written ស្រីមុំ, sometimes
 * ស្រី មុំ); `latin` lists the Latin parts, '|' separating romanizations of one part. A name
 * with two Latin parts may be written joined or apart (SREYMOM / SREY MOM, SOPHEAKTRA /
 * SOPHEAK TRA). Sex 'U' is a name given to both sexes.
 *
 * Spellings I am less sure of are marked "(?)" in a trailing comment.
 */

export interface FamilyName {
  kh: string;
  latin: string[];
}

export interface GivenPart {
  /** The habit key: the Khmer syllable for compounds, `${kh}#${i}` for a one-word name. */
  key: string;
  /** The part's Khmer when the name is a Khmer compound, else null. */
  kh: string | null;
  latin: string[];
}

export interface GivenName {
  /** Khmer, without the compound mark. */
  kh: string;
  parts: GivenPart[];
  sex: 'M' | 'F' | 'U';
}

function f(kh: string, latin: string): FamilyName {
  return { kh, latin: latin.split('|') };
}

function g(khSpec: string, sex: 'M' | 'F' | 'U', ...latin: string[]): GivenName {
  const khParts = khSpec.split('+');
  const kh = khParts.join('');
  const compound = khParts.length > 1;
  if (compound && khParts.length !== latin.length) throw new Error(`given ${khSpec}: Khmer and Latin parts differ`);
  const parts = latin.map((l, i) => ({
    key: compound ? khParts[i] : latin.length === 1 ? kh : `${kh}#${i}`,
    kh: compound ? khParts[i] : null,
    latin: l.split('|'),
  }));
  return { kh, parts, sex };
}

export const FAMILY: FamilyName[] = [
  f('សុខ', 'Sok|Sokh'),
  f('ចាន់', 'Chan|Chann'),
  f('ជា', 'Chea|Chear'),
  f('គីម', 'Kim|Keam'),
  f('ហេង', 'Heng'),
  f('លី', 'Ly|Lee|Li'),
  f('ស៊ុន', 'Sun|Soun'),
  f('ម៉ៅ', 'Mao|Mau'),
  f('កែវ', 'Keo|Kaev|Keov'),
  f('មាស', 'Meas|Mes'),
  f('ពេជ្រ', 'Pich|Pech'),
  f('ប្រាក់', 'Prak|Brak'),
  f('សេង', 'Seng'),
  f('ទូច', 'Touch|Toch'),
  f('យឹម', 'Yim|Yem'),
  f('សម', 'Sam|Som'),
  f('អ៊ុក', 'Ouk|Uk|Ok'),
  f('ហ៊ុន', 'Hun|Hon'),
  f('ឆាយ', 'Chhay|Chay|Chhai'),
  f('ង៉ែត', 'Nget|Ngeth'),
  f('ឡុង', 'Long'),
  f('ខៀវ', 'Khieu|Khiev|Kheav'),
  f('ឈឹម', 'Chhim|Chim|Chhem'),
  f('ទេព', 'Tep|Teb|Thep'),
  f('នៅ', 'Nov|Nou|Nouv'),
  f('យិន', 'Yin|Yen'), // (?)
  f('ថាច់', 'Thach'),
  f('អ៊ុច', 'Uch|Ouch'), // (?)
  f('គង់', 'Kong|Kung'),
  f('ឈុន', 'Chhun|Chun'),
  f('អេង', 'Eng'),
  f('ស្វាយ', 'Svay|Svai'),
  f('រស់', 'Ros|Ruos'),
  f('ម៉េង', 'Meng'),
  f('ភួង', 'Phuong|Phoung'), // (?)
  f('ស៊ិន', 'Sin|Sen'),
  f('វង្ស', 'Vong|Voung'),
  f('ឈាង', 'Chheang|Cheang'),
  f('តាំង', 'Taing|Tang'),
  f('លឹម', 'Lim|Leum'),
  f('ពៅ', 'Pov|Pao|Pau'),
  f('អ៊ាង', 'Ang|Eang'),
  f('ញឹម', 'Nhim|Nhem'),
  f('ជុំ', 'Chum|Chom'),
  f('ខឹម', 'Khim|Khem'), // (?)
  f('សួន', 'Suon|Suorn|Soun'),
  f('ម៉ម', 'Mam|Morm'), // (?)
  f('សាន', 'San|Sann'),
  f('ព្រំ', 'Prom|Prum'),
  f('នួន', 'Nuon|Noun'),
  f('ឌួង', 'Duong|Doung'),
  f('ប៊ុន', 'Bun|Bunn'),
  f('វ៉ាន់', 'Van|Vann'),
  f('ងួន', 'Nguon|Ngoun'),
  f('ស្រេង', 'Sreng'),
  f('លាង', 'Leang|Liang'),
  f('ខេង', 'Kheng'),
  f('ហួត', 'Huot|Hout'),
  f('ជួន', 'Chuon|Choun'),
  f('អ៊ឹម', 'Im|Em|Oem'), // (?)
  f('ឯក', 'Ek|Aek'),
  f('សៀង', 'Seang|Sieng'),
  f('ហែម', 'Hem|Haem'), // (?)
  f('សារ', 'Sar'),
  f('ធី', 'Thy|Thi'),
];

export const GIVEN: GivenName[] = [
  // female, the commonest first
  g('ស្រី+មុំ', 'F', 'Srey|Srei', 'Mom|Mum'),
  g('សុភា', 'F', 'Sophea|Sophear|Sopha'),
  g('ស្រី+នាង', 'F', 'Srey|Srei', 'Neang|Nieng'),
  g('សុភាព', 'F', 'Sopheap|Sopheab'),
  g('ស្រី+ពៅ', 'F', 'Srey|Srei', 'Pov|Pao|Pau'),
  g('ធីតា', 'F', 'Thida|Theda|Thyda'),
  g('បុប្ផា', 'F', 'Bopha|Boppha|Bupha'),
  g('ស្រី+ល័ក្ខ', 'F', 'Srey|Srei', 'Leak|Leakh'),
  g('គន្ធា', 'F', 'Kunthea|Kanthea|Kunthear'),
  g('ចាន់+ធូ', 'F', 'Chan|Chann', 'Thou|Thu'),
  g('ស្រី+ពេជ្រ', 'F', 'Srey|Srei', 'Pich|Pech'),
  g('រចនា', 'F', 'Rachana|Reachna|Rachna'),
  g('ណារី', 'F', 'Nary|Neary|Nari'),
  g('ស្រី+និច', 'F', 'Srey|Srei', 'Nich|Nech'),
  g('ចិន្តា', 'F', 'Chenda|Chinda'),
  g('លក្ខិណា', 'F', 'Leakhena|Leakena|Lakhena'),
  g('ដាលីន', 'F', 'Dalin|Daline|Dalyn'),
  g('ចន្ធី', 'F', 'Chanthy|Chanthi'),
  g('ស្រី+រ័ត្ន', 'F', 'Srey|Srei', 'Roth|Rath'),
  g('កុលាប', 'F', 'Kolab|Kolap'),
  g('ផល្លា', 'F', 'Phalla|Phala'),
  g('ពិសី', 'F', 'Pisey|Pisei|Pisay'),
  g('ស្រី+តូច', 'F', 'Srey|Srei', 'Touch|Toch'),
  g('សុជាតា', 'F', 'Socheata|Sochetta|Socheatta'),
  g('រ៉ានី', 'F', 'Rany|Rani'),
  g('សុម៉ាលី', 'F', 'Somaly|Somali'),
  g('ស្រី+អូន', 'F', 'Srey|Srei', 'Oun|Aun'),
  g('វិច្ឆិកា', 'F', 'Vichhika|Vichika|Vicheka'),
  g('កញ្ញា', 'F', 'Kanha|Kagna|Kannha'),
  g('ដាវី', 'F', 'Davy|Davi'),
  g('សុវណ្ណារី', 'F', 'Sovannary|Sovanary'),
  g('ម៉ាលី', 'F', 'Maly|Mali'),
  g('ស្រី+ណុច', 'F', 'Srey|Srei', 'Noch|Nuch'),
  g('ចរិយា', 'F', 'Chariya|Charya'),
  g('ធារី', 'F', 'Theary|Thary'),
  g('សុភារី', 'F', 'Sopheary|Sophary'),
  g('ចន្ទ្រា', 'F', 'Chantrea|Chanthrea|Chantra'),
  g('សុគន្ធា', 'F', 'Sokunthea|Sokanthea'),

  // male
  g('សុផល', 'M', 'Sophal|Sophorl|Sophol'),
  g('ដារ៉ា', 'M', 'Dara|Darra'),
  g('វុទ្ធី', 'M', 'Vuthy|Voeuthy|Vuthi|Vutthy'),
  g('វិសាល', 'M', 'Visal|Veasal|Vesal'),
  g('ពិសិដ្ឋ', 'M', 'Piseth|Piset|Pisith'),
  g('រដ្ឋា', 'M', 'Ratha|Rattha'),
  g('កុសល', 'M', 'Kosal|Kosol'),
  g('សម្បត្តិ', 'M', 'Sambath|Sombath|Sambat'),
  g('ប៊ុន+ធឿន', 'M', 'Bun|Bunn', 'Thoeun|Thoeurn'),
  g('សុវណ្ណ', 'M', 'Sovann|Sovan'),
  g('ឫទ្ធី', 'M', 'Rithy|Rithi|Ritthy'),
  g('វិចិត្រ', 'M', 'Vichet|Vicheth'),
  g('វិបុល', 'M', 'Vibol|Vibul|Vipol'),
  g('វណ្ណៈ', 'M', 'Vannak|Vanak'),
  g('សុភ័ក្ត្រា', 'M', 'Sopheak|Sophak', 'tra'),
  g('សុភ័ក្ត្រ', 'M', 'Sopheak|Sophak'),
  g('សុខុម', 'M', 'Sokhom|Sokhum|Sokkhom'),
  g('សុធី', 'M', 'Sothy|Sothi'),
  g('ចំរើន', 'M', 'Chamroeun|Chamreun|Chamroeurn'), // (?) older spelling; today's standard is ចម្រើន
  g('ធារ៉ា', 'M', 'Theara|Thara'),
  g('វីរៈ', 'M', 'Vireak|Virak'),
  g('ឧត្តម', 'M', 'Oudom|Udom|Outdom'),
  g('ភក្តី', 'M', 'Pheakdey|Pheakdei|Peakdey'),
  g('ស៊ីថា', 'M', 'Sitha|Sytha'),
  g('សារឿន', 'M', 'Sareun|Saroeun|Saroeurn'),
  g('សុខ+ហេង', 'M', 'Sok|Sokh', 'Heng'),
  g('ចាន់+ដារ៉ា', 'M', 'Chan|Chann', 'Dara|Darra'),
  g('សុខ+លី', 'M', 'Sok|Sokh', 'Ly|Lee|Li'),
  g('សំ+អាត', 'M', 'Sam|Som', 'Ath|At'), // (?) usually written as one word
  g('ពុទ្ធី', 'M', 'Puthy|Putthy|Puthi'),
  g('សុជាតិ', 'M', 'Socheat|Socheath'),
  g('ណារិន', 'M', 'Narin|Norin'),
  g('ភិរុណ', 'M', 'Phirun|Phyrun|Pirun'), // (?)

  // given to both sexes
  g('សុខា', 'U', 'Sokha|Sokhar'),
  g('វណ្ណា', 'U', 'Vanna|Vana'),
  g('វាសនា', 'U', 'Veasna|Veasnar|Visna'),
  g('សំណាង', 'U', 'Samnang|Somnang'),
  g('សុធា', 'U', 'Sothea|Sothear'),
  g('រតនា', 'U', 'Ratana|Rathana|Rattana'),
  g('សុភី', 'U', 'Sophy|Sophi'),
  g('បញ្ញា', 'U', 'Panha|Pagna|Banha'),
  g('មុនី', 'U', 'Mony|Monny|Moni'),
  g('រស្មី', 'U', 'Reaksmey|Raksmey|Reasmey'),
  g('មករា', 'U', 'Makara|Makkara'),
];
