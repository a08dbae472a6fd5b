/**
 * Name lists for the `fortyfirst` roster (family-book numbers in the ID column).
 *
 * Real Cambodian names, each with its Khmer spelling (canonical code-point order, no zero-width
 * characters) and the romanizations one meets on employers' sheets and registers. Family names come
 * roughly most common first (the generator draws them skewed). Given names carry the sex they are
 * usually given to; 'U' means either.
 *
 * No two different Khmer words share a romanization (the generator's self-check asserts it), but
 * some are one letter apart on purpose (Sophea / Sopheap, Sun / Suon, Vanna / Vannak), as in life.
 */

export interface NameWord {
  readonly kh: string;
  readonly latin: readonly string[];
}

export interface GivenWord extends NameWord {
  readonly sex: 'M' | 'F' | 'U';
}

export const FAMILY_NAMES: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keav'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhoem', 'Chhem'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem', 'Nhoem'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pau'] },
  { kh: 'យិន', latin: ['Yin', 'Yen'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { kh: 'មាស', latin: ['Meas', 'Meah'] },
  { kh: 'សួន', latin: ['Suon', 'Suorn'] },
  { kh: 'ឡុង', latin: ['Long', 'Loung'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'គឹម', latin: ['Kim', 'Koem'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'សេង', latin: ['Seng', 'Saeng'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'សាន', latin: ['San', 'Sann'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ឌី', latin: ['Dy', 'Di'] },
  { kh: 'ភី', latin: ['Phy', 'Phi'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Houn'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Oem'] },
  { kh: 'ផន', latin: ['Phon', 'Phorn'] },
  { kh: 'ងិន', latin: ['Ngin', 'Ngen'] },
  { kh: 'វង្ស', latin: ['Vong', 'Voung'] },
  { kh: 'ម៉េង', latin: ['Meng', 'Maeng'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'សំ', latin: ['Sam'] },
  { kh: 'អ៊ាង', latin: ['Eang', 'Ieng'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
];

export const GIVEN_NAMES: readonly GivenWord[] = [
  // mostly men
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang', 'Sam Nang'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Pisith'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi', 'Ritthy'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah', 'Boura'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearah'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Panhar', 'Pagna'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Veasal'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'ចម្រើន', latin: ['Chamroeun', 'Chamreun', 'Chomroeun'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Mokara'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat', 'Sombath'], sex: 'M' },
  { kh: 'តុលា', latin: ['Tola', 'Tula'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthorn'], sex: 'M' },
  { kh: 'សារឿន', latin: ['Sareun', 'Saroeun'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Virak', 'Vireak'], sex: 'M' },
  { kh: 'ពុទ្ធី', latin: ['Puthy', 'Putthy', 'Puthi'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sopheakt'], sex: 'M' },
  { kh: 'ម៉ានិត', latin: ['Manith', 'Manit'], sex: 'M' },
  { kh: 'ស៊ីណា', latin: ['Sina', 'Sinah'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Odom', 'Udom'], sex: 'M' },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'], sex: 'M' },
  { kh: 'សីហា', latin: ['Seyha', 'Sayha', 'Seiha'], sex: 'M' },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nearith'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Socheath'], sex: 'M' },
  { kh: 'ប៊ុនថា', latin: ['Buntha', 'Bunthar'], sex: 'M' },
  { kh: 'វុទ្ធា', latin: ['Vutha', 'Vuttha'], sex: 'M' },
  { kh: 'សារិន', latin: ['Sarin', 'Sarinn'], sex: 'M' },
  { kh: 'ណារ៉ុង', latin: ['Narong', 'Naroung'], sex: 'M' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'M' },
  { kh: 'ធឿន', latin: ['Thoeun', 'Thoeurn'], sex: 'M' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'សំអាត', latin: ['Samath', 'Sam Ath', 'Sam Art'], sex: 'M' },
  // either
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'សុធា', latin: ['Sothea', 'Sotheah'], sex: 'U' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanthea'], sex: 'U' },
  { kh: 'រតនា', latin: ['Ratana', 'Rattana', 'Rathana'], sex: 'U' },
  { kh: 'មុន្នី', latin: ['Mony', 'Monny', 'Muny'], sex: 'U' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokley'], sex: 'U' },
  { kh: 'រស្មី', latin: ['Rasmey', 'Reaksmey', 'Raksmey'], sex: 'U' },
  { kh: 'ដានី', latin: ['Dany', 'Dani'], sex: 'U' },
  // mostly women
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srei Pov'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak', 'Srei Leak'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich', 'Srei Nich'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srei Oun'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'], sex: 'F' },
  { kh: 'ស្រីណា', latin: ['Srey Na', 'Sreyna', 'Srei Na'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar', 'Bupha'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chanthrea', 'Chantria'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theida', 'Thidar'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Lyda'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Neary', 'Nari'], sex: 'F' },
  { kh: 'ម៉ាលីស', latin: ['Malis', 'Maliss'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi', 'Davey'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochieta'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'សុខនី', latin: ['Sokny', 'Sokhny'], sex: 'F' },
  { kh: 'វណ្ណារី', latin: ['Vannary', 'Vanary'], sex: 'F' },
  { kh: 'វិចិត្រា', latin: ['Vichetra', 'Vicheatra'], sex: 'F' },
  { kh: 'រ៉ាវី', latin: ['Ravy', 'Ravi'], sex: 'F' },
  { kh: 'សុខណា', latin: ['Sokna', 'Sokhna'], sex: 'F' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'ចាន់ណារី', latin: ['Channary', 'Chanary'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachna', 'Reachna'], sex: 'F' },
  { kh: 'ស្រីនី', latin: ['Srey Ny', 'Sreyny', 'Srei Ny'], sex: 'F' },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich', 'Srei Pich'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], sex: 'F' },
];

/**
 * Province codes that open a family-book number (the first two of its six location digits), for
 * the provinces garment workers mostly come from: Kampong Cham, Kampong Speu, Kampong Thom, Kandal,
 * Prey Veng, Svay Rieng, Takeo, Kampot.
 */
export const FAMILY_BOOK_PROVINCES: readonly string[] = ['03', '05', '06', '08', '14', '20', '21', '07'];
