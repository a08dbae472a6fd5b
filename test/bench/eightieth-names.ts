/**
 * Name lists for the `eightieth` roster (a grader's roster, emphasis on Latin spellings).
 *
 * Each entry: the name in Khmer Unicode (canonical code point order: base, register shifter,
 * subscripts, vowel, sign) and its Latin romanizations as clerks really write them.
 * `latin[0]` is the fund's own spelling (what NSSF's register prints); the others are the
 * spellings an employer's clerk writes by ear. A compound given name (ស្រីមុំ) lists its
 * split and joined forms (Srey Mom / Sreymom) as separate romanizations.
 *
 * Lists are ordered roughly by frequency: the generator draws them with a skew, so early
 * entries (Sok, Chan, Chea ...) are common and namesakes collide as they do in a real factory.
 *
 * Khmer spellings I am less sure of are marked "(unsure)".
 */

export interface KhLatinName {
  /** Khmer Unicode, canonical order. */
  readonly kh: string;
  /** Romanizations; [0] is the fund's own spelling. No romanization is shared by two entries of one list. */
  readonly latin: readonly string[];
}

export interface GivenName extends KhLatinName {
  readonly sex: 'F' | 'M';
}

export const EIGHTIETH_FAMILY: readonly KhLatinName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'គីម', latin: ['Kim', 'Kym'] },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'សេង', latin: ['Seng', 'Sieng'] },
  { kh: 'កែវ', latin: ['Keo', 'Keov', 'Kaev'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Brak'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'វ៉ាន់', latin: ['Vann', 'Van'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhoun'] },
  { kh: 'ជុំ', latin: ['Chum', 'Choum'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'យស', latin: ['Yos', 'Yous'] },
  { kh: 'ឡុង', latin: ['Long', 'Loung'] },
  { kh: 'ទេព', latin: ['Tep'] },
  { kh: 'ហែម', latin: ['Hem', 'Haem'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'អ៊ឹម', latin: ['Em', 'Im'] },
  { kh: 'ម៉ែន', latin: ['Men', 'Maen'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'អ៊ុង', latin: ['Ung', 'Oung'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'] },
  { kh: 'ង៉ែត', latin: ['Nget', 'Ngaet'] },
  { kh: 'គុយ', latin: ['Kuy', 'Kouy'] },
  { kh: 'តាន់', latin: ['Tan', 'Tann'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khoun'] },
  { kh: 'ចេង', latin: ['Cheng', 'Chieng'] },
  { kh: 'ឌី', latin: ['Dy', 'Dey'] },
  { kh: 'សួន', latin: ['Suon', 'Suan'] },
];

/**
 * Real but less common family names: the register draws them rarely (3 % of workers), so a
 * hidden worker with one of them usually has a name no registered worker could be.
 */
export const EIGHTIETH_RARE_FAMILY: readonly KhLatinName[] = [
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'ឡេង', latin: ['Leng', 'Lieng'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vung'] },
  { kh: 'សាន', latin: ['San', 'Sann'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'គា', latin: ['Kea', 'Kear'] },
  { kh: 'ឃឹម', latin: ['Khim', 'Khem'] },
  { kh: 'ណុប', latin: ['Nop', 'Nob'] },
  { kh: 'ទិន', latin: ['Tin', 'Tinn'] },
  { kh: 'ពុធ', latin: ['Puth', 'Poth'] },
  { kh: 'ស្វាយ', latin: ['Svay', 'Svai'] },
  { kh: 'រិន', latin: ['Rin', 'Rinn'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'ឈាង', latin: ['Chheang', 'Chhiang'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'លាង', latin: ['Leang', 'Liang'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
];

export const EIGHTIETH_GIVEN: readonly GivenName[] = [
  // Women (most of a garment floor).
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak', 'Srei Leak'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pouv'], sex: 'F' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthar'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'ចាន់ណារី', latin: ['Channary', 'Chanary'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kunthear'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Rasmey'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokunthear'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'F' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], sex: 'F' },
  { kh: 'ស្រីនេត', latin: ['Srey Neth', 'Sreyneth', 'Srey Net'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'ម្លិះ', latin: ['Malis', 'Mlis'], sex: 'F' },
  { kh: 'លីណា', latin: ['Lina', 'Leena'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochheata'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'មាលា', latin: ['Mealea', 'Mealear'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'កុលាប', latin: ['Kolab', 'Kulab'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'ណាវី', latin: ['Navy', 'Navi'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chanthrea'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'], sex: 'F' },
  { kh: 'រតនា', latin: ['Ratana', 'Rattana'], sex: 'F' },
  { kh: 'ម៉ារី', latin: ['Mary', 'Mari'], sex: 'F' },
  { kh: 'ស្រីណុច', latin: ['Srey Noch', 'Sreynoch'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thearie'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'ស្រីលីន', latin: ['Srey Lin', 'Sreylin', 'Srei Lin'], sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'ស្រីណា', latin: ['Sreyna', 'Srey Na'], sex: 'F' },
  { kh: 'ចន្ទា', latin: ['Chanda', 'Chandar'], sex: 'F' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokhly'], sex: 'F' },
  { kh: 'រ៉ានី', latin: ['Rany', 'Rani'], sex: 'F' },
  // Men.
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith', 'Piset'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Ritthy', 'Rithi'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath', 'Sambat'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Veasal'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthoen'], sex: 'M' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Narit'], sex: 'M' },
  { kh: 'ភក្ដី', latin: ['Pheakdey', 'Pheakdei', 'Phakdey'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Rottha'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ធារិទ្ធ', latin: ['Thearith', 'Thearit'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'ចម្រើន', latin: ['Chamroeun', 'Chamroen', 'Chamreun'], sex: 'M' },
  { kh: 'រតនៈ', latin: ['Ratanak', 'Rattanak'], sex: 'M' },
  { kh: 'បូរី', latin: ['Borey', 'Borei'], sex: 'M' },
  { kh: 'មុន្នី', latin: ['Mony', 'Monny'], sex: 'M' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit'], sex: 'M' },
  { kh: 'សុគុណ', latin: ['Sokun', 'Sokoun'], sex: 'M' },
  { kh: 'ភិរុណ', latin: ['Phirun', 'Phiroun'], sex: 'M' },
  { kh: 'សារិទ្ធ', latin: ['Sarith', 'Sarit'], sex: 'M' },
  { kh: 'ប៊ុនណា', latin: ['Bunna', 'Bunnar'], sex: 'M' },
  { kh: 'កក្កដា', latin: ['Kakada', 'Kakkada'], sex: 'M' },
  { kh: 'តុលា', latin: ['Tola', 'Tula'], sex: 'M' },
  { kh: 'វិជ្ជា', latin: ['Vichea', 'Vichear'], sex: 'M' },
  { kh: 'សីហា', latin: ['Seyha', 'Seiha'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'សេរី', latin: ['Serey', 'Serei'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], sex: 'M' },
  { kh: 'សាវឿន', latin: ['Savoeun', 'Savoeurn', 'Savoun'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochiet'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearah'], sex: 'M' },
  { kh: 'សុខន', latin: ['Sokhon', 'Sokhorn'], sex: 'M' },
];

/** Khmer spellings the author is least sure of (reported; the generator treats them as given). */
export const EIGHTIETH_UNSURE: readonly string[] = ['ស្រីល័ក្ខ', 'លក្ខិណា', 'ម្លិះ', 'ភក្ដី', 'ធារិទ្ធ', 'សារិទ្ធ', 'ណារិទ្ធ', 'សាវឿន', 'វីរៈ', 'ចម្រើន', 'សុខន', 'ឈាង'];
