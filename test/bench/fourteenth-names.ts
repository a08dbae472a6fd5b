/**
 * Name lists for the "fourteenth" (hard-mode) roster: Cambodian family names and given names, in
 * Khmer script with several real romanizations each (the first is the most usual spelling).
 *
 * Written independently of the other benchmark name lists. Each romanization belongs to exactly
 * one Khmer word, family words and given-name words never share a Khmer spelling, and the
 * generator's self-check asserts both (so a Latin spelling never names two different words).
 *
 * Lists are ordered roughly by how common the name is: the generator draws them with a heavy
 * skew, so the first entries collide a lot.
 */

export interface KhWord {
  /** Khmer spelling, canonical Unicode order (base, shifter, vowel, sign). */
  kh: string;
  /** Romanizations in real use; the first is the most common. */
  lat: readonly string[];
}

export interface GivenEntry {
  /** One or two words; two-word given names (ស្រី + X) are written joined in Khmer. */
  words: readonly KhWord[];
  /** F, M, or U (used for either sex). */
  sex: 'F' | 'M' | 'U';
}

const w = (kh: string, ...lat: string[]): KhWord => ({ kh, lat });

/** Family names, most common first. */
export const FAMILY14: readonly KhWord[] = [
  w('សុខ', 'Sok', 'Sokh'),
  w('ចាន់', 'Chan', 'Chann'),
  w('ជា', 'Chea', 'Chear'),
  w('លី', 'Ly', 'Lee', 'Li'),
  w('ហេង', 'Heng', 'Haeng'),
  w('សេង', 'Seng', 'Saeng'),
  w('ម៉ៅ', 'Mao', 'Mau'),
  w('គឹម', 'Kim', 'Kym', 'Koem'),
  w('ស៊ុន', 'Sun', 'Soun', 'Sunn'),
  w('ព្រំ', 'Prum', 'Prom'),
  w('ឈឹម', 'Chhim', 'Chhem', 'Chhoem'),
  w('ខៀវ', 'Khieu', 'Khiev', 'Kheav'),
  w('ទេព', 'Tep', 'Teb'),
  w('អ៊ុក', 'Ouk', 'Uk'),
  w('ពេជ្រ', 'Pich', 'Pech', 'Petch'),
  w('ឡុង', 'Long', 'Loung'),
  w('នួន', 'Nuon', 'Noun'),
  w('កែវ', 'Keo', 'Kaev', 'Keov'),
  w('ហ៊ុន', 'Hun', 'Houn'),
  w('ងួន', 'Nguon', 'Ngoun'),
  w('ស៊ឹម', 'Sim', 'Soem', 'Sem'),
  w('យិន', 'Yin', 'Yinn'),
  w('ឃុន', 'Khun', 'Khoun'),
  w('ហម', 'Hom', 'Horm'),
  w('ម៉ាក់', 'Mak', 'Mac'),
  w('ទូច', 'Touch', 'Toch', 'Tuch'),
  w('វង្ស', 'Vong', 'Voung'),
  w('អ៊ឹម', 'Im', 'Oem', 'Em'),
  w('ឯក', 'Ek', 'Aek'),
  w('ឈួន', 'Chhuon', 'Chhoun'),
  w('ប៊ុន', 'Bun', 'Boun', 'Bunn'),
  w('សួន', 'Suon', 'Suorn'),
  w('ញឹក', 'Nhek', 'Nhoek'),
  w('ប៉ែន', 'Pen', 'Paen', 'Penn'),
  w('តាំង', 'Taing', 'Tang'),
  w('ភី', 'Phy', 'Phi', 'Phee'),
  w('មាស', 'Meas', 'Meah'),
  w('ស៊ិន', 'Sin', 'Sinn'),
  w('ហុក', 'Hok', 'Hoc'),
  w('លឹម', 'Lim', 'Loem'),
  w('ចេង', 'Cheng', 'Chaeng'),
  w('ស្រេង', 'Sreng', 'Sraeng'),
  w('ឌួង', 'Duong', 'Doung'),
  w('ថាច់', 'Thach', 'Thac'),
  w('វ៉ាន់', 'Van', 'Vann'),
  w('យឹម', 'Yim', 'Yoem'),
  w('ហ៊ាង', 'Hang', 'Heang'),
  w('ម៉េង', 'Meng', 'Maeng'),
  w('ធី', 'Thy', 'Thi', 'Thee'),
  w('កុយ', 'Koy', 'Koi'),
];

// Given-name words.
const SREY = w('ស្រី', 'Srey', 'Srei', 'Sray');
const g1 = (kh: string, sex: 'F' | 'M' | 'U', ...lat: string[]): GivenEntry => ({ words: [w(kh, ...lat)], sex });
const srey = (kh: string, ...lat: string[]): GivenEntry => ({ words: [SREY, w(kh, ...lat)], sex: 'F' });

