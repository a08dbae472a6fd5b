/**
 * Name lists for the `thirtyseventh` roster (re-issued ID cards, employer staff numbers).
 * Written blind: real Cambodian family and given names, Khmer Unicode in the usual keyboard order
 * (base, coeng + subscript with coeng RO last, register shifter, vowel, other signs), and the
 * romanizations actually seen on cards and payroll sheets, most common first. Two different Khmer
 * words never share a romanization here (the self-check verifies it).
 */

export interface NameWord37 {
  kh: string;
  /** Romanizations, most common first. A two-part given name appears both split and joined. */
  latin: readonly string[];
}

export interface GivenName37 extends NameWord37 {
  sex: 'M' | 'F';
}

/** Family names, most common first (the generator draws them Zipf-like). */
export const FAMILY37: readonly NameWord37[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ឈិម', latin: ['Chhim', 'Chhem'] },
  { kh: 'សៅ', latin: ['Sao', 'Sau'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Kev'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { kh: 'ស៊ឹម', latin: ['Sim', 'Sem'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hoon'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'យិន', latin: ['Yin', 'Yen'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ម៉េង', latin: ['Meng'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'មាស', latin: ['Meas', 'Mas'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ស្វាយ', latin: ['Svay', 'Svai'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'អ៊ាង', latin: ['Ang', 'Eang'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ថាច់', latin: ['Thach', 'Thatch'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhoun'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem'] },
  { kh: 'ឃឹម', latin: ['Khim', 'Khem'] },
  { kh: 'ម៉ុក', latin: ['Mok', 'Mouk'] },
  { kh: 'ឡេង', latin: ['Leng'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'អ៊ិន', latin: ['In', 'Inn'] },
];

/** Given names with the sex they are usually given to, most common first within each sex. */
export const GIVEN37: readonly GivenName37[] = [
  // women
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ចាន់ធា', latin: ['Chantha', 'Chanthea'], sex: 'F' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'ស្រីលក្ខណ៍', latin: ['Sreyleak', 'Srey Leak', 'Sreyleakh'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'រតនា', latin: ['Ratana', 'Rattana', 'Rotana'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Boppha'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Nary'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Lyda'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Pou'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ស្រីនី', latin: ['Sreyny', 'Srey Ny'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochata'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokuntha'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kuntha'], sex: 'F' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokley'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Raksmei'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chanthrea'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Sreyroth', 'Srey Roth', 'Sreyrath'], sex: 'F' },
  // men
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophol'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Ritthy'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sopheakt'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Banha'], sex: 'M' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Thara', 'Theara'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Vesna'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Ratha', 'Rattha', 'Rotha'], sex: 'M' },
  { kh: 'សារ៉ុន', latin: ['Saron', 'Sarun'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath'], sex: 'M' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nearith'], sex: 'M' },
  { kh: 'សេរី', latin: ['Serey', 'Sery'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vipol'], sex: 'M' },
  { kh: 'ភក្ដី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'មុនី', latin: ['Mony', 'Monny'], sex: 'M' },
  { kh: 'ផានិត', latin: ['Phanith', 'Phaneth'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea', 'Sotha'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Veasal'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroen'], sex: 'M' },
  { kh: 'សុគុណ', latin: ['Sokun', 'Sokhun'], sex: 'M' },
  { kh: 'ពន្លឺ', latin: ['Ponleu', 'Ponlue'], sex: 'M' },
  { kh: 'សុខណា', latin: ['Sokna', 'Sokhna'], sex: 'M' },
];
