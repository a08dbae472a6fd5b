/**
 * Real Khmer names in Unicode with the Latin spellings Cambodian payrolls and ID cards use,
 * most usual first. Given names carry the sex they are usually given to ('U' for both).
 */
export interface NameEntry {
  kh: string;
  latin: string[];
  sex?: 'F' | 'M' | 'U';
}

export const FAMILY: NameEntry[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] }, { kh: 'ចាន់', latin: ['Chan', 'Chann'] }, { kh: 'ជា', latin: ['Chea', 'Chear', 'Chia'] },
  { kh: 'គឹម', latin: ['Kim', 'Kym'] }, { kh: 'ហេង', latin: ['Heng'] }, { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'មាស', latin: ['Meas', 'Meah'] }, { kh: 'កែវ', latin: ['Keo', 'Kaev'] }, { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'សេង', latin: ['Seng'] }, { kh: 'ឈឹម', latin: ['Chhim', 'Chim'] }, { kh: 'ហ៊ុន', latin: ['Hun'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] }, { kh: 'ទេព', latin: ['Tep'] }, { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'នូ', latin: ['Nou', 'Nu'] }, { kh: 'ឡុង', latin: ['Long'] }, { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] }, { kh: 'យិន', latin: ['Yin'] }, { kh: 'ខៀវ', latin: ['Khiev', 'Kheav'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] }, { kh: 'ផល', latin: ['Phal'] }, { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'វង្ស', latin: ['Vong'] }, { kh: 'ឯក', latin: ['Ek', 'Aek'] }, { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'ណុប', latin: ['Nop'] }, { kh: 'រស់', latin: ['Ros', 'Rous'] }, { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ង៉ែត', latin: ['Nget'] }, { kh: 'ឈួន', latin: ['Chhuon', 'Chuon'] }, { kh: 'ម៉េង', latin: ['Meng'] },
  { kh: 'ហុង', latin: ['Hong'] }, { kh: 'សួន', latin: ['Suon', 'Suan'] }, { kh: 'យឹម', latin: ['Yim'] },
];

export const GIVEN: NameEntry[] = [
  { kh: 'សុភា', latin: ['Sophea', 'Sophear', 'Sophia'], sex: 'F' }, { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ដារ៉ា', latin: ['Dara'], sex: 'U' }, { kh: 'សុខា', latin: ['Sokha', 'Sokhar'], sex: 'U' },
  { kh: 'ចន្ធូ', latin: ['Chanthou', 'Chanthu'], sex: 'F' }, { kh: 'បុប្ផា', latin: ['Bopha', 'Bupha'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' }, { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'ចាន់ធី', latin: ['Chanthy', 'Chanthi'], sex: 'F' }, { kh: 'ធីតា', latin: ['Thida', 'Theada'], sex: 'F' },
  { kh: 'នារី', latin: ['Neary', 'Neari'], sex: 'F' }, { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Srey Peou', 'Sreypov'], sex: 'F' }, { kh: 'ពៅ', latin: ['Pov', 'Peou'], sex: 'U' },
  { kh: 'រតនា', latin: ['Ratana', 'Rattana', 'Rathana'], sex: 'F' }, { kh: 'សុវណ្ណារី', latin: ['Sovannary'], sex: 'F' },
  { kh: 'ស្រីល័ក្ខ', latin: ['Srey Leak', 'Sreyleak'], sex: 'F' }, { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'U' },
  { kh: 'មករា', latin: ['Makara'], sex: 'U' }, { kh: 'ចរិយា', latin: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'លីដា', latin: ['Lida', 'Leada'], sex: 'F' }, { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna', 'Kanhnha'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' }, { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'ធារី', latin: ['Theary', 'Thiry'], sex: 'F' }, { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Konthea'], sex: 'F' }, { kh: 'សុជាតា', latin: ['Socheata'], sex: 'F' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' }, { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth'], sex: 'M' }, { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['Rithy', 'Ritthy'], sex: 'M' }, { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamreun', 'Chamron'], sex: 'M' },
  { kh: 'សុខុម', latin: ['Sokhom'], sex: 'M' }, { kh: 'សំណាង', latin: ['Samnang'], sex: 'M' },
  { kh: 'ផល្លា', latin: ['Phalla', 'Phala'], sex: 'U' }, { kh: 'បូរ៉ា', latin: ['Bora', 'Borah'], sex: 'M' },
  { kh: 'ស៊ីថា', latin: ['Sitha', 'Seytha'], sex: 'M' }, { kh: 'វិសាល', latin: ['Visal', 'Veasal'], sex: 'M' },
  { kh: 'ភក្ដី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' }, { kh: 'ចាន់ថន', latin: ['Chanthon', 'Chanthorn'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['Theara'], sex: 'M' }, { kh: 'រដ្ឋា', latin: ['Ratha', 'Rotha'], sex: 'M' },
  { kh: 'សុធា', latin: ['Sothea'], sex: 'U' }, { kh: 'គីមហុង', latin: ['Kimhong', 'Kim Hong'], sex: 'M' },
  { kh: 'លីហួរ', latin: ['Lyhour', 'Ly Hour'], sex: 'M' }, { kh: 'សុផល', latin: ['Sophal'], sex: 'M' },
  { kh: 'វណ្ណៈ', latin: ['Vannak', 'Vanak'], sex: 'M' }, { kh: 'ចន្ទា', latin: ['Chantha', 'Chanta'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' }, { kh: 'សុខលី', latin: ['Sokly', 'Sok Ly'], sex: 'U' },
  { kh: 'ម៉ានិត', latin: ['Manith', 'Manit'], sex: 'M' }, { kh: 'សារ៉ាត', latin: ['Sarath', 'Sarat'], sex: 'M' },
  { kh: 'ពន្លក', latin: ['Ponlok', 'Ponlork'], sex: 'M' }, { kh: 'ដាវី', latin: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'សុខេង', latin: ['Sokheng'], sex: 'M' }, { kh: 'ស្រីរ័ត្ន', latin: ['Srey Roth', 'Sreyrath'], sex: 'F' },
];
