/**
 * Name lists for the `fortysecond` roster (nicknames). Written blind for this generator only.
 *
 * Each word has its Khmer spelling and the Latin romanizations seen for it on Cambodian ID cards,
 * payroll sheets and NSSF registers; the first romanization is the most usual one. Two-word given
 * names (Srey Mom) are one Khmer word and are romanized both split and joined. Lists are ordered
 * from common to rare (the generator draws them skewed).
 */

export type SexTag = 'M' | 'F' | 'U';

export interface NameWord {
  kh: string;
  latin: readonly string[];
}

export interface Nickname extends NameWord {
  /** Who goes by it: M, F, or U for either. */
  sex: SexTag;
}

/** Family names (first word on the ID card). */
export const FAMILY_NAMES: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear', 'Chia'] },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'សៅ', latin: ['Sao', 'Sau'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem', 'Kym'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem', 'Chim'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'សេង', latin: ['Seng', 'Sieng'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keav'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ព្រំ', latin: ['Prom', 'Prum'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem', 'Nim'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev', 'Kheav'] },
  { kh: 'ផល', latin: ['Phal', 'Phall', 'Phol'] },
  { kh: 'ស្រេង', latin: ['Sreng', 'Srieng'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hoon'] },
  { kh: 'សួន', latin: ['Suon', 'Suorn'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vorng'] },
  { kh: 'ឡុង', latin: ['Long', 'Lorng'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khon'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Eim'] },
  { kh: 'ប៉ែន', latin: ['Pen', 'Paen'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuorn'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhoun'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'] },
  { kh: 'គង់', latin: ['Kong', 'Korng'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ម៉េង', latin: ['Meng', 'Mieng'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ឈាង', latin: ['Chheang', 'Chhiang'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'ថោង', latin: ['Thong', 'Thaong', 'Taong'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
];

/** Men's given names. */
export const GIVEN_MALE: readonly NameWord[] = [
  { kh: 'សុផល', latin: ['Sophal', 'Sophall', 'Sophol'] },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah', 'Darra'] },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi'] },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'] },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi', 'Rity'] },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'] },
  { kh: 'វិសាល', latin: ['Visal', 'Vishal', 'Visall'] },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset', 'Pisith'] },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'] },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'] },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha', 'Rattha'] },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'] },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoen', 'Bunthouen'] },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroen', 'Chamrouen'] },
  { kh: 'វិជ្ជា', latin: ['Vichea', 'Vichear'] },
  { kh: 'មករា', latin: ['Makara', 'Makkara'] },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Sithar'] },
  { kh: 'ភិរម្យ', latin: ['Phirum', 'Phirom', 'Phearum'] },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasnar', 'Vesna'] },
  { kh: 'ប៊ុនណា', latin: ['Bunna', 'Bunnar', 'Bonna'] },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sopheakk'] },
  { kh: 'នរិទ្ធ', latin: ['Narith', 'Norith'] },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'] },
  { kh: 'ភក្ដី', latin: ['Pheakdey', 'Pheakdei', 'Phakdey'] },
  { kh: 'មុនី', latin: ['Mony', 'Muny', 'Moni'] },
  { kh: 'រតនា', latin: ['Rathana', 'Ratana', 'Rattana'] },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'] },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearah', 'Thira'] },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'] },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'] },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom', 'Outdom'] },
  { kh: 'សិលា', latin: ['Seyla', 'Sela', 'Seila'] },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'] },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanta'] },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet'] },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'] },
  { kh: 'វិបុល', latin: ['Vibol', 'Vipol'] },
  { kh: 'សារុន', latin: ['Sarun', 'Saroun'] },
  { kh: 'សោភ័ណ', latin: ['Sophorn', 'Sophon', 'Saophorn'] },
];

