/**
 * Name lists for the `twentysixth` roster (the dirty-register roster). Written for this roster alone.
 *
 * Every entry is one Khmer word as it is normally spelt (standard code point order, no zero-width
 * characters) with the Latin spellings people really use for it, the most common first. Given names
 * written as two Latin words (Srey Mom) are ONE Khmer word (ស្រីមុំ) and one entry: "Srey Mom",
 * "Sreymom" and "Srei Mom" are spellings of the same entry.
 *
 * Spellings marked `?` in the comment are ones the author is less sure of.
 */

export interface Name26 {
  /** Khmer, standard spelling and code point order. */
  readonly kh: string;
  /** Latin spellings in real use, most common first. */
  readonly latin: readonly string[];
}

export interface Given26 extends Name26 {
  /** F / M: mostly given to women / men; U: either. */
  readonly sex: 'F' | 'M' | 'U';
}

/** Family names, most common first (the generator draws them skewed toward the start). */
export const FAMILY_26: readonly Name26[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'គឹម', latin: ['Kim', 'Kym'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'អ៊ុំ', latin: ['Oum', 'Um'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'ថាច់', latin: ['Thach', 'Thac'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ងួន', latin: ['Nguon', 'Ngoun'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ឡឹម', latin: ['Lim', 'Lem'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'មាស', latin: ['Meas', 'Mes'] },
  { kh: 'អ៊ិន', latin: ['In', 'Inn'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Brak'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vung'] },
  { kh: 'ស៊ឹម', latin: ['Sim', 'Sem'] },
  { kh: 'ម៉ម', latin: ['Mam', 'Morm'] }, // ?
  { kh: 'ឃឹម', latin: ['Khim', 'Khem'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ឡេង', latin: ['Leng'] },
  { kh: 'ម៉េង', latin: ['Meng'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhon'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] }, // ?
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'សៀង', latin: ['Seang', 'Sieng'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
];

/** Given names, most common first within each sex. */
export const GIVEN_26: readonly Given26[] = [
  // women
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda', 'Thidar'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar', 'Bupha'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pou'], sex: 'F' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokhunthea'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Reasmey'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea', 'Konthea'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Neari'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'ស្រីលីន', latin: ['Srey Lin', 'Sreylin', 'Srey Linh'], sex: 'F' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Socheatta'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Theari'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ដានី', latin: ['Dany', 'Dani'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'វិច្ឆិកា', latin: ['Vichheka', 'Vicheka'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'សុធារី', latin: ['Sotheary', 'Sotheari'], sex: 'F' },
  { kh: 'ណាវី', latin: ['Navy', 'Navi'], sex: 'F' },
  { kh: 'គឹមលី', latin: ['Kimly', 'Kim Ly'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'រ៉ានី', latin: ['Rany', 'Rani'], sex: 'F' },
  { kh: 'កុលាប', latin: ['Kolab', 'Kolap'], sex: 'F' },
  { kh: 'ម្លិះ', latin: ['Mlis', 'Mles'], sex: 'F' },
  { kh: 'សុវណ្ណី', latin: ['Sovanny', 'Sovany'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantra'], sex: 'F' },
  { kh: 'ចន្ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'F' }, // ?
  { kh: 'មេសា', latin: ['Mesa', 'Mesar'], sex: 'F' },
  { kh: 'លីណា', latin: ['Lina', 'Leena'], sex: 'F' },
  { kh: 'ស្រីមាស', latin: ['Srey Meas', 'Sreymeas'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srey Aun'], sex: 'F' },
  { kh: 'ស្រីនី', latin: ['Srey Ny', 'Sreyny'], sex: 'F' },
  { kh: 'ស្រីតូច', latin: ['Srey Touch', 'Sreytouch'], sex: 'F' },
  { kh: 'ផល្លី', latin: ['Phally', 'Phalli'], sex: 'F' },
  { kh: 'ស៊ីណា', latin: ['Sina', 'Sinar'], sex: 'F' },
  // men
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'M' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Pheakdy'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'រ័ត្ន', latin: ['Roth', 'Rath'], sex: 'M' },
  { kh: 'ចាន់ថន', latin: ['Chanthorn', 'Chanthon'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'សុខេង', latin: ['Sokheng', 'Sokhieng'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Visaal'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'], sex: 'M' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamrern', 'Chamroen'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'សារុន', latin: ['Saron', 'Sarun'], sex: 'M' }, // ?
  { kh: 'សេរី', latin: ['Serey', 'Serei'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thara'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Panhar'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochiet'], sex: 'M' },
  { kh: 'ផានិត', latin: ['Phanith', 'Phanit'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthoen'], sex: 'M' },
  { kh: 'សំបូរ', latin: ['Sambo', 'Sambor'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'ណារ៉ុង', latin: ['Narong', 'Naroung'], sex: 'M' },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Sytha'], sex: 'M' },
  { kh: 'ឆៃយ៉ា', latin: ['Chhaiya', 'Chaiya'], sex: 'M' },
  { kh: 'តុលា', latin: ['Tola', 'Tula'], sex: 'M' },
  { kh: 'រតនៈ', latin: ['Ratanak', 'Rathanak', 'Rattanak'], sex: 'M' },
  { kh: 'វុទ្ធា', latin: ['Vutha', 'Voeutha'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'វិជ្ជា', latin: ['Vichea', 'Vichhea'], sex: 'M' },
  { kh: 'សុខឿន', latin: ['Sokhoeun', 'Sokhoeurn'], sex: 'M' },
  { kh: 'ប៊ុនណា', latin: ['Bunna', 'Bonna'], sex: 'M' },
  // either
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang', 'Sam Nang'], sex: 'U' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasnar'], sex: 'U' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'រតនា', latin: ['Ratana', 'Rathana', 'Rattana'], sex: 'U' },
  { kh: 'មុន្នី', latin: ['Monny', 'Moni', 'Mony'], sex: 'U' },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'], sex: 'U' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sophiep'], sex: 'U' },
  { kh: 'លីហួរ', latin: ['Lyhour', 'Ly Hour'], sex: 'U' },
];

/**
 * Khmer letters that are read or written for one another when a clerk types a name: same sound in
 * the other series, or a near shape. Used for the register's "look-alike letter" slips.
 */
export const KHMER_LOOKALIKE_26: readonly (readonly [string, string])[] = [
  ['ត', 'ទ'], ['ព', 'ភ'], ['ដ', 'ឌ'], ['ច', 'ជ'], ['ក', 'គ'], ['ន', 'ណ'], ['ល', 'ឡ'],
  ['ឃ', 'ឈ'], ['ទ', 'ធ'], ['ប', 'ព'], ['ស', 'ឆ'],
  // short / long vowels
  ['ិ', 'ី'], ['ុ', 'ូ'], ['េ', 'ែ'], ['ឹ', 'ឺ'],
];
