/**
 * Name lists for the `twentysecond` roster: Cambodian family names and given names in Khmer
 * script, each with the Latin spellings people really write for it. The first spelling is the
 * most usual one (what an ID card or the fund would print); the others are the by-ear forms a
 * foreman writes: final h or not, ou/u/o, ei/ey/ai, ea/ia/ie, ch/j for ច/ជ, ph/p/b for ព/ផ/ប,
 * doubled letters, compounds split or joined ("Srey Mom" / "Sreymom").
 *
 * Every spelling listed here is one a Khmer reader would accept as the same name. Different
 * Khmer words may share a spelling (សុភា and សោភា are both "Sophea"; គឹម "Kim" is also heard
 * as "Kem"): that is real, and the generator treats such people as namesakes.
 */

export type Sex3 = 'M' | 'F' | 'U';

export interface KhName {
  /** The word in Khmer Unicode, in the recommended code point order. */
  kh: string;
  /** Latin spellings, most usual first. A space marks a compound some people split. */
  lat: readonly string[];
}

export interface KhGiven extends KhName {
  sex: Sex3;
}

/** Family names, roughly most common first (the generator draws them skewed to the front). */
export const KH_FAMILY: readonly KhName[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh', 'Sook'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann', 'Jan'] },
  { kh: 'ជា', lat: ['Chea', 'Chear', 'Cheah', 'Jea'] },
  { kh: 'លី', lat: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', lat: ['Heng', 'Haeng', 'Heang'] },
  { kh: 'គឹម', lat: ['Kim', 'Kem', 'Koem'] },
  { kh: 'សៅ', lat: ['Sao', 'Sau', 'Saou'] },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau', 'Maov'] },
  { kh: 'ស៊ុន', lat: ['Sun', 'Soun', 'Soon'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chim', 'Chhoem'] },
  { kh: 'កែវ', lat: ['Keo', 'Kev', 'Kaev', 'Kaew'] },
  { kh: 'ទេព', lat: ['Tep', 'Teb', 'Tepp'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk', 'Ook'] },
  { kh: 'ខៀវ', lat: ['Khiev', 'Khieu', 'Kheav', 'Khiew'] },
  { kh: 'ងួន', lat: ['Nguon', 'Ngoun', 'Nguorn'] },
  { kh: 'ស៊ិន', lat: ['Sin', 'Sinn', 'Syn'] },
  { kh: 'ប៊ុន', lat: ['Bun', 'Boun', 'Boon'] },
  { kh: 'ហ៊ុន', lat: ['Hun', 'Houn', 'Hoon'] },
  { kh: 'សែម', lat: ['Sem', 'Saem', 'Seam'] },
  { kh: 'ព្រំ', lat: ['Prum', 'Prom', 'Proum', 'Brum'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech', 'Petch', 'Bich'] },
  { kh: 'មាស', lat: ['Meas', 'Mias', 'Meass'] },
  { kh: 'ឡុង', lat: ['Long', 'Loung', 'Lorng'] },
  { kh: 'រស់', lat: ['Ros', 'Ross', 'Rors'] },
  { kh: 'ម៉េង', lat: ['Meng', 'Maeng', 'Mheng'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch', 'Tuch', 'Tooch'] },
  { kh: 'ហួត', lat: ['Huot', 'Hout', 'Huat'] },
  { kh: 'ឯក', lat: ['Ek', 'Aek', 'Eak'] },
  { kh: 'សួន', lat: ['Suon', 'Suan', 'Soun'] },
  { kh: 'នួន', lat: ['Nuon', 'Noun', 'Nuan'] },
  { kh: 'ស៊ឹម', lat: ['Sim', 'Soem', 'Seum'] },
  { kh: 'តាំង', lat: ['Taing', 'Tang', 'Taeng'] },
  { kh: 'អ៊ឹម', lat: ['Im', 'Oem', 'Em'] },
  { kh: 'វ៉ាន់', lat: ['Van', 'Vann', 'Wan'] },
  { kh: 'ឈុន', lat: ['Chhun', 'Chun', 'Chhoun'] },
  { kh: 'ពៅ', lat: ['Pov', 'Pao', 'Pau', 'Bov'] },
  { kh: 'ឡាយ', lat: ['Lay', 'Lai', 'Laay'] },
  { kh: 'នាង', lat: ['Neang', 'Nieng', 'Nang'] },
  { kh: 'ផាន់', lat: ['Phan', 'Phann', 'Pan'] },
  { kh: 'ស្រេង', lat: ['Sreng', 'Sraeng', 'Srenng'] },
  { kh: 'អ៊ូ', lat: ['Ou', 'Oo', 'U'] },
  { kh: 'ម៉ែន', lat: ['Men', 'Maen', 'Menn'] },
  { kh: 'អ៊ុំ', lat: ['Oum', 'Um', 'Om'] },
  { kh: 'ជួន', lat: ['Chuon', 'Choun', 'Juon'] },
  { kh: 'វង្ស', lat: ['Vong', 'Vorng', 'Wong'] },
  { kh: 'ឡេង', lat: ['Leng', 'Laeng', 'Lheng'] },
  { kh: 'ប៉ែន', lat: ['Pen', 'Paen', 'Penn', 'Ben'] },
  { kh: 'សួស', lat: ['Suos', 'Sous', 'Suas'] },
  { kh: 'ប្រាក់', lat: ['Prak', 'Brak', 'Prack'] },
  { kh: 'អ៊ុន', lat: ['Un', 'Oun', 'Unn'] },
  { kh: 'ញឹម', lat: ['Nhim', 'Nhem', 'Nhoem', 'Gnim'] },
  { kh: 'កង', lat: ['Kong', 'Korng', 'Kung'] },
  { kh: 'សាយ', lat: ['Say', 'Sai', 'Saay'] },
  { kh: 'លឹម', lat: ['Lim', 'Loem', 'Lem'] },
  { kh: 'ហ៊ាង', lat: ['Hang', 'Heang', 'Hieng'] },
  { kh: 'ឌី', lat: ['Dy', 'Di', 'Dee'] },
  { kh: 'ចេង', lat: ['Cheng', 'Jeng', 'Chaeng'] },
  { kh: 'ស៊ាង', lat: ['Seang', 'Sieng', 'Siang'] },
  { kh: 'យិន', lat: ['Yin', 'Yinn', 'Yen'] },
  { kh: 'ម៉ុក', lat: ['Mok', 'Mouk', 'Mock'] },
  { kh: 'សំ', lat: ['Sam', 'Som', 'Samm'] },
  { kh: 'សាន', lat: ['San', 'Sann', 'Saan'] },
];

/** Given names written out whole. Khmer writes a compound given name as one word; Latin often splits it. */
const GIVEN_WHOLE: readonly KhGiven[] = [
  { kh: 'ដារ៉ា', lat: ['Dara', 'Darra', 'Daraa', 'Da Ra'], sex: 'U' },
  { kh: 'សុខា', lat: ['Sokha', 'Sokkha', 'Sokhaa', 'Sokhar'], sex: 'U' },
  { kh: 'សុភា', lat: ['Sophea', 'Sophear', 'Sopea', 'Sophia'], sex: 'F' },
  { kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vouthy', 'Vutthy', 'Vuthi'], sex: 'M' },
  { kh: 'ស្រីមុំ', lat: ['Srey Mom', 'Sreymom', 'Srei Mom', 'Srey Mum', 'Srey Morm'], sex: 'F' },
  { kh: 'វណ្ណៈ', lat: ['Vannak', 'Vanak', 'Vannac', 'Wannak'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Piset', 'Pisseth', 'Pisith'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', lat: ['Sopheak', 'Sopeak', 'Sopheakh', 'Sopheack'], sex: 'U' },
  { kh: 'រតនា', lat: ['Rathana', 'Rattana', 'Ratana', 'Rotana'], sex: 'U' },
  { kh: 'ចន្ថា', lat: ['Chantha', 'Chanta', 'Jantha', 'Chanthaa'], sex: 'F' },
  { kh: 'ចាន់ធូ', lat: ['Chanthou', 'Chanthu', 'Chantho', 'Janthou', 'Chan Thou'], sex: 'F' },
  { kh: 'ស្រីពៅ', lat: ['Srey Pov', 'Sreypov', 'Srei Pov', 'Srey Pao', 'Sray Pov'], sex: 'F' },
  { kh: 'ស្រីនិច', lat: ['Srey Nich', 'Sreynich', 'Srei Nich', 'Srey Nech'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', lat: ['Srey Leak', 'Sreyleak', 'Srei Leak', 'Srey Leakh'], sex: 'F' },
  { kh: 'ស្រីនាង', lat: ['Srey Neang', 'Sreyneang', 'Srei Nieng', 'Srey Nang'], sex: 'F' },
  { kh: 'ស្រីមាស', lat: ['Srey Meas', 'Sreymeas', 'Srei Mias', 'Srey Mas'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', lat: ['Srey Rath', 'Sreyrath', 'Srei Roth', 'Srey Rat'], sex: 'F' },
  { kh: 'ស្រីអូន', lat: ['Srey Oun', 'Sreyoun', 'Srei Oun', 'Srey Un'], sex: 'F' },
  { kh: 'ស្រីពេជ្រ', lat: ['Srey Pich', 'Sreypich', 'Srei Pech', 'Srey Bich'], sex: 'F' },
  { kh: 'ស្រីតូច', lat: ['Srey Touch', 'Sreytouch', 'Srei Toch', 'Srey Tuch'], sex: 'F' },
  { kh: 'ស្រីម៉ៅ', lat: ['Srey Mao', 'Sreymao', 'Srei Mau', 'Srey Mau'], sex: 'F' },
  { kh: 'ស្រីណា', lat: ['Srey Na', 'Sreyna', 'Srei Na', 'Srey Naa'], sex: 'F' },
  { kh: 'សុខលី', lat: ['Sokly', 'Sok Ly', 'Sokhly', 'Sokli'], sex: 'U' },
  { kh: 'សុភាព', lat: ['Sopheap', 'Sopheab', 'Sopeap', 'Sopheapp'], sex: 'U' },
  { kh: 'បូផា', lat: ['Bopha', 'Bopa', 'Boppha', 'Bophaa'], sex: 'F' },
  { kh: 'ធីតា', lat: ['Thida', 'Theda', 'Tida', 'Thidaa'], sex: 'F' },
  { kh: 'សំណាង', lat: ['Samnang', 'Somnang', 'Samnorng', 'Sam Nang'], sex: 'M' },
  { kh: 'សុវណ្ណ', lat: ['Sovann', 'Sovan', 'Sovarn', 'Sowan'], sex: 'M' },
  { kh: 'វិចិត្រ', lat: ['Vichet', 'Vicheth', 'Vichhet', 'Vijet'], sex: 'M' },
  { kh: 'វាសនា', lat: ['Veasna', 'Vesna', 'Veassna', 'Veasnaa'], sex: 'M' },
  { kh: 'សុផល', lat: ['Sophal', 'Sopal', 'Sophall', 'Sophol'], sex: 'M' },
  { kh: 'ចំរើន', lat: ['Chamroeun', 'Chamreun', 'Chamroen', 'Chomroeun', 'Jamroeun'], sex: 'M' },
  { kh: 'សារ៉ាត់', lat: ['Sarath', 'Sarat', 'Saratt', 'Saroth'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', lat: ['Bunthoeun', 'Bunthoeurn', 'Bountheun', 'Bun Thoeun', 'Boonthoeun'], sex: 'M' },
  { kh: 'រិទ្ធី', lat: ['Rithy', 'Rithi', 'Ritthy', 'Rity'], sex: 'M' },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei', 'Pisay', 'Bisey'], sex: 'F' },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokhunthea', 'Sokonthea', 'Sokounthea'], sex: 'F' },
  { kh: 'គន្ធា', lat: ['Kunthea', 'Kunthear', 'Konthea', 'Kounthea'], sex: 'F' },
  { kh: 'ចាន់ណា', lat: ['Channa', 'Chana', 'Janna', 'Chan Na'], sex: 'U' },
  { kh: 'នារី', lat: ['Neary', 'Neari', 'Nearii', 'Nary'], sex: 'F' },
  { kh: 'លក្ខិណា', lat: ['Leakhena', 'Leakkhena', 'Leakena', 'Leakhina'], sex: 'F' },
  { kh: 'មករា', lat: ['Makara', 'Makkara', 'Mackara', 'Makaraa'], sex: 'M' },
  { kh: 'ធារ៉ា', lat: ['Theara', 'Teara', 'Thearra', 'Thearaa'], sex: 'M' },
  { kh: 'ផាន់ណា', lat: ['Phanna', 'Panna', 'Phana', 'Phan Na'], sex: 'U' },
  { kh: 'បញ្ញា', lat: ['Panha', 'Banha', 'Panhaa', 'Phanha'], sex: 'M' },
  { kh: 'បូរ៉ា', lat: ['Bora', 'Borra', 'Boraa', 'Pora'], sex: 'M' },
  { kh: 'សីហា', lat: ['Seyha', 'Seiha', 'Sayha', 'Seyhaa'], sex: 'M' },
  { kh: 'សុធា', lat: ['Sothea', 'Sothear', 'Sotea', 'Sothia'], sex: 'U' },
  { kh: 'សុជាតិ', lat: ['Socheat', 'Sochet', 'Sojeat', 'Socheath'], sex: 'U' },
  { kh: 'សុខុម', lat: ['Sokhom', 'Sokhum', 'Sokom', 'Sokhorm'], sex: 'M' },
  { kh: 'ពិសាល', lat: ['Pisal', 'Pisall', 'Bisal', 'Pisaal'], sex: 'M' },
  { kh: 'សុវណ្ណារី', lat: ['Sovannary', 'Sovanary', 'Sovannari', 'Sowannary'], sex: 'F' },
  { kh: 'ដាវី', lat: ['Davy', 'Davi', 'Daavy', 'Davee'], sex: 'F' },
  { kh: 'លីដា', lat: ['Lida', 'Leeda', 'Lyda', 'Lidaa'], sex: 'F' },
  { kh: 'ចរិយា', lat: ['Chariya', 'Chareya', 'Jariya', 'Charya'], sex: 'F' },
  { kh: 'សុម៉ាលី', lat: ['Somaly', 'Somalee', 'Somali', 'Sommaly'], sex: 'F' },
  { kh: 'រស្មី', lat: ['Raksmey', 'Reaksmey', 'Raksmei', 'Reaksmei', 'Raksmay'], sex: 'F' },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chinda', 'Jenda', 'Chendaa'], sex: 'F' },
  { kh: 'មុន្នី', lat: ['Mony', 'Monny', 'Muny', 'Monni'], sex: 'M' },
  { kh: 'វិបុល', lat: ['Vibol', 'Vibul', 'Viboul', 'Wibol'], sex: 'M' },
  { kh: 'សុធារី', lat: ['Sotheary', 'Sothary', 'Sotheari', 'Sotheaary'], sex: 'F' },
  { kh: 'សុខនី', lat: ['Sokny', 'Sok Ny', 'Sokhny', 'Sokni'], sex: 'F' },
  { kh: 'ពុទ្ធី', lat: ['Puthy', 'Putthy', 'Pouthy', 'Buthy'], sex: 'M' },
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana', 'Vannaa', 'Wanna'], sex: 'U' },
  { kh: 'ណារិទ្ធ', lat: ['Narith', 'Narit', 'Naritt', 'Nareth'], sex: 'M' },
  { kh: 'ឧត្តម', lat: ['Oudom', 'Udom', 'Odom', 'Outdom'], sex: 'M' },
  { kh: 'ភក្ដី', lat: ['Pheakdey', 'Pheakdei', 'Peakdey', 'Pheakdy'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រា', lat: ['Sopheaktra', 'Sopeaktra', 'Sopheakttra', 'Sopheaktraa'], sex: 'M' },
  { kh: 'រដ្ឋា', lat: ['Ratha', 'Rattha', 'Rotha', 'Ratta'], sex: 'M' },
  { kh: 'ស៊ីថា', lat: ['Sitha', 'Sita', 'Sithaa', 'Sytha'], sex: 'M' },
  { kh: 'វីរៈ', lat: ['Vireak', 'Virak', 'Veareak', 'Wireak'], sex: 'M' },
  { kh: 'តុលា', lat: ['Tola', 'Toula', 'Tolla', 'Tolaa'], sex: 'M' },
  { kh: 'ចំណាន', lat: ['Chamnan', 'Chomnan', 'Jamnan', 'Chamnann'], sex: 'M' },
  { kh: 'សម្បត្តិ', lat: ['Sambath', 'Sambat', 'Sombath', 'Sammbath'], sex: 'M' },
  { kh: 'សុខហេង', lat: ['Sokheng', 'Sok Heng', 'Sokhheng', 'Sokhaeng'], sex: 'M' },
  { kh: 'វិសាល', lat: ['Visal', 'Visall', 'Wisal', 'Vissal'], sex: 'M' },
  { kh: 'លីហួរ', lat: ['Lyhour', 'Ly Hour', 'Lihour', 'Lyhuor'], sex: 'M' },
  { kh: 'គឹមហេង', lat: ['Kimheng', 'Kim Heng', 'Kemheng', 'Kimhaeng'], sex: 'M' },
  { kh: 'មាលា', lat: ['Mealea', 'Mealear', 'Meala', 'Mialea'], sex: 'F' },
  { kh: 'សុភី', lat: ['Sophy', 'Sophi', 'Sopy', 'Sophie'], sex: 'F' },
  { kh: 'លាភ', lat: ['Leap', 'Leab', 'Leaph', 'Liep'], sex: 'M' },
  { kh: 'វុទ្ធា', lat: ['Vuttha', 'Vutha', 'Voeutha', 'Vouttha'], sex: 'M' },
  { kh: 'កុសល', lat: ['Kosal', 'Kosol', 'Kossal', 'Kausal'], sex: 'M' },
  { kh: 'ផល្លា', lat: ['Phalla', 'Phala', 'Palla', 'Phallaa'], sex: 'F' },
  { kh: 'ផល្លី', lat: ['Phally', 'Phaly', 'Pally', 'Phalli'], sex: 'F' },
  { kh: 'សុខណា', lat: ['Sokna', 'Sok Na', 'Sokhna', 'Soknaa'], sex: 'F' },
  { kh: 'សាវឿន', lat: ['Savoeun', 'Saveun', 'Savoen', 'Savoeurn'], sex: 'M' },
  { kh: 'សារឿន', lat: ['Saroeun', 'Sareun', 'Saroen', 'Saroeurn'], sex: 'M' },
  { kh: 'ធារី', lat: ['Theary', 'Thiary', 'Teary', 'Thearii'], sex: 'F' },
  { kh: 'ចន្នី', lat: ['Channy', 'Chany', 'Channi', 'Janny'], sex: 'F' },
  { kh: 'សោភា', lat: ['Sophea', 'Saophea', 'Sophear'], sex: 'F' },
  { kh: 'ចាន់ធី', lat: ['Chanthy', 'Chanthi', 'Janthy', 'Chan Thy'], sex: 'U' },
  { kh: 'សុខជា', lat: ['Sokchea', 'Sok Chea', 'Sokhchea', 'Sokjea'], sex: 'M' },
  { kh: 'សុវត្ថិ', lat: ['Sovath', 'Sovat', 'Sowath', 'Sovatt'], sex: 'M' },
  { kh: 'បូរី', lat: ['Borey', 'Borei', 'Bori', 'Borry'], sex: 'M' },
  { kh: 'ថាវី', lat: ['Thavy', 'Tavy', 'Thavi', 'Thavee'], sex: 'F' },
  { kh: 'ម្លិះ', lat: ['Malis', 'Maliss', 'Mlis', 'Malih'], sex: 'F' },
  { kh: 'កុលាប', lat: ['Kolab', 'Kolap', 'Kulab', 'Kolabb'], sex: 'F' },
  { kh: 'រំដួល', lat: ['Romduol', 'Romdoul', 'Rumduol', 'Romdul'], sex: 'F' },
  { kh: 'ភក្ត្រា', lat: ['Pheaktra', 'Peaktra', 'Pheakttra', 'Pheaktraa'], sex: 'F' },
  { kh: 'ឆាយា', lat: ['Chhaya', 'Chaya', 'Chhayaa', 'Chhaiya'], sex: 'F' },
  { kh: 'កញ្ញា', lat: ['Kanha', 'Kagna', 'Kannha', 'Kanhaa'], sex: 'F' },
];

/**
 * Two-syllable given names built from a first part and a second part, as Khmer names very often
 * are (សុខ + មាន = សុខមាន "Sokmean"). Only pairs that are real names are listed. Their Latin
 * spellings are every listed spelling of the first part with every listed spelling of the
 * second, joined ("Kimhour") or split ("Kim Hour").
 */
interface Part {
  kh: string;
  lat: readonly string[];
}

const FIRST: Record<string, Part> = {
  srey: { kh: 'ស្រី', lat: ['Srey', 'Srei', 'Sray'] },
  sok: { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  chan: { kh: 'ចាន់', lat: ['Chan', 'Jan'] },
  kim: { kh: 'គឹម', lat: ['Kim', 'Kem'] },
  meng: { kh: 'ម៉េង', lat: ['Meng', 'Maeng'] },
  ly: { kh: 'លី', lat: ['Ly', 'Li'] },
  heng: { kh: 'ហេង', lat: ['Heng', 'Haeng'] },
};

const SECOND: Record<string, Part> = {
  dara: { kh: 'ដារ៉ា', lat: ['Dara', 'Darra'] },
  ly: { kh: 'លី', lat: ['Ly', 'Li', 'Lee'] },
  heng: { kh: 'ហេង', lat: ['Heng', 'Haeng'] },
  na: { kh: 'ណា', lat: ['Na', 'Naa'] },
  ra: { kh: 'រ៉ា', lat: ['Ra', 'Raa'] },
  kheng: { kh: 'ខេង', lat: ['Kheng', 'Khaeng'] },
  hour: { kh: 'ហួរ', lat: ['Hour', 'Huor'] },
  leang: { kh: 'ឡាង', lat: ['Leang', 'Lieng'] },
  san: { kh: 'សាន', lat: ['San', 'Sann'] },
  mean: { kh: 'មាន', lat: ['Mean', 'Mien'] },
  rith: { kh: 'រិទ្ធ', lat: ['Rith', 'Ritt'] },
  mony: { kh: 'មុន្នី', lat: ['Mony', 'Muny'] },
  sokha: { kh: 'សុខា', lat: ['Sokha', 'Sokkha'] },
  sros: { kh: 'ស្រស់', lat: ['Sros', 'Sross'] },
  chhay: { kh: 'ឆាយ', lat: ['Chhay', 'Chay'] },
  hong: { kh: 'ហុង', lat: ['Hong', 'Hung'] },
  lin: { kh: 'លីន', lat: ['Lin', 'Linn'] },
  da: { kh: 'ដា', lat: ['Da', 'Daa'] },
  phal: { kh: 'ផល', lat: ['Phal', 'Pal'] },
  thy: { kh: 'ធី', lat: ['Thy', 'Thi'] },
  raksmey: { kh: 'រស្មី', lat: ['Raksmey', 'Reaksmey'] },
  vanna: { kh: 'វណ្ណា', lat: ['Vanna', 'Vana'] },
  sophea: { kh: 'សុភា', lat: ['Sophea', 'Sophear'] },
  pheap: { kh: 'ភាព', lat: ['Pheap', 'Peap'] },
  nary: { kh: 'នារី', lat: ['Neary', 'Nary'] },
  vy: { kh: 'វី', lat: ['Vy', 'Vi'] },
};

const PAIRS: readonly [string, string, Sex3][] = [
  ['srey', 'lin', 'F'], ['srey', 'sros', 'F'], ['srey', 'vy', 'F'], ['srey', 'da', 'F'], ['srey', 'pheap', 'F'],
  ['sok', 'kheng', 'M'], ['sok', 'ra', 'U'], ['sok', 'thy', 'U'], ['sok', 'mean', 'M'], ['sok', 'leang', 'U'],
  ['sok', 'san', 'M'], ['sok', 'dara', 'U'], ['sok', 'phal', 'M'], ['sok', 'vanna', 'U'], ['sok', 'chhay', 'M'],
  ['sok', 'hour', 'M'], ['sok', 'rith', 'M'], ['sok', 'pheap', 'U'], ['sok', 'lin', 'F'], ['sok', 'raksmey', 'F'],
  ['chan', 'dara', 'U'], ['chan', 'ra', 'U'], ['chan', 'rith', 'M'], ['chan', 'mony', 'M'], ['chan', 'sokha', 'U'],
  ['chan', 'da', 'F'], ['chan', 'raksmey', 'F'], ['chan', 'vanna', 'U'], ['chan', 'sophea', 'F'], ['chan', 'nary', 'F'],
  ['chan', 'leang', 'U'], ['chan', 'phal', 'M'], ['chan', 'lin', 'F'],
  ['kim', 'ly', 'U'], ['kim', 'leang', 'U'], ['kim', 'hour', 'M'], ['kim', 'san', 'M'], ['kim', 'hong', 'M'],
  ['kim', 'chhay', 'M'], ['kim', 'sros', 'F'], ['kim', 'lin', 'F'], ['kim', 'na', 'F'], ['kim', 'thy', 'U'],
  ['meng', 'hour', 'M'], ['meng', 'ly', 'M'], ['meng', 'leang', 'M'], ['meng', 'chhay', 'M'], ['meng', 'kheng', 'M'],
  ['ly', 'heng', 'M'], ['ly', 'na', 'F'], ['ly', 'hong', 'M'], ['ly', 'sros', 'F'],
  ['heng', 'ly', 'M'], ['heng', 'hour', 'M'], ['heng', 'sokha', 'U'],
];

function compound(a: Part, b: Part, sex: Sex3): KhGiven {
  const lat: string[] = [];
  for (const x of a.lat) for (const y of b.lat) lat.push(x + y.toLowerCase(), `${x} ${y}`);
  return { kh: a.kh + b.kh, lat, sex };
}

/** How many of KH_GIVEN are whole names; the compounds follow them. */
export const KH_GIVEN_WHOLE_COUNT = GIVEN_WHOLE.length;

/** Every given name: the whole ones, then the compounds (a compound already listed whole is kept once). */
export const KH_GIVEN: readonly KhGiven[] = (() => {
  const seen = new Set(GIVEN_WHOLE.map((g) => g.kh));
  const out = [...GIVEN_WHOLE];
  for (const [a, b, sex] of PAIRS) {
    const g = compound(FIRST[a], SECOND[b], sex);
    if (seen.has(g.kh)) continue;
    seen.add(g.kh);
    out.push(g);
  }
  return out;
})();
