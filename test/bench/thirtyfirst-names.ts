/**
 * Name lists for the `thirtyfirst` roster generator: real Cambodian family and given names, each
 * with its Khmer spelling (Unicode, in the recommended code point order) and the Latin
 * romanizations seen for it on ID cards, payroll sheets and the fund's register. The first
 * romanization is the most common. Multi-word given names appear both split and joined
 * ("Srey Mom" / "Sreymom"), as sheets write them both ways.
 *
 * Lists are ordered roughly by how common the name is, so a skewed pick gives realistic
 * collisions (many Sok, many Sophea).
 */

export interface FamilyName {
  kh: string;
  latin: readonly string[];
}

export interface GivenName {
  kh: string;
  latin: readonly string[];
  /** F / M, or U for names given to both. */
  sex: 'F' | 'M' | 'U';
}

export const FAMILY_31: readonly FamilyName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Ley'] },
  { kh: 'កែវ', latin: ['Keo', 'Kev', 'Kaev'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhoeum', 'Chim'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ពៅ', latin: ['Pov', 'Peou', 'Pou'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'យស់', latin: ['Yos', 'Yous'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'គីម', latin: ['Kim', 'Kem'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ម៉ែន', latin: ['Men', 'Maen'] },
  { kh: 'សេង', latin: ['Seng', 'Sieng'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chun'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
  { kh: 'មាស', latin: ['Meas', 'Mass'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ពេជ្រ', latin: ['Pech', 'Pich'] },
  { kh: 'ស្រេង', latin: ['Sreng', 'Sraeng'] },
  { kh: 'អ៊ឹង', latin: ['Ung', 'Eung'] },
  { kh: 'ជុំ', latin: ['Chum', 'Chom'] },
  { kh: 'សំ', latin: ['Sam'] },
  { kh: 'យិន', latin: ['Yin', 'Yinn'] },
  { kh: 'ផល', latin: ['Phal', 'Phall'] },
  { kh: 'រស់', latin: ['Ros', 'Ross'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chay'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { kh: 'ឡុង', latin: ['Long', 'Lung'] },
  { kh: 'នៅ', latin: ['Nov', 'Nou', 'Nouv'] },
  { kh: 'ហ៊ាង', latin: ['Hang', 'Heang'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
];

export const GIVEN_31: readonly GivenName[] = [
  // mostly women's names (most of a garment floor)
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srey Mum'], sex: 'F' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Peou'], sex: 'F' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanthea'], sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sophiep'], sex: 'F' },
  { kh: 'រតនា', latin: ['Rathana', 'Ratana', 'Reatana'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochata'], sex: 'F' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srey Aun'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhnha'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'លីណា', latin: ['Lina', 'Leena'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Nary', 'Neari'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'ស្រីមាស', latin: ['Srey Meas', 'Sreymeas'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Reasmey'], sex: 'F' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'], sex: 'U' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'U' },
  { kh: 'មុន្នី', latin: ['Monny', 'Mony'], sex: 'U' },
  // mostly men's names
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophiak'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Ratha', 'Rottha'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Vesal'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroen', 'Chamrern'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Vasna'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Virak', 'Vireak'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Meakara'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoen'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Pheakdy'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'រិទ្ធ', latin: ['Rith', 'Reth'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearra'], sex: 'M' },
  { kh: 'សាវឿន', latin: ['Savoeun', 'Savuen'], sex: 'M' },
];
