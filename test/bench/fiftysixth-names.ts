/**
 * Name lists for the `fiftysixth` benchmark roster (see fiftysixth.ts), written blind for it.
 *
 * Each entry is one Khmer word in Unicode (stored in the usual keyboard order: base consonant,
 * subscripts, register shifter, vowel, then signs; subscript TA ្ត where ្ដ is also written) with the
 * romanizations it really gets on ID cards and payroll sheets. A romanization belongs to one Khmer
 * word only (the generator checks this), so "any spelling of the same name" is a question of words.
 * Lists are ordered roughly from common to rare; the generator draws them skewed.
 */

export type SexHint = 'M' | 'F' | 'U';

export interface KhWord {
  kh: string;
  lat: readonly string[];
  /** Given names: who usually bears it (U = either). */
  sex?: SexHint;
}

export const FAMILY_56: readonly KhWord[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'លី', lat: ['Ly', 'Lee'] },
  { kh: 'ហេង', lat: ['Heng'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'ស៊ុន', lat: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chhoem'] },
  { kh: 'ញឹក', lat: ['Nhek', 'Nhoek'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech', 'Petch'] },
  { kh: 'យឹម', lat: ['Yim', 'Yoem'] },
  { kh: 'ទេព', lat: ['Tep', 'Teb'] },
  { kh: 'ស្រី', lat: ['Srey', 'Srei'] },
  { kh: 'អ៊ុំ', lat: ['Um', 'Oum'] },
  { kh: 'ហ៊ុន', lat: ['Hun', 'Houn'] },
  { kh: 'ខៀវ', lat: ['Khiev', 'Kheav', 'Khieu'] },
  { kh: 'សេង', lat: ['Seng'] },
  { kh: 'ព្រំ', lat: ['Prum', 'Prom'] },
  { kh: 'ឡាយ', lat: ['Lay'] },
  { kh: 'វង្ស', lat: ['Vong', 'Vorng'] },
  { kh: 'នួន', lat: ['Nuon', 'Noun'] },
  { kh: 'ងួន', lat: ['Nguon', 'Ngoun'] },
  { kh: 'ឃុន', lat: ['Khun'] },
  { kh: 'ផល', lat: ['Phal'] },
  { kh: 'ប៊ុន', lat: ['Bun', 'Boun'] },
  { kh: 'ឈួន', lat: ['Chhuon', 'Chhoun'] },
  { kh: 'សំ', lat: ['Sam', 'Som'] },
  { kh: 'ហួត', lat: ['Huot', 'Hout'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk'] },
  { kh: 'គង់', lat: ['Kong', 'Kung'] },
  { kh: 'តាំង', lat: ['Taing', 'Tang'] },
  { kh: 'ឡុង', lat: ['Long'] },
  { kh: 'មាស', lat: ['Meas', 'Mas'] },
  { kh: 'រស់', lat: ['Ros', 'Rous'] },
  { kh: 'ម៉ែន', lat: ['Men', 'Maen'] },
  { kh: 'ឯក', lat: ['Ek', 'Aek'] },
  { kh: 'ពៅ', lat: ['Pov', 'Pou'] },
  { kh: 'ឈិន', lat: ['Chhin'] },
  { kh: 'ចេង', lat: ['Cheng'] },
  { kh: 'ស៊ាន', lat: ['Sean', 'Sien'] },
  { kh: 'ម៉ុក', lat: ['Mok'] },
  { kh: 'ឆាយ', lat: ['Chhay'] },
  { kh: 'ថាច់', lat: ['Thach'] },
  { kh: 'អ៊ឹម', lat: ['Oeum', 'Im'] },
  { kh: 'យស', lat: ['Yos'] },
  { kh: 'ធី', lat: ['Thy', 'Thi'] },
];

export const GIVEN_56: readonly KhWord[] = [
  { kh: 'ដារ៉ា', lat: ['Dara'], sex: 'M' },
  { kh: 'សុភា', lat: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'ចាន់ធី', lat: ['Chanthy', 'Chanty'], sex: 'F' },
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Pisith'], sex: 'M' },
  { kh: 'ធីតា', lat: ['Thida', 'Theda'], sex: 'F' },
  { kh: 'រតនា', lat: ['Ratana', 'Rattana', 'Rathana'], sex: 'U' },
  { kh: 'បុប្ផា', lat: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'វិបុល', lat: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'វិសាល', lat: ['Visal', 'Vesal'], sex: 'M' },
  { kh: 'ដាលីន', lat: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'សំណាង', lat: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'ម៉ាលី', lat: ['Maly', 'Malee'], sex: 'F' },
  { kh: 'សុផល', lat: ['Sophal', 'Sophol'], sex: 'M' },
  { kh: 'រស្មី', lat: ['Reaksmey', 'Raksmey', 'Reasmey'], sex: 'U' },
  { kh: 'ចាន់ថា', lat: ['Chantha', 'Chanta'], sex: 'M' },
  { kh: 'សុភាព', lat: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'បូរ៉ា', lat: ['Bora', 'Borra'], sex: 'M' },
  { kh: 'ផល្លា', lat: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'សុវណ្ណ', lat: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ចរិយា', lat: ['Chariya', 'Charya'], sex: 'F' },
  { kh: 'ម៉ារ៉ា', lat: ['Mara'], sex: 'M' },
  { kh: 'នារី', lat: ['Neary', 'Nary'], sex: 'F' },
  { kh: 'សម្បត្តិ', lat: ['Sambath', 'Sombath', 'Sambat'], sex: 'M' },
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana'], sex: 'F' },
  { kh: 'រិទ្ធី', lat: ['Rithy', 'Ritthy'], sex: 'M' },
  { kh: 'លក្ខិណា', lat: ['Leakhena', 'Lakhena'], sex: 'F' },
  { kh: 'សុខា', lat: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'ធារ៉ា', lat: ['Thara'], sex: 'M' },
  { kh: 'ចន្ទ្រា', lat: ['Chantrea', 'Chanthrea'], sex: 'F' },
  { kh: 'វណ្ណៈ', lat: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'រ៉ានី', lat: ['Rany', 'Ranee'], sex: 'F' },
  { kh: 'ចំរើន', lat: ['Chamroeun', 'Chamreun', 'Chamroen'], sex: 'M' },
  { kh: 'ធារី', lat: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'វាសនា', lat: ['Veasna', 'Veasana'], sex: 'U' },
  { kh: 'សុជាតា', lat: ['Socheata', 'Sochata'], sex: 'F' },
  { kh: 'សុធា', lat: ['Sothea'], sex: 'U' },
  { kh: 'ដានី', lat: ['Dany', 'Danny'], sex: 'F' },
  { kh: 'បញ្ញា', lat: ['Panha', 'Pagna'], sex: 'U' },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'កុសល', lat: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'កល្យាណ', lat: ['Kalyan', 'Kalyann'], sex: 'F' },
  { kh: 'វិចិត្រ', lat: ['Vichet', 'Vichit'], sex: 'M' },
  { kh: 'សុម៉ាលី', lat: ['Somaly', 'Somalay'], sex: 'F' },
  { kh: 'ឧត្តម', lat: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'វិច្ឆិកា', lat: ['Vicheka', 'Vichheka'], sex: 'F' },
  { kh: 'ពន្លឺ', lat: ['Ponleu', 'Ponlue'], sex: 'U' },
  { kh: 'គន្ធា', lat: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'មករា', lat: ['Makara'], sex: 'M' },
  { kh: 'លីដា', lat: ['Lida'], sex: 'F' },
  { kh: 'ភក្តី', lat: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'មុន្នី', lat: ['Mony', 'Monny'], sex: 'U' },
  { kh: 'សីហា', lat: ['Seyha', 'Seiha'], sex: 'M' },
  { kh: 'ចាន់ណា', lat: ['Channa', 'Chana'], sex: 'F' },
  { kh: 'វីរៈ', lat: ['Virak', 'Vireak'], sex: 'M' },
  { kh: 'រដ្ឋា', lat: ['Rotha', 'Rattha'], sex: 'M' },
  { kh: 'សាវឿន', lat: ['Savoeun', 'Savuon'], sex: 'M' },
  { kh: 'ណារិន', lat: ['Narin'], sex: 'M' },
  { kh: 'ធឿន', lat: ['Thoeun', 'Thoeurn'], sex: 'M' },
  { kh: 'ភិរម្យ', lat: ['Phirum', 'Pheerum'], sex: 'M' },
  { kh: 'សេរី', lat: ['Serey', 'Serei'], sex: 'U' },
];

/** The first part of the women's compound given names (ស្រីមុំ Srey Mom / Sreymom ...). */
export const SREY_56: KhWord = { kh: 'ស្រី', lat: ['Srey', 'Srei'] };

/** Second parts after ស្រី; some are also family names (ពៅ, ពេជ្រ, មាស), the same word either way. */
export const SREY_SECOND_56: readonly KhWord[] = [
  { kh: 'មុំ', lat: ['Mom', 'Mum'] },
  { kh: 'ពៅ', lat: ['Pov', 'Pou'] },
  { kh: 'នាង', lat: ['Neang', 'Nang'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech', 'Petch'] },
  { kh: 'អូន', lat: ['Oun', 'Aun'] },
  { kh: 'មាស', lat: ['Meas', 'Mas'] },
  { kh: 'ណា', lat: ['Na'] },
  { kh: 'លីន', lat: ['Lin', 'Leen'] },
];
