/**
 * Name lists for the `thirtysecond` roster (the hotline check). Written for this generator only.
 *
 * Every entry has its Khmer spelling (canonical code-point order: base, subscripts, register
 * shifter, vowel, signs) and the Latin romanizations that are really seen for it, most usual
 * first. The register's Latin name usually uses the first one; cards and hotline operators use
 * any of them.
 */

export interface KhName {
  kh: string;
  latin: readonly string[];
}

export interface GivenName extends KhName {
  /** M / F, or U for names given to both. */
  sex: 'M' | 'F' | 'U';
}

/** Family names, most common first (the generator draws them skewed to the top of the list). */
export const TS_FAMILY: readonly KhName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'គីម', latin: ['Kim'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'មាស', latin: ['Meas', 'Meah'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'សំ', latin: ['Sam', 'Sum'] },
  { kh: 'ម៉ៅ', latin: ['Mao'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Brak'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Ok'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhuem'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'ផាន់', latin: ['Phan'] },
  { kh: 'ទេព', latin: ['Tep'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
  { kh: 'ម៉ម', latin: ['Mam'] },
  { kh: 'អ៊ុំ', latin: ['Oum', 'Um'] },
  { kh: 'ប៉ែន', latin: ['Pen', 'Paen'] },
  { kh: 'សួន', latin: ['Suon', 'Suan'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'ហែម', latin: ['Hem'] },
  { kh: 'ឃុន', latin: ['Khun'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Bunn'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'អេង', latin: ['Eng'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'] },
  { kh: 'ជុំ', latin: ['Chum', 'Choum'] },
  { kh: 'យ៉ន', latin: ['Yorn', 'Yon'] },
  { kh: 'សៅ', latin: ['Sao', 'Sav'] },
  { kh: 'ទិត្យ', latin: ['Tith', 'Tit'] },
  { kh: 'រិន', latin: ['Rin', 'Rinn'] },
  { kh: 'ហុង', latin: ['Hong'] },
  { kh: 'អ៊ុច', latin: ['Uch', 'Ouch'] },
  { kh: 'គង់', latin: ['Kong'] },
  { kh: 'ង៉ែត', latin: ['Nget'] },
  { kh: 'ឆន', latin: ['Chhorn', 'Chhon'] },
];

/** Given names, most common first within each sex. */
export const TS_GIVEN: readonly GivenName[] = [
  // unisex
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthar'], sex: 'U' },
  { kh: 'សុធា', latin: ['Sothea', 'Sotheat'], sex: 'U' },
  // male
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'សុភ័ក្រ', latin: ['Sopheak', 'Sophak'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith', 'Piset'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat', 'Sombath'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Vesal'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang', 'Samnag'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Makra'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nareth'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamreun', 'Chamrern'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophorl'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'បូរី', latin: ['Borey', 'Bory', 'Borei'], sex: 'M' },
  { kh: 'លាង', latin: ['Leang', 'Lieng'], sex: 'M' },
  { kh: 'រតនៈ', latin: ['Ratanak', 'Rattanak', 'Rathanak'], sex: 'M' },
  { kh: 'សារ៉ាត់', latin: ['Sarath', 'Sarat'], sex: 'M' },
  { kh: 'មុន្នី', latin: ['Mony', 'Monny'], sex: 'M' },
  { kh: 'ណារ៉ា', latin: ['Nara'], sex: 'M' },
  { kh: 'គីមហុង', latin: ['Kimhong', 'Kim Hong'], sex: 'M' },
  { kh: 'ធារិទ្ធ', latin: ['Thearith', 'Thearit'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthoen'], sex: 'M' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet'], sex: 'M' },
  { kh: 'ពិសាល', latin: ['Pisal'], sex: 'M' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], sex: 'M' },
  { kh: 'កក្កដា', latin: ['Kakada', 'Kakda'], sex: 'M' },
  // female
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Sreyneang', 'Srey Neang'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Sreypov', 'Srey Pov'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Sreyleak', 'Srey Leak'], sex: 'F' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'F' },
  { kh: 'ចាន់ណារី', latin: ['Channary', 'Chanary', 'Channari'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhnha'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ម្លិះ', latin: ['Malis', 'Mlis'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Nary', 'Neari'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Rasmey'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokanthea'], sex: 'F' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda'], sex: 'F' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'F' },
  { kh: 'កុលាប', latin: ['Kolab', 'Kulab'], sex: 'F' },
  { kh: 'ស្រីម៉ៅ', latin: ['Sreymao', 'Srey Mao'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'លីណា', latin: ['Lina', 'Leena'], sex: 'F' },
  { kh: 'មាលា', latin: ['Mealea', 'Mealear'], sex: 'F' },
  { kh: 'ណាវី', latin: ['Navy', 'Navi'], sex: 'F' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophi'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Sreyoun', 'Srey Oun'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thearie'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochheata'], sex: 'F' },
  { kh: 'រំដួល', latin: ['Romdoul', 'Rumduol', 'Romduol'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Sreynich', 'Srey Nich'], sex: 'F' },
  { kh: 'នីតា', latin: ['Nita'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'សុខលាភ', latin: ['Sokleap', 'Sok Leap'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Sreyroth', 'Srey Roth'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Konthea'], sex: 'F' },
];

/**
 * Given names that sound or look alike, by their first romanization. A hidden caller is often a
 * sister or cousin with a name like the registered worker's (Sophea / Sopheap, Vanna / Vannak).
 */
export const TS_SIMILAR: readonly (readonly string[])[] = [
  ['Sophea', 'Sophy', 'Sopheap', 'Sopheak', 'Sophal'],
  ['Sokha', 'Sokhom', 'Sokleap', 'Sokunthea'],
  ['Vanna', 'Vannak', 'Vanny'],
  ['Srey Mom', 'Sreymao', 'Sreypov', 'Sreyoun', 'Sreynich', 'Sreyneang', 'Sreyleak', 'Sreyroth'],
  ['Chantha', 'Chanthou', 'Chanthy', 'Channary'],
  ['Thida', 'Theary', 'Thearith', 'Nita'],
  ['Rotha', 'Ratanak', 'Rachana'],
  ['Sothea', 'Sothy', 'Socheata', 'Socheat'],
  ['Dara', 'Nara', 'Davy', 'Dalin'],
  ['Piseth', 'Pisey', 'Pisal'],
  ['Visal', 'Vibol', 'Vichet'],
  ['Neary', 'Channary', 'Theary'],
  ['Kunthea', 'Sokunthea'],
  ['Sovann', 'Vanna', 'Vanny'],
  ['Bopha', 'Phalla'],
];