/** Women's given names. */
export const GIVEN_FEMALE: readonly NameWord[] = [
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopheah'] },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'] },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak', 'Srei Leak'] },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Peou', 'Srei Pov'] },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'] },
  { kh: 'ចន្ធី', latin: ['Chanthy', 'Chanthi', 'Chanthee'] },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich', 'Srei Nich'] },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokhunthea', 'Sokuntha'] },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline', 'Dalyn'] },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophea', 'Bupha'] },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich', 'Srey Pech'] },
  { kh: 'ចាន់ណារី', latin: ['Channary', 'Chanary', 'Channari'] },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhnha'] },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena', 'Leakkhena'] },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'] },
  { kh: 'ធីតា', latin: ['Thida', 'Theda', 'Thyda'] },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Rasmey'] },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei', 'Pisy'] },
  { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'] },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vannah', 'Vana'] },
  { kh: 'ម្លិះ', latin: ['Malis', 'Maliss', 'Mlis'] },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srei Oun'] },
  { kh: 'ណាវី', latin: ['Navy', 'Navie'] },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear'] },
  { kh: 'កុលាប', latin: ['Kolab', 'Kulab', 'Kolap'] },
  { kh: 'ធារី', latin: ['Theary', 'Thearey', 'Theari'] },
  { kh: 'ណារី', latin: ['Nary', 'Narie', 'Nari'] },
  { kh: 'លីណា', latin: ['Lina', 'Leena', 'Linna'] },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu'] },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somalie'] },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kuntheah', 'Kuntha'] },
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'] },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna'] },
  { kh: 'សុខនី', latin: ['Sokny', 'Sokhny'] },
];

/**
 * Nicknames (ឈ្មោះហៅក្រៅ): everyday words used as names, most popular first. Several are also real
 * given or family names (Srey Pov, Srey Neang, Mao, Heng, Ly, Meng), which is the point.
 */
export const NICKNAMES: readonly Nickname[] = [
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srey Peou', 'Srei Pov'], sex: 'F' },
  { kh: 'ពៅ', latin: ['Pov', 'Peou', 'Pou', 'Pauv'], sex: 'U' },
  { kh: 'តូច', latin: ['Touch', 'Toch', 'Tauch'], sex: 'U' },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'], sex: 'U' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ធំ', latin: ['Thom', 'Thum'], sex: 'U' },
  { kh: 'ខ្មៅ', latin: ['Khmao', 'Kmao', 'Khmau'], sex: 'U' },
  { kh: 'ណាក់', latin: ['Nak', 'Nakk'], sex: 'U' },
  { kh: 'លីន', latin: ['Lin', 'Linn'], sex: 'U' },
  { kh: 'អាទី', latin: ['Ah Tee', 'A Ti', 'Ah Ty'], sex: 'M' },
  { kh: 'បងធំ', latin: ['Bong Thom', 'Bang Thom', 'Borng Thom'], sex: 'M' },
  { kh: 'ក្ដាត់', latin: ['Kdat', 'Kdath'], sex: 'U' },
  { kh: 'អូន', latin: ['Oun', 'Own', 'Un'], sex: 'U' },
  { kh: 'ស្រីតូច', latin: ['Srey Touch', 'Sreytouch', 'Srey Toch'], sex: 'F' },
  { kh: 'នាង', latin: ['Neang', 'Nang'], sex: 'F' },
  { kh: 'អាខ្មៅ', latin: ['Ah Khmao', 'A Khmao'], sex: 'M' },
  { kh: 'អាពៅ', latin: ['Ah Pov', 'A Pov', 'Ah Peou'], sex: 'M' },
  { kh: 'មីតូច', latin: ['Mi Touch', 'Mee Touch'], sex: 'F' },
  { kh: 'ចិន', latin: ['Chen', 'Chin'], sex: 'U' },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'], sex: 'U' },
  { kh: 'លី', latin: ['Ly', 'Lee'], sex: 'U' },
  { kh: 'ម៉េង', latin: ['Meng', 'Mieng'], sex: 'U' },
  { kh: 'នី', latin: ['Ny', 'Nee', 'Ni'], sex: 'F' },
  { kh: 'ដា', latin: ['Da', 'Dar'], sex: 'U' },
  { kh: 'មុំ', latin: ['Mom', 'Mum'], sex: 'F' },
  { kh: 'ម៉ី', latin: ['Mey', 'Mei'], sex: 'F' },
  { kh: 'ចៅ', latin: ['Chao', 'Chau'], sex: 'U' },
  { kh: 'វី', latin: ['Vy', 'Vee'], sex: 'U' },
  { kh: 'អាម៉ៅ', latin: ['Ah Mao', 'A Mao'], sex: 'M' },
];
