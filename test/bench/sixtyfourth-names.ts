/**
 * Name lists for the `sixtyfourth` roster (ID cards read by the phone camera).
 *
 * Each token is one Khmer word (a family name or a given name) in Khmer Unicode, in the usual
 * keyboard order (base, subscripts, then vowel and signs), with the Latin spellings it is
 * really seen under, the most common first. A given name written as two words in Latin
 * ("Srey Mom") is listed both ways: the register and the card may write either.
 */

export interface NameToken {
  kh: string;
  latin: readonly string[];
}

export interface GivenToken extends NameToken {
  sex: 'M' | 'F';
}

/** Family names, the most common first (the generator draws them skewed, like real ones). */
export const FAMILY: readonly NameToken[] = [
  { kh: 'សុខ', latin: ['SOK', 'SOKH'] },
  { kh: 'ចាន់', latin: ['CHAN', 'CHANN'] },
  { kh: 'ជា', latin: ['CHEA', 'CHEAR'] },
  { kh: 'លី', latin: ['LY', 'LEE', 'LI'] },
  { kh: 'ហេង', latin: ['HENG'] },
  { kh: 'សៀង', latin: ['SIENG', 'SEANG'] },
  { kh: 'គឹម', latin: ['KIM', 'KEM', 'KOEM'] },
  { kh: 'ម៉ៅ', latin: ['MAO', 'MAU'] },
  { kh: 'ស៊ិន', latin: ['SIN', 'SINN'] },
  { kh: 'ស៊ុន', latin: ['SUN', 'SOUN'] },
  { kh: 'ឈឹម', latin: ['CHHIM', 'CHHOEM', 'CHHEM'] },
  { kh: 'សេង', latin: ['SENG'] },
  { kh: 'កែវ', latin: ['KEO', 'KAEV', 'KEV'] },
  { kh: 'ពៅ', latin: ['POV', 'PAO', 'POU'] },
  { kh: 'ទេព', latin: ['TEP'] },
  { kh: 'នួន', latin: ['NUON', 'NOUN', 'NUN'] },
  { kh: 'ខៀវ', latin: ['KHIEV', 'KHIEU'] },
  { kh: 'យឹម', latin: ['YIM', 'YOEM'] },
  { kh: 'ហ៊ុន', latin: ['HUN', 'HOUN'] },
  { kh: 'ម៉ម', latin: ['MOM'] },
  { kh: 'ប៊ុន', latin: ['BUN', 'BUNN', 'BOUN'] },
  { kh: 'អ៊ុក', latin: ['OUK', 'OUKH'] },
  { kh: 'ឈួន', latin: ['CHHUON', 'CHHOUN'] },
  { kh: 'ពេជ្រ', latin: ['PICH', 'PECH'] },
  { kh: 'ផាន់', latin: ['PHAN', 'PHANN'] },
  { kh: 'ទូច', latin: ['TOUCH', 'TOCH'] },
  { kh: 'វង់', latin: ['VONG', 'VORNG'] },
  { kh: 'អ៊ាង', latin: ['ANG', 'EANG'] },
  { kh: 'ម៉េង', latin: ['MENG'] },
  { kh: 'សាន', latin: ['SAN', 'SANN'] },
  { kh: 'ឯម', latin: ['EM', 'AEM'] },
  { kh: 'ប្រាក់', latin: ['PRAK', 'PRAKK'] },
  { kh: 'ឌួង', latin: ['DUONG', 'DOUNG'] },
  { kh: 'ឡុង', latin: ['LONG'] },
  { kh: 'សំ', latin: ['SAM', 'SOM'] },
  { kh: 'ថាច់', latin: ['THACH', 'THATCH'] },
  { kh: 'ហុង', latin: ['HONG'] },
  { kh: 'រស់', latin: ['ROS', 'ROUS'] },
  { kh: 'ភួង', latin: ['PHUONG', 'PHOUNG'] },
  { kh: 'ហោ', latin: ['HOR', 'HAO'] },
];

