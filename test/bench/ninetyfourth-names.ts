/**
 * Name lists for the `ninetyfourth` roster (a grader's roster: a factory that hides many).
 *
 * Real Cambodian family and given names, each written once in Khmer Unicode (logical order:
 * consonant, coeng + subscript, register shifter, vowel, sign) with the Latin spellings that
 * really occur for it (UNGEGN-ish, French-ish and ad-hoc ID-card spellings). The first Latin
 * spelling is the commonest. No Latin spelling is shared by two entries (the self-check audits
 * this), so "same full name in any spelling" is the same pair of entries.
 *
 * Order is roughly by frequency: the roster picks early entries more often, as real registers do
 * (Sok, Chan, Chea ... are everywhere; Srey Mom and Sophea fill garment-factory payrolls).
 *
 * sex: 'F' / 'M' for names given almost only to women / men, 'U' for names given to both.
 */

export interface NinetyfourthName {
  kh: string;
  latin: readonly string[];
  sex?: 'F' | 'M' | 'U';
}

export const NINETYFOURTH_FAMILY: readonly NinetyfourthName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', latin: ['Heng', 'Haeng'] },
  { kh: 'សេង', latin: ['Seng', 'Saeng'] },
  { kh: 'គឹម', latin: ['Kim', 'Kem'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem', 'Nhoem'] },
  { kh: 'ពេជ្រ', latin: ['Pech', 'Pich', 'Petch'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'ឡុង', latin: ['Long', 'Lung'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Houn'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'នួន', latin: ['Nuon', 'Nuan'] },
  { kh: 'ភួង', latin: ['Phoung', 'Phuong'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khoun'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
  { kh: 'ជុំ', latin: ['Chum', 'Choum'] },
  { kh: 'ស៊ីន', latin: ['Sin', 'Sinn'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'ម៉េង', latin: ['Meng', 'Mheng'] },
  { kh: 'ឌួង', latin: ['Duong', 'Doung'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pow'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ស', latin: ['Sar', 'Sa'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhoun'] },
  { kh: 'អៀម', latin: ['Iem', 'Eam'] },
  { kh: 'ងួន', latin: ['Nguon', 'Nguan'] },
  { kh: 'សួស', latin: ['Suos', 'Suas'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ប៉ុល', latin: ['Pol', 'Paul'] },
];

export const NINETYFOURTH_GIVEN: readonly NinetyfourthName[] = [
  // names given (almost) only to women
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang', 'Srei Neang'], sex: 'F' },
  { kh: 'ចន្ធូ', latin: ['Chanthou', 'Chantou', 'Chanthu'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov', 'Srei Pov'], sex: 'F' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak', 'Srei Leak'], sex: 'F' },
  { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'រស្មី', latin: ['Raksmey', 'Reaksmey', 'Rasmey'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Lyda'], sex: 'F' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'ស្រីណុច', latin: ['Srey Noch', 'Sreynoch', 'Srei Noch'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhnha'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Somalee'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'សុធា', latin: ['Sothea', 'Suthea'], sex: 'F' },
  { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'វណ្ណារី', latin: ['Vannary', 'Vanary'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'មាលា', latin: ['Mealea', 'Mealear'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun', 'Srei Oun'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thiary'], sex: 'F' },
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'វិច្ឆិកា', latin: ['Vichika', 'Vichhika'], sex: 'F' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophi'], sex: 'F' },
  // names given to both
  { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'រតនា', latin: ['Rathana', 'Rattana', 'Ratana'], sex: 'U' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophaek'], sex: 'U' },
  { kh: 'ចាន់ថា', latin: ['Chantha', 'Chanta'], sex: 'U' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sophiep'], sex: 'U' },
  { kh: 'មុន្នី', latin: ['Monny', 'Mony'], sex: 'U' },
  { kh: 'មករា', latin: ['Makara', 'Makkara'], sex: 'U' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochiet'], sex: 'U' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'U' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'U' },
  { kh: 'កក្កដា', latin: ['Kakada', 'Kakkada'], sex: 'U' },
  // names given (almost) only to men
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vuthi'], sex: 'M' },
  { kh: 'ដារ៉ា', latin: ['Dara', 'Darah'], sex: 'M' },
  { kh: 'សុផល', latin: ['Sophal', 'Sophorl'], sex: 'M' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vichit'], sex: 'M' },
  { kh: 'ពន្លក', latin: ['Ponlok', 'Punlok'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vipol'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamreun', 'Chamrern'], sex: 'M' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'សារ៉ាត់', latin: ['Sarath', 'Sarat'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thearah'], sex: 'M' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], sex: 'M' },
  { kh: 'ពិសាល', latin: ['Pisal', 'Pisaal'], sex: 'M' },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Sytha'], sex: 'M' },
  { kh: 'វិសាល', latin: ['Visal', 'Veasal'], sex: 'M' },
  { kh: 'ណារ៉ុង', latin: ['Narong', 'Naroung'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom', 'Sokhum'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['Rotha', 'Rottha', 'Ratha'], sex: 'M' },
];
