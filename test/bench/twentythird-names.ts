/**
 * Name lists for the `twentythird` roster (garment factory, huge namesake clusters).
 *
 * Each entry is one Khmer word (a family name or a full given name, which may be two syllables
 * such as ស្រីមុំ "Srey Mom"), with the Latin spellings that are really seen for it (the first is
 * the most common), and a weight. The weights are deliberately very skewed: in a big garment
 * factory most of the staff are women called Sok / Chan / Chea ... Srey Mom / Sreyleak / Sophea /
 * Channy, so one full name is held by dozens of workers.
 *
 * Khmer is written in the canonical order (base, subscripts with coeng-ro last, register shifter,
 * vowel, signs), with a plain space between family and given name in the register.
 */

export interface KhName {
  /** The word in Khmer script, canonical code-point order. */
  kh: string;
  /** Latin spellings seen for it, most common first (may contain a space: "Srey Mom"). */
  latin: readonly string[];
  /** Relative frequency. */
  w: number;
}

export const FAMILY: readonly KhName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'], w: 18 },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'], w: 13 },
  { kh: 'ជា', latin: ['Chea', 'Chear'], w: 10 },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'], w: 6 },
  { kh: 'គីម', latin: ['Kim'], w: 5 },
  { kh: 'ហេង', latin: ['Heng'], w: 4 },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'], w: 4 },
  { kh: 'មាស', latin: ['Meas', 'Mas'], w: 3.5 },
  { kh: 'សេង', latin: ['Seng'], w: 3 },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'], w: 3 },
  { kh: 'សំ', latin: ['Sam', 'Som'], w: 2.5 },
  { kh: 'ង៉ែត', latin: ['Nget', 'Ngeth'], w: 2 },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'], w: 2 },
  { kh: 'យឹម', latin: ['Yim', 'Yem', 'Yoem'], w: 2 },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'], w: 1.8 },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'], w: 1.8 },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'], w: 1.5 },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim', 'Nhoem'], w: 1.5 },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem', 'Chhoem'], w: 1.5 },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk', 'Ok'], w: 1.5 },
  { kh: 'ប្រាក់', latin: ['Prak', 'Prack'], w: 1.2 },
  { kh: 'ឡុង', latin: ['Long'], w: 1.2 },
  { kh: 'លឹម', latin: ['Lim', 'Lem', 'Loem'], w: 1.2 },
  { kh: 'ទេព', latin: ['Tep', 'Teb'], w: 1 },
  { kh: 'ស៊ុន', latin: ['Sun', 'Sunn', 'Son'], w: 1 },
  { kh: 'ឃីម', latin: ['Khim'], w: 1 },
  { kh: 'ឆន', latin: ['Chhorn', 'Chhon'], w: 1 },
  { kh: 'ថាច់', latin: ['Thach', 'Thac'], w: 1 },
  { kh: 'ផុន', latin: ['Phon', 'Phorn'], w: 0.8 },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'], w: 0.8 },
  { kh: 'រស់', latin: ['Ros', 'Ruos', 'Rous'], w: 0.8 },
  { kh: 'ហុង', latin: ['Hong'], w: 0.8 },
  { kh: 'សារ', latin: ['Sar'], w: 0.6 },
  { kh: 'វង្ស', latin: ['Vong', 'Vorng'], w: 0.6 },
  { kh: 'អេង', latin: ['Eng'], w: 0.6 },
  { kh: 'ទិត្យ', latin: ['Tith', 'Tit'], w: 0.6 },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'], w: 0.6 },
  { kh: 'អ៊ុង', latin: ['Ung', 'Oung'], w: 0.6 },
  { kh: 'ប៉ែន', latin: ['Pen', 'Paen'], w: 0.6 },
];

