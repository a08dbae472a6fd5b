/**
 * Name lists for the `ninetieth` roster (near-namesakes against typos).
 * Written blind: Cambodian family and given names in Khmer Unicode (canonical order:
 * consonant, coeng+subscript, register shifter, vowel, sign) with the Latin romanizations
 * that really occur for them (first = the most common one).
 */
export interface NinetiethName {
  kh: string;
  latin: readonly string[];
}
export interface NinetiethGiven extends NinetiethName {
  sex: 'M' | 'F';
  /** The given name one or two letters away that a sibling or cousin often carries. */
  near?: string;
}

/** Family names, most common first (drawn with a skew). */
export const NINETIETH_FAMILY: readonly NinetiethName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'គីម', latin: ['Kim'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'កែវ', latin: ['Keo', 'Kev'] },
  { kh: 'មាស', latin: ['Meas'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'ប្រាក់', latin: ['Prak'] },
  { kh: 'ញឹម', latin: ['Nhem', 'Nhim'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ទូច', latin: ['Touch', 'Tuch'] },
  { kh: 'ម៉ៅ', latin: ['Mao'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ង៉ែត', latin: ['Nget'] },
  { kh: 'ផាន់', latin: ['Phan'] },
  { kh: 'ឃុន', latin: ['Khun'] },
  { kh: 'ទេព', latin: ['Tep'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ស៊ិន', latin: ['Sin'] },
  { kh: 'វ៉ាន់', latin: ['Vann', 'Van'] },
  { kh: 'ហ៊ុន', latin: ['Hun'] },
  { kh: 'អ៊ុំ', latin: ['Oum', 'Um'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'ថាច់', latin: ['Thach'] },
];

/** Given names; the near-namesake pairs come first so they are common, as they are in a factory. */
export const NINETIETH_GIVEN: readonly NinetiethGiven[] = [
  { kh: 'សុខា', latin: ['Sokha'], sex: 'F', near: 'Sokhan' },
  { kh: 'សុខាន់', latin: ['Sokhan', 'Sokhann'], sex: 'M', near: 'Sokha' },
  { kh: 'ដារ៉ា', latin: ['Dara'], sex: 'M', near: 'Dana' },
  { kh: 'ដាណា', latin: ['Dana'], sex: 'F', near: 'Dara' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom'], sex: 'F', near: 'Srey Mon' },
  { kh: 'ស្រីមន', latin: ['Srey Mon', 'Sreymon'], sex: 'F', near: 'Srey Mom' },
  { kh: 'ចន្ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F', near: 'Chanthea' },
  { kh: 'ចន្ធា', latin: ['Chanthea', 'Chantha'], sex: 'F', near: 'Chanthy' },
  { kh: 'សុធា', latin: ['Sothea'], sex: 'F', near: 'Sothy' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M', near: 'Sothea' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'F', near: 'Vanny' },
  { kh: 'វណ្ណី', latin: ['Vanny', 'Vanni'], sex: 'F', near: 'Vanna' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'F', near: 'Channy' },
  { kh: 'ចាន់នី', latin: ['Channy', 'Chany'], sex: 'F', near: 'Channa' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F', near: 'Phally' },
  { kh: 'ផល្លី', latin: ['Phally', 'Phalli'], sex: 'F', near: 'Phalla' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M', near: 'Sovanna' },
  { kh: 'សុវណ្ណា', latin: ['Sovanna', 'Sovana'], sex: 'F', near: 'Sovann' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F', near: 'Piseth' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth'], sex: 'M', near: 'Pisey' },
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'សុភាព', latin: ['Sopheap'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin'], sex: 'F' },
  { kh: 'កុសល', latin: ['Kosal'], sex: 'M' },
  { kh: 'គន្ធា', latin: ['Kunthea'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Neary'], sex: 'F' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Ritthy'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath'], sex: 'M' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida'], sex: 'F' },
  { kh: 'វិសាល', latin: ['Visal'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna'], sex: 'M' },
  { kh: 'ចិន្តា', latin: ['Chenda'], sex: 'F' },
  { kh: 'ប៊ុនធឿន', latin: ['Bunthoeun', 'Bunthoeurn'], sex: 'M' },
  { kh: 'មុន្នី', latin: ['Mony', 'Monny'], sex: 'F' },
  { kh: 'វិចិត្រ', latin: ['Vichet'], sex: 'M' },
  { kh: 'មករា', latin: ['Makara'], sex: 'M' },
  { kh: 'សីហា', latin: ['Seyha', 'Seiha'], sex: 'M' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'រចនា', latin: ['Rachana'], sex: 'F' },
  { kh: 'វីរៈ', latin: ['Vireak'], sex: 'M' },
  { kh: 'បូរី', latin: ['Borey', 'Bory'], sex: 'M' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'ភារម្យ', latin: ['Phearum'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Ratha', 'Rotha'], sex: 'M' },
];
