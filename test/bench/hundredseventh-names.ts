/**
 * Name lists for the hundred-and-seventh roster (see hundredseventh.ts).
 *
 * Short lists, ordered from the most common entry to the least common one: the generator draws
 * them with a Zipf-like skew, so that full names collide heavily, as they do in a garment factory.
 *
 * Khmer is written in the recommended Unicode order (base, subscripts with COENG RO last,
 * register shifter, dependent vowel, sign). The first Latin spelling is the usual one; the others
 * are spellings a clerk or an inspector really writes for the same name.
 */

export interface FamilyName {
  readonly kh: string;
  readonly latin: readonly string[];
}

export interface GivenName {
  readonly kh: string;
  /** Compound names (Srey Mom) are written with a space here; the generator may join them. */
  readonly latin: readonly string[];
  /** F, M, or U for a name given to both sexes. */
  readonly sex: 'F' | 'M' | 'U';
}

export const FAMILY_NAMES: readonly FamilyName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'សេង', latin: ['Seng', 'Saeng'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev', 'Khiew'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhoem'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Houn'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'សួន', latin: ['Suon', 'Suorn'] },
  { kh: 'គឹម', latin: ['Kim', 'Kym'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Bunn', 'Boun'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Prack'] },
  { kh: 'ឡុង', latin: ['Long', 'Loung'] },
  { kh: 'វង់', latin: ['Vong', 'Vorng'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'រស់', latin: ['Ros', 'Ross', 'Rous'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem', 'Gnim'] },
  { kh: 'ងួន', latin: ['Nguon', 'Ngoun'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang', 'Taeng'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'អ៊ឹង', latin: ['Ung', 'Oeng'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuorn'] },
  { kh: 'ស្រេង', latin: ['Sreng', 'Sraeng'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'សាយ', latin: ['Say', 'Sai'] },
];

export const GIVEN_NAMES: readonly GivenName[] = [
  // women first (most garment workers are women), then men, then names given to both
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Srei Mom', 'Srey Mum'], sex: 'F' },
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Srey Pou', 'Srei Pov'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu', 'Chantou'], sex: 'F' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda', 'Thidar'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar', 'Bopa'], sex: 'F' },
  { kh: 'ចន្ធី', latin: ['Chanthy', 'Chanthi', 'Chenthy'], sex: 'F' },
  { kh: 'រតនា', latin: ['Rattana', 'Ratana', 'Rathana'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Srei Leak', 'Srey Leakh'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Maley', 'Mali'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei', 'Piseiy'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhar'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantria', 'Chanthrea'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Srei Nich', 'Srey Nech'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sucheata', 'Socheatta'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Reachana', 'Rachna'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Nearie', 'Neari'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi', 'Davey'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Konthea', 'Kunthia'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Srei Neang', 'Srey Nang'], sex: 'F' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall', 'Sophol'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichith', 'Vicheth'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat', 'Sambatt'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith', 'Piset'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi', 'Ritthy'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sopheakt', 'Sopheakh'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vipol', 'Vibul'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra', 'Boura'], sex: 'M' },
  { kh: 'តុលា', latin: ['Tola', 'Tula', 'Toula'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thira', 'Thearra'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal', 'Kosol'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha', 'Rottha'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan', 'Sowann'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Mackara', 'Makkara'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom', 'Oudam'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Vesna', 'Veasnar'], sex: 'M' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanta', 'Chanthar'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Phanha'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea', 'Sotia', 'Sothear'], sex: 'M' },
  { kh: 'ពិសាល', latin: ['Pisal', 'Pisall', 'Bisal'], sex: 'M' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nearith', 'Narit'], sex: 'M' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra'], sex: 'U' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang', 'Samnaing'], sex: 'U' },
];