/** Women's given names (the factory is ~85 % women). */
export const GIVEN_F: readonly KhName[] = [
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom', 'Srey Mum'], w: 12 },
  { kh: 'ស្រីល័ក្ខ', latin: ['Sreyleak', 'Srey Leak', 'Sreileak', 'Srey Leakh'], w: 10 },
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], w: 10 },
  { kh: 'ចាន់នី', latin: ['Channy', 'Channi', 'Chany'], w: 8 },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pou', 'Sreypeou'], w: 6 },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], w: 4 },
  { kh: 'ដានី', latin: ['Dany', 'Dani', 'Danny'], w: 3 },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Boppha', 'Bupha'], w: 3 },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda', 'Chendar'], w: 2.5 },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kunthear', 'Konthea'], w: 2.5 },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], w: 2 },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Raksmei'], w: 2 },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], w: 2 },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], w: 2 },
  { kh: 'ធីតា', latin: ['Thida', 'Theda'], w: 2 },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakkhena', 'Leakena'], w: 1.5 },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], w: 1.5 },
  { kh: 'មាលា', latin: ['Mealea', 'Mealear', 'Meala'], w: 1.5 },
  { kh: 'នារី', latin: ['Nary', 'Neary', 'Nari'], w: 1.5 },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], w: 1.5 },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], w: 1 },
  { kh: 'ស្រីម៉ៅ', latin: ['Srey Mao', 'Sreymao'], w: 1 },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhha'], w: 1 },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], w: 1 },
  { kh: 'សុភី', latin: ['Sophy', 'Sophi'], w: 1 },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'], w: 1 },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], w: 1 },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantrear'], w: 1 },
  { kh: 'មុនី', latin: ['Mony', 'Moni', 'Monny'], w: 1 },
  { kh: 'លីដា', latin: ['Lida', 'Leda'], w: 0.8 },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], w: 0.8 },
  { kh: 'ធារី', latin: ['Theary', 'Thary'], w: 0.8 },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], w: 0.8 },
  { kh: 'ម្លិះ', latin: ['Malis', 'Mlis'], w: 0.8 },
  { kh: 'រំដួល', latin: ['Romduol', 'Rumduol', 'Rumdoul'], w: 0.8 },
  { kh: 'កុលាប', latin: ['Kolab', 'Kolap'], w: 0.8 },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], w: 0.8 },
];

/** Men's given names. */
export const GIVEN_M: readonly KhName[] = [
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah', 'Darra'], w: 12 },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy', 'Vuthi'], w: 8 },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], w: 6 },
  { kh: 'ឫទ្ធី', latin: ['Rithy', 'Rithi', 'Ritthy'], w: 5 },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan', 'Sowann'], w: 5 },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith', 'Piset'], w: 4 },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], w: 4 },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], w: 3 },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthon'], w: 3 },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthar'], w: 3 },
  { kh: 'វិសាល', latin: ['Visal', 'Veasal'], w: 3 },
  { kh: 'កុសល', latin: ['Kosal', 'Kosall'], w: 3 },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], w: 3 },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasnar', 'Vasna'], w: 3 },
  { kh: 'រដ្ឋា', latin: ['Ratha', 'Rotha', 'Rattha'], w: 3 },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], w: 2 },
  { kh: 'វិជ្ជា', latin: ['Vichea', 'Vicheah', 'Vicha'], w: 2 },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], w: 2 },
  { kh: 'មករា', latin: ['Makara', 'Makarah'], w: 2 },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], w: 2 },
  { kh: 'ធារិទ្ធ', latin: ['Thearith', 'Thearit'], w: 2 },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], w: 2 },
  { kh: 'ម៉េងលី', latin: ['Mengly', 'Meng Ly', 'Mengli'], w: 2 },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra'], w: 2 },
  { kh: 'ណារិន', latin: ['Narin', 'Narinn'], w: 2 },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Sithar'], w: 2 },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophak'], w: 2 },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], w: 2 },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamreun', 'Chamroen'], w: 2 },
];

/**
 * Rarer family names, used only for hidden workers whose name matches nobody on the register
 * (the generator still checks that no registered spelling is within one edit).
 */
export const RARE_FAMILY: readonly KhName[] = [
  { kh: 'ហួត', latin: ['Huot', 'Hout'], w: 1 },
  { kh: 'ជុំ', latin: ['Chum', 'Chhum'], w: 1 },
  { kh: 'គង់', latin: ['Kong', 'Korng'], w: 1 },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev'], w: 1 },
  { kh: 'អ៊ុំ', latin: ['Oum', 'Um'], w: 1 },
  { kh: 'ឯក', latin: ['Ek', 'Aek'], w: 1 },
  { kh: 'យិន', latin: ['Yin', 'Yen'], w: 1 },
  { kh: 'ញាណ', latin: ['Nhean', 'Nhien'], w: 1 },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhon'], w: 1 },
  { kh: 'ប៊ុន', latin: ['Bun', 'Bunn'], w: 1 },
  { kh: 'អ៊ុយ', latin: ['Uy', 'Ouy'], w: 1 },
  { kh: 'ហាក់', latin: ['Hak', 'Hach'], w: 1 },
  { kh: 'ឈឿន', latin: ['Chhoeun', 'Chhoeurn'], w: 1 },
];
