/**
 * Name lists for the `thirtyfifth` roster (a bank-payroll export that abbreviates names).
 *
 * Real Cambodian family and given names, in Khmer Unicode (stored in the canonical code-point
 * order: base, subscripts, register shifter, vowel, signs) with the Latin spellings that really
 * occur for each (ID cards, bank accounts and by-ear spellings differ). Given names carry their
 * syllables ("SO-PHEAP"), because the bank abbreviates a two-syllable given name by syllable
 * initials ("CHAN S.P."), and `spaced` marks the names that are commonly written as two words
 * in Latin ("SREY MOM" beside "SREYMOM").
 *
 * Lists are ordered roughly from common to rare: the generator draws them Zipf-like.
 */

export interface FamilyName {
  kh: string;
  /** Latin spellings, upper case, the usual one first. */
  roms: string[];
}

export interface GivenName {
  kh: string;
  sex: 'M' | 'F';
  /** Latin spellings, upper case, syllables joined by '-', the usual one first. */
  roms: string[];
  /** Commonly written as separate words in Latin ("SREY MOM"). */
  spaced?: boolean;
}

export const FAMILY: FamilyName[] = [
  { kh: 'សុខ', roms: ['SOK', 'SOKH'] },
  { kh: 'ចាន់', roms: ['CHAN', 'CHANN'] },
  { kh: 'ជា', roms: ['CHEA', 'CHEAR'] },
  { kh: 'លី', roms: ['LY', 'LEE'] },
  { kh: 'ហេង', roms: ['HENG', 'HING'] },
  { kh: 'គឹម', roms: ['KIM', 'KEM'] },
  { kh: 'ស៊ុន', roms: ['SUN', 'SOUN'] },
  { kh: 'ម៉ៅ', roms: ['MAO', 'MAU'] },
  { kh: 'សៅ', roms: ['SAO', 'SAU'] },
  { kh: 'ឡុង', roms: ['LONG'] },
  { kh: 'ញឹម', roms: ['NHIM', 'NHEM'] },
  { kh: 'ខៀវ', roms: ['KHIEV', 'KHIEU'] },
  { kh: 'ទេព', roms: ['TEP', 'TEB'] },
  { kh: 'ពេជ្រ', roms: ['PICH', 'PECH'] },
  { kh: 'យិន', roms: ['YIN', 'YEN'] },
  { kh: 'សេង', roms: ['SENG'] },
  { kh: 'អ៊ុក', roms: ['OUK', 'OK'] },
  { kh: 'ឈឹម', roms: ['CHHIM', 'CHHEM'] },
  { kh: 'ម៉ម', roms: ['MOM'] },
  { kh: 'នួន', roms: ['NUON', 'NOUN'] },
  { kh: 'ព្រំ', roms: ['PROM', 'PRUM'] },
  { kh: 'កែវ', roms: ['KEO', 'KEV', 'KAEV'] },
  { kh: 'ហ៊ុន', roms: ['HUN', 'HOUN'] },
  { kh: 'ស្រេង', roms: ['SRENG'] },
  { kh: 'ធី', roms: ['THY', 'THI'] },
  { kh: 'វង្ស', roms: ['VONG', 'VONGS'] },
  { kh: 'អ៊ឹម', roms: ['IM', 'EM'] },
  { kh: 'ប៊ុន', roms: ['BUN', 'BOUN'] },
  { kh: 'មាស', roms: ['MEAS', 'MES'] },
  { kh: 'ជួន', roms: ['CHUON', 'CHOUN'] },
  { kh: 'សំ', roms: ['SAM', 'SOM'] },
  { kh: 'ឌួង', roms: ['DUONG', 'DOUNG'] },
  { kh: 'ផន', roms: ['PHON', 'PHORN'] },
  { kh: 'អ៊ួន', roms: ['OUN', 'UON'] },
  { kh: 'ណុប', roms: ['NOP', 'NOB'] },
  { kh: 'ងួន', roms: ['NGUON', 'NGOUN'] },
  { kh: 'ហ៊ាង', roms: ['HEANG', 'HIENG'] },
  { kh: 'ស៊ីម', roms: ['SIM'] },
  { kh: 'ភួង', roms: ['PHUONG', 'PHOUNG'] },
  { kh: 'តាំង', roms: ['TANG'] },
  { kh: 'ឃុន', roms: ['KHUN', 'KHOUN'] },
  { kh: 'រស់', roms: ['ROS', 'RUOS'] },
  { kh: 'ហួត', roms: ['HUOT', 'HOUT'] },
  { kh: 'យស', roms: ['YOS'] },
  { kh: 'ទូច', roms: ['TOUCH', 'TOCH'] },
  { kh: 'អ៊ុំ', roms: ['UM', 'OUM'] },
  { kh: 'ឡាយ', roms: ['LAY', 'LAI'] },
];

