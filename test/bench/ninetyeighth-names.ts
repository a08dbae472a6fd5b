/**
 * Name lists for the `ninetyeighth` roster (a grader's roster: one-to-one under pressure).
 *
 * Each entry is one Khmer word (or compound given name) in canonical Khmer Unicode
 * (base, coeng + subscript, register shifter, dependent vowel, sign), with the Latin
 * romanizations that really occur for it. The FIRST romanization is the most usual one;
 * the others are the variants a register clerk, an employer's sheet or an ID card may use
 * instead (Sok/Sokh, Chea/Chear, Sophea/Sophear, Vuthy/Voeuthy, Srey Mom/Sreymom ...).
 * Lists are ordered roughly from common to rare, for a skewed (Zipf-like) pick.
 *
 * Within a list no two entries share a romanization (the self-check audits that), but
 * entries may be one letter apart (Sophea / Sopheap / Sopheak): common names collide.
 */

export interface NameWord {
  kh: string;
  latin: readonly string[];
}

export interface GivenName extends NameWord {
  sex: 'F' | 'M';
}

export const FAMILY_98: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'គីម', latin: ['Kim', 'Kym'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Son'] },
  { kh: 'សេង', latin: ['Seng', 'Sieng'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Brak'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Ok'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'អ៊ុំ', latin: ['Oum', 'Um'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ឡុង', latin: ['Long', 'Loung'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ញ៉ែម', latin: ['Nhem', 'Nhaem'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'ហែម', latin: ['Hem', 'Haem'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
  { kh: 'ថាច់', latin: ['Thach', 'Thatch'] },
  { kh: 'តាន់', latin: ['Tan', 'Tann'] },
  { kh: 'ជុំ', latin: ['Chum', 'Choum'] },
  { kh: 'ស្រ៊ុន', latin: ['Srun', 'Sroun'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Eum'] },
  { kh: 'ឃឹម', latin: ['Khim', 'Khem'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Phrom'] },
  { kh: 'អៀម', latin: ['Iem', 'Eam'] },
  { kh: 'ភួង', latin: ['Phoung', 'Phuong'] },
  { kh: 'ទិត្យ', latin: ['Tith', 'Tit'] },
  { kh: 'សួន', latin: ['Suon', 'Suorn'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'ម៉ែន', latin: ['Men', 'Maen'] },
  { kh: 'ឡេង', latin: ['Leng', 'Lieng'] },
  { kh: 'ងួន', latin: ['Nguon', 'Nguan'] },
];

export const GIVEN_98: readonly GivenName[] = [
  // women (most of a garment factory's workforce)
  { sex: 'F', kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'] },
  { sex: 'F', kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srey Mum'] },
  { sex: 'F', kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'] },
  { sex: 'F', kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pou'] },
  { sex: 'F', kh: 'សុខា', latin: ['Sokha', 'Sokhar'] },
  { sex: 'F', kh: 'ចាន់ណារី', latin: ['Channary', 'Chanary', 'Channari'] },
  { sex: 'F', kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak', 'Srey Leakh'] },
  { sex: 'F', kh: 'បុប្ផា', latin: ['Bopha', 'Boppha'] },
  { sex: 'F', kh: 'ដាលីន', latin: ['Dalin', 'Daline'] },
  { sex: 'F', kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'] },
  { sex: 'F', kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Raksmei'] },
  { sex: 'F', kh: 'សុធា', latin: ['Sothea', 'Sothear'] },
  { sex: 'F', kh: 'ធីតា', latin: ['Thida', 'Theda'] },
  { sex: 'F', kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'] },
  { sex: 'F', kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'] },
  { sex: 'F', kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srey Aun'] },
  { sex: 'F', kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'] },
  { sex: 'F', kh: 'ណារី', latin: ['Nary', 'Nari'] },
  { sex: 'F', kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'] },
  { sex: 'F', kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'] },
  { sex: 'F', kh: 'ផល្លា', latin: ['Phalla', 'Phala'] },
  { sex: 'F', kh: 'ដាវី', latin: ['Davy', 'Davi'] },
  { sex: 'F', kh: 'ថាវី', latin: ['Thavy', 'Thavi'] },
  { sex: 'F', kh: 'លីណា', latin: ['Lina', 'Leena'] },
  { sex: 'F', kh: 'ពិសី', latin: ['Pisey', 'Pisei'] },
  { sex: 'F', kh: 'គន្ធា', latin: ['Kunthea', 'Kunthear'] },
  { sex: 'F', kh: 'ចន្ថា', latin: ['Chantha', 'Chanta'] },
  { sex: 'F', kh: 'ម៉ាលី', latin: ['Maly', 'Mali'] },
  { sex: 'F', kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'] },
  { sex: 'F', kh: 'រតនា', latin: ['Ratana', 'Rattana'] },
  { sex: 'F', kh: 'សុជាតា', latin: ['Socheata', 'Socheatta'] },
  { sex: 'F', kh: 'ចន្ធូ', latin: ['Chanthou', 'Chanthu'] },
  { sex: 'F', kh: 'វណ្ណា', latin: ['Vanna', 'Vana'] },
  { sex: 'F', kh: 'សុម៉ាលី', latin: ['Somaly', 'Somalie'] },
  { sex: 'F', kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'] },
  // men
  { sex: 'M', kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'] },
  { sex: 'M', kh: 'ដារ៉ា', latin: ['Dara', 'Darah'] },
  { sex: 'M', kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'] },
  { sex: 'M', kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'] },
  { sex: 'M', kh: 'ឫទ្ធី', latin: ['Rithy', 'Rithi'] },
  { sex: 'M', kh: 'កុសល', latin: ['Kosal', 'Kusal'] },
  { sex: 'M', kh: 'សុផល', latin: ['Sophal', 'Sophorl'] },
  { sex: 'M', kh: 'សំណាង', latin: ['Samnang', 'Somnang'] },
  { sex: 'M', kh: 'វាសនា', latin: ['Veasna', 'Veasana'] },
  { sex: 'M', kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'] },
  { sex: 'M', kh: 'ភក្ត្រា', latin: ['Pheaktra', 'Pheakdra'] },
  { sex: 'M', kh: 'វិបុល', latin: ['Vibol', 'Vibul'] },
  { sex: 'M', kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath', 'Sambat'] },
  { sex: 'M', kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn'] },
  { sex: 'M', kh: 'មុន្នី', latin: ['Mony', 'Monny'] },
  { sex: 'M', kh: 'ណារិទ្ធ', latin: ['Narith', 'Nareth'] },
  { sex: 'M', kh: 'សីហា', latin: ['Seyha', 'Seiha'] },
  { sex: 'M', kh: 'វិសាល', latin: ['Visal', 'Visall'] },
  { sex: 'M', kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'] },
  { sex: 'M', kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroeurn', 'Chamreun'] },
  { sex: 'M', kh: 'សុខហេង', latin: ['Sokheng', 'Sok Heng'] },
  { sex: 'M', kh: 'សុខជា', latin: ['Sokchea', 'Sok Chea'] },
  { sex: 'M', kh: 'មករា', latin: ['Makara', 'Makkara'] },
  { sex: 'M', kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophak'] },
  { sex: 'M', kh: 'ធារ៉ា', latin: ['Thara', 'Tharah'] },
  { sex: 'M', kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'] },
  { sex: 'M', kh: 'បញ្ញា', latin: ['Panha', 'Pagna'] },
  { sex: 'M', kh: 'ឧត្តម', latin: ['Oudom', 'Udom'] },
  { sex: 'M', kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'] },
  { sex: 'M', kh: 'បូរ៉ា', latin: ['Bora', 'Borah'] },
  { sex: 'M', kh: 'ចាន់ថន', latin: ['Chanthon', 'Chanthorn'] },
  { sex: 'M', kh: 'មង្គល', latin: ['Mongkol', 'Monkol'] },
  { sex: 'M', kh: 'សារុន', latin: ['Saroun', 'Sarun'] },
  { sex: 'M', kh: 'វីរៈ', latin: ['Vireak', 'Virak'] },
];

export const GIVEN_F_98: readonly GivenName[] = GIVEN_98.filter((g) => g.sex === 'F');
export const GIVEN_M_98: readonly GivenName[] = GIVEN_98.filter((g) => g.sex === 'M');
