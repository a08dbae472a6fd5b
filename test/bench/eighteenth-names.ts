/**
 * Name words for the eighteenth benchmark roster: Cambodian family and given names, each with the
 * Khmer SPELLINGS clerks actually use for the same spoken name (first = most usual) and the Latin
 * romanizations seen on employer sheets and fund records (first = most usual).
 *
 * A Khmer spelling here is an accepted way of writing the word, not an encoding variant: ZWSP,
 * keyboard code-point orders and split vowels are added by the generator on top of these.
 * All strings are written in the usual code-point order (base, subscript(s) with coeng RO last,
 * register shifter, vowel, sign).
 *
 * `unsure` lists the Khmer spellings (or romanizations) whose status as an accepted variant the
 * author is not certain of; they are still used, as a clerk might write them.
 */

export interface NameWord {
  /** stable id of the spoken word */
  id: string;
  /** accepted Khmer spellings, most usual first */
  kh: readonly string[];
  /** Latin romanizations, most usual first; a space inside marks a compound written apart or joined */
  latin: readonly string[];
  /** for given names: the sex the name is usually given to ('U' = either) */
  sex?: 'M' | 'F' | 'U';
  /** spellings or romanizations the author is not sure are accepted */
  unsure?: readonly string[];
  /** a less common given name (the long tail: few workers carry it) */
  rare?: boolean;
}

