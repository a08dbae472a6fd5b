/**
 * Name lists for the `fortyeighth` roster (Khmer typed on a phone with predictive text).
 *
 * Every word is given in canonical Khmer Unicode (base, coeng+subscript, register shifter, vowel,
 * signs; subscript TA written U+17D2 U+178F, never the look-alike subscript DA) with the Latin
 * spellings that really occur for it, most common first. No Latin spelling is shared by two Khmer
 * words (the self-check audits this).
 *
 * PREDICTIVE48 lists, for a word a worker's name really has, the words a Khmer predictive keyboard
 * offers once the first letters are typed: other names or common words that start the same way.
 * Each suggestion shares at least its first two Khmer letters (consonants, counting subscripts and
 * independent vowels) with the word it replaces; the self-check audits that too.
 */

export interface Word48 {
  kh: string;
  latin: readonly string[];
}

export interface Given48 extends Word48 {
  /** U: used for both women and men. */
  sex: 'F' | 'M' | 'U';
}

/** Family names, most common first. */
export const FAMILY48: readonly Word48[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh', 'Sock'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'គីម', latin: ['Kim', 'Keem'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Prakh'] },
  { kh: 'ស៊ីម', latin: ['Sim', 'Seam'] },
  { kh: 'ទូច', latin: ['Touch', 'Tuch'] },
  { kh: 'សេង', latin: ['Seng', 'Saeng'] },
  { kh: 'យឹម', latin: ['Yim', 'Yoem'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhoun'] },
  { kh: 'ហែម', latin: ['Hem', 'Haem'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem', 'Nhoem'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ថាច់', latin: ['Thach', 'Thatch'] },
  { kh: 'យិន', latin: ['Yin', 'Yen'] },
  { kh: 'នូ', latin: ['Nou', 'Nov'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chay'] },
  { kh: 'ផល', latin: ['Phal', 'Phorl'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu', 'Kheav'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'រស់', latin: ['Ros', 'Rous', 'Ruos'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Eam'] },
  { kh: 'អ៊ុំ', latin: ['Oum', 'Um'] },
  { kh: 'អេង', latin: ['Eng', 'Aeng'] },
  { kh: 'ឡេង', latin: ['Leng'] },
  { kh: 'មាន', latin: ['Mean', 'Mien'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'សួន', latin: ['Suon', 'Suorn'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
  { kh: 'ង៉ែត', latin: ['Nget', 'Nguet'] },
  { kh: 'ប៉ែន', latin: ['Pen', 'Penn'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'តាន់', latin: ['Tan', 'Tann'] },
  { kh: 'លឹម', latin: ['Lim', 'Loem'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhoem'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ហុក', latin: ['Hok', 'Hork'] },
];

/** Given names, roughly most common first within each sex. */
export const GIVEN48: readonly Given48[] = [
  // women
  { kh: 'ស្រីពៅ', latin: ['Sreypov', 'Srey Pov', 'Sreypeou'], sex: 'F' },
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Sreymom', 'Srey Mom'], sex: 'F' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthar'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Sreyneang', 'Srey Neang'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Sreyleak', 'Srey Leak'], sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Sreynich', 'Srey Nich'], sex: 'F' },
  { kh: 'ដារី', latin: ['Dary', 'Darey'], sex: 'F' },
  { kh: 'ចន្ទី', latin: ['Chanthy', 'Chanty'], sex: 'F' },
  { kh: 'រតនា', latin: ['Rathana', 'Ratana', 'Rattana'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochata'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'ស្រីពេជ្រ', latin: ['Sreypich', 'Srey Pich', 'Sreypech'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Malai'], sex: 'F' },
  { kh: 'ស្រីលីន', latin: ['Sreylin', 'Srey Lin'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Neari'], sex: 'F' },
  { kh: 'សុធារី', latin: ['Sotheary', 'Sothary'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ស្រីម៉ៅ', latin: ['Sreymao', 'Srey Mao'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somalay'], sex: 'F' },
  { kh: 'ម៉ាលិស', latin: ['Malis', 'Males'], sex: 'F' },
  { kh: 'ស្រីនី', latin: ['Sreyny', 'Srey Ny'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davey'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Sreyoun', 'Srey Oun'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  // both
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'U' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Reasmey'], sex: 'U' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'U' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha', 'Rattha'], sex: 'U' },
  // men
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra'], sex: 'M' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth', 'Vichith'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophol'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Visaal'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithey'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom', 'Outdom'], sex: 'M' },
  { kh: 'មុន្នី', latin: ['Monny', 'Mony'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet'], sex: 'M' },
  { kh: 'សេរី', latin: ['Serey', 'Serei'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Panna'], sex: 'M' },
  { kh: 'រតនៈ', latin: ['Rathanak', 'Ratanak', 'Rattanak'], sex: 'M' },
  { kh: 'ផាណិត', latin: ['Phanith', 'Phaneth'], sex: 'M' },
  { kh: 'សុខេង', latin: ['Sokheng', 'Sokhieng'], sex: 'M' },
  { kh: 'សារ៉ុន', latin: ['Saron', 'Sarun'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroern'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoen'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'តុលា', latin: ['Tola', 'Tolla'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearah'], sex: 'M' },
];

/**
 * The keyboard's suggestions: registered word → words the phone offered instead (the extra rule-1
 * variation). Suggestions are names from the lists above or common words (health, salary,
 * government, problem ...) that the keyboard ranks above a rarer name with the same start.
 */
export const PREDICTIVE48: Readonly<Record<string, readonly string[]>> = {
  // given names
  'ស្រីពៅ': ['ស្រីពេជ្រ'],
  'ស្រីពេជ្រ': ['ស្រីពៅ'],
  'ស្រីមុំ': ['ស្រីម៉ៅ'],
  'ស្រីម៉ៅ': ['ស្រីមុំ'],
  'ស្រីនាង': ['ស្រីនិច', 'ស្រីនី'],
  'ស្រីនិច': ['ស្រីនាង'],
  'ស្រីនី': ['ស្រីនាង'],
  'ស្រីល័ក្ខ': ['ស្រីលីន'],
  'ស្រីលីន': ['ស្រីល័ក្ខ'],
  'សុភា': ['សុភាព'],
  'សុភាព': ['សុភា'],
  'ចន្ថា': ['ចន្ទី', 'ចន្ទ'],
  'ចន្ទី': ['ចន្ថា'],
  'សុខា': ['សុខុម', 'សុខភាព'],
  'សុខុម': ['សុខា'],
  'សុខេង': ['សុខា'],
  'ដារ៉ា': ['ដារី'],
  'ដារី': ['ដារ៉ា'],
  'វណ្ណា': ['វណ្ណៈ'],
  'វណ្ណៈ': ['វណ្ណា'],
  'រតនា': ['រតនៈ'],
  'រតនៈ': ['រតនា'],
  'សុជាតា': ['សុជាតិ'],
  'សុជាតិ': ['សុជាតា'],
  'ពិសី': ['ពិសេស'],
  'ពិសិដ្ឋ': ['ពិសេស'],
  'ម៉ាលី': ['ម៉ាលិស'],
  'ម៉ាលិស': ['ម៉ាលី'],
  'សុធារី': ['សុធា'],
  'សុធា': ['សុធារី'],
  'ចរិយា': ['ចរិត'],
  'លក្ខិណា': ['លក្ខណៈ'],
  'ផល្លា': ['ផលិតផល'],
  'រដ្ឋា': ['រដ្ឋាភិបាល'],
  'សំណាង': ['សំណួរ'],
  'សុវណ្ណ': ['សុវត្ថិភាព'],
  'វិបុល': ['វិបត្តិ'],
  'វិសាល': ['វិស័យ'],
  'សម្បត្តិ': ['សម្ភារៈ'],
  'ឧត្តម': ['ឧត្តមសេនីយ៍'],
  'វីរៈ': ['វីរបុរស'],
  'សេរី': ['សេរីភាព'],
  'បញ្ញា': ['បញ្ហា'],
  // family names
  'សុខ': ['សុខា', 'សុខភាព'],
  'ចាន់': ['ចន្ទ'],
  'គីម': ['គីមី'],
  'ប្រាក់': ['ប្រាក់ខែ'],
  'ទេព': ['ទេពធីតា'],
  'ផល': ['ផលិតផល'],
  'រស់': ['រស់នៅ'],
  'មាន': ['មានជ័យ'],
  'សួន': ['សួនច្បារ'],
  'វង្ស': ['វង្សា'],
};