export const GIVEN: GivenName[] = [
  // Female
  { kh: 'សុភា', sex: 'F', roms: ['SO-PHEA', 'SO-PHEAR', 'SO-PHA'] },
  { kh: 'ស្រីមុំ', sex: 'F', roms: ['SREY-MOM', 'SREI-MOM'], spaced: true },
  { kh: 'សុខា', sex: 'F', roms: ['SO-KHA', 'SO-KHAR'] },
  { kh: 'ស្រីនិច', sex: 'F', roms: ['SREY-NICH', 'SREI-NICH'], spaced: true },
  { kh: 'ចន្ធូ', sex: 'F', roms: ['CHAN-THOU', 'CHAN-THU'] },
  { kh: 'សុភាព', sex: 'F', roms: ['SO-PHEAP', 'SO-PHEAB'] },
  { kh: 'ស្រីពៅ', sex: 'F', roms: ['SREY-POV', 'SREY-PEOU', 'SREI-POV'], spaced: true },
  { kh: 'បុប្ផា', sex: 'F', roms: ['BO-PHA', 'BOP-PHA'] },
  { kh: 'ធារី', sex: 'F', roms: ['THEA-RY', 'TEA-RY', 'THEA-RI'] },
  { kh: 'លីដា', sex: 'F', roms: ['LI-DA', 'LY-DA'] },
  { kh: 'សុគន្ធា', sex: 'F', roms: ['SO-KUN-THEA', 'SO-KUN-THEAR'] },
  { kh: 'ម៉ាលី', sex: 'F', roms: ['MA-LY', 'MA-LI'] },
  { kh: 'ស្រីល័ក្ខ', sex: 'F', roms: ['SREY-LEAK', 'SREI-LEAK'], spaced: true },
  { kh: 'សុគន្ធារី', sex: 'F', roms: ['SO-KUN-THEA-RY', 'SO-KUN-THEA-RI'] },
  { kh: 'ស្រីនាង', sex: 'F', roms: ['SREY-NEANG', 'SREI-NEANG'], spaced: true },
  { kh: 'ចិន្តា', sex: 'F', roms: ['CHEN-DA', 'CHAN-DA'] },
  { kh: 'ពិសី', sex: 'F', roms: ['PI-SEY', 'PI-SEI'] },
  { kh: 'ណារី', sex: 'F', roms: ['NA-RY', 'NA-RI'] },
  { kh: 'សុជាតា', sex: 'F', roms: ['SO-CHEA-TA', 'SO-CHIE-TA'] },
  { kh: 'ចាន់មុន្នី', sex: 'F', roms: ['CHAN-MO-NY', 'CHAN-MO-NI'], spaced: true },
  { kh: 'សុម៉ាលី', sex: 'F', roms: ['SO-MA-LY', 'SO-MA-LI'] },
  { kh: 'ចរិយា', sex: 'F', roms: ['CHA-RI-YA', 'CHA-RI-YEA'] },
  { kh: 'ផល្លា', sex: 'F', roms: ['PHAL-LA', 'PHA-LA'] },
  { kh: 'ស្រីអូន', sex: 'F', roms: ['SREY-OUN', 'SREI-OUN'], spaced: true },
  { kh: 'ស្រស់', sex: 'F', roms: ['SROS', 'SRORS'] },
  { kh: 'មុំ', sex: 'F', roms: ['MOM'] },
  { kh: 'កញ្ញា', sex: 'F', roms: ['KAN-HA', 'KANH-NHA'] },
  { kh: 'រស្មី', sex: 'F', roms: ['RAS-MEY', 'REAK-SMEY', 'RAK-SMEY'] },
  { kh: 'សុធា', sex: 'F', roms: ['SO-THEA', 'SO-THEAR'] },
  { kh: 'គន្ធា', sex: 'F', roms: ['KUN-THEA', 'KUN-THEAR'] },
  { kh: 'ធីតា', sex: 'F', roms: ['THI-DA', 'THY-DA'] },
  { kh: 'ម៉ានី', sex: 'F', roms: ['MA-NY', 'MA-NI'] },
  { kh: 'វណ្ណា', sex: 'F', roms: ['VAN-NA', 'VAN-NAH'] },
  { kh: 'ស្រីពេជ្រ', sex: 'F', roms: ['SREY-PICH', 'SREY-PECH', 'SREI-PICH'], spaced: true },
  // Male
  { kh: 'វុទ្ធី', sex: 'M', roms: ['VU-THY', 'VOEU-THY', 'VUT-THY'] },
  { kh: 'ដារ៉ា', sex: 'M', roms: ['DA-RA', 'DA-RAH'] },
  { kh: 'សុផល', sex: 'M', roms: ['SO-PHAL', 'SO-PHORL'] },
  { kh: 'ពិសិដ្ឋ', sex: 'M', roms: ['PI-SETH', 'PI-SET'] },
  { kh: 'ចាន់ថា', sex: 'M', roms: ['CHAN-THA', 'CHAN-THEA'], spaced: true },
  { kh: 'សំណាង', sex: 'M', roms: ['SAM-NANG', 'SAM-NEANG'] },
  { kh: 'វិចិត្រ', sex: 'M', roms: ['VI-CHET', 'VI-CHIT'] },
  { kh: 'សុវណ្ណារ៉ា', sex: 'M', roms: ['SO-VAN-NA-RA', 'SO-VANN-A-RA'] },
  { kh: 'វណ្ណារិទ្ធ', sex: 'M', roms: ['VAN-NA-RITH', 'VAN-NA-RIT'] },
  { kh: 'វិបុល', sex: 'M', roms: ['VI-BOL', 'VI-BOLL'] },
  { kh: 'សុវណ្ណ', sex: 'M', roms: ['SO-VANN', 'SO-VAN'] },
  { kh: 'រិទ្ធី', sex: 'M', roms: ['RI-THY', 'RIT-THY'] },
  { kh: 'សម្បត្តិ', sex: 'M', roms: ['SAM-BATH', 'SAM-BAT', 'SOM-BATH'] },
  { kh: 'វាសនា', sex: 'M', roms: ['VEA-SNA', 'VEI-SNA'] },
  { kh: 'ចំរើន', sex: 'M', roms: ['CHAM-ROEUN', 'CHAM-RUEN', 'CHOM-ROEUN'] },
  { kh: 'ប៊ុនថន', sex: 'M', roms: ['BUN-THON', 'BUN-THORN', 'BOUN-THON'], spaced: true },
  { kh: 'ចាន់ថន', sex: 'M', roms: ['CHAN-THORN', 'CHAN-THON'], spaced: true },
  { kh: 'មុន្នីរ័ត្ន', sex: 'M', roms: ['MO-NY-ROTH', 'MO-NI-RATH'] },
  { kh: 'ពិសាល', sex: 'M', roms: ['PI-SEAL', 'PI-SAL'] },
  { kh: 'សារឿន', sex: 'M', roms: ['SA-ROEUN', 'SA-RUEN'] },
  { kh: 'ថុល', sex: 'M', roms: ['THOL', 'TOL'] },
  { kh: 'ឆាយ', sex: 'M', roms: ['CHHAY', 'CHAY'] },
  { kh: 'កុសល', sex: 'M', roms: ['KO-SAL', 'KO-SOL'] },
  { kh: 'រដ្ឋា', sex: 'M', roms: ['RA-THA', 'ROT-THA', 'RAT-THA'] },
  { kh: 'ម៉េង', sex: 'M', roms: ['MENG'] },
  { kh: 'បុរី', sex: 'M', roms: ['BO-REY', 'BO-REI'] },
  { kh: 'ភក្តី', sex: 'M', roms: ['PHEAK-DEY', 'PHEAK-DEI', 'PHAK-DEY'] },
  { kh: 'សុខុម', sex: 'M', roms: ['SO-KHOM', 'SO-KUM'] },
  { kh: 'ពន្លឺ', sex: 'M', roms: ['PON-LEU', 'PORN-LEU'] },
  { kh: 'អរុណ', sex: 'M', roms: ['A-RUN', 'A-ROUN'] },
  { kh: 'វិសាល', sex: 'M', roms: ['VI-SEAL', 'VI-SAL'] },
  { kh: 'មករា', sex: 'M', roms: ['MA-KA-RA', 'MAK-RA'] },
  { kh: 'សុភ័ក្ត្រ', sex: 'M', roms: ['SO-PHEAK', 'SO-PHAK'] },
  { kh: 'តុលា', sex: 'M', roms: ['TO-LA', 'TOL-LA'] },
  { kh: 'សុធី', sex: 'M', roms: ['SO-THY', 'SO-THI'] },
  { kh: 'បញ្ញា', sex: 'M', roms: ['PAN-HA', 'PANH-NHA'] },
  { kh: 'ឧត្តម', sex: 'M', roms: ['OU-DOM', 'U-DOM'] },
  { kh: 'ហុង', sex: 'M', roms: ['HONG'] },
];
