/**
 * Name lists for the `hundredfifth` roster (a grader's roster of namesakes).
 *
 * Real Cambodian family and given names, in Khmer Unicode (written in the usual order:
 * consonant, subscripts, register shifter, vowel, signs) with the romanizations one meets
 * on payrolls and ID cards. The first romanization is the most common one.
 *
 * In a Khmer given name a '|' marks where a compound name (ស្រី + មុំ) may be written with a
 * space or zero-width space; it is removed in the standard spelling.
 *
 * `sex`: 'F' / 'M' for names borne almost only by women / men, 'U' for names borne by both.
 */

export interface HfFamily {
  kh: string;
  lat: readonly string[];
}

export interface HfGiven {
  kh: string;
  lat: readonly string[];
  sex: 'F' | 'M' | 'U';
}

/** Family names, most common first (picked with a skew, as Sok and Chan are everywhere). */
export const HF_FAMILY: readonly HfFamily[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'ហេង', lat: ['Heng'] },
  { kh: 'លី', lat: ['Ly', 'Lee'] },
  { kh: 'គីម', lat: ['Kim'] },
  { kh: 'សេង', lat: ['Seng'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev'] },
  { kh: 'មាស', lat: ['Meas'] },
  { kh: 'ប្រាក់', lat: ['Prak'] },
  { kh: 'សំ', lat: ['Sam', 'Som'] },
  { kh: 'ញឹម', lat: ['Nhem', 'Nhim'] },
  { kh: 'ម៉ៅ', lat: ['Mao'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk'] },
  { kh: 'ផាន់', lat: ['Phan'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech'] },
  { kh: 'ទេព', lat: ['Tep'] },
  { kh: 'វង្ស', lat: ['Vong', 'Vongs'] },
  { kh: 'ង៉ែត', lat: ['Nget', 'Ngeth'] },
  { kh: 'យិន', lat: ['Yin'] },
  { kh: 'ឡុង', lat: ['Long'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chhoeum'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch'] },
  { kh: 'ខៀវ', lat: ['Khieu', 'Khiev'] },
  { kh: 'លឹម', lat: ['Lim', 'Loem'] },
  { kh: 'នូ', lat: ['Nou', 'Nu'] },
  { kh: 'រស់', lat: ['Ros', 'Ruos'] },
  { kh: 'ផល', lat: ['Phal', 'Phol'] },
  { kh: 'អ៊ុន', lat: ['Un', 'Oun'] },
  { kh: 'អ៊ឹម', lat: ['Em', 'Im'] },
  { kh: 'ឆាយ', lat: ['Chhay', 'Chay'] },
  { kh: 'ហង់', lat: ['Hang'] },
  { kh: 'ប៉ែន', lat: ['Pen'] },
  { kh: 'យឹម', lat: ['Yim', 'Yem'] },
  { kh: 'នៅ', lat: ['Nov', 'Nau'] },
  { kh: 'ស៊ុន', lat: ['Sun', 'Soun'] },
  { kh: 'សាយ', lat: ['Say', 'Sai'] },
  { kh: 'ម៉ែន', lat: ['Men'] },
  { kh: 'ហុង', lat: ['Hong'] },
  { kh: 'គង់', lat: ['Kong', 'Kung'] },
  { kh: 'ទិត្យ', lat: ['Tith', 'Tit'] },
  { kh: 'ឆន', lat: ['Chhorn', 'Chhon'] },
  { kh: 'តាន់', lat: ['Tan'] },
  { kh: 'ហ៊ុន', lat: ['Hun'] },
];

/** Given names. Within each sex the earlier ones are more common. */
export const HF_GIVEN: readonly HfGiven[] = [
  // women
  { kh: 'សុភា', lat: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រី|មុំ', lat: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'បុប្ផា', lat: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chendar'], sex: 'F' },
  { kh: 'សុធា', lat: ['Sothea', 'Sothear'], sex: 'F' },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ស្រី|ល័ក្ខ', lat: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'ស្រី|ពៅ', lat: ['Srey Pov', 'Sreypov'], sex: 'F' },
  { kh: 'ស្រី|នាង', lat: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokunthear'], sex: 'F' },
  { kh: 'កញ្ញា', lat: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ចាន់ណារី', lat: ['Channary', 'Chanary'], sex: 'F' },
  { kh: 'សុភាព', lat: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'ម៉ាលី', lat: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'ធីតា', lat: ['Thida', 'Thidar'], sex: 'F' },
  { kh: 'ណារី', lat: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'លក្ខិណា', lat: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ស្រី|ម៉ៅ', lat: ['Srey Mao', 'Sreymao'], sex: 'F' },
  { kh: 'កុលាប', lat: ['Kolab', 'Kulab'], sex: 'F' },
  { kh: 'រស្មី', lat: ['Raksmey', 'Reaksmey', 'Raksmei'], sex: 'F' },
  { kh: 'សុជាតា', lat: ['Socheata', 'Sochetta'], sex: 'F' },
  { kh: 'ចន្ទ្រា', lat: ['Chantrea', 'Chantria'], sex: 'F' },
  { kh: 'ធារី', lat: ['Theary', 'Teary'], sex: 'F' },
  { kh: 'ស្រី|រ័ត្ន', lat: ['Srey Roth', 'Sreyroth'], sex: 'F' },
  { kh: 'រចនា', lat: ['Rachana', 'Reachana'], sex: 'F' },
  { kh: 'សុខនី', lat: ['Sokny', 'Sokhny'], sex: 'F' },
  { kh: 'លីដា', lat: ['Lida', 'Leda'], sex: 'F' },
  { kh: 'វិច្ឆិកា', lat: ['Vicheka', 'Vichheka'], sex: 'F' },
  { kh: 'ស្រី|និច', lat: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'ផល្លា', lat: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'គន្ធា', lat: ['Kunthea', 'Kunthear'], sex: 'F' },
  { kh: 'សុធារី', lat: ['Sotheary', 'Sothary'], sex: 'F' },
  { kh: 'ចាន់ធី', lat: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'ដានី', lat: ['Dany', 'Dani'], sex: 'F' },
  { kh: 'សុវណ្ណារី', lat: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'មាលា', lat: ['Mealea', 'Mealear'], sex: 'F' },
  { kh: 'មនោរម្យ', lat: ['Monorom', 'Monorum'], sex: 'F' },
  { kh: 'រ៉ានី', lat: ['Rany', 'Rani'], sex: 'F' },
  { kh: 'ឌីណា', lat: ['Dyna', 'Dina'], sex: 'F' },
  // men
  { kh: 'វុឌ្ឍី', lat: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'រិទ្ធី', lat: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'សម្បត្តិ', lat: ['Sambath', 'Sombath'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', lat: ['Bunthoeun', 'Bunthoeurn', 'Bunthoen'], sex: 'M' },
  { kh: 'វិសាល', lat: ['Visal', 'Veasal'], sex: 'M' },
  { kh: 'វិបុល', lat: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'កុសល', lat: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'សំណាង', lat: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'វីរៈ', lat: ['Virak', 'Vireak'], sex: 'M' },
  { kh: 'វណ្ណៈ', lat: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'ភក្ដី', lat: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'ណារិទ្ធ', lat: ['Narith', 'Narit'], sex: 'M' },
  { kh: 'ចម្រើន', lat: ['Chamroeun', 'Chamreun', 'Chamroen'], sex: 'M' },
  { kh: 'ធារិទ្ធ', lat: ['Thearith', 'Thearit'], sex: 'M' },
  { kh: 'ភិរុណ', lat: ['Phirun', 'Phiroun'], sex: 'M' },
  { kh: 'វិចិត្រ', lat: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'សីហា', lat: ['Seyha', 'Seiha'], sex: 'M' },
  { kh: 'សុផាត', lat: ['Sophat', 'Sophath'], sex: 'M' },
  { kh: 'និមល', lat: ['Nimol', 'Nimul'], sex: 'M' },
  { kh: 'សារឿន', lat: ['Saroeun', 'Sareun'], sex: 'M' },
  { kh: 'ចាន់ធូ', lat: ['Chanthou', 'Chanthu'], sex: 'M' },
  { kh: 'រតនៈ', lat: ['Ratanak', 'Rattanak'], sex: 'M' },
  { kh: 'បូរី', lat: ['Borey', 'Borei'], sex: 'M' },
  { kh: 'វាសនា', lat: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'ឧត្តម', lat: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'វណ្ណារិទ្ធ', lat: ['Vannarith', 'Vanarith'], sex: 'M' },
  { kh: 'ពិសាល', lat: ['Pisal'], sex: 'M' },
  // both
  { kh: 'ដារ៉ា', lat: ['Dara', 'Darah'], sex: 'U' },
  { kh: 'សុខា', lat: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'សុផល', lat: ['Sophal', 'Sophol'], sex: 'U' },
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'ចន្ថា', lat: ['Chantha', 'Chanthar'], sex: 'U' },
  { kh: 'សុធី', lat: ['Sothy', 'Sothi'], sex: 'U' },
  { kh: 'មុន្នី', lat: ['Mony', 'Monny'], sex: 'U' },
  { kh: 'សុគុណ', lat: ['Sokun', 'Sokhun'], sex: 'U' },
  { kh: 'ប៊ុនណា', lat: ['Bunna', 'Buna'], sex: 'U' },
  { kh: 'សុវណ្ណ', lat: ['Sovann', 'Sovan'], sex: 'U' },
  { kh: 'មករា', lat: ['Makara', 'Mekara'], sex: 'U' },
  { kh: 'សុភ័ក្ត្រ', lat: ['Sopheak', 'Sopheakh'], sex: 'U' },
  { kh: 'រដ្ឋា', lat: ['Rotha', 'Rottha'], sex: 'U' },
  { kh: 'រតនា', lat: ['Rathana', 'Ratana'], sex: 'U' },
  { kh: 'ចាន់រ៉ា', lat: ['Chanra', 'Channra'], sex: 'U' },
  { kh: 'សោភ័ណ', lat: ['Sophorn', 'Sophon'], sex: 'U' },
  { kh: 'សុភី', lat: ['Sophy', 'Sophi'], sex: 'U' },
  { kh: 'វិជ្ជា', lat: ['Vichea', 'Vichear'], sex: 'U' },
  { kh: 'វឌ្ឍនា', lat: ['Vathana', 'Vatana'], sex: 'U' },
];
