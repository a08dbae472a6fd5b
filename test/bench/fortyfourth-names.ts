/**
 * Name lists for the `fortyfourth` roster (a register whose sex column cannot be trusted).
 *
 * Real Cambodian family and given names, each in Khmer Unicode (the canonical spelling the fund's
 * register uses) and one or more Latin romanizations seen on ID cards, payrolls and forms. The
 * first romanization is the most usual one. Lists are in rough order of commonness: the
 * generator draws early entries more often (Sok, Chan, Chea ...).
 *
 * Given names carry the sex they are usually given to: 'M' masculine, 'F' feminine, 'U' given to
 * both (Sophea, Sokha, Chantha ...), so a man and a woman can be true namesakes.
 */

export type GivenSex44 = 'M' | 'F' | 'U';

export interface KhName44 {
  /** Khmer Unicode, canonical order (consonant, subscripts, register shifter, vowel, signs). */
  kh: string;
  /** Romanizations; the first is the most usual. Compound names appear both split and joined. */
  latin: readonly string[];
}

export interface GivenName44 extends KhName44 {
  sex: GivenSex44;
}

export const FAMILY44: readonly KhName44[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'សៅ', latin: ['Sao', 'Sau'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhoem'] },
  { kh: 'យិន', latin: ['Yin'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pao'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'វង់', latin: ['Vong'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ម៉ម', latin: ['Mom'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Eum', 'Oem'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'ឃុន', latin: ['Khun'] },
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'ឌួង', latin: ['Duong', 'Doung'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'ម៉ក់', latin: ['Mak'] },
  { kh: 'លឹម', latin: ['Lim', 'Loem'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'ពេជ្រ', latin: ['Pech', 'Pich'] },
  { kh: 'ស្វាយ', latin: ['Svay'] },
  { kh: 'ឡេង', latin: ['Leng'] },
  { kh: 'ចែម', latin: ['Chem'] },
  { kh: 'ព្រាប', latin: ['Preap'] },
  { kh: 'ញ៉ែម', latin: ['Nhem'] },
  { kh: 'ណុប', latin: ['Nop'] },
  { kh: 'ឯម', latin: ['Aem', 'Em'] },
  { kh: 'ឈាង', latin: ['Chheang', 'Chhieng'] },
  { kh: 'អ៊ូ', latin: ['Ou'] },
  { kh: 'ស៊ាន', latin: ['Sean', 'Sien'] },
];

export const GIVEN44: readonly GivenName44[] = [
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'U' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich', 'Srey Nech'], sex: 'F' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth', 'Vichit'], sex: 'M' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanta'], sex: 'U' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pao'], sex: 'F' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith'], sex: 'M' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda', 'Thyda'], sex: 'F' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'M' },
  { kh: 'រតនា', latin: ['Rathana', 'Ratana', 'Rattana'], sex: 'U' },
  { kh: 'ស្រីលក្ខណ៍', latin: ['Srey Leak', 'Sreyleak', 'Srey Leakh'], sex: 'F' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sok Ly'], sex: 'U' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantria'], sex: 'F' },
  { kh: 'វិសាល', latin: ['Visal', 'Visall'], sex: 'M' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophie'], sex: 'F' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sopheaktra'], sex: 'U' },
  { kh: 'លីដា', latin: ['Lida', 'Leda'], sex: 'F' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearah'], sex: 'M' },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'សុធា', latin: ['Sothea', 'Sotheah'], sex: 'M' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], sex: 'M' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ចាន់ថុល', latin: ['Chanthol', 'Chantol'], sex: 'M' },
  { kh: 'ណារី', latin: ['Nary', 'Neary'], sex: 'F' },
  { kh: 'ម៉េងលី', latin: ['Mengly', 'Meng Ly'], sex: 'M' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Socheath'], sex: 'U' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Pheakdy'], sex: 'M' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Ritthy', 'Rethy'], sex: 'M' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nareth'], sex: 'M' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], sex: 'F' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna'], sex: 'U' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'មករា', latin: ['Makara', 'Meakkara'], sex: 'M' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroeurn', 'Chamreun'], sex: 'M' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'], sex: 'F' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'U' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'ធារី', latin: ['Theary', 'Thearey'], sex: 'F' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vipol'], sex: 'M' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthoun'], sex: 'M' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Rattha'], sex: 'M' },
  { kh: 'ដានី', latin: ['Dany', 'Daney'], sex: 'F' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Rasmey'], sex: 'F' },
  { kh: 'មុនី', latin: ['Mony', 'Monny'], sex: 'M' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'សេរី', latin: ['Serey', 'Sarey'], sex: 'M' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'ពន្លក', latin: ['Ponlok', 'Ponlork'], sex: 'M' },
  { kh: 'សុខនី', latin: ['Sokny', 'Sokni'], sex: 'F' },
  { kh: 'ប៊ុនថា', latin: ['Buntha', 'Bunthar'], sex: 'M' },
  { kh: 'សុខហេង', latin: ['Sokheng', 'Sok Heng'], sex: 'M' },
];
