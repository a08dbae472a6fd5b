/**
 * Name lists for the "hundredsixth" roster (Khmer on one side, Latin by ear on the other).
 *
 * Written blind from general knowledge of Cambodian names; not copied from any other list in this repository.
 * Each entry is one Khmer word of a name (a family name, or a given name that may be a compound such as
 * ស្រី + មុំ "Srey Mom"), written in the canonical code-point order (base, coeng+subscript, register shifter,
 * vowel, sign), with its usual Latin spellings. The FIRST Latin spelling is the fund clerk's spelling; the others
 * are spellings an inspector might write by ear. Lists are ordered roughly from common to rare, because the
 * generator draws from them with a skew (pickSkewed).
 */
export interface NameWord {
  /** Khmer script, canonical order, compound parts joined with no separator. */
  kh: string;
  /** For compound given names (ស្រី + មុំ): the parts, so that a separator can be put between them. */
  parts?: readonly string[];
  /** Latin spellings; [0] is the clerk's. A space inside marks a split compound ("Srey Mom"). */
  latin: readonly string[];
}

export const FAMILY: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh', 'Sock'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann', 'Chanh'] },
  { kh: 'ជា', latin: ['Chea', 'Chear', 'Chia'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng', 'Hen'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau', 'Mav'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun', 'Sunn'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhoem', 'Chim'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Houn', 'Hunn'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun', 'Nuen'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech', 'Petch'] },
  { kh: 'សោម', latin: ['Som', 'Saom', 'Sorm'] },
  { kh: 'ឡុង', latin: ['Long', 'Loung', 'Lung'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum', 'Oeum'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb', 'Thep'] },
  { kh: 'យិន', latin: ['Yin', 'Yinn', 'Yen'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu', 'Kheav'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom', 'Prorm'] },
  { kh: 'សេង', latin: ['Seng', 'Saeng', 'Sen'] },
  { kh: 'ម៉ម', latin: ['Mom', 'Morm', 'Mam'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek', 'Eak'] },
  { kh: 'ភួង', latin: ['Phuong', 'Phoung', 'Puong'] },
  { kh: 'ស៊ាង', latin: ['Sieng', 'Seang', 'Siang'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'មាស', latin: ['Meas', 'Mias', 'Meah'] },
  { kh: 'ឃឹម', latin: ['Khim', 'Khoem', 'Kim'] },
  { kh: 'វង្ស', latin: ['Vong', 'Wong', 'Vongs'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout', 'Hut'] },
  { kh: 'នៅ', latin: ['Nov', 'Nou', 'Nouv'] },
  { kh: 'ជិន', latin: ['Chin', 'Chinn', 'Chen'] },
  { kh: 'អ៊ូ', latin: ['Ou', 'U', 'Oo'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou', 'Pau'] },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn', 'Sine'] },
  // គឹម and ឃឹម both come out "Kim": two Khmer spellings, one sound (namesakes by ear).
  { kh: 'គឹម', latin: ['Kim', 'Kem', 'Keum'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chun', 'Chhoun'] },
  { kh: 'លឹម', latin: ['Lim', 'Leum', 'Loem'] },
  { kh: 'តាន់', latin: ['Tan', 'Tann', 'Taan'] },
  { kh: 'ង៉ែត', latin: ['Ngeth', 'Nget', 'Ngaet'] },
  { kh: 'ស្រេង', latin: ['Sreng', 'Sraeng', 'Srenh'] },
];

/** Given names used for either sex. */
const UNISEX: readonly NameWord[] = [
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar', 'Sokhaa'] },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang', 'Samnaang'] },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Wanna', 'Vana'] },
  { kh: 'ម៉ុនី', latin: ['Mony', 'Moni', 'Monny'] },
  { kh: 'មករា', latin: ['Makara', 'Makkara', 'Makra'] },
  { kh: 'ពន្លឺ', latin: ['Ponleu', 'Ponlue', 'Ponleur'] },
];

export const GIVEN_F: readonly NameWord[] = [
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sophia'] },
  { kh: 'ស្រីមុំ', parts: ['ស្រី', 'មុំ'], latin: ['Srey Mom', 'Sreymom', 'Srei Mom', 'Srey Mum'] },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi', 'Chanty'] },
  UNISEX[0],
  { kh: 'ស្រីពៅ', parts: ['ស្រី', 'ពៅ'], latin: ['Srey Pov', 'Sreypov', 'Srei Pou'] },
  { kh: 'ធីតា', latin: ['Thida', 'Thidar', 'Tida'] },
  { kh: 'ស្រីនាង', parts: ['ស្រី', 'នាង'], latin: ['Srey Neang', 'Sreyneang', 'Srei Neang', 'Srey Niang'] },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bophar', 'Bopa'] },
  { kh: 'ស្រីលក្ខណ៍', parts: ['ស្រី', 'លក្ខណ៍'], latin: ['Srey Leak', 'Sreyleak', 'Srei Leak'] },
  { kh: 'ចាន់ធូ', latin: ['Chanthou', 'Chanthu', 'Chantou'] },
  UNISEX[2],
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea', 'Sokunthia'] },
  { kh: 'ដាវី', latin: ['Davy', 'Davi', 'Dawy'] },
  { kh: 'រ៉ានី', latin: ['Rany', 'Rani', 'Raney'] },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kannha'] },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali', 'Malee'] },
  UNISEX[3],
  { kh: 'ស្រីនិច', parts: ['ស្រី', 'និច'], latin: ['Srey Nich', 'Sreynich', 'Srei Nich'] },
  { kh: 'លីដា', latin: ['Lida', 'Leeda', 'Lyda'] },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya', 'Charya'] },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala', 'Pholla'] },
  { kh: 'នារី', latin: ['Neary', 'Neari', 'Nary'] },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei', 'Pisy'] },
  UNISEX[1],
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary', 'Sovannari'] },
  { kh: 'ស្រីរ័ត្ន', parts: ['ស្រី', 'រ័ត្ន'], latin: ['Srey Roth', 'Sreyroth', 'Srey Rath'] },
  { kh: 'ស្រីពេជ្រ', parts: ['ស្រី', 'ពេជ្រ'], latin: ['Srey Pich', 'Sreypich', 'Srey Pech'] },
  { kh: 'ស្រីអូន', parts: ['ស្រី', 'អូន'], latin: ['Srey Oun', 'Sreyoun', 'Srey Un'] },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Konthea', 'Kunthear'] },
  { kh: 'ឧត្តរា', latin: ['Oudara', 'Otdara', 'Udara'] },
  UNISEX[4],
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Reasmey'] },
  { kh: 'សុជាតា', latin: ['Socheata', 'Sochiata', 'Sochetta'] },
  { kh: 'ស្រីនី', parts: ['ស្រី', 'នី'], latin: ['Srey Ny', 'Sreyny', 'Srei Ni'] },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Lakhena', 'Leakena'] },
  { kh: 'វិច្ឆិកា', latin: ['Vichika', 'Vichhika', 'Wichika'] },
  { kh: 'ចាន់ណារី', latin: ['Channary', 'Chanary', 'Channari'] },
  { kh: 'សុខលី', latin: ['Sokly', 'Sokley', 'Sokli'] },
  { kh: 'ធារី', latin: ['Theary', 'Thiary', 'Teary'] },
  { kh: 'ស្រីណា', parts: ['ស្រី', 'ណា'], latin: ['Srey Na', 'Sreyna', 'Srei Na'] },
  UNISEX[5],
];

export const GIVEN_M: readonly NameWord[] = [
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy'] },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darra', 'Daraa'] },
  UNISEX[0],
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab', 'Sophep'] },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit', 'Vicheth'] },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset', 'Pisith'] },
  UNISEX[1],
  { kh: 'រតនា', latin: ['Ratana', 'Rattana', 'Rotana'] },
  { kh: 'សុផល', latin: ['Sophal', 'Sophorl', 'Sophol'] },
  { kh: 'វិសាល', latin: ['Visal', 'Wisal', 'Visaal'] },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borra', 'Boraa'] },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana', 'Channah'] },
  UNISEX[2],
  { kh: 'សារ៉ុន', latin: ['Sarun', 'Saroun', 'Saron'] },
  { kh: 'សុធា', latin: ['Sothea', 'Sothear', 'Sotia'] },
  { kh: 'កុសល', latin: ['Kosal', 'Kusal', 'Kosol'] },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearra', 'Teara'] },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum', 'Sokhoum'] },
  UNISEX[3],
  { kh: 'ភារម្យ', latin: ['Phearum', 'Pheareum', 'Phearom'] },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamroen', 'Chamrern'] },
  { kh: 'វាសនា', latin: ['Veasna', 'Vesna', 'Veasana'] },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi', 'Ritthy'] },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat', 'Sombath'] },
  { kh: 'ម៉ានិត', latin: ['Manith', 'Manit', 'Maneth'] },
  { kh: 'សុខហេង', latin: ['Sokheng', 'Sokhaeng', 'Sokhen'] },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom', 'Oudam'] },
  UNISEX[4],
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Panhna'] },
  { kh: 'វិបុល', latin: ['Vibol', 'Vipol', 'Wibol'] },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan', 'Sowan'] },
  { kh: 'ណារិទ្ធ', latin: ['Narith', 'Nareth', 'Narit'] },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Ratha', 'Rottha'] },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophak', 'Sopheakt'] },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn', 'Bunthon'] },
  { kh: 'ពុទ្ធី', latin: ['Puthy', 'Puthi', 'Putthy'] },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanta', 'Chanthar'] },
  { kh: 'សុខណា', latin: ['Sokhna', 'Sokna', 'Sokhnar'] },
  { kh: 'សុខឿន', latin: ['Sokhoeun', 'Sokhoen', 'Sokhuon'] },
  UNISEX[5],
];
