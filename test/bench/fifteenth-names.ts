/**
 * Name lists for the fifteenth roster (the HR attendance spreadsheet). Written independently of
 * the other benchmark lists: real Cambodian family and given names, each with its Khmer spelling
 * and the romanizations actually seen for it (the first is the most common). Order matters: the
 * generator draws early entries more often, as real family names are skewed (Sok, Chan, Chea ...).
 *
 * Khmer is written in the canonical order (consonant, subscripts, register shifter ៉/៊, vowel,
 * signs); the generator derives the equivalent encodings itself.
 */

export interface FamilyName15 {
  kh: string;
  latin: readonly string[];
}

export interface GivenName15 {
  kh: string;
  /** Compound names appear both spaced and joined ('Srey Mom', 'Sreymom'). */
  latin: readonly string[];
  /** 'U': given to both sexes. */
  sex: 'M' | 'F' | 'U';
}

export const FAMILY15: readonly FamilyName15[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhoun'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou'] },
  { kh: 'សេង', latin: ['Seng', 'Saeng'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ប៉ែន', latin: ['Pen', 'Penn'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'ឡុង', latin: ['Long', 'Loung'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Houn'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khoun'] },
  { kh: 'វង្ស', latin: ['Vong', 'Voung'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'ព្រាប', latin: ['Preab', 'Prab'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ផល', latin: ['Phal', 'Phorl'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem'] },
  { kh: 'អ៊ិន', latin: ['In', 'Inn'] },
  { kh: 'ឌី', latin: ['Dy', 'Dee'] },
  { kh: 'ម៉េង', latin: ['Meng', 'Maeng'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'ទ្រី', latin: ['Try', 'Trei'] },
  { kh: 'ស៊ាន', latin: ['Sean', 'Sien'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Laay'] },
  { kh: 'ម៉ាន់', latin: ['Man', 'Mann'] },
  { kh: 'ណុប', latin: ['Nop', 'Norb'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'ស្រេង', latin: ['Sreng', 'Sraeng'] },
  { kh: 'ចេង', latin: ['Cheng', 'Chaeng'] },
  { kh: 'ប៉ាង', latin: ['Pang', 'Paang'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'មាស', latin: ['Meas', 'Mes'] },
  { kh: 'ឈៀង', latin: ['Chhieng', 'Chheang'] },
  { kh: 'ហុក', latin: ['Hok', 'Houk'] },
];

export const GIVEN15: readonly GivenName15[] = [
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra'], sex: 'U' },
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith'], sex: 'M' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srei Pov'], sex: 'F' },
  { kh: 'រតនា', latin: ['Ratana', 'Rattana', 'Rotana'], sex: 'U' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophol'], sex: 'M' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthea'], sex: 'F' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit'], sex: 'M' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sophiep'], sex: 'F' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochiet'], sex: 'M' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'ដាវីន', latin: ['Davin', 'Daveen'], sex: 'M' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna'], sex: 'M' },
  { kh: 'ធារី', latin: ['Theary', 'Thearey'], sex: 'F' },
  { kh: 'ពន្លក', latin: ['Ponlok', 'Pounlok'], sex: 'M' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath'], sex: 'M' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'វិសាល', latin: ['Visal', 'Vesal'], sex: 'M' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vipol'], sex: 'M' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Sreyleak', 'Srey Leak', 'Srei Leak'], sex: 'F' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rity'], sex: 'M' },
  { kh: 'លីដា', latin: ['Lida', 'Leeda'], sex: 'F' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamrern'], sex: 'M' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey'], sex: 'F' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophak'], sex: 'M' },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich', 'Srei Pich'], sex: 'F' },
  { kh: 'មុន្នី', latin: ['Monny', 'Mony'], sex: 'M' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srei Oun'], sex: 'F' },
  { kh: 'សេរី', latin: ['Serey', 'Serei'], sex: 'M' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daleen'], sex: 'F' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], sex: 'F' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasnar'], sex: 'M' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra'], sex: 'M' },
  { kh: 'ស្រីលីន', latin: ['Sreylin', 'Srey Lin', 'Srei Lin'], sex: 'F' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokley'], sex: 'M' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'រដ្ឋា', latin: ['Ratha', 'Rattha'], sex: 'M' },
  { kh: 'ស៊ីណា', latin: ['Sina', 'Seena'], sex: 'F' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'ណាវី', latin: ['Navy', 'Navi'], sex: 'F' },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'], sex: 'M' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakkhena'], sex: 'F' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nareth'], sex: 'M' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochiata'], sex: 'F' },
  { kh: 'វឌ្ឍនា', latin: ['Vathana', 'Vatthana'], sex: 'M' },
  { kh: 'សុធារី', latin: ['Sotheary', 'Sothearey'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'U' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich', 'Srei Nich'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chantrear'], sex: 'F' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophie'], sex: 'F' },
];

/** Nicknames an HR clerk adds in brackets after the name; a reader skips them. */
export const NICK_LATIN15: readonly string[] = ['Pheap', 'Mom', 'Nang', 'Pov', 'Touch', 'Toch', 'Ny', 'Lin', 'Da', 'Pich', 'Thy', 'Srey'];
export const NICK_KH15: readonly string[] = ['ពៅ', 'តូច', 'មុំ', 'នាង', 'ណុច', 'អូន', 'ស្រី'];
