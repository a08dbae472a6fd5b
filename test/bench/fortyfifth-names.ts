/**
 * Name lists for the `fortyfifth` roster (cells in the wrong columns). Written for this generator
 * alone: real Cambodian family and given names, Khmer Unicode in the usual (standard) spelling,
 * and the Latin romanizations one meets for each, the most common first.
 *
 * Lists are ordered roughly by how common the name is; the generator draws them with a skew, so
 * early names (Sok, Chan, Chea ... Sophea, Srey Mom ...) collide often, as they do in life.
 * A compound given name (ស្រីមុំ) lists its spaced and joined romanizations (Srey Mom, Sreymom):
 * both are "listed spellings".
 */

export interface NamePart {
  /** Khmer Unicode, standard spelling and code-point order. */
  kh: string;
  /** Romanizations met in practice, the most common first. */
  lat: readonly string[];
}

export interface GivenName extends NamePart {
  /** F / M, or U for names given to both. */
  sex: 'F' | 'M' | 'U';
}

export const FAMILY: readonly NamePart[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'លី', lat: ['Ly', 'Lee'] },
  { kh: 'ហេង', lat: ['Heng'] },
  { kh: 'គឹម', lat: ['Kim', 'Kem'] },
  { kh: 'ស៊ុន', lat: ['Sun', 'Soun'] },
  { kh: 'មាស', lat: ['Meas', 'Mas'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev'] },
  { kh: 'ញឹម', lat: ['Nhim', 'Nhem'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chhem'] },
  { kh: 'ពៅ', lat: ['Pov', 'Pao'] },
  { kh: 'សៀង', lat: ['Seang', 'Sieng'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk'] },
  { kh: 'ទេព', lat: ['Tep', 'Teb'] },
  { kh: 'ហ៊ុន', lat: ['Hun', 'Hunn'] },
  { kh: 'ប៊ុន', lat: ['Bun', 'Boun'] },
  { kh: 'ខៀវ', lat: ['Khieu', 'Khiev'] },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau'] },
  { kh: 'វង្ស', lat: ['Vong', 'Vongs'] },
  { kh: 'សោម', lat: ['Som', 'Saom'] },
  { kh: 'ឡុង', lat: ['Long'] },
  { kh: 'ព្រំ', lat: ['Prum', 'Prom'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch'] },
  { kh: 'រស់', lat: ['Ros', 'Ruos'] },
  { kh: 'ស្រេង', lat: ['Sreng'] },
  { kh: 'ឃុន', lat: ['Khun', 'Khon'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech'] },
  { kh: 'នួន', lat: ['Nuon', 'Noun'] },
  { kh: 'ហុង', lat: ['Hong'] },
  { kh: 'ឯក', lat: ['Ek', 'Aek'] },
  { kh: 'ម៉េង', lat: ['Meng'] },
  { kh: 'ឆាយ', lat: ['Chhay', 'Chhai'] },
  { kh: 'ណុប', lat: ['Nop'] },
  { kh: 'ប្រាក់', lat: ['Prak'] },
  { kh: 'ស្វាយ', lat: ['Svay'] },
  { kh: 'តាំង', lat: ['Taing', 'Tang'] },
  { kh: 'ឈិន', lat: ['Chhin'] },
  { kh: 'ហម', lat: ['Ham', 'Hom'] },
  { kh: 'យឹម', lat: ['Yim', 'Yem'] },
];

export const GIVEN_F: readonly GivenName[] = [
  { kh: 'សុភា', lat: ['Sophea', 'Sophear', 'Sopha'], sex: 'F' },
  { kh: 'ស្រីមុំ', lat: ['Srey Mom', 'Sreymom', 'Srey Mum'], sex: 'F' },
  { kh: 'សុខា', lat: ['Sokha', 'Sokhar'], sex: 'F' },
  { kh: 'ចាន់ធី', lat: ['Chanthy', 'Chanthi'], sex: 'F' },
  { kh: 'ស្រីពៅ', lat: ['Srey Pov', 'Sreypov', 'Srey Pao'], sex: 'F' },
  { kh: 'ធីតា', lat: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'ស្រីនិច', lat: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'ដាវី', lat: ['Davy', 'Davi'], sex: 'F' },
  { kh: 'ស្រីលក្ខណ៍', lat: ['Srey Leak', 'Sreyleak'], sex: 'F' },
  { kh: 'បុប្ផា', lat: ['Bopha', 'Bophar'], sex: 'F' },
  { kh: 'សុភាព', lat: ['Sopheap', 'Sopheab'], sex: 'F' },
  { kh: 'រចនា', lat: ['Rachana', 'Rachna'], sex: 'F' },
  { kh: 'សុធារី', lat: ['Sotheary', 'Sothary'], sex: 'F' },
  { kh: 'កញ្ញា', lat: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'លីដា', lat: ['Lida', 'Leeda'], sex: 'F' },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokhunthea'], sex: 'F' },
  { kh: 'ស្រីនាង', lat: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'ម៉ាលី', lat: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'នារី', lat: ['Neary', 'Nary'], sex: 'F' },
  { kh: 'ធារី', lat: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'គន្ធា', lat: ['Kunthea', 'Kanthea'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', lat: ['Srey Roth', 'Sreyroth'], sex: 'F' },
  { kh: 'សុវណ្ណារី', lat: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'ស្រីអូន', lat: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'ផល្លា', lat: ['Phalla', 'Phala'], sex: 'F' },
  { kh: 'រស្មី', lat: ['Reaksmey', 'Raksmey'], sex: 'F' },
  { kh: 'ចរិយា', lat: ['Chariya', 'Chareya'], sex: 'F' },
  { kh: 'វិច្ឆិកា', lat: ['Vichika', 'Vichhika'], sex: 'F' },
];

export const GIVEN_M: readonly GivenName[] = [
  { kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'សុភ័ក្រ', lat: ['Sopheak', 'Sopheakh'], sex: 'M' },
  { kh: 'ដារ៉ា', lat: ['Dara', 'Darra'], sex: 'M' },
  { kh: 'វិចិត្រ', lat: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'សំណាង', lat: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Piset'], sex: 'M' },
  { kh: 'សុផល', lat: ['Sophal', 'Sophorl'], sex: 'M' },
  { kh: 'បូរ៉ា', lat: ['Bora', 'Borra'], sex: 'M' },
  { kh: 'សុខុម', lat: ['Sokhom', 'Sokhorm'], sex: 'M' },
  { kh: 'ណារិទ្ធ', lat: ['Narith', 'Nearith'], sex: 'M' },
  { kh: 'វិសាល', lat: ['Visal', 'Veasal'], sex: 'M' },
  { kh: 'ភក្ដី', lat: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'រិទ្ធី', lat: ['Rithy', 'Rithi'], sex: 'M' },
  { kh: 'វណ្ណៈ', lat: ['Vannak', 'Vanak'], sex: 'M' },
  { kh: 'ចំរើន', lat: ['Chamroeun', 'Chamreun', 'Chamroen'], sex: 'M' },
  { kh: 'ប៊ុនធឿន', lat: ['Bunthoeun', 'Bunthoeurn'], sex: 'M' },
  { kh: 'ពន្លក', lat: ['Ponlok', 'Punlok'], sex: 'M' },
  { kh: 'មករា', lat: ['Makara', 'Makkara'], sex: 'M' },
  { kh: 'កុសល', lat: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'វាសនា', lat: ['Veasna', 'Veasana'], sex: 'M' },
  { kh: 'ស៊ីថា', lat: ['Sitha', 'Seetha'], sex: 'M' },
  { kh: 'សុវណ្ណ', lat: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'ឧត្តម', lat: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'តុលា', lat: ['Tola', 'Tula'], sex: 'M' },
  { kh: 'សម្បត្តិ', lat: ['Sambath', 'Sambat'], sex: 'M' },
  { kh: 'សារិន', lat: ['Sarin', 'Sareen'], sex: 'M' },
  { kh: 'មុនី', lat: ['Mony', 'Muny'], sex: 'M' },
  { kh: 'រដ្ឋា', lat: ['Ratha', 'Rattha'], sex: 'M' },
  { kh: 'ប៊ុនថា', lat: ['Buntha', 'Bunthea'], sex: 'M' },
];

/** Given to girls and boys alike. */
export const GIVEN_U: readonly GivenName[] = [
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'រតនា', lat: ['Ratana', 'Rattana', 'Rathana'], sex: 'U' },
];