/** Family names, roughly from most to least common (the generator draws them skewed). */
export const FAMILY18: readonly NameWord[] = [
  { id: 'sok', kh: ['សុខ'], latin: ['Sok', 'Sokh', 'Sock'] },
  { id: 'chan', kh: ['ចាន់', 'ច័ន្ទ'], latin: ['Chan', 'Chann', 'Chanh'] },
  { id: 'chea', kh: ['ជា'], latin: ['Chea', 'Chear', 'Chia'] },
  { id: 'keo', kh: ['កែវ'], latin: ['Keo', 'Kaev', 'Keov'] },
  { id: 'heng', kh: ['ហេង'], latin: ['Heng', 'Haeng'] },
  { id: 'ly', kh: ['លី'], latin: ['Ly', 'Lee', 'Li'] },
  { id: 'kim', kh: ['គឹម', 'គីម'], latin: ['Kim', 'Keum', 'Kem'] },
  { id: 'mao', kh: ['ម៉ៅ'], latin: ['Mao', 'Mau', 'Maov'] },
  { id: 'sun', kh: ['ស៊ុន', 'សុន'], latin: ['Sun', 'Soun', 'Sunn'] },
  { id: 'tep', kh: ['ទេព'], latin: ['Tep', 'Teb', 'Tepp'] },
  { id: 'pov', kh: ['ពៅ'], latin: ['Pov', 'Pau', 'Pauv'] },
  { id: 'long', kh: ['ឡុង'], latin: ['Long', 'Loung'] },
  { id: 'nuon', kh: ['នួន', 'នូន'], latin: ['Nuon', 'Nuorn', 'Noun'], unsure: ['នូន'] },
  { id: 'yin', kh: ['យិន', 'យីន'], latin: ['Yin', 'Yinn', 'Yen'], unsure: ['យីន'] },
  { id: 'sin', kh: ['ស៊ិន', 'សិន'], latin: ['Sin', 'Sinn', 'Seun'], unsure: ['Seun'] },
  { id: 'mom', kh: ['ម៉ម', 'មម'], latin: ['Mom', 'Mam', 'Morm'], unsure: ['មម'] },
  { id: 'bun', kh: ['ប៊ុន', 'ប៊ុណ'], latin: ['Bun', 'Boun', 'Bunn'], unsure: ['ប៊ុណ'] },
  { id: 'chhuon', kh: ['ឈួន'], latin: ['Chhuon', 'Chhoun', 'Chuon'] },
  { id: 'ouk', kh: ['អ៊ុក', 'អុក'], latin: ['Ouk', 'Uk', 'Ouck'] },
  { id: 'prom', kh: ['ព្រំ'], latin: ['Prom', 'Prum', 'Prohm'] },
  { id: 'thach', kh: ['ថាច់', 'ថាច'], latin: ['Thach', 'Thatch', 'Thac'], unsure: ['ថាច'] },
  { id: 'nhem', kh: ['ញឹម'], latin: ['Nhem', 'Nhim', 'Nhoem'] },
  { id: 'vong', kh: ['វង្ស', 'វង់'], latin: ['Vong', 'Voung', 'Vung'] },
  { id: 'ang', kh: ['អ៊ាង', 'អាង'], latin: ['Ang', 'Aang', 'Eang'], unsure: ['Eang'] },
  { id: 'meng', kh: ['ម៉េង', 'មេង'], latin: ['Meng', 'Maeng'] },
  { id: 'touch', kh: ['ទូច', 'តូច'], latin: ['Touch', 'Toch', 'Tuch'], unsure: ['តូច'] },
  { id: 'seng', kh: ['សេង'], latin: ['Seng', 'Saeng'] },
  { id: 'hun', kh: ['ហ៊ុន', 'ហ៊ុណ'], latin: ['Hun', 'Houn', 'Hunn'], unsure: ['ហ៊ុណ'] },
  { id: 'khiev', kh: ['ខៀវ'], latin: ['Khiev', 'Khieu', 'Kheav'] },
  { id: 'lay', kh: ['ឡាយ', 'ឡៃ'], latin: ['Lay', 'Lai', 'Laiy'], unsure: ['ឡៃ'] },
  { id: 'huot', kh: ['ហួត'], latin: ['Huot', 'Hout', 'Huort'] },
  { id: 'sim', kh: ['ស៊ឹម', 'ស៊ីម'], latin: ['Sim', 'Seum', 'Sym'], unsure: ['ស៊ីម'] },
  { id: 'nget', kh: ['ង៉ែត', 'ងែត'], latin: ['Nget', 'Ngaet', 'Nguet'] },
  { id: 'pich', kh: ['ពេជ្រ', 'ពេជ'], latin: ['Pich', 'Pech', 'Petch'], unsure: ['ពេជ'] },
  { id: 'uy', kh: ['អ៊ុយ', 'អុយ'], latin: ['Uy', 'Ouy', 'Uoy'] },
  { id: 'chhay', kh: ['ឆាយ', 'ឆៃ'], latin: ['Chhay', 'Chhai', 'Chay'] },
  { id: 'eng', kh: ['អេង'], latin: ['Eng', 'Aeng'] },
  { id: 'svay', kh: ['ស្វាយ'], latin: ['Svay', 'Svai'] },
  { id: 'pen', kh: ['ប៉ែន', 'ប៉េន'], latin: ['Pen', 'Penh', 'Paen'], unsure: ['ប៉េន'] },
  { id: 'ros', kh: ['រស់'], latin: ['Ros', 'Ross', 'Rous'] },
  { id: 'kong', kh: ['គង់'], latin: ['Kong', 'Kung', 'Koung'] },
  { id: 'lim', kh: ['លឹម', 'លីម'], latin: ['Lim', 'Leum', 'Lym'], unsure: ['លីម'] },
  { id: 'yim', kh: ['យឹម', 'យីម'], latin: ['Yim', 'Yem', 'Yeum'], unsure: ['យីម'] },
  { id: 'tan', kh: ['តាន់'], latin: ['Tan', 'Tann', 'Taan'] },
  { id: 'phan', kh: ['ផាន់', 'ផន'], latin: ['Phan', 'Phann', 'Phaan'], unsure: ['ផន'] },
  { id: 'chhorn', kh: ['ឆន'], latin: ['Chhorn', 'Chhon', 'Chorn'] },
  { id: 'nov', kh: ['នៅ'], latin: ['Nov', 'Nouv', 'Nau'] },
  { id: 'say', kh: ['សាយ'], latin: ['Say', 'Sai', 'Saiy'] },
  { id: 'mean', kh: ['មាន'], latin: ['Mean', 'Mien', 'Meanh'] },
];

