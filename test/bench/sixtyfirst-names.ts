/**
 * Name lists for the `sixtyfirst` roster (workers who changed their name), written for it alone.
 *
 * Each entry is one Khmer word (a family name or a given name, the given name possibly a compound
 * such as ស្រីមុំ) in canonical Khmer Unicode (register shifter before the vowel sign, subscript
 * before the vowel sign, vowel before nikahit, precomposed ោ / ើ), with the romanizations that
 * are really seen for it, the most usual first. A compound given name lists its split and joined
 * romanizations (Srey Mom / Sreymom).
 *
 * `sex`: 'F' or 'M' for names given (almost) only to women or men, 'U' for names given to both.
 */

export interface NamePart {
  kh: string;
  latin: readonly string[];
}

export interface GivenName extends NamePart {
  sex: 'F' | 'M' | 'U';
}

/** Family names, most common first (the generator draws them skewed towards the front). */
export const FAMILY: readonly NamePart[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev'] },
  { kh: 'ម៉ៅ', latin: ['Mao'] },
  { kh: 'សឹម', latin: ['Sim', 'Soem'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pao'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ទេព', latin: ['Tep'] },
  { kh: 'យិន', latin: ['Yin'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ហ៊ុន', latin: ['Hun'] },
  { kh: 'សៀង', latin: ['Seang', 'Sieng'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'ឃឹម', latin: ['Khim', 'Khem'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ផល', latin: ['Phal'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'ពេជ្រ', latin: ['Pech', 'Pich'] },
  { kh: 'សាន', latin: ['San'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'អ៊ាង', latin: ['Ang'] },
  { kh: 'ម៉េង', latin: ['Meng'] },
  { kh: 'ឈន', latin: ['Chhon'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'ងួន', latin: ['Nguon', 'Ngoun'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Em'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ឡាយ', latin: ['Lay'] },
  { kh: 'ខាត់', latin: ['Khat'] },
  { kh: 'ឌួង', latin: ['Duong', 'Doung'] },
  { kh: 'មាស', latin: ['Meas'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chay'] },
  { kh: 'យឹម', latin: ['Yim', 'Yoem'] },
];

/** Given names as parents give them, most common first within each sex. */
export const GIVEN: readonly GivenName[] = [
  // women (the garment workforce is mostly women)
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srey Mum'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov'], sex: 'F' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthea'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'ស្រីលក្ខណ៍', latin: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochata'], sex: 'F' },
  { kh: 'ម៉ារី', latin: ['Mary'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'លីណា', latin: ['Lina', 'Lyna'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'ម្លិះ', latin: ['Malis'], sex: 'F' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokhly'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ចាន់ណា', latin: ['Channa'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth'], sex: 'F' },
  // given to both
  { kh: 'ដារ៉ា', latin: ['Dara'], sex: 'U' },
  { kh: 'សុភាព', latin: ['Sopheap'], sex: 'U' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'រតនា', latin: ['Ratana', 'Rathana', 'Rattana'], sex: 'U' },
  { kh: 'វណ្ណា', latin: ['Vanna'], sex: 'U' },
  { kh: 'ម៉ូនី', latin: ['Mony', 'Moni'], sex: 'U' },
  { kh: 'វាសនា', latin: ['Veasna'], sex: 'U' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophak'], sex: 'U' },
  // men
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Ritthy'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroen'], sex: 'M' },
  { kh: 'តុលា', latin: ['Tola'], sex: 'M' },
  { kh: 'សីហា', latin: ['Seyha', 'Seiha'], sex: 'M' },
  { kh: 'ពិសាល', latin: ['Pisal'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'សុខហេង', latin: ['Sokheng', 'Sok Heng'], sex: 'M' },
  { kh: 'សារិន', latin: ['Sarin'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal'], sex: 'M' },
  { kh: 'ធារិទ្ធ', latin: ['Thearith', 'Thearit'], sex: 'M' },
  { kh: 'ចាន់ថន', latin: ['Chanthon', 'Chanthorn'], sex: 'M' },
  { kh: 'សុខឿន', latin: ['Sokhoeun', 'Sokhoeurn'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Narit'], sex: 'M' },
];

/**
 * Names people take when they change their name for luck, on a fortune-teller's or monk's advice,
 * after an illness or on leaving the monkhood: auspicious Pali/Sanskrit-flavoured names. A few
 * people on the register were given such names at birth too.
 */
export const LUCKY_GIVEN: readonly GivenName[] = [
  { kh: 'សុវណ្ណារ៉ា', latin: ['Sovannara', 'Sovanara'], sex: 'U' },
  { kh: 'មង្គល', latin: ['Mongkol', 'Mongkul'], sex: 'M' },
  { kh: 'សិរីវុឌ្ឍ', latin: ['Sereyvuth', 'Sereivuth'], sex: 'M' },
  { kh: 'វឌ្ឍនា', latin: ['Vathana', 'Vatthana'], sex: 'U' },
  { kh: 'ពន្លឺ', latin: ['Ponleu', 'Ponlue'], sex: 'U' },
  { kh: 'ចាន់មុន្នី', latin: ['Chanmony', 'Chanmoni'], sex: 'F' },
  { kh: 'មុន្នីរ័ត្ន', latin: ['Monyroth', 'Monyrath'], sex: 'M' },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich'], sex: 'F' },
  { kh: 'ស្រីមាស', latin: ['Srey Meas', 'Sreymeas'], sex: 'F' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'], sex: 'U' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantrear'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'មេត្តា', latin: ['Metta', 'Meta'], sex: 'F' },
  { kh: 'សុខសាន្ត', latin: ['Soksan', 'Sokhsan'], sex: 'M' },
  { kh: 'សម្ផស្ស', latin: ['Samphors', 'Somphors'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Reachana'], sex: 'F' },
  { kh: 'វណ្ណឌី', latin: ['Vanndy', 'Vandy'], sex: 'M' },
  { kh: 'ជ័យ', latin: ['Chey', 'Chhey'], sex: 'M' },
  { kh: 'សិរីរ័ត្ន', latin: ['Sereyroth', 'Sereiroth'], sex: 'U' },
  { kh: 'ពុទ្ធិកា', latin: ['Puthika', 'Putthika'], sex: 'F' },
];
