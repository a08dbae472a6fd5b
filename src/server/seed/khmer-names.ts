/**
 * Common Khmer names in Khmer script with the spelling usually seen on ID cards and payrolls.
 * Khmer order is family name first: "សុខ ស្រីមុំ" / "Sok Srey Mom".
 */
export interface NamePair {
  kh: string;
  latin: string;
}

export const FAMILY_NAMES: NamePair[] = [
  { kh: 'សុខ', latin: 'Sok' }, { kh: 'ចាន់', latin: 'Chan' }, { kh: 'កែវ', latin: 'Keo' },
  { kh: 'លី', latin: 'Ly' }, { kh: 'ហេង', latin: 'Heng' }, { kh: 'ម៉ៅ', latin: 'Mao' },
  { kh: 'ស៊ុន', latin: 'Sun' }, { kh: 'ញឹម', latin: 'Nhim' }, { kh: 'ឈឹម', latin: 'Chhim' },
  { kh: 'ប៊ុន', latin: 'Bun' }, { kh: 'ជា', latin: 'Chea' }, { kh: 'ទេព', latin: 'Tep' },
  { kh: 'យិន', latin: 'Yin' }, { kh: 'ពៅ', latin: 'Pov' }, { kh: 'សេង', latin: 'Seng' },
  { kh: 'ខៀវ', latin: 'Khiev' }, { kh: 'អ៊ុំ', latin: 'Um' }, { kh: 'គឹម', latin: 'Kim' },
  { kh: 'ហ៊ុន', latin: 'Hun' }, { kh: 'ប្រាក់', latin: 'Prak' }, { kh: 'ឡុង', latin: 'Long' },
  { kh: 'វង្ស', latin: 'Vong' }, { kh: 'ទូច', latin: 'Touch' }, { kh: 'មាស', latin: 'Meas' },
  { kh: 'ពេជ្រ', latin: 'Pich' }, { kh: 'សួន', latin: 'Suon' }, { kh: 'នួន', latin: 'Nuon' },
  { kh: 'អ៊ុក', latin: 'Ouk' }, { kh: 'ឯក', latin: 'Ek' }, { kh: 'តាំង', latin: 'Taing' },
  { kh: 'រស់', latin: 'Ros' }, { kh: 'ងួន', latin: 'Nguon' }, { kh: 'ឈាង', latin: 'Chheang' },
];

export const FEMALE_GIVEN_NAMES: NamePair[] = [
  { kh: 'ស្រីមុំ', latin: 'Srey Mom' }, { kh: 'សុភា', latin: 'Sophea' }, { kh: 'ស្រីនាង', latin: 'Srey Neang' },
  { kh: 'សុភាព', latin: 'Sopheap' }, { kh: 'ចន្ធូ', latin: 'Chanthou' }, { kh: 'ដាវី', latin: 'Davy' },
  { kh: 'ធីតា', latin: 'Thida' }, { kh: 'សុខា', latin: 'Sokha' }, { kh: 'ស្រីពៅ', latin: 'Srey Pov' },
  { kh: 'ស្រីល័ក្ខ', latin: 'Srey Leak' }, { kh: 'សុគន្ធា', latin: 'Sokunthea' }, { kh: 'ចាន់ថា', latin: 'Chantha' },
  { kh: 'រស្មី', latin: 'Reaksmey' }, { kh: 'បុប្ផា', latin: 'Bopha' }, { kh: 'វណ្ណា', latin: 'Vanna' },
  { kh: 'គន្ធា', latin: 'Kunthea' }, { kh: 'ចរិយា', latin: 'Chariya' }, { kh: 'ពិសី', latin: 'Pisey' },
  { kh: 'សុជាតា', latin: 'Socheata' }, { kh: 'ស្រីលីន', latin: 'Srey Lin' }, { kh: 'ស្រីអូន', latin: 'Srey Oun' },
  { kh: 'លក្ខិណា', latin: 'Leakhena' }, { kh: 'សុម៉ាលី', latin: 'Somaly' }, { kh: 'ណារី', latin: 'Nary' },
  { kh: 'ធារី', latin: 'Theary' }, { kh: 'សុខលី', latin: 'Sokly' }, { kh: 'វិច្ឆិកា', latin: 'Vichheka' },
  { kh: 'កញ្ញា', latin: 'Kanha' }, { kh: 'ភាព', latin: 'Pheap' }, { kh: 'នារី', latin: 'Neary' },
  { kh: 'ស្រីពេជ្រ', latin: 'Srey Pich' }, { kh: 'ចិន្តា', latin: 'Chenda' }, { kh: 'ចន្ទ្រា', latin: 'Chantrea' },
  { kh: 'ស្រីតូច', latin: 'Srey Toch' }, { kh: 'សុខនី', latin: 'Sokny' },
];

export const MALE_GIVEN_NAMES: NamePair[] = [
  { kh: 'ដារ៉ា', latin: 'Dara' }, { kh: 'វុទ្ធី', latin: 'Vuthy' }, { kh: 'សំណាង', latin: 'Samnang' },
  { kh: 'វិសាល', latin: 'Visal' }, { kh: 'រតនៈ', latin: 'Ratanak' }, { kh: 'ពិសិដ្ឋ', latin: 'Piseth' },
  { kh: 'វណ្ណៈ', latin: 'Vannak' }, { kh: 'បូរ៉ា', latin: 'Bora' }, { kh: 'កុសល', latin: 'Kosal' },
  { kh: 'ភក្តី', latin: 'Pheakdey' }, { kh: 'សុខហេង', latin: 'Sokheng' }, { kh: 'ចាន់ណា', latin: 'Channa' },
  { kh: 'រិទ្ធី', latin: 'Rithy' }, { kh: 'សម្បត្តិ', latin: 'Sambath' }, { kh: 'វិបុល', latin: 'Vibol' },
  { kh: 'ធារ៉ា', latin: 'Theara' }, { kh: 'មុនី', latin: 'Mony' }, { kh: 'សិលា', latin: 'Seyla' },
  { kh: 'ពិសាល', latin: 'Pisal' }, { kh: 'ឧត្តម', latin: 'Oudom' }, { kh: 'មករា', latin: 'Makara' },
  { kh: 'ណារិន', latin: 'Narin' }, { kh: 'សុធា', latin: 'Sothea' }, { kh: 'វាសនា', latin: 'Veasna' },
  { kh: 'វិចិត្រ', latin: 'Vichet' }, { kh: 'ភិរម្យ', latin: 'Phirum' }, { kh: 'ចំរើន', latin: 'Chamroeun' },
  { kh: 'សុខុម', latin: 'Sokhom' }, { kh: 'រដ្ឋា', latin: 'Ratha' }, { kh: 'បញ្ញា', latin: 'Panha' },
  { kh: 'វឌ្ឍនា', latin: 'Vathana' }, { kh: 'ស៊ីថា', latin: 'Sitha' },
];