/** Given names (a compound like Srey Mom is one word in Khmer, written apart or joined in Latin). */
export const GIVEN18: readonly NameWord[] = [
  // women's names
  { id: 'sophea', sex: 'F', kh: ['សុភា', 'សោភា'], latin: ['Sophea', 'Sophear', 'Sopha'], unsure: ['សោភា'] },
  { id: 'sreymom', sex: 'F', kh: ['ស្រីមុំ', 'ស្រីមំ'], latin: ['Srey Mom', 'Sreymom', 'Srei Mom', 'Srey Mum'], unsure: ['ស្រីមំ'] },
  { id: 'sreyneang', sex: 'F', kh: ['ស្រីនាង', 'ស្រីណាង'], latin: ['Srey Neang', 'Sreyneang', 'Srei Neang', 'Srey Niang'] },
  { id: 'nary', sex: 'F', kh: ['ណារី', 'នារី'], latin: ['Nary', 'Neary', 'Nari'] },
  { id: 'chantha', sex: 'F', kh: ['ចន្ថា', 'ចន្ធា'], latin: ['Chantha', 'Chanthea', 'Chanta'], unsure: ['ចន្ធា'] },
  { id: 'sreypov', sex: 'F', kh: ['ស្រីពៅ'], latin: ['Srey Pov', 'Sreypov', 'Srei Pov', 'Srey Pao'] },
  { id: 'sopheap', sex: 'F', kh: ['សុភាព'], latin: ['Sopheap', 'Sophiep', 'Sopheab'] },
  { id: 'davy', sex: 'F', kh: ['ដាវី', 'ដាវិ'], latin: ['Davy', 'Davi', 'Davey'], unsure: ['ដាវិ'] },
  { id: 'chanthou', sex: 'F', kh: ['ចាន់ធូ', 'ច័ន្ទធូ'], latin: ['Chanthou', 'Chanthu', 'Chantou'] },
  { id: 'leakhena', sex: 'F', kh: ['លក្ខិណា', 'លក្ខណា'], latin: ['Leakhena', 'Lakhena', 'Leakena', 'Leakhenna'] },
  { id: 'sreyleak', sex: 'F', kh: ['ស្រីល័ក្ខ', 'ស្រីលក្ខ', 'ស្រីលាក់'], latin: ['Srey Leak', 'Sreyleak', 'Srei Leak', 'Srey Leakh'] },
  { id: 'maly', sex: 'F', kh: ['ម៉ាលី', 'មាលី'], latin: ['Maly', 'Mali', 'Malee'] },
  { id: 'pisey', sex: 'F', kh: ['ពិសី'], latin: ['Pisey', 'Pisei', 'Pisy'] },
  { id: 'thida', sex: 'F', kh: ['ធីតា', 'ធិតា'], latin: ['Thida', 'Thyda', 'Tida'] },
  { id: 'bopha', sex: 'F', kh: ['បុប្ផា'], latin: ['Bopha', 'Bophar', 'Bupha'] },
  { id: 'kunthea', sex: 'F', kh: ['គន្ធា'], latin: ['Kunthea', 'Konthea', 'Kunthia'] },
  { id: 'rany', sex: 'F', kh: ['រ៉ានី', 'រានី'], latin: ['Rany', 'Rani', 'Ranny'] },
  { id: 'chantrea', sex: 'F', kh: ['ចន្ទ្រា'], latin: ['Chantrea', 'Chanthrea', 'Chantria'] },
  { id: 'sokunthea', sex: 'F', kh: ['សុគន្ធា'], latin: ['Sokunthea', 'Sokonthea', 'Sokunthia'] },
  { id: 'socheata', sex: 'F', kh: ['សុជាតា'], latin: ['Socheata', 'Sochata', 'Socheatta'] },
  { id: 'sreynich', sex: 'F', kh: ['ស្រីនិច', 'ស្រីនិជ'], latin: ['Srey Nich', 'Sreynich', 'Srei Nich'], unsure: ['ស្រីនិជ'] },
  { id: 'kanha', sex: 'F', kh: ['កញ្ញា'], latin: ['Kanha', 'Kagna', 'Kanhha'] },
  { id: 'channary', sex: 'F', kh: ['ចាន់ណារី', 'ច័ន្ទណារី', 'ចាន់នារី'], latin: ['Channary', 'Chanary', 'Channari'] },
  { id: 'vanny', sex: 'F', kh: ['វ៉ាន់នី', 'វណ្ណី'], latin: ['Vanny', 'Vanni', 'Vany'], unsure: ['វណ្ណី'] },
  { id: 'mealea', sex: 'F', kh: ['មាលា'], latin: ['Mealea', 'Mealear', 'Meala'] },
  { id: 'chenda', sex: 'F', kh: ['ចិន្តា', 'ចិន្ដា'], latin: ['Chenda', 'Chinda', 'Chendar'] },
  { id: 'lina', sex: 'F', kh: ['លីណា', 'លីនា'], latin: ['Lina', 'Leena', 'Linna'] },
  { id: 'sreyoun', sex: 'F', kh: ['ស្រីអូន'], latin: ['Srey Oun', 'Sreyoun', 'Srei Oun', 'Srey Aun'] },
  { id: 'kolab', sex: 'F', kh: ['កុលាប'], latin: ['Kolab', 'Kolap', 'Kulab'] },
  { id: 'phalla', sex: 'F', kh: ['ផល្លា'], latin: ['Phalla', 'Phala', 'Phallah'] },
  { id: 'romduol', sex: 'F', kh: ['រំដួល'], latin: ['Romduol', 'Rumduol', 'Romdoul'] },
  { id: 'nita', sex: 'F', kh: ['នីតា', 'និតា'], latin: ['Nita', 'Nitta', 'Neta'] },
  // either sex
  { id: 'rasmey', sex: 'U', kh: ['រស្មី', 'រ៉ស្មី'], latin: ['Rasmey', 'Reaksmey', 'Raksmey', 'Rasmei'] },
  { id: 'sina', sex: 'U', kh: ['ស៊ីណា', 'សីណា', 'ស៊ីនា'], latin: ['Sina', 'Sinna', 'Seena'], unsure: ['ស៊ីនា'] },
  { id: 'vanna', sex: 'U', kh: ['វណ្ណា', 'វ៉ាន់ណា', 'វ៉ាន់នា'], latin: ['Vanna', 'Vana', 'Vannah'] },
  { id: 'sophorn', sex: 'U', kh: ['សុភ័ណ្ឌ', 'សុភ័ន', 'សុផន'], latin: ['Sophorn', 'Sophon', 'Sophann'], unsure: ['សុផន'] },
  { id: 'channa', sex: 'U', kh: ['ចាន់ណា', 'ច័ន្ទណា', 'ចាន់នា'], latin: ['Channa', 'Chana', 'Channah'] },
  { id: 'monny', sex: 'U', kh: ['មុន្នី', 'មុនី'], latin: ['Monny', 'Mony', 'Moni'] },
  { id: 'dany', sex: 'U', kh: ['ដានី', 'ដាណី'], latin: ['Dany', 'Dani', 'Danny'], unsure: ['ដាណី'] },
  { id: 'sokha', sex: 'U', kh: ['សុខា'], latin: ['Sokha', 'Sokhar', 'Sokkha'] },
  { id: 'ratana', sex: 'U', kh: ['រតនា', 'រ័តនា', 'រតណា'], latin: ['Ratana', 'Rattana', 'Rathana'], unsure: ['រតណា'] },
  { id: 'sopheak', sex: 'U', kh: ['សុភ័ក្ត្រ', 'សុភក្ត្រ', 'សុភ័ក្រ'], latin: ['Sopheak', 'Sopheakh', 'Sophiak'], unsure: ['សុភ័ក្រ'] },
  { id: 'veasna', sex: 'U', kh: ['វាសនា'], latin: ['Veasna', 'Veasnar', 'Vesna'] },
  { id: 'sovann', sex: 'U', kh: ['សុវណ្ណ', 'សុវ៉ាន់'], latin: ['Sovann', 'Sovan', 'Sowann'] },
  // men's names
  { id: 'vuthy', sex: 'M', kh: ['វុទ្ធី', 'វុឌ្ឍី', 'វុធី'], latin: ['Vuthy', 'Voeuthy', 'Vuthi', 'Vouthy'], unsure: ['វុធី'] },
  { id: 'chamroeun', sex: 'M', kh: ['ចម្រើន', 'ចំរើន'], latin: ['Chamroeun', 'Chamreun', 'Chamroen', 'Chamrern'] },
  { id: 'pheakdey', sex: 'M', kh: ['ភក្តី', 'ភក្ដី'], latin: ['Pheakdey', 'Pheakdei', 'Pheakdy', 'Peakdey'] },
  { id: 'piseth', sex: 'M', kh: ['ពិសិដ្ឋ', 'ពិសិទ្ធ', 'ពិសិដ្ធ'], latin: ['Piseth', 'Pisith', 'Piset'], unsure: ['ពិសិដ្ធ'] },
  { id: 'oudom', sex: 'M', kh: ['ឧត្តម', 'ឧត្ដម'], latin: ['Oudom', 'Otdam', 'Odom', 'Oudam'] },
  { id: 'samnang', sex: 'M', kh: ['សំណាង', 'សំនាង'], latin: ['Samnang', 'Samnag', 'Somnang'] },
  { id: 'dara', sex: 'M', kh: ['ដារ៉ា', 'ដារា'], latin: ['Dara', 'Darah', 'Darra'] },
  { id: 'sophal', sex: 'M', kh: ['សុផល', 'សុផល់'], latin: ['Sophal', 'Sophol', 'Sophall'], unsure: ['សុផល់'] },
  { id: 'vichet', sex: 'M', kh: ['វិចិត្រ', 'វិចិត្ត'], latin: ['Vichet', 'Vicheth', 'Vichit'], unsure: ['វិចិត្ត'] },
  { id: 'bora', sex: 'M', kh: ['បូរ៉ា', 'បូរា'], latin: ['Bora', 'Borah', 'Borra'] },
  { id: 'sambath', sex: 'M', kh: ['សម្បត្តិ', 'សម្បត្ដិ'], latin: ['Sambath', 'Sambat', 'Sombath'] },
  { id: 'bunthoeun', sex: 'M', kh: ['ប៊ុនធឿន'], latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthoen'] },
  { id: 'vibol', sex: 'M', kh: ['វិបុល'], latin: ['Vibol', 'Vibul', 'Viboul'] },
  { id: 'ponleu', sex: 'M', kh: ['ពន្លឺ'], latin: ['Ponleu', 'Ponlue', 'Pornleu'] },
  { id: 'rithy', sex: 'M', kh: ['រិទ្ធី', 'ឫទ្ធី', 'រិទ្ធិ'], latin: ['Rithy', 'Rity', 'Rithi'] },
  { id: 'sarath', sex: 'M', kh: ['សារ៉ាត់', 'សារ័ត្ន'], latin: ['Sarath', 'Sarat', 'Saroth'], unsure: ['សារ័ត្ន'] },
  { id: 'theara', sex: 'M', kh: ['ធារ៉ា', 'ធារា'], latin: ['Theara', 'Thera', 'Thearah'] },
  { id: 'makara', sex: 'M', kh: ['មករា'], latin: ['Makara', 'Makkara', 'Makarak'] },
  { id: 'visal', sex: 'M', kh: ['វិសាល'], latin: ['Visal', 'Veasal', 'Vesal'] },
  { id: 'chanthorn', sex: 'M', kh: ['ចាន់ថន', 'ច័ន្ទថន'], latin: ['Chanthorn', 'Chanthon', 'Chanton'] },
  { id: 'sokhom', sex: 'M', kh: ['សុខុម'], latin: ['Sokhom', 'Sokhum', 'Sokum'] },
  { id: 'narith', sex: 'M', kh: ['ណារិទ្ធ', 'នារិទ្ធ', 'ណារិត'], latin: ['Narith', 'Nareth', 'Narit'], unsure: ['ណារិត'] },
  { id: 'sothy', sex: 'M', kh: ['សុធី', 'សុទ្ធី'], latin: ['Sothy', 'Sothey', 'Sothi'] },
  { id: 'bunna', sex: 'M', kh: ['ប៊ុនណា', 'ប៊ុននា'], latin: ['Bunna', 'Buna', 'Bounna'] },
  { id: 'tola', sex: 'M', kh: ['តុលា'], latin: ['Tola', 'Tolla', 'Tula'] },
  { id: 'virak', sex: 'M', kh: ['វីរៈ', 'វិរៈ'], latin: ['Virak', 'Veerak', 'Virakh'], unsure: ['វិរៈ'] },
  { id: 'kosal', sex: 'M', kh: ['កុសល', 'កុសល់'], latin: ['Kosal', 'Kosol', 'Kusal'] },
  { id: 'sokun', sex: 'M', kh: ['សុគុណ', 'សុគន់'], latin: ['Sokun', 'Sokunn', 'Sokoun'], unsure: ['សុគន់'] },
  { id: 'rotha', sex: 'M', kh: ['រដ្ឋា', 'រ័ដ្ឋា'], latin: ['Rotha', 'Rattha', 'Ratha'], unsure: ['រ័ដ្ឋា'] },
  { id: 'khemara', sex: 'M', kh: ['ខេមរា', 'ខេមរៈ'], latin: ['Khemara', 'Khemra', 'Kemara'], unsure: ['ខេមរៈ'] },
  { id: 'seyha', sex: 'M', kh: ['សីហា'], latin: ['Seyha', 'Seiha', 'Sayha'] },
  { id: 'dalin', sex: 'M', kh: ['ដាលីន'], latin: ['Dalin', 'Daline', 'Dalinn'] },
  { id: 'sakada', sex: 'M', kh: ['សក្ដា', 'សក្តា'], latin: ['Sakada', 'Sakda', 'Sakkada'] },
  // less common given names (the long tail)
  { id: 'rachana', sex: 'F', rare: true, kh: ['រចនា'], latin: ['Rachana', 'Rachna', 'Reachana'] },
  { id: 'kalyan', sex: 'F', rare: true, kh: ['កល្យាណ'], latin: ['Kalyan', 'Kalyann', 'Kalian'] },
  { id: 'sotheary', sex: 'F', rare: true, kh: ['សុធារី'], latin: ['Sotheary', 'Sothary', 'Sotheari'] },
  { id: 'molika', sex: 'F', rare: true, kh: ['ម៉ូលីកា', 'មល្លិកា'], latin: ['Molika', 'Mollika', 'Moleka'], unsure: ['មល្លិកា'] },
  { id: 'sophy', sex: 'F', rare: true, kh: ['សុភី'], latin: ['Sophy', 'Sophi', 'Sophie'] },
  { id: 'chariya', sex: 'F', rare: true, kh: ['ចរិយា'], latin: ['Chariya', 'Chareya', 'Charyia'] },
  { id: 'vichika', sex: 'F', rare: true, kh: ['វិច្ឆិកា'], latin: ['Vichika', 'Vichhika', 'Vichheka'] },
  { id: 'somaly', sex: 'F', rare: true, kh: ['សុម៉ាលី', 'សុមាលី'], latin: ['Somaly', 'Somali', 'Somalay'] },
  { id: 'sreyroth', sex: 'F', rare: true, kh: ['ស្រីរ័ត្ន', 'ស្រីរត្ន'], latin: ['Srey Roth', 'Sreyroth', 'Srei Roth'], unsure: ['ស្រីរត្ន'] },
  { id: 'navy', sex: 'F', rare: true, kh: ['ណាវី', 'នាវី'], latin: ['Navy', 'Navi', 'Navey'] },
  { id: 'sreypich', sex: 'F', rare: true, kh: ['ស្រីពេជ្រ'], latin: ['Srey Pich', 'Sreypich', 'Srei Pich', 'Srey Pech'] },
  { id: 'theary', sex: 'F', rare: true, kh: ['ធារី'], latin: ['Theary', 'Thary', 'Theari'] },
  { id: 'many', sex: 'F', rare: true, kh: ['ម៉ានី', 'មានី'], latin: ['Many', 'Mani', 'Manny'] },
  { id: 'lida', sex: 'F', rare: true, kh: ['លីដា'], latin: ['Lida', 'Leda', 'Lyda'] },
  { id: 'puthy', sex: 'U', rare: true, kh: ['ពុទ្ធី', 'ពុធី'], latin: ['Puthy', 'Putthy', 'Pouthy'] },
  { id: 'panha', sex: 'U', rare: true, kh: ['បញ្ញា'], latin: ['Panha', 'Pagna', 'Panhna'] },
  { id: 'samphors', sex: 'U', rare: true, kh: ['សម្ផស្ស'], latin: ['Samphors', 'Samphos', 'Somphors'] },
  { id: 'borey', sex: 'M', rare: true, kh: ['បុរី', 'បូរី'], latin: ['Borey', 'Borei', 'Bory'] },
  { id: 'visoth', sex: 'M', rare: true, kh: ['វិសុទ្ធ', 'វិសុទ្ធិ'], latin: ['Visoth', 'Visot', 'Vesoth'] },
  { id: 'pisal', sex: 'M', rare: true, kh: ['ពិសាល'], latin: ['Pisal', 'Pesal', 'Pisall'] },
  { id: 'narong', sex: 'M', rare: true, kh: ['ណារ៉ុង', 'នារ៉ុង'], latin: ['Narong', 'Naroung', 'Narung'] },
  { id: 'vathana', sex: 'M', rare: true, kh: ['វឌ្ឍនា', 'វឌ្ឍនៈ'], latin: ['Vathana', 'Vatthana', 'Vatana'], unsure: ['វឌ្ឍនៈ'] },
  { id: 'sitha', sex: 'M', rare: true, kh: ['ស៊ីថា', 'សីថា'], latin: ['Sitha', 'Seitha', 'Sytha'] },
  { id: 'phearom', sex: 'M', rare: true, kh: ['ភារម្យ', 'ភារំ'], latin: ['Phearom', 'Pheareum', 'Pharom'], unsure: ['ភារំ'] },
  { id: 'pirun', sex: 'M', rare: true, kh: ['ពិរុណ', 'ពិរុន'], latin: ['Pirun', 'Piroun', 'Pirunn'] },
  { id: 'samith', sex: 'M', rare: true, kh: ['សាមិត', 'សាមិទ្ធ'], latin: ['Samith', 'Samit', 'Sameth'], unsure: ['សាមិទ្ធ'] },
  { id: 'thearith', sex: 'M', rare: true, kh: ['ធារិទ្ធ', 'ធារិទ្ធិ'], latin: ['Thearith', 'Tharith', 'Thearit'] },
  { id: 'chamnan', sex: 'M', rare: true, kh: ['ចំណាន', 'ចំណាន់'], latin: ['Chamnan', 'Chamnann', 'Chomnan'], unsure: ['ចំណាន់'] },
];