/** Given names, men's then women's, each list the most common first. */
export const GIVEN: readonly GivenToken[] = [
  { kh: 'ដារា', latin: ['DARA', 'DARAH'], sex: 'M' },
  { kh: 'វុទ្ធី', latin: ['VUTHY', 'VOEUTHY', 'VUTHI'], sex: 'M' },
  { kh: 'សំណាង', latin: ['SAMNANG', 'SAM NANG'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', latin: ['PISETH', 'PISITH'], sex: 'M' },
  { kh: 'សុផល', latin: ['SOPHAL', 'SOPHOL'], sex: 'M' },
  { kh: 'រតនា', latin: ['RATANA', 'RATTANA', 'RATHANA'], sex: 'M' },
  { kh: 'វិចិត្រ', latin: ['VICHET', 'VICHETH', 'VICHIT'], sex: 'M' },
  { kh: 'សុខា', latin: ['SOKHA', 'SOKHAR'], sex: 'M' },
  { kh: 'វណ្ណា', latin: ['VANNA', 'VANNAH', 'VANA'], sex: 'M' },
  { kh: 'វិបុល', latin: ['VIBOL', 'VIPOL'], sex: 'M' },
  { kh: 'បូរ៉ា', latin: ['BORA', 'BORAH'], sex: 'M' },
  { kh: 'សម្បត្តិ', latin: ['SAMBATH', 'SAMBAT'], sex: 'M' },
  { kh: 'វាសនា', latin: ['VEASNA', 'VEASANA'], sex: 'M' },
  { kh: 'ចំរើន', latin: ['CHAMROEUN', 'CHAMREUN', 'CHAMROEURN'], sex: 'M' },
  { kh: 'សុវណ្ណ', latin: ['SOVANN', 'SOVAN'], sex: 'M' },
  { kh: 'រិទ្ធី', latin: ['RITHY', 'RITHI'], sex: 'M' },
  { kh: 'មុន្នី', latin: ['MONY', 'MONI'], sex: 'M' },
  { kh: 'ពិសាល', latin: ['PISAL', 'PISALL'], sex: 'M' },
  { kh: 'បញ្ញា', latin: ['PANHA', 'PAGNA', 'PANNHA'], sex: 'M' },
  { kh: 'សុខុម', latin: ['SOKHOM', 'SOKHUM'], sex: 'M' },
  { kh: 'សុភ័ក្ត្រ', latin: ['SOPHEAK', 'SOPHEAKT'], sex: 'M' },
  { kh: 'ធារ៉ា', latin: ['THEARA', 'THARA'], sex: 'M' },
  { kh: 'កុសល', latin: ['KOSAL', 'KOSOL'], sex: 'M' },
  { kh: 'វិសាល', latin: ['VISAL', 'VISALL'], sex: 'M' },
  { kh: 'ណារិន', latin: ['NARIN', 'NARINN'], sex: 'M' },
  { kh: 'សុជាតិ', latin: ['SOCHEAT', 'SOCHEATH'], sex: 'M' },
  { kh: 'រដ្ឋា', latin: ['RATHA', 'ROTHA'], sex: 'M' },
  { kh: 'ឧត្តម', latin: ['OUDOM', 'UDOM'], sex: 'M' },
  { kh: 'មករា', latin: ['MAKARA', 'MAKKARA'], sex: 'M' },
  { kh: 'ភក្តី', latin: ['PHEAKDEY', 'PHEAKDEI', 'PHEAKDY'], sex: 'M' },

  { kh: 'សុភា', latin: ['SOPHEA', 'SOPHEAR'], sex: 'F' },
  { kh: 'ស្រីមុំ', latin: ['SREYMOM', 'SREY MOM', 'SREYMUM'], sex: 'F' },
  { kh: 'បុប្ផា', latin: ['BOPHA', 'BOPPHA'], sex: 'F' },
  { kh: 'ចាន់ធូ', latin: ['CHANTHOU', 'CHANTHU'], sex: 'F' },
  { kh: 'ធីតា', latin: ['THIDA', 'TIDA', 'THEDA'], sex: 'F' },
  { kh: 'ស្រីនាង', latin: ['SREYNEANG', 'SREY NEANG', 'SREYNIANG'], sex: 'F' },
  { kh: 'ស្រីពៅ', latin: ['SREYPOV', 'SREY POV', 'SREYPOU'], sex: 'F' },
  { kh: 'ស្រីលក្ខណ៍', latin: ['SREYLEAK', 'SREY LEAK', 'SREYLAK'], sex: 'F' },
  { kh: 'ម៉ាលី', latin: ['MALY', 'MALI'], sex: 'F' },
  { kh: 'នារី', latin: ['NEARY', 'NARY'], sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['LEAKHENA', 'LEAKENA', 'LAKHENA'], sex: 'F' },
  { kh: 'សុគន្ធា', latin: ['SOKUNTHEA', 'SOKONTHEA'], sex: 'F' },
  { kh: 'កញ្ញា', latin: ['KANHA', 'KAGNA', 'KANYA'], sex: 'F' },
  { kh: 'ពិសី', latin: ['PISEY', 'PISEI'], sex: 'F' },
  { kh: 'ដាវី', latin: ['DAVY', 'DAVI'], sex: 'F' },
  { kh: 'សុម៉ាលី', latin: ['SOMALY', 'SOMALI'], sex: 'F' },
  { kh: 'ចាន់ណា', latin: ['CHANNA', 'CHANNAH'], sex: 'F' },
  { kh: 'រស្មី', latin: ['REAKSMEY', 'RASMEY', 'RAKSMEY'], sex: 'F' },
  { kh: 'ស្រីនិច', latin: ['SREYNICH', 'SREY NICH'], sex: 'F' },
  { kh: 'ធារី', latin: ['THEARY', 'THARY'], sex: 'F' },
  { kh: 'សុភាព', latin: ['SOPHEAP', 'SOPHEAB'], sex: 'F' },
  { kh: 'ស្រីអូន', latin: ['SREYOUN', 'SREY OUN'], sex: 'F' },
  { kh: 'ចិន្តា', latin: ['CHENDA', 'CHINDA'], sex: 'F' },
  { kh: 'វណ្ណី', latin: ['VANNY', 'VANNI'], sex: 'F' },
  { kh: 'គន្ធា', latin: ['KUNTHEA', 'KONTHEA'], sex: 'F' },
  { kh: 'ចាន់ថា', latin: ['CHANTHA', 'CHANTHEA'], sex: 'F' },
  { kh: 'ស្រីរ័ត្ន', latin: ['SREYROTH', 'SREY ROTH', 'SREYRATH'], sex: 'F' },
  { kh: 'ផល្លា', latin: ['PHALLA', 'PHALA'], sex: 'F' },
  { kh: 'សុធារី', latin: ['SOTHEARY', 'SOTHARY'], sex: 'F' },
];

/** Letters the OCR of the machine-readable zone turns into digits (O→0, I→1, S→5, B→8, Z→2). */
export const MRZ_LETTER_TO_DIGIT: Readonly<Record<string, string>> = { O: '0', I: '1', S: '5', B: '8', Z: '2' };

/** Digits of a card number the OCR reads as look-alike letters (0I2345678 for 012345678). */
export const ID_DIGIT_TO_LETTER: Readonly<Record<string, readonly string[]>> = {
  '0': ['O', 'D'],
  '1': ['I', 'l'],
  '2': ['Z'],
  '5': ['S'],
  '6': ['G'],
  '8': ['B'],
};

/** Look-alike digits for a misread date of birth. */
export const DATE_DIGIT_CONFUSION: Readonly<Record<string, readonly string[]>> = {
  '0': ['8', '6'],
  '1': ['7'],
  '3': ['8'],
  '5': ['6'],
  '6': ['5', '8'],
  '7': ['1'],
  '8': ['3', '6', '0'],
  '9': ['8'],
};

/** Capital letters OCR confuses on the printed Latin line of the card. */
export const LATIN_OCR_CONFUSION: Readonly<Record<string, readonly string[]>> = {
  O: ['Q', 'D', '0'],
  I: ['L', '1'],
  S: ['5'],
  B: ['8'],
  E: ['F'],
  P: ['R'],
  C: ['G'],
  G: ['C'],
  U: ['V'],
  V: ['U'],
  M: ['N'],
  N: ['M'],
  D: ['O'],
  H: ['K'],
};

/** Khmer letters and signs OCR mistakes for one another on the printed Khmer line. */
export const KHMER_LOOKALIKE: Readonly<Record<string, string>> = {
  'ដ': 'ឌ',
  'ឌ': 'ដ',
  'ក': 'ភ',
  'ភ': 'ក',
  'ប': 'ឞ',
  'ឃ': 'ឈ',
  'ឈ': 'ឃ',
  '\u17B7': '\u17B8', // ិ → ី
  '\u17B8': '\u17B7', // ី → ិ
  '\u17BB': '\u17BC', // ុ → ូ
  '\u17BC': '\u17BB', // ូ → ុ
  '\u17C9': '\u17CA', // ៉ → ៊
  '\u17CA': '\u17C9', // ៊ → ៉
};
