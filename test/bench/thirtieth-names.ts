/**
 * Name lists for the `thirtieth` roster (an employer's messy spreadsheet). Written blind: real
 * Cambodian family and given names, the Khmer as it is usually written, and the Latin spellings
 * that really occur for each Khmer word (several where transliteration varies).
 *
 * Each Khmer word is one entry; `lat` lists its romanizations, the first being the most usual.
 * Two Khmer words may share a romanization (សំ and សោម are both "Som"), as in real registers.
 * Family and given pools hold no common Khmer word, so a name always splits one way.
 */

export interface NameWord {
  /** The word in Khmer script, in the usual (canonical) code point order. */
  kh: string;
  /** Latin spellings found for it; multi-word given names carry their split and joined forms. */
  lat: readonly string[];
  /** Given names: F, M or U (either). Family names leave it out. */
  sex?: 'F' | 'M' | 'U';
}

/** Family names, most common first (the generator draws them skewed). */
export const FAMILY: readonly NameWord[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh', 'Sock'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'គីម', lat: ['Kim', 'Kym'] },
  { kh: 'លី', lat: ['Ly', 'Lee', 'Ley'] },
  { kh: 'ហេង', lat: ['Heng', 'Hieng'] },
  { kh: 'សេង', lat: ['Seng', 'Sieng'] },
  { kh: 'សំ', lat: ['Sam', 'Som'] },
  { kh: 'មាស', lat: ['Meas', 'Mias', 'Meah'] },
  { kh: 'ញឹម', lat: ['Nhim', 'Nhem', 'Nhoem'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech', 'Petch'] },
  { kh: 'ប្រាក់', lat: ['Prak', 'Brak'] },
  { kh: 'ផាន់', lat: ['Phan', 'Phann'] },
  { kh: 'សៅ', lat: ['Sao', 'Sau'] },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau'] },
  { kh: 'ហ៊ុន', lat: ['Hun', 'Hunn', 'Hoon'] },
  { kh: 'ទេព', lat: ['Tep', 'Tepp'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'យឹម', lat: ['Yim', 'Yem'] },
  { kh: 'ឡុង', lat: ['Long', 'Loung'] },
  { kh: 'នួន', lat: ['Nuon', 'Noun', 'Nuan'] },
  { kh: 'ខៀវ', lat: ['Khieu', 'Khiev', 'Kheav'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chhem', 'Chhoem'] },
  { kh: 'ឈុន', lat: ['Chhun', 'Chhoun'] },
  { kh: 'លឹម', lat: ['Lim', 'Lem'] },
  { kh: 'ថាច់', lat: ['Thach', 'Thatch'] },
  { kh: 'រស់', lat: ['Ros', 'Ruos', 'Rous'] },
  { kh: 'ប៉ែន', lat: ['Pen', 'Penn'] },
  { kh: 'វង្ស', lat: ['Vong', 'Vongs', 'Vaung'] },
  { kh: 'អ៊ុំ', lat: ['Oum', 'Um'] },
  { kh: 'ស៊ុន', lat: ['Sun', 'Soun'] },
  { kh: 'ង៉ែត', lat: ['Nget', 'Ngeth'] },
  { kh: 'គង់', lat: ['Kong', 'Kung'] },
  { kh: 'តាន់', lat: ['Tan', 'Tann'] },
  { kh: 'ហែម', lat: ['Hem', 'Haem'] },
  { kh: 'អេង', lat: ['Eng', 'Ieng'] },
  { kh: 'យិន', lat: ['Yin', 'Yen'] },
  { kh: 'សោម', lat: ['Som', 'Saom'] },
  { kh: 'ស៊ិន', lat: ['Sin', 'Sinn'] },
];

/** Given names, F / M / U (either sex), roughly most common first within each sex. */
export const GIVEN: readonly NameWord[] = [
  // women
  { kh: 'សុភា', lat: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រីមុំ', lat: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ស្រីនាង', lat: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ស្រីពៅ', lat: ['Srey Pov', 'Sreypov', 'Srey Pao'], sex: 'F' },
  { kh: 'ចាន់ធូ', lat: ['Chanthou', 'Chanthu', 'Chantho'], sex: 'F' },
  { kh: 'បុប្ផា', lat: ['Bopha', 'Bupha', 'Bophea'], sex: 'F' },
  { kh: 'កញ្ញា', lat: ['Kanha', 'Kagna', 'Kanhna'], sex: 'F' },
  { kh: 'ចាន់ណារី', lat: ['Channary', 'Chanary', 'Channari'], sex: 'F' },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'ធីតា', lat: ['Thida', 'Theda', 'Thyda'], sex: 'F' },
  { kh: 'លក្ខិណា', lat: ['Leakhena', 'Leakena', 'Leakkhena'], sex: 'F' },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'រចនា', lat: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'ណារី', lat: ['Nary', 'Neary', 'Nari'], sex: 'F' },
  { kh: 'ផល្លា', lat: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'កុលាប', lat: ['Kolab', 'Kulab', 'Kolap'], sex: 'F' },
  { kh: 'រស្មី', lat: ['Raksmey', 'Reaksmey', 'Rasmey'], sex: 'F' },
  { kh: 'ដាវី', lat: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'លីដា', lat: ['Lida', 'Lyda'], sex: 'F' },
  { kh: 'មាលា', lat: ['Mealea', 'Mealear', 'Meala'], sex: 'F' },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chendar'], sex: 'F' },
  { kh: 'ស្រីលក្ខ', lat: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'ស្រីពេជ្រ', lat: ['Srey Pich', 'Sreypich', 'Srey Pech'], sex: 'F' },
  { kh: 'ស្រីអូន', lat: ['Srey Oun', 'Sreyoun', 'Srey Aun'], sex: 'F' },
  { kh: 'សុម៉ាលី', lat: ['Somaly', 'Somalee', 'Somali'], sex: 'F' },
  { kh: 'ធារី', lat: ['Theary', 'Thearie'], sex: 'F' },
  { kh: 'វណ្ណារី', lat: ['Vannary', 'Vanary'], sex: 'F' },
  { kh: 'គន្ធា', lat: ['Kunthea', 'Konthea'], sex: 'F' },
  { kh: 'សុភាព', lat: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'ម្លិះ', lat: ['Malis', 'Maliss'], sex: 'F' },
  { kh: 'សុធា', lat: ['Sothea', 'Sotheah'], sex: 'F' },
  // men
  { kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vuthi'], sex: 'M' },
  { kh: 'សុវណ្ណ', lat: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'ឫទ្ធី', lat: ['Rithy', 'Rithi', 'Ritthy'], sex: 'M' },
  { kh: 'សុផល', lat: ['Sophal', 'Sophall'], sex: 'M' },
  { kh: 'សំណាង', lat: ['Samnang', 'Samnaang'], sex: 'M' },
  { kh: 'វិសាល', lat: ['Visal', 'Vishal'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', lat: ['Bunthoeun', 'Bunthoeurn', 'Bunthoeung'], sex: 'M' },
  { kh: 'ចន្ថា', lat: ['Chantha', 'Chanta'], sex: 'M' },
  { kh: 'កុសល', lat: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'មករា', lat: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'ណារិន', lat: ['Narin', 'Narinn'], sex: 'M' },
  { kh: 'សម្បត្តិ', lat: ['Sambath', 'Sambat', 'Sombath'], sex: 'M' },
  { kh: 'វិបុល', lat: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'វិចិត្រ', lat: ['Vichet', 'Vicheth', 'Vichith'], sex: 'M' },
  { kh: 'រដ្ឋា', lat: ['Rotha', 'Ratha', 'Rattha'], sex: 'M' },
  { kh: 'ឆាយ', lat: ['Chhay', 'Chhai'], sex: 'M' },
  { kh: 'សុធី', lat: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'វាសនា', lat: ['Veasna', 'Vesna', 'Veasana'], sex: 'M' },
  { kh: 'បូរ៉ា', lat: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'ភារម្យ', lat: ['Phearum', 'Phearom'], sex: 'M' },
  { kh: 'វណ្ណៈ', lat: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'ពន្លក', lat: ['Ponlok', 'Punlok'], sex: 'M' },
  { kh: 'មុន្នី', lat: ['Mony', 'Monny', 'Moni'], sex: 'M' },
  { kh: 'សីហា', lat: ['Seyha', 'Seiha', 'Sayha'], sex: 'M' },
  { kh: 'រតនៈ', lat: ['Ratanak', 'Rathanak', 'Rattanak'], sex: 'M' },
  { kh: 'ភក្ដី', lat: ['Pheakdey', 'Pheakdei', 'Pheakdy'], sex: 'M' },
  { kh: 'ធារិទ្ធ', lat: ['Thearith', 'Thearit'], sex: 'M' },
  { kh: 'សុខុម', lat: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'ចំរើន', lat: ['Chamroeun', 'Chamroeurn', 'Chomroeun'], sex: 'M' },
  { kh: 'សារិទ្ធ', lat: ['Sarith', 'Sarit'], sex: 'M' },
  { kh: 'សុជាតិ', lat: ['Socheat', 'Sochet', 'Socheath'], sex: 'M' },
  { kh: 'ឌីណា', lat: ['Dyna', 'Dina'], sex: 'M' },
  { kh: 'វីរៈ', lat: ['Virak', 'Vireak', 'Veerak'], sex: 'M' },
  // either
  { kh: 'ដារា', lat: ['Dara', 'Darah', 'Daraa'], sex: 'U' },
  { kh: 'សុខា', lat: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana', 'Vannah'], sex: 'U' },
  { kh: 'ចាន់ធី', lat: ['Chanthy', 'Chanthi'], sex: 'U' },
  { kh: 'លាង', lat: ['Leang', 'Lieng'], sex: 'U' },
];

/** Job titles and lines written after the name in an employer's sheet. */
export const TITLES_LATIN: readonly string[] = [
  'sewer', 'Sewer', 'SEWER', 'helper', 'QC', 'cutter', 'packer', 'packing', 'ironing', 'Line leader',
  'supervisor', 'cleaner', 'guard', 'mechanic', 'sewing', 'Finishing', 'store', 'driver',
];
export const TITLES_KHMER: readonly string[] = [
  'អ្នកដេរ', 'អ្នកអ៊ុត', 'អ្នកកាត់', 'ប្រធានក្រុម', 'អ្នកវេចខ្ចប់', 'អ្នកយាម', 'អ្នកសម្អាត', 'ជាងម៉ាស៊ីន',
];

/** Notes a clerk leaves in the name cell. */
export const NOTES: readonly string[] = [
  '(new)', '*left*', '?', '(probation)', '(OT)', '- resigned?', '(ថ្មី)', '(ឈប់)', '(leave)',
  '(casual)', '!!', '(check)', '(maternity)', '(2nd shift)', '*', '(night)', '(ព្យួរ)',
];

/** Cambodian mobile prefixes (operator codes) for phone numbers typed into the name cell. */
export const PHONE_PREFIXES: readonly string[] = [
  '010', '011', '012', '015', '016', '017', '061', '069', '070', '076', '077', '078', '081', '085',
  '086', '087', '088', '089', '090', '092', '093', '095', '096', '097', '098', '099',
];
