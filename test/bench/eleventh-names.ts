/**
 * Name lists for the "eleventh" roster (see eleventh.ts): Cambodian family and given names in
 * Khmer script, each with the Latin spellings people really use for it, most usual first. The
 * lists are ordered roughly by how common the name is, so a skewed pick makes namesakes collide
 * the way they do on a real register (Sok, Chan, Chea ...).
 *
 * A two-word given name (Srey Mom) lists both the spaced and the run-together spelling.
 */

export type NameSex = 'F' | 'M' | 'U';

export interface KhName {
  /** The name in Khmer script, in canonical Unicode order (base, coeng + subscript, shifter, vowel, sign). */
  kh: string;
  /** Latin spellings, the usual one first. */
  latin: readonly string[];
}

export interface KhGiven extends KhName {
  /** F, M, or U for a name given to both. */
  sex: NameSex;
}

export const FAMILY_11: readonly KhName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev'] },
  { kh: 'នូ', latin: ['Nou', 'Nu'] },
  { kh: 'ស៊ឹម', latin: ['Sim', 'Sem'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pao'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ម៉ម', latin: ['Mom'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hoon'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vorng'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Em'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'នៅ', latin: ['Nov', 'Nao'] },
  { kh: 'ម៉ែន', latin: ['Men'] },
  { kh: 'ផាន់', latin: ['Phan'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'សៀង', latin: ['Sieng', 'Seang'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chay'] },
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'ចៅ', latin: ['Chau', 'Chao'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'ញឹក', latin: ['Nhek', 'Nhik'] },
  { kh: 'ម៉ក់', latin: ['Mok'] },
  { kh: 'ស្វាយ', latin: ['Svay'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khoun'] },
  { kh: 'អ៊ុង', latin: ['Ung', 'Oung'] },
  { kh: 'ឡាយ', latin: ['Lay'] },
  { kh: 'ភន', latin: ['Phon', 'Phorn'] },
  { kh: 'យិន', latin: ['Yin', 'Yen'] },
];

export const GIVEN_11: readonly KhGiven[] = [
  // given to both
  { kh: 'សុខា', latin: ['Sokha', 'Sokkha', 'Sokhar'], sex: 'U' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'មុនី', latin: ['Mony', 'Monny', 'Moni'], sex: 'U' },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokhly'], sex: 'U' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophek'], sex: 'U' },
  { kh: 'ពុទ្ធី', latin: ['Puthy', 'Putthy'], sex: 'U' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'U' },
  // women
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'រតនា', latin: ['Rattana', 'Ratana', 'Rathana'], sex: 'F' },
  { kh: 'ចន្ថា', latin: ['Chantha', 'Chanthea'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov'], sex: 'F' },
  { kh: 'ស្រីលក្ខណ៍', latin: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'ស្រីណា', latin: ['Sreyna', 'Srey Na'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Malee'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhya'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokhunthea'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Naree'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Leeda'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophi'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somalee'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Rasmey'], sex: 'F' },
  { kh: 'ស្រីម៉ៅ', latin: ['Srey Mao', 'Sreymao'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], sex: 'F' },
  { kh: 'សុខណា', latin: ['Sokna', 'Sokhna'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  // men
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophorl'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroen'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Vesal'], sex: 'M' },
  { kh: 'ភក្ដី', latin: ['Pheakdey', 'Pheakdei', 'Pheakdy'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Vesna'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thera'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'សារ៉ុន', latin: ['Saron', 'Sarun'], sex: 'M' },
  { kh: 'ម៉េង', latin: ['Meng'], sex: 'M' },
  { kh: 'សុខហេង', latin: ['Sokheng'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn'], sex: 'M' },
  { kh: 'ចាន់ដារ៉ា', latin: ['Chandara'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'ណារ៉ុង', latin: ['Narong'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Panhya'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'ពិសាល', latin: ['Pisal'], sex: 'M' },
  { kh: 'សីហា', latin: ['Seyha', 'Sayha'], sex: 'M' },
  { kh: 'សុវិជ្ជា', latin: ['Sovichea'], sex: 'M' },
  { kh: 'រតនៈ', latin: ['Rathanak', 'Ratanak', 'Rattanak'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'កក្កដា', latin: ['Kakada', 'Kakkada'], sex: 'M' },
  { kh: 'ធារិទ្ធ', latin: ['Thearith', 'Thearit'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Virak', 'Vireak'], sex: 'M' },
];