/** Given names, all sexes; the generator splits them by sex keeping this order (commonest first). */
export const GIVEN14: readonly GivenEntry[] = [
  srey('មុំ', 'Mom', 'Mum'),
  g1('សុភា', 'F', 'Sophea', 'Sophear', 'Sopha'),
  g1('វុទ្ធី', 'M', 'Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy'),
  g1('ដារ៉ា', 'M', 'Dara', 'Darra', 'Darah'),
  g1('សុខា', 'U', 'Sokha', 'Sokhar'),
  srey('លក្ខណ៍', 'Leak', 'Leakh', 'Lak'),
  g1('ចន្ធូ', 'F', 'Chanthou', 'Chanthu', 'Chantou'),
  g1('សុវណ្ណ', 'M', 'Sovann', 'Sovan'),
  g1('ធីតា', 'F', 'Thida', 'Thyda', 'Theda'),
  g1('វិចិត្រ', 'M', 'Vichet', 'Vicheth', 'Vichit'),
  srey('នាង', 'Neang', 'Nieng'),
  g1('សំណាង', 'M', 'Samnang', 'Somnang'),
  g1('ដាវី', 'F', 'Davy', 'Davi', 'Davey'),
  g1('ពិសិដ្ឋ', 'M', 'Piseth', 'Piset', 'Pisith'),
  srey('ពៅ', 'Pov', 'Peou', 'Pau'),
  g1('សុភី', 'F', 'Sophy', 'Sophi', 'Sophie'),
  g1('រិទ្ធី', 'M', 'Rithy', 'Rithi', 'Ritthy'),
  g1('រស្មី', 'F', 'Reaksmey', 'Raksmey', 'Rasmey', 'Reaksmei'),
  g1('បូរ៉ា', 'M', 'Bora', 'Borah'),
  g1('សេរី', 'U', 'Serey', 'Serei'),
  g1('ពិសី', 'F', 'Pisey', 'Pisei'),
  g1('សុភ័ក្ត្រ', 'M', 'Sopheak', 'Sophak'),
  srey('និច', 'Nich', 'Nech'),
  g1('សុផល', 'M', 'Sophal', 'Sophol'),
  g1('សុគន្ធា', 'F', 'Sokunthea', 'Sokanthea', 'Sokonthea'),
  g1('ចម្រើន', 'M', 'Chamroeun', 'Chamreun', 'Chamroen'),
  g1('ចរិយា', 'F', 'Chariya', 'Chareya'),
  g1('ធារិទ្ធ', 'M', 'Thearith', 'Tearith', 'Thearit'),
  g1('បញ្ញា', 'U', 'Panha', 'Pagna', 'Panhha'),
  g1('បុប្ផា', 'F', 'Bopha', 'Bupha', 'Boppha'),
  g1('រដ្ឋា', 'M', 'Rotha', 'Ratha', 'Rottha'),
  srey('រ័ត្ន', 'Roth', 'Rath'),
  g1('វិបុល', 'M', 'Vibol', 'Vipol', 'Vibul'),
  g1('កញ្ញា', 'F', 'Kanha', 'Kagna', 'Kanya'),
  g1('សុខុម', 'M', 'Sokhom', 'Sokhum'),
  g1('ម៉ាលី', 'F', 'Maly', 'Mealy', 'Mali'),
  g1('សុភាព', 'U', 'Sopheap', 'Sopheab'),
  g1('កុសល', 'M', 'Kosal', 'Kosol'),
  g1('ណារី', 'F', 'Nary', 'Nari', 'Naree'),
  g1('វាសនា', 'M', 'Veasna', 'Visna', 'Veasnar'),
  srey('អូន', 'Oun', 'Aun', 'Oon'),
  g1('វណ្ណា', 'U', 'Vanna', 'Vana'),
  g1('វិសាល', 'M', 'Visal', 'Vesal'),
  g1('ចិន្តា', 'F', 'Chenda', 'Chinda'),
  g1('មករា', 'M', 'Makara', 'Makkara'),
  g1('រតនា', 'U', 'Rattana', 'Ratana', 'Rotana'),
  g1('វីរៈ', 'M', 'Vireak', 'Virak'),
  g1('គន្ធា', 'F', 'Kunthea', 'Kanthea'),
  g1('ពុទ្ធី', 'M', 'Puthy', 'Putthy', 'Puthi'),
  g1('មុន្នី', 'U', 'Monny', 'Mony', 'Moni'),
  g1('សម្បត្តិ', 'M', 'Sambath', 'Sambat', 'Sombath'),
  g1('លក្ខិណា', 'F', 'Leakhena', 'Lakhena', 'Leakena'),
  g1('ភក្តី', 'M', 'Pheakdey', 'Pheakdei', 'Peakdey'),
  g1('សុម៉ាលី', 'F', 'Somaly', 'Somali'),
  g1('ឧត្តម', 'M', 'Oudom', 'Udom', 'Otdom'),
  g1('សុធា', 'U', 'Sothea', 'Sothear'),
  g1('ណារិន', 'M', 'Narin', 'Narinn'),
  g1('សុជាតិ', 'U', 'Socheat', 'Sochet'),
];
