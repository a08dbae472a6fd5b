/**
 * Name lists for the `seventyseventh` roster (a grader's roster, written blind).
 *
 * Each word is given once in Khmer script (standard Unicode order: base, coeng + subscript,
 * register shifter, vowel, sign) and with the Latin spellings that are really seen for it,
 * the most usual first. Compound given names (ស្រីមុំ) list both the split and the run-together
 * spelling (Srey Mom / Sreymom), since both are written.
 *
 * The lists are ordered roughly by how common the word is; the generator draws early items more
 * often, so common full names (Sok Sophea, Chan Dara ...) collide as they do in a real factory.
 */

export interface NameWord {
  /** The word in Khmer script. */
  kh: string;
  /** Latin spellings in real use, the most usual first. */
  latin: readonly string[];
}

export interface GivenName extends NameWord {
  sex: 'F' | 'M';
}

/** Family names (written first in Khmer). */
export const FAMILY: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'សៅ', latin: ['Sao', 'Sau'] },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem', 'Keum'] },
  { kh: 'សេង', latin: ['Seng', 'Sieng'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun', 'Sunn'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Kev'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ម៉ម', latin: ['Mom', 'Morm'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn', 'Houn'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan', 'Noun'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem', 'Chheum'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk', 'Ok'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun', 'Bunn'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem', 'Yeum'] },
  { kh: 'ឡុង', latin: ['Long', 'Lung'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs', 'Vaung'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev', 'Kheav'] },
  { kh: 'សំ', latin: ['Sam', 'Samm'] },
  { kh: 'ប៉ែន', latin: ['Pen', 'Paen', 'Penn'] },
  { kh: 'មាស', latin: ['Meas', 'Mias', 'Meah'] },
  { kh: 'ម៉ែន', latin: ['Men', 'Maen'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim', 'Nheum'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ឈឿន', latin: ['Chhoeun', 'Chhoeurn', 'Chhoen'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Brak'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos', 'Rous'] },
  { kh: 'អ៊ឹង', latin: ['Ing', 'Eng', 'Eung'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'ស្រ៊ុន', latin: ['Srun', 'Sroun'] },
  { kh: 'លេង', latin: ['Leng', 'Lieng'] },
  { kh: 'ថាច់', latin: ['Thach', 'Thac'] },
  { kh: 'ស៊ឹម', latin: ['Sim', 'Sem', 'Seum'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chay'] },
  { kh: 'តាន់', latin: ['Tan', 'Tann'] },
  { kh: 'មាន', latin: ['Mean', 'Mien'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem', 'Leum'] },
  { kh: 'ឌិន', latin: ['Din', 'Dinn'] },
  { kh: 'ហុង', latin: ['Hong', 'Hung'] },
  { kh: 'ហួត', latin: ['Huot', 'Huat', 'Hout'] },
  { kh: 'កៅ', latin: ['Kao', 'Kau'] },
];

/** Women's given names (most garment workers are women). */
export const GIVEN_F: readonly GivenName[] = [
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sophia'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom', 'Srey Mum'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srei Pov', 'Srey Pow'], sex: 'F' },
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'F' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi', 'Chan Thy'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Theda', 'Tida'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi', 'Da Vy'], sex: 'F' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sophiep', 'Sopheab'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich', 'Srei Nich'], sex: 'F' },
  { kh: 'ចន្ធូ', latin: ['Chanthou', 'Chanthu', 'Chan Thou'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kunthear', 'Kanthea'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali', 'Malee'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srey On'], sex: 'F' },
  { kh: 'រ៉ានី', latin: ['Rany', 'Rani'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Lyda', 'Leda'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei', 'Pisy'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha', 'Bophar'], sex: 'F' },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich', 'Srey Pech'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokunthear', 'Sokanthea'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Teary'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'ស្រីនី', latin: ['Srey Ny', 'Sreyny', 'Srei Ny'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana', 'Rachna', 'Rachnea'], sex: 'F' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni', 'Vany'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhnha'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somali'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena', 'Leakhina'], sex: 'F' },
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Reaksmei'], sex: 'F' },
  { kh: 'ស្រីម៉ៅ', latin: ['Srey Mao', 'Sreymao', 'Srei Mao'], sex: 'F' },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochata', 'Sochieta'], sex: 'F' },
  { kh: 'សុធាវី', latin: ['Sotheavy', 'Sotheavey', 'Sothavy'], sex: 'F' },
  { kh: 'សុផានី', latin: ['Sophany', 'Sophani'], sex: 'F' },
  { kh: 'វណ្ណារី', latin: ['Vannary', 'Vanary'], sex: 'F' },
  { kh: 'ដានី', latin: ['Dany', 'Dani'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda', 'Chendar'], sex: 'F' },
  { kh: 'ពុទ្ធី', latin: ['Puthy', 'Putthy', 'Puthi'], sex: 'F' },
  { kh: 'ស្រីហួរ', latin: ['Srey Hour', 'Sreyhour', 'Srei Hour'], sex: 'F' },
];

/** Men's given names. */
export const GIVEN_M: readonly GivenName[] = [
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophall', 'Sophol'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit', 'Vicheth'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang', 'Sam Nang'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset', 'Pisith'], sex: 'M' },
  { kh: 'រតនា', latin: ['Rathana', 'Ratana', 'Rattana'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanthar', 'Chan Tha'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal', 'Kosol'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearah'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi', 'Ritthy'], sex: 'M' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vannah', 'Vana'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroen', 'Chomroeun'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasnar', 'Vesna'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear', 'Sotha'], sex: 'M' },
  { kh: 'មុន្នី', latin: ['Monny', 'Mony', 'Muny'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom', 'Outdom'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Panhnha'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Vesal', 'Visall'], sex: 'M' },
  { kh: 'ម៉ានិត', latin: ['Manith', 'Manit'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochiet', 'Socheath'], sex: 'M' },
  { kh: 'តុលា', latin: ['Tola', 'Tula'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bun Thoeun', 'Bunthoeurn'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat', 'Sombath'], sex: 'M' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'M' },
  { kh: 'ភក្ដី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Sithar', 'Setha'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha', 'Roatha'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'សេរី', latin: ['Serey', 'Sereiy', 'Sery'], sex: 'M' },
  { kh: 'សារិន', latin: ['Sarin', 'Sarinn'], sex: 'M' },
  { kh: 'សាវឿន', latin: ['Savoeun', 'Savoeurn', 'Savuon'], sex: 'M' },
  { kh: 'ចាន់រ៉ា', latin: ['Chanra', 'Chan Ra'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Vireakh', 'Virak'], sex: 'M' },
  { kh: 'លីហួរ', latin: ['Lyhour', 'Ly Hour', 'Lihour'], sex: 'M' },
  { kh: 'បូរិន', latin: ['Borin', 'Boren'], sex: 'M' },
  { kh: 'សុវត្ថិ', latin: ['Sovath', 'Sovat', 'Sovatt'], sex: 'M' },
];

/** QWERTY neighbours, for a phone keyboard's mistyped letter. */
export const QWERTY_NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'awdzx', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm',
  l: 'kop', z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};
