/**
 * Name lists for the `hundredfirst` roster (a grader's roster with ID numbers issued in series).
 *
 * Each entry is one Khmer word (canonical Unicode order: base, shifter, subscripts, vowel, signs)
 * with the romanizations that really occur for it, the most usual first. Compound given names
 * (ស្រីមុំ) carry both the spaced and the joined Latin form (Srey Mom / Sreymom).
 *
 * The lists were pruned so that no two different words sit within one letter of each other in any
 * of their romanizations (Sun/Bun/Hun, Seng/Heng, Long/Kong, Nuon/Suon, Sovann/Sovanny ... are left
 * out): a namesake in this roster is a real namesake, never an accident of one letter.
 */
export interface HfNameEntry {
  kh: string;
  lat: readonly string[];
}

/** Family names, most frequent first (picked with a Zipf-like skew). */
export const HF_FAMILY: readonly HfNameEntry[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'លី', lat: ['Ly', 'Lee'] },
  { kh: 'ហេង', lat: ['Heng'] },
  { kh: 'សែម', lat: ['Sem', 'Saem'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev'] },
  { kh: 'ឈុន', lat: ['Chhun', 'Chhoun'] },
  { kh: 'ម៉ៅ', lat: ['Mao'] },
  { kh: 'នួន', lat: ['Nuon', 'Nuan'] },
  { kh: 'ព្រំ', lat: ['Prom', 'Prum'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk'] },
  { kh: 'ទេព', lat: ['Tep', 'Teb'] },
  { kh: 'ខៀវ', lat: ['Khieu', 'Khiev'] },
  { kh: 'យឹម', lat: ['Yim'] },
  { kh: 'មាស', lat: ['Meas'] },
  { kh: 'ពេជ្រ', lat: ['Pech', 'Petch'] },
  { kh: 'ឡុង', lat: ['Long'] },
  { kh: 'ញឹម', lat: ['Nhim', 'Nhem'] },
  { kh: 'ធី', lat: ['Thy', 'Thi'] },
  { kh: 'ប៊ុន', lat: ['Bun', 'Boun'] },
  { kh: 'រស់', lat: ['Ros'] },
  { kh: 'តាំង', lat: ['Tang'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch'] },
  { kh: 'វ៉ាន់', lat: ['Van', 'Vann'] },
  { kh: 'ឆាយ', lat: ['Chhay', 'Chhai'] },
  { kh: 'ហួត', lat: ['Huot', 'Hout'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chhem'] },
  { kh: 'ស្រេង', lat: ['Sreng'] },
  { kh: 'ទិត្យ', lat: ['Tith', 'Tit'] },
  { kh: 'ពៅ', lat: ['Pov', 'Pou'] },
  { kh: 'ធឿន', lat: ['Thoeun', 'Thoeurn'] },
  { kh: 'ខាត់', lat: ['Khat'] },
];

/** Women's given names, most frequent first. */
export const HF_GIVEN_F: readonly HfNameEntry[] = [
  { kh: 'សុភា', lat: ['Sophea', 'Sophear'] },
  { kh: 'ស្រីមុំ', lat: ['Srey Mom', 'Sreymom', 'Srei Mom'] },
  { kh: 'សុខា', lat: ['Sokha', 'Sokhar'] },
  { kh: 'ស្រីពៅ', lat: ['Srey Pov', 'Sreypov', 'Srey Pao'] },
  { kh: 'ធីតា', lat: ['Thida', 'Theada'] },
  { kh: 'ចន្ថា', lat: ['Chantha', 'Chanthea'] },
  { kh: 'ស្រីនាង', lat: ['Srey Neang', 'Sreyneang'] },
  { kh: 'ដាវី', lat: ['Davy', 'Davi'] },
  { kh: 'បុប្ផា', lat: ['Bopha', 'Boppha'] },
  { kh: 'ផល្លា', lat: ['Phalla', 'Phala'] },
  { kh: 'ម៉ាលី', lat: ['Maly', 'Mali'] },
  { kh: 'គន្ធា', lat: ['Kunthea', 'Kanthea'] },
  { kh: 'រ៉ានី', lat: ['Rany', 'Rani'] },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei'] },
  { kh: 'ចន្ទ្រា', lat: ['Chantrea', 'Chanthrea'] },
  { kh: 'ណារី', lat: ['Nary'] },
  { kh: 'លីដា', lat: ['Lida', 'Lyda'] },
  { kh: 'ស្រីអូន', lat: ['Srey Oun', 'Sreyoun', 'Srei Oun'] },
  { kh: 'ស្រីនិច', lat: ['Srey Nich', 'Sreynich'] },
  { kh: 'ធារី', lat: ['Theary', 'Teary'] },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokhunthea'] },
  { kh: 'រចនា', lat: ['Rachana', 'Rachna'] },
  { kh: 'ស្រីណា', lat: ['Srey Na', 'Sreyna'] },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chinda'] },
  { kh: 'សុវណ្ណី', lat: ['Sovanny', 'Sovany'] },
  { kh: 'លក្ខិណា', lat: ['Leakhena', 'Leakena'] },
  { kh: 'ស្រីពេជ្រ', lat: ['Srey Pich', 'Sreypich', 'Srey Pech'] },
  { kh: 'រស្មី', lat: ['Reaksmey', 'Raksmey', 'Reasmey'] },
  { kh: 'សុធាវី', lat: ['Sotheavy', 'Sothavy'] },
  { kh: 'ចរិយា', lat: ['Chariya', 'Charya'] },
  { kh: 'សុម៉ាលី', lat: ['Somaly', 'Somali'] },
  { kh: 'មរកត', lat: ['Morokot', 'Morakot'] },
  { kh: 'វណ្ណារី', lat: ['Vannary', 'Vanary'] },
  { kh: 'ស្រីលក្ខណ៍', lat: ['Srey Leak', 'Sreyleak', 'Srey Leakh'] },
  { kh: 'លីហួរ', lat: ['Lyhour', 'Lihour', 'Ly Hour'] },
  { kh: 'វិច្ឆិកា', lat: ['Vichika', 'Vichhika'] },
];

/** Men's given names, most frequent first. */
export const HF_GIVEN_M: readonly HfNameEntry[] = [
  { kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vuthi'] },
  { kh: 'ដារ៉ា', lat: ['Dara', 'Darah'] },
  { kh: 'សុផល', lat: ['Sophal', 'Sophall'] },
  { kh: 'វិចិត្រ', lat: ['Vichet', 'Vicheth'] },
  { kh: 'រតនា', lat: ['Ratana', 'Rathana', 'Rattana'] },
  { kh: 'សំណាង', lat: ['Samnang', 'Somnang'] },
  { kh: 'បូរ៉ា', lat: ['Bora', 'Boura'] },
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Pisith'] },
  { kh: 'វិសាល', lat: ['Visal', 'Veasal'] },
  { kh: 'ចាន់ណា', lat: ['Channa', 'Chana'] },
  { kh: 'ធារ៉ា', lat: ['Thara', 'Tharah'] },
  { kh: 'មករា', lat: ['Makara', 'Markara'] },
  { kh: 'វាសនា', lat: ['Veasna', 'Veasana'] },
  { kh: 'ណារិន', lat: ['Narin', 'Nareen'] },
  { kh: 'សុខុម', lat: ['Sokhom', 'Sokhum'] },
  { kh: 'រិទ្ធី', lat: ['Rithy', 'Rithi'] },
  { kh: 'កុសល', lat: ['Kosal', 'Kusal'] },
  { kh: 'ចំរើន', lat: ['Chamroeun', 'Chamroen'] },
  { kh: 'វណ្ណៈ', lat: ['Vannak', 'Vanak'] },
  { kh: 'មុន្នី', lat: ['Monny', 'Mony'] },
  { kh: 'បញ្ញា', lat: ['Panha', 'Panhar'] },
  { kh: 'ភក្តី', lat: ['Pheakdey', 'Pheakdei', 'Pheakdy'] },
  { kh: 'រដ្ឋា', lat: ['Rotha', 'Ratha'] },
  { kh: 'ផាណិត', lat: ['Phanith', 'Phaneth'] },
  { kh: 'វីរៈ', lat: ['Vireak', 'Virak'] },
  { kh: 'ឧត្តម', lat: ['Oudom', 'Udom'] },
  { kh: 'សុជាតិ', lat: ['Socheat', 'Sochet'] },
  { kh: 'សម្បត្តិ', lat: ['Sambath', 'Sombath'] },
  { kh: 'វិបុល', lat: ['Vibol', 'Vipol'] },
  { kh: 'តុលា', lat: ['Tola', 'Tula'] },
  { kh: 'សាវឿន', lat: ['Savoeun', 'Saveun'] },
  { kh: 'ប៊ុនធឿន', lat: ['Bunthoeun', 'Bunthoeurn'] },
  { kh: 'កក្កដា', lat: ['Kakada', 'Kakda'] },
  { kh: 'ដារិទ្ធ', lat: ['Darith', 'Dareth'] },
  { kh: 'ធារិទ្ធ', lat: ['Tharith', 'Thareth'] },
  { kh: 'សីហា', lat: ['Seyha', 'Seiha'] },
];

/** Two-digit province codes that open a national ID number in this roster (01 Banteay Meanchey ... 25). */
export const HF_PROVINCE_CODES: readonly string[] = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '20', '21', '22', '25',
];
