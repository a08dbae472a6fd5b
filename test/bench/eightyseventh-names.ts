/**
 * Name lists for the `eightyseventh` roster (a grader's roster, written blind).
 *
 * Each entry is one Khmer name word (or compound given name) in standard Unicode order
 * (register shifter ៉/៊ before the vowel sign, coeng + subscript before the vowel sign), with
 * the Latin spellings found for it in practice. The first spelling is the most common one.
 * Lists are ordered roughly from most to least common, since the generator draws them skewed.
 */

export interface FamilyName {
  kh: string;
  latin: readonly string[];
}

export interface GivenName {
  kh: string;
  latin: readonly string[];
  /** F / M, or U for names given to both. */
  sex: 'F' | 'M' | 'U';
}

export const FAMILY: readonly FamilyName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keav'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim', 'Nhoem'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'អ៊ុច', latin: ['Uch', 'Ouch'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem', 'Chhoem'] },
  { kh: 'យិន', latin: ['Yin', 'Yen'] },
  { kh: 'ភាព', latin: ['Pheap', 'Phiep'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou'] },
  { kh: 'ស៊ាន', latin: ['Sean', 'Sien'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khon'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'រស់', latin: ['Ros', 'Ross'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Em', 'Oem'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'សួស', latin: ['Suos', 'Sous'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'អ៊ួង', latin: ['Ung', 'Oung'] },
  { kh: 'ឃឹម', latin: ['Khim', 'Khem'] },
];

export const GIVEN: readonly GivenName[] = [
  // common first, female and male interleaved
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi'], sex: 'M' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pou'], sex: 'F' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth', 'Vichit'], sex: 'M' },
  { kh: 'ចន្ធូ', latin: ['Chanthou', 'Chanthu', 'Chantou'], sex: 'F' },
  { kh: 'សំណាង', latin: ['Samnang', 'Samnag'], sex: 'M' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda'], sex: 'F' },
  { kh: 'រតនៈ', latin: ['Ratanak', 'Rathanak', 'Rattanak'], sex: 'M' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamreun', 'Chamroen'], sex: 'M' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'M' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Banha'], sex: 'M' },
  { kh: 'រ៉ានី', latin: ['Rany', 'Rani'], sex: 'F' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sophiep'], sex: 'U' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bopa'], sex: 'F' },
  { kh: 'តុលា', latin: ['Tola', 'Tula'], sex: 'M' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nareth'], sex: 'M' },
  { kh: 'លីដា', latin: ['Lida', 'Leda'], sex: 'F' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thera'], sex: 'M' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srey Aun'], sex: 'F' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], sex: 'M' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokanthea'], sex: 'F' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'សោភ័ណ', latin: ['Sophorn', 'Sophon'], sex: 'M' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Charya'], sex: 'F' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanta'], sex: 'M' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ភារម្យ', latin: ['Phearum', 'Phearom'], sex: 'M' },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'ស្រីណា', latin: ['Srey Na', 'Sreyna'], sex: 'F' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'វិច្ឆិកា', latin: ['Vichhika', 'Vicheka'], sex: 'F' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophak'], sex: 'U' },
];
