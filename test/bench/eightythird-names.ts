/**
 * Name lists for the `eightythird` roster (a grader's roster, Khmer on one side and Latin on the
 * other). Each word carries its Khmer spelling and the romanizations clerks and inspectors really
 * write for it, most usual first. No romanization belongs to two words, so "same name in any
 * spelling" is simply "same Khmer words".
 *
 * Family names are ordered roughly by how common they are (Sok, Chea, Chan ... first); the
 * generator draws them with a skew so that common names collide, as they do in a factory.
 */

export interface NameWord {
  /** Khmer Unicode, in the standard (canonical) code-point order. */
  kh: string;
  /** Romanizations, most common first. A space inside one (Srey Mom) is part of the spelling. */
  latin: readonly string[];
}

export interface GivenWord extends NameWord {
  /** Who carries the name: M, F or U (either). */
  sex: 'M' | 'F' | 'U';
}

export const EIGHTYTHIRD_FAMILY: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh', 'Sauk'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann', 'Chanh'] },
  { kh: 'គីម', latin: ['Kim', 'Kym'] },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'មាស', latin: ['Meas', 'Meah', 'Mas'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan', 'Nuorn'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { kh: 'សេង', latin: ['Seng', 'Seang'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem', 'Yoeum'] },
  { kh: 'ហែម', latin: ['Hem', 'Haem'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu', 'Khiew'] },
  { kh: 'ឡុង', latin: ['Long', 'Lorng'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk', 'Ok'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Brak'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vung', 'Voung'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim', 'Gnim'] },
  { kh: 'លឹម', latin: ['Lim', 'Loem'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn', 'Hoon'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem', 'Chim'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chay'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos', 'Rous'] },
  { kh: 'សាយ', latin: ['Say', 'Sai'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'អ៊ុង', latin: ['Ung', 'Oung'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ហ៊ុយ', latin: ['Huy', 'Hui'] },
  { kh: 'ឡេង', latin: ['Leng', 'Laeng'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ជុំ', latin: ['Chum', 'Chom'] },
  { kh: 'សួន', latin: ['Suon', 'Suan', 'Suorn'] },
  { kh: 'ហោ', latin: ['Hor', 'Ho'] },
  { kh: 'អឿន', latin: ['Oeun', 'Eoun', 'Oeurn'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chun'] },
];

export const EIGHTYTHIRD_GIVEN: readonly GivenWord[] = [
  // women (and the garment floor is mostly women)
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom', 'Srey Mum'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pao'], sex: 'F' },
  { kh: 'ស្រីលក្ខណ៍', latin: ['Srey Leak', 'Sreyleak', 'Srey Leakh'], sex: 'F' },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich', 'Srey Pech'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srey Un'], sex: 'F' },
  { kh: 'ចាន់ណារី', latin: ['Channary', 'Chanary', 'Channari'], sex: 'F' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi', 'Chanty'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kunthear', 'Konthea'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar', 'Bupha'], sex: 'F' },
  { kh: 'ម្លិះ', latin: ['Malis', 'Maliss'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena', 'Lakhena'], sex: 'F' },
  { kh: 'មាលា', latin: ['Mealea', 'Mealear', 'Meala'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei', 'Pisy'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Reachana', 'Rachna'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Rasmey'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokunthear', 'Sokonthea'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda', 'Tida'], sex: 'F' },
  { kh: 'កុលាប', latin: ['Kolab', 'Kolap'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chendar', 'Chinda'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Socheatta', 'Sochata'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanya'], sex: 'F' },
  { kh: 'វិច្ឆិកា', latin: ['Vichika', 'Vicheka', 'Vichhika'], sex: 'F' },
  { kh: 'លីណា', latin: ['Lina', 'Leena', 'Lyna'], sex: 'F' },
  { kh: 'នីតា', latin: ['Nita', 'Nitta'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Teary'], sex: 'F' },
  { kh: 'បុស្បា', latin: ['Bosba', 'Bospha', 'Buspha'], sex: 'F' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni', 'Vany'], sex: 'F' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophi'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Neari'], sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantrear', 'Chanthrea'], sex: 'F' },
  { kh: 'ផល្លី', latin: ['Phally', 'Phalli', 'Phaly'], sex: 'F' },
  { kh: 'មេត្តា', latin: ['Metta', 'Meta'], sex: 'F' },
  // men
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi', 'Ritthy'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Veasal', 'Vissal'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset', 'Pisith'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthoen'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroeurn', 'Chamreun'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Sam Nang', 'Somnang'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'សុខជា', latin: ['Sokchea', 'Sokchear'], sex: 'M' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab', 'Sophep'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana', 'Vasna'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat', 'Sombath'], sex: 'M' },
  { kh: 'ធារិទ្ធ', latin: ['Thearith', 'Theareth', 'Tearith'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibal', 'Vibul'], sex: 'M' },
  { kh: 'ភក្ដី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'រតនា', latin: ['Rathana', 'Ratana', 'Reathana'], sex: 'M' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Mekara'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Virak', 'Vireak', 'Veerak'], sex: 'M' },
  { kh: 'ម៉េងលី', latin: ['Mengly', 'Mengli'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth', 'Vichit'], sex: 'M' },
  { kh: 'បូរី', latin: ['Borey', 'Borei', 'Bory'], sex: 'M' },
  { kh: 'និមល', latin: ['Nimol', 'Nimul'], sex: 'M' },
  { kh: 'ភារ៉ា', latin: ['Pheara', 'Phara', 'Peara'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Odom', 'Outdom'], sex: 'M' },
  { kh: 'វឌ្ឍនា', latin: ['Vathana', 'Vatthana', 'Vadhana'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Panhha'], sex: 'M' },
  { kh: 'ពន្លឺ', latin: ['Ponleu', 'Ponlue', 'Panleu'], sex: 'M' },
  { kh: 'វិទូ', latin: ['Vitou', 'Vithou', 'Vitu'], sex: 'M' },
  { kh: 'សំរិទ្ធ', latin: ['Samrith', 'Somrith', 'Samrit'], sex: 'M' },
  { kh: 'ប៊ុនណា', latin: ['Bunna', 'Bunnar', 'Bonna'], sex: 'M' },
  { kh: 'សំអាត', latin: ['Samath', 'Sam Ath'], sex: 'M' },
  // either
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra'], sex: 'U' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'U' },
  { kh: 'មុន្នី', latin: ['Mony', 'Monny', 'Muny'], sex: 'U' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana', 'Vannah'], sex: 'U' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanta', 'Chanthar'], sex: 'U' },
];

/** Khmer spellings the author is least sure of (reported, not used by the code). */
export const EIGHTYTHIRD_UNSURE_KHMER: readonly string[] = [
  'លឹម (Lim)', 'ឈឹម (Chhim)', 'យឹម (Yim)', 'ហ៊ុយ (Huy)', 'ឈុន (Chhun)', 'អឿន (Oeun)',
  'ចាន់ណារី (Channary)', 'ធារិទ្ធ (Thearith)', 'ម៉េងលី (Mengly)', 'វឌ្ឍនា (Vathana)', 'បុស្បា (Bosba)',
  'ចំរើន (Chamroeun; ចម្រើន is the newer spelling)', 'ណារី (Nary)', 'ពិសី (Pisey)', 'បូរ៉ា (Bora)',
  'ដាលីន (Dalin)', 'វិទូ (Vitou)', 'សំរិទ្ធ (Samrith; also សម្រិទ្ធ)', 'ប៊ុនណា (Bunna)',
];
