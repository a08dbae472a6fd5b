/**
 * Name lists for the `sixtysecond` roster (ID numbers that mislead), written for this generator
 * alone. Each entry is one Khmer word (or a given name written as one Khmer word) with the Latin
 * spellings that are really seen for it on Cambodian documents; the first spelling is the most
 * common one. Compound given names (ស្រីមុំ) list both the spaced and the joined Latin forms.
 *
 * Family names are listed roughly from most to least common (the generator draws them skewed).
 * Given names are split by the sex they are usually given to.
 *
 * Spellings I am less sure of are marked `// ?` (Khmer orthography or the usual romanization).
 */
export interface SxName {
  /** The word in Khmer script, in the standard Unicode order (register shifter before vowel). */
  kh: string;
  /** Latin spellings, most common first. */
  lat: readonly string[];
}

export const SX_FAMILY: readonly SxName[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann', 'Chanh'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'ហេង', lat: ['Heng', 'Hieng'] },
  { kh: 'លី', lat: ['Ly', 'Lee', 'Li'] },
  { kh: 'គឹម', lat: ['Kim', 'Kem'] },
  { kh: 'ស៊ុន', lat: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chhem', 'Chim'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev', 'Keov'] },
  { kh: 'សួន', lat: ['Suon', 'Suorn', 'Suan'] },
  { kh: 'ពៅ', lat: ['Pov', 'Pao', 'Pau'] },
  { kh: 'ទេព', lat: ['Tep', 'Teb'] },
  { kh: 'ហ៊ុន', lat: ['Hun', 'Hunn'] },
  { kh: 'ព្រំ', lat: ['Prom', 'Prum'] },
  { kh: 'សេង', lat: ['Seng', 'Sieng'] },
  { kh: 'ខៀវ', lat: ['Khiev', 'Khieu', 'Kheav'] },
  { kh: 'វង្ស', lat: ['Vong', 'Vongs', 'Vorng'] },
  { kh: 'អ៊ុក', lat: ['Ouk', 'Uk'] },
  { kh: 'ណុប', lat: ['Nop', 'Nob'] },
  { kh: 'ប៉ែន', lat: ['Pen', 'Paen'] },
  { kh: 'យិន', lat: ['Yin', 'Yen'] },
  { kh: 'ឃឹម', lat: ['Khim', 'Khem'] },
  { kh: 'ញឹម', lat: ['Nhim', 'Nhem', 'Gnim'] },
  { kh: 'ងួន', lat: ['Nguon', 'Nguan', 'Ngoun'] },
  { kh: 'ឡុង', lat: ['Long', 'Lung'] },
  { kh: 'ហួត', lat: ['Huot', 'Hout'] },
  { kh: 'រស់', lat: ['Ros', 'Ruos', 'Rous'] },
  { kh: 'មាស', lat: ['Meas', 'Mias', 'Meass'] },
  { kh: 'ផាន', lat: ['Phan', 'Phann'] },
  { kh: 'នួន', lat: ['Nuon', 'Noun', 'Nuan'] },
  { kh: 'អ៊ឹម', lat: ['Im', 'Oem', 'Em'] },
  { kh: 'ទូច', lat: ['Touch', 'Toch', 'Tuch'] },
  { kh: 'ឆាយ', lat: ['Chhay', 'Chhai', 'Chay'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech', 'Petch'] },
  { kh: 'សំ', lat: ['Sam', 'Som'] },
  { kh: 'ធី', lat: ['Thy', 'Thi'] },
  { kh: 'ប៊ុន', lat: ['Bun', 'Boun'] },
  { kh: 'យឹម', lat: ['Yim', 'Yem'] },
  { kh: 'ឌួង', lat: ['Duong', 'Doung', 'Duang'] },
  { kh: 'ម៉ែន', lat: ['Men', 'Maen'] },
  { kh: 'សាន', lat: ['San', 'Sann'] },
  { kh: 'អ៊ំ', lat: ['Um', 'Oum', 'Om'] },
];

export const SX_GIVEN_F: readonly SxName[] = [
  { kh: 'សុភា', lat: ['Sophea', 'Sophear', 'Sopha'] },
  { kh: 'ស្រីមុំ', lat: ['Srey Mom', 'Sreymom', 'Srei Mom'] },
  { kh: 'សុខា', lat: ['Sokha', 'Sokhar'] },
  { kh: 'ស្រីនិច', lat: ['Srey Nich', 'Sreynich', 'Srey Nith'] },
  { kh: 'ចន្ធូ', lat: ['Chanthou', 'Chanthu'] },
  { kh: 'ស្រីពៅ', lat: ['Srey Pov', 'Sreypov', 'Srey Pao'] },
  { kh: 'រតនា', lat: ['Rathana', 'Ratana', 'Rattana'] },
  { kh: 'បុប្ផា', lat: ['Bopha', 'Bupha', 'Bopa'] },
  { kh: 'ចាន់ធា', lat: ['Chantha', 'Chanthea'] }, // ? also written ចាន់ថា
  { kh: 'ធារី', lat: ['Theary', 'Thary', 'Theari'] },
  { kh: 'លីដា', lat: ['Lida', 'Lyda', 'Leda'] },
  { kh: 'សុជាតា', lat: ['Socheata', 'Sochata'] },
  { kh: 'ម៉ាលី', lat: ['Maly', 'Mali'] },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chinda', 'Chendar'] },
  { kh: 'ដាវី', lat: ['Davy', 'Davi'] },
  { kh: 'នារី', lat: ['Neary', 'Nary', 'Neari'] },
  { kh: 'ស្រីលក្ខណ៍', lat: ['Sreyleak', 'Srey Leak', 'Sreyleakh'] },
  { kh: 'ធីតា', lat: ['Thida', 'Theda', 'Thyda'] },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei', 'Pisy'] },
  { kh: 'រស្មី', lat: ['Reaksmey', 'Raksmey', 'Reasmey'] },
  { kh: 'ស្រីអូន', lat: ['Srey Oun', 'Sreyoun', 'Srey Oeun'] },
  { kh: 'សុភាព', lat: ['Sopheap', 'Sopheab'] },
  { kh: 'លក្ខិណា', lat: ['Leakhena', 'Leakena', 'Lakhena'] },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokonthea'] },
  { kh: 'សុខលី', lat: ['Sokly', 'Sokhly'] },
  { kh: 'ដាលីន', lat: ['Dalin', 'Daline', 'Dalyn'] },
  { kh: 'ស៊ីថា', lat: ['Sitha', 'Seitha'] }, // ?
  { kh: 'កញ្ញា', lat: ['Kanha', 'Kagna'] },
  { kh: 'សុម៉ាលី', lat: ['Somaly', 'Somali'] },
  { kh: 'វណ្ណី', lat: ['Vanny', 'Vanni', 'Vany'] }, // ?
  { kh: 'ស្រីណា', lat: ['Sreyna', 'Srey Na'] },
  { kh: 'ចាន់ណា', lat: ['Channa', 'Chana'] },
];

export const SX_GIVEN_M: readonly SxName[] = [
  { kh: 'ដារ៉ា', lat: ['Dara', 'Darra'] },
  { kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy'] },
  { kh: 'សុភ័ក្រ', lat: ['Sopheak', 'Sopheakh', 'Sopheac'] }, // ? also សុភក្ត្រ
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Piset', 'Pisith'] },
  { kh: 'សុផល', lat: ['Sophal', 'Sophall'] },
  { kh: 'សំណាង', lat: ['Samnang', 'Somnang', 'Samnag'] },
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana'] },
  { kh: 'រដ្ឋា', lat: ['Rotha', 'Ratha', 'Rottha'] },
  { kh: 'វិចិត្រ', lat: ['Vichet', 'Vicheth', 'Vichhet'] },
  { kh: 'សុវណ្ណ', lat: ['Sovann', 'Sovan'] },
  { kh: 'មករា', lat: ['Makara', 'Makkara', 'Mokara'] },
  { kh: 'បូរ៉ា', lat: ['Bora', 'Borra'] },
  { kh: 'សុខុម', lat: ['Sokhom', 'Sokhum', 'Sokum'] },
  { kh: 'វាសនា', lat: ['Veasna', 'Visna', 'Veasana'] },
  { kh: 'កុសល', lat: ['Kosal', 'Kusal', 'Kosol'] },
  { kh: 'បញ្ញា', lat: ['Panha', 'Pagna', 'Panhha'] },
  { kh: 'ចំរើន', lat: ['Chamroeun', 'Chamroen', 'Chamrern', 'Chamreun'] },
  { kh: 'សុធា', lat: ['Sothea', 'Sotha'] },
  { kh: 'រិទ្ធី', lat: ['Rithy', 'Rithi', 'Ritthy'] },
  { kh: 'សម្បត្តិ', lat: ['Sambath', 'Sambat', 'Sambatt'] },
  { kh: 'ធារ៉ា', lat: ['Theara', 'Thearra'] }, // ?
  { kh: 'មុន្នី', lat: ['Monny', 'Mony', 'Moni'] },
  { kh: 'ពិសាល', lat: ['Pisal', 'Pisall'] },
  { kh: 'វិសាល', lat: ['Visal', 'Vesal', 'Visall'] },
  { kh: 'វីរៈ', lat: ['Vireak', 'Virak', 'Vireakh'] }, // ? also វិរៈ
  { kh: 'ប៊ុនធឿន', lat: ['Bunthoeun', 'Bunthoeurn', 'Bunthoun'] },
  { kh: 'ឧត្តម', lat: ['Oudom', 'Udom', 'Outdom'] },
  { kh: 'ភក្តី', lat: ['Pheakdey', 'Pheakdei', 'Pheakdy'] }, // ? also ភក្ដី (ដ for ត)
  { kh: 'ណារិន', lat: ['Narin', 'Nearin'] }, // ?
  { kh: 'សុខេង', lat: ['Sokheng', 'Sokhieng'] },
  { kh: 'សីហា', lat: ['Seiha', 'Seyha', 'Sieha'] },
  { kh: 'លីហួរ', lat: ['Lyhour', 'Lihour', 'Lyhuor'] },
];
