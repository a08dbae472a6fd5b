/**
 * Name lists for the `sixtythird` roster (a sheet that went through the wrong encodings).
 *
 * Written blind for this generator: real Cambodian family and given names, one Khmer spelling
 * each (in the canonical code point order the Khmer Unicode standard gives: consonant,
 * coeng + subscript (coeng-ro last), register sign (៉ / ៊), vowel, sign; ្ត rather than ្ដ),
 * with the romanizations actually seen on ID cards and payrolls. The first romanization is the
 * commonest; the others are real variants (Sok/Sokh, Chea/Chear, Sophea/Sophear,
 * Vuthy/Voeuthy, Srey Mom/Sreymom ...). Lists are ordered roughly by how common the name is;
 * the generator draws with a Zipf-like skew, so early names collide a lot.
 *
 * No romanization is shared by two Khmer words, and no Khmer word is both a family and a given
 * name: the generator's self-check asserts both.
 */

export type SixtythirdNameSex = 'M' | 'F' | 'U';

export interface SixtythirdWord {
  /** Khmer script, canonical order. */
  kh: string;
  /** Romanizations, commonest first; a multi-word given name ("Srey Mom") lists both spacings. */
  latin: readonly string[];
}

export interface SixtythirdGiven extends SixtythirdWord {
  /** M / F, or U for names given to both. */
  sex: SixtythirdNameSex;
}

export const SIXTYTHIRD_FAMILY: readonly SixtythirdWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pauv'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev'] },
  { kh: 'ទេព', latin: ['Tep'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'យិន', latin: ['Yin', 'Yen'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'ផល', latin: ['Phal', 'Phol'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'សួន', latin: ['Suon', 'Suan'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'អ៊ាង', latin: ['Ang', 'Eang'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'ឌី', latin: ['Dy', 'Dey'] },
  { kh: 'សាន', latin: ['San'] },
  { kh: 'ម៉េង', latin: ['Meng'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'ចេង', latin: ['Cheng'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'ងួន', latin: ['Nguon', 'Ngoun'] },
  { kh: 'អ៊ូច', latin: ['Ouch', 'Uch'] },
  { kh: 'នី', latin: ['Ny', 'Nee'] },
  { kh: 'ឃឹម', latin: ['Khim', 'Khem'] },
  { kh: 'ភឿន', latin: ['Phoeun', 'Phoeurn'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'] },
];

export const SIXTYTHIRD_GIVEN: readonly SixtythirdGiven[] = [
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'U' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srey Mum'], sex: 'F' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi'], sex: 'M' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthar'], sex: 'F' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophol'], sex: 'M' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'រតនា', latin: ['Ratana', 'Rathana', 'Rattana'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov'], sex: 'F' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophak'], sex: 'U' },
  { kh: 'ធារី', latin: ['Theary', 'Thearey'], sex: 'F' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokhly'], sex: 'M' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'ស្រីលក្ខណ៍', latin: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokhunthea'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Nary'], sex: 'F' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'U' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichith'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Lyda'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Rasmey'], sex: 'F' },
  { kh: 'មករា', latin: ['Makara', 'Meakkara'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Vishal'], sex: 'M' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'មុន្នី', latin: ['Monny', 'Muny', 'Moni'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Vesna'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei'], sex: 'M' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'សោភ័ណ', latin: ['Sophorn', 'Sophon'], sex: 'F' },
  { kh: 'ចម្រើន', latin: ['Chamroeun', 'Chamreun', 'Chamroen'], sex: 'M' },
  { kh: 'ចាន់ថន', latin: ['Chanthorn', 'Chanthon'], sex: 'M' },
  { kh: 'ផានិត', latin: ['Phanith', 'Phaneth'], sex: 'M' },
  { kh: 'ណារិន', latin: ['Narin', 'Naren'], sex: 'M' },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Seitha'], sex: 'M' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'សុខហេង', latin: ['Sokheng', 'Sokhheng'], sex: 'M' },
  { kh: 'កែវមុន្នី', latin: ['Keomony', 'Keo Mony'], sex: 'F' },
];
