/**
 * Name lists for the `fiftieth` roster (a factory register with foreign staff).
 *
 * Khmer words: the Khmer Unicode spelling (in the canonical code-point order: base, coeng
 * subscripts, register shifter, vowel, signs) and the romanizations seen on sheets, the most
 * common first. Foreign name tokens: the passport spelling, other spellings a sheet may use
 * (`alt`), the Vietnamese form with diacritics (`dia`), and Khmer transliterations by sound as
 * different Cambodian clerks write them (`kh`).
 *
 * Written blind for this generator; no other generator's list was read.
 */

export type SexTag = 'M' | 'F' | 'U';

export interface KhWord {
  kh: string;
  lat: string[];
  sex?: SexTag;
}

export interface FTok {
  lat: string;
  /** Other spellings seen on a sheet for the same name (Thai romanizations, Mohd ...). */
  alt?: string[];
  /** Khmer transliterations by sound, several clerks, several ways. */
  kh: string[];
  /** Vietnamese with diacritics (NFC). */
  dia?: string;
  sex?: SexTag;
}

// ---------------------------------------------------------------- Khmer workers

/** Family names, most common first. */
export const KH_FAMILY: KhWord[] = [
  { kh: 'សុខ', lat: ['SOK', 'SOKH', 'SOCK'] },
  { kh: 'ចាន់', lat: ['CHAN', 'CHANN'] },
  { kh: 'ជា', lat: ['CHEA', 'CHEAR'] },
  { kh: 'លី', lat: ['LY', 'LEE', 'LI'] },
  { kh: 'ហេង', lat: ['HENG'] },
  { kh: 'គឹម', lat: ['KIM', 'KEM'] },
  { kh: 'ស៊ុន', lat: ['SUN', 'SOUN'] },
  { kh: 'ម៉ម', lat: ['MOM'] },
  { kh: 'ឈឹម', lat: ['CHHIM', 'CHHEM'] },
  { kh: 'ស៊ិន', lat: ['SIN', 'SINN'] },
  { kh: 'ប៊ុន', lat: ['BUN', 'BUNN', 'BOUN'] },
  { kh: 'ហ៊ុន', lat: ['HUN', 'HOUN'] },
  { kh: 'អ៊ុំ', lat: ['UM', 'OUM'] },
  { kh: 'ម៉ៅ', lat: ['MAO', 'MAU'] },
  { kh: 'នួន', lat: ['NUON', 'NOUN'] },
  { kh: 'ខៀវ', lat: ['KHIEV', 'KHIEU'] },
  { kh: 'កែវ', lat: ['KEO', 'KAEV', 'KEV'] },
  { kh: 'ពេជ្រ', lat: ['PICH', 'PECH'] },
  { kh: 'សំ', lat: ['SAM', 'SOM'] },
  { kh: 'ឡាយ', lat: ['LAY', 'LAI'] },
  { kh: 'ទេព', lat: ['TEP', 'TEB'] },
  { kh: 'ម៉េង', lat: ['MENG'] },
  { kh: 'យឹម', lat: ['YIM', 'YEM'] },
  { kh: 'អ៊ឹម', lat: ['IM', 'EUM'] },
  { kh: 'ទូច', lat: ['TOUCH', 'TOCH'] },
  { kh: 'ព្រំ', lat: ['PROM', 'PRUM'] },
  { kh: 'វង្ស', lat: ['VONG', 'VORNG'] },
  { kh: 'ស្រេង', lat: ['SRENG'] },
  { kh: 'ហួត', lat: ['HUOT', 'HOUT'] },
  { kh: 'ចេង', lat: ['CHENG'] },
  { kh: 'តាំង', lat: ['TAING', 'TANG'] },
  { kh: 'រស់', lat: ['ROS', 'ROSS'] },
  { kh: 'សៅ', lat: ['SAO', 'SAU'] },
  { kh: 'មាស', lat: ['MEAS', 'MEASS'] },
  { kh: 'ពៅ', lat: ['POV', 'POU'] },
  { kh: 'ឃុន', lat: ['KHUN', 'KHON'] },
  { kh: 'អ៊ុក', lat: ['OUK', 'UK'] },
  { kh: 'សាន', lat: ['SAN', 'SAAN'] },
  { kh: 'ប៉ែន', lat: ['PEN', 'PENN'] },
  { kh: 'ឆាយ', lat: ['CHHAY', 'CHAY'] },
  { kh: 'ឡុង', lat: ['LONG'] },
  { kh: 'ជួន', lat: ['CHUON', 'CHOUN'] },
  { kh: 'សេង', lat: ['SENG'] },
  { kh: 'សួន', lat: ['SUON', 'SOUN'] },
  { kh: 'វ៉ាន់', lat: ['VAN', 'VANN'] },
  { kh: 'ផល', lat: ['PHAL', 'PHALL'] },
  { kh: 'ឯក', lat: ['EK', 'AEK'] },
  { kh: 'លឹម', lat: ['LIM', 'LEM'] },
  { kh: 'ឌី', lat: ['DY', 'DI'] },
  { kh: 'ពុធ', lat: ['PUTH', 'POTH'] },
  { kh: 'អេង', lat: ['ENG'] },
  { kh: 'សុង', lat: ['SONG'] },
  { kh: 'កង', lat: ['KANG', 'KORNG'] },
  { kh: 'ស៊ាង', lat: ['SEANG', 'SIENG'] },
  { kh: 'ខេង', lat: ['KHENG'] },
  { kh: 'ទី', lat: ['TY', 'TI'] },
  { kh: 'ញ៉ែម', lat: ['NHEM', 'NHAEM'] },
  { kh: 'ម៉ក់', lat: ['MOK', 'MORK'] },
  { kh: 'ស៊ឹម', lat: ['SIM', 'SEUM'] },
  { kh: 'ថាច់', lat: ['THACH', 'THACK'] },
];

/** Given names of one word. */
export const KH_GIVEN: KhWord[] = [
  { kh: 'សុភា', lat: ['SOPHEA', 'SOPHEAR'], sex: 'F' },
  { kh: 'សុខា', lat: ['SOKHA'], sex: 'U' },
  { kh: 'ចាន់ធូ', lat: ['CHANTHOU', 'CHANTHU'], sex: 'F' },
  { kh: 'ដាវី', lat: ['DAVY', 'DAVI'], sex: 'F' },
  { kh: 'ចាន់ថា', lat: ['CHANTHA', 'CHANTHEA'], sex: 'U' },
  { kh: 'សុគន្ធា', lat: ['SOKUNTHEA', 'SOKHUNTHEA'], sex: 'F' },
  { kh: 'ធីតា', lat: ['THIDA', 'THYDA'], sex: 'F' },
  { kh: 'បុប្ផា', lat: ['BOPHA', 'BUPHA'], sex: 'F' },
  { kh: 'ចរិយា', lat: ['CHARIYA', 'CHAREYA'], sex: 'F' },
  { kh: 'ដានី', lat: ['DANY', 'DANI'], sex: 'F' },
  { kh: 'ម៉ាលី', lat: ['MALY', 'MALI'], sex: 'F' },
  { kh: 'សុជាតា', lat: ['SOCHEATA', 'SOCHETA'], sex: 'F' },
  { kh: 'រស្មី', lat: ['RASMEY', 'REAKSMEY', 'RAKSMEY'], sex: 'F' },
  { kh: 'ពិសី', lat: ['PISEY', 'PISEI'], sex: 'F' },
  { kh: 'នារី', lat: ['NEARY', 'NARY'], sex: 'F' },
  { kh: 'កញ្ញា', lat: ['KANHA', 'KAGNA'], sex: 'F' },
  { kh: 'សុម៉ាលី', lat: ['SOMALY', 'SOMALI'], sex: 'F' },
  { kh: 'លីដា', lat: ['LIDA', 'LYDA'], sex: 'F' },
  { kh: 'ចន្ទ្រា', lat: ['CHANTREA', 'CHANTRA'], sex: 'F' },
  { kh: 'គន្ធា', lat: ['KUNTHEA', 'KANTHEA'], sex: 'F' },
  { kh: 'ផល្លា', lat: ['PHALLA', 'PHALA'], sex: 'F' },
  { kh: 'ធារី', lat: ['THEARY', 'TEARY'], sex: 'F' },
  { kh: 'លក្ខិណា', lat: ['LEAKHENA', 'LEAKENA'], sex: 'F' },
  { kh: 'ចិន្តា', lat: ['CHENDA', 'CHINDA'], sex: 'F' },
  { kh: 'រចនា', lat: ['RACHANA', 'RACHNA'], sex: 'F' },
  { kh: 'សុវណ្ណារី', lat: ['SOVANNARY', 'SOVANARY'], sex: 'F' },
  { kh: 'ស៊ីណា', lat: ['SINA', 'SINAH'], sex: 'F' },
  { kh: 'សុភាព', lat: ['SOPHEAP'], sex: 'U' },
  { kh: 'វណ្ណា', lat: ['VANNA', 'VANNAH'], sex: 'U' },
  { kh: 'រដ្ឋា', lat: ['RATHA', 'RATTHA'], sex: 'U' },
  { kh: 'សុផល', lat: ['SOPHAL'], sex: 'U' },
  { kh: 'មុនី', lat: ['MONY', 'MONI'], sex: 'U' },
  { kh: 'សុភ័ក្ត្រ', lat: ['SOPHEAK', 'SOPHEAKH'], sex: 'U' },
  { kh: 'វុទ្ធី', lat: ['VUTHY', 'VOEUTHY', 'VUTHI'], sex: 'M' },
  { kh: 'ដារ៉ា', lat: ['DARA', 'DARAH'], sex: 'M' },
  { kh: 'វិចិត្រ', lat: ['VICHET', 'VICHETH'], sex: 'M' },
  { kh: 'សំណាង', lat: ['SAMNANG'], sex: 'M' },
  { kh: 'ពិសិដ្ឋ', lat: ['PISETH', 'PISITH'], sex: 'M' },
  { kh: 'សុវណ្ណ', lat: ['SOVANN', 'SOVAN'], sex: 'M' },
  { kh: 'រិទ្ធី', lat: ['RITHY', 'RITHI'], sex: 'M' },
  { kh: 'វិសាល', lat: ['VISAL', 'VISSAL'], sex: 'M' },
  { kh: 'បញ្ញា', lat: ['PANHA', 'PAGNA'], sex: 'M' },
  { kh: 'មករា', lat: ['MAKARA'], sex: 'M' },
  { kh: 'វាសនា', lat: ['VEASNA', 'VASNA'], sex: 'M' },
  { kh: 'សុខុម', lat: ['SOKHOM'], sex: 'M' },
  { kh: 'រតនា', lat: ['RATANA', 'RATHANA'], sex: 'M' },
  { kh: 'កុសល', lat: ['KOSAL', 'KUSAL'], sex: 'M' },
  { kh: 'ឧត្តម', lat: ['OUDOM', 'UDOM'], sex: 'M' },
  { kh: 'វីរៈ', lat: ['VIREAK', 'VIRAK'], sex: 'M' },
  { kh: 'សីហា', lat: ['SEYHA', 'SEIHA'], sex: 'M' },
  { kh: 'ភក្តី', lat: ['PHEAKDEY', 'PHEAKDEI'], sex: 'M' },
  { kh: 'ចំរើន', lat: ['CHAMROEUN', 'CHAMREUN'], sex: 'M' },
  { kh: 'សម្បត្តិ', lat: ['SAMBATH', 'SAMBAT'], sex: 'M' },
  { kh: 'វិបុល', lat: ['VIBOL', 'VIBUL'], sex: 'M' },
  { kh: 'សារឿន', lat: ['SAROEUN', 'SAREOUN'], sex: 'M' },
  { kh: 'ណារ៉ុង', lat: ['NARONG'], sex: 'M' },
  { kh: 'បូរ៉ា', lat: ['BORA', 'BORAH'], sex: 'M' },
  { kh: 'សុជាតិ', lat: ['SOCHEAT', 'SOCHEATH'], sex: 'M' },
  { kh: 'ធារិទ្ធ', lat: ['THEARITH', 'THEARETH'], sex: 'M' },
  { kh: 'សេរី', lat: ['SEREY', 'SEREI'], sex: 'M' },
  { kh: 'ពុទ្ធី', lat: ['PUTHY', 'PUTHI'], sex: 'M' },
];

/** First parts of two-part given names (Kimly, Sokheng, Chanthy, Srey Leak, Bunthoeun ...). */
export const KH_GIVEN_PREFIX: KhWord[] = [
  { kh: 'ស្រី', lat: ['SREY', 'SREI'], sex: 'F' },
  { kh: 'សុខ', lat: ['SOK', 'SOKH'], sex: 'U' },
  { kh: 'ចាន់', lat: ['CHAN', 'CHANN'], sex: 'U' },
  { kh: 'គីម', lat: ['KIM'], sex: 'U' },
  { kh: 'លី', lat: ['LY', 'LI'], sex: 'U' },
  { kh: 'ប៊ុន', lat: ['BUN', 'BUNN'], sex: 'M' },
];

/** Second parts of two-part given names. */
export const KH_GIVEN_SECOND: KhWord[] = [
  { kh: 'លី', lat: ['LY', 'LI'], sex: 'U' },
  { kh: 'ហ៊ាង', lat: ['HEANG', 'HIENG'], sex: 'F' },
  { kh: 'សាន', lat: ['SAN'], sex: 'U' },
  { kh: 'នី', lat: ['NY', 'NI'], sex: 'F' },
  { kh: 'ណា', lat: ['NA'], sex: 'U' },
  { kh: 'ធី', lat: ['THY', 'THI'], sex: 'U' },
  { kh: 'មុនី', lat: ['MONY', 'MONI'], sex: 'U' },
  { kh: 'ដារ៉ា', lat: ['DARA'], sex: 'M' },
  { kh: 'រិទ្ធ', lat: ['RITH', 'RITTH'], sex: 'M' },
  { kh: 'លក្ខណ៍', lat: ['LEAK', 'LEAKH'], sex: 'F' },
  { kh: 'ពេជ្រ', lat: ['PICH', 'PECH'], sex: 'U' },
  { kh: 'មុំ', lat: ['MOM'], sex: 'F' },
  { kh: 'ពៅ', lat: ['POV', 'POU'], sex: 'F' },
  { kh: 'នាង', lat: ['NEANG', 'NIENG'], sex: 'F' },
  { kh: 'និច', lat: ['NICH', 'NITH'], sex: 'F' },
  { kh: 'អូន', lat: ['OUN', 'OUNE'], sex: 'F' },
  { kh: 'រ័ត្ន', lat: ['ROTH', 'RATH'], sex: 'U' },
  { kh: 'មាស', lat: ['MEAS'], sex: 'U' },
  { kh: 'ផល', lat: ['PHAL'], sex: 'U' },
  { kh: 'ហេង', lat: ['HENG'], sex: 'M' },
  { kh: 'ឡុង', lat: ['LONG'], sex: 'M' },
  { kh: 'ថន', lat: ['THORN', 'THON'], sex: 'M' },
  { kh: 'ធឿន', lat: ['THOEUN', 'THEUN'], sex: 'M' },
  { kh: 'ហួរ', lat: ['HOUR', 'HUOR'], sex: 'U' },
];

// ---------------------------------------------------------------- foreign staff

/** Chinese (pinyin), Korean and Malaysian-Chinese syllables → Khmer transliterations by sound. */
export const SYL_KH: Record<string, string[]> = {
  // Chinese family names
  ZHANG: ['ចាង', 'ហ្សាង', 'ចាំង'],
  WANG: ['វ៉ាង', 'វាង'],
  LI: ['លី', 'លិ'],
  LIU: ['លីវ', 'លីអ៊ូ'],
  CHEN: ['ឆេន', 'ចិន', 'ឆិន'],
  YANG: ['យ៉ាង', 'យ៉ង់'],
  HUANG: ['ហ័ង', 'ហ្វាង', 'ហួង'],
  ZHAO: ['ចាវ', 'ចៅ'],
  WU: ['អ៊ូ', 'វូ'],
  ZHOU: ['ចូវ', 'ចូ'],
  XU: ['ស៊ូ', 'ស៊ុយ'],
  SUN: ['ស៊ុន', 'ស៊ូន'],
  MA: ['ម៉ា', 'មា'],
  ZHU: ['ជូ', 'ចូ'],
  HU: ['ហ៊ូ', 'ហូ'],
  GUO: ['គួ', 'កួ'],
  LIN: ['លីន', 'លិន'],
  HE: ['ហឺ', 'ហេ'],
  GAO: ['កៅ', 'ហ្គៅ'],
  LUO: ['លួ', 'លូ'],
  // Chinese given syllables
  WEI: ['វ៉ី', 'វ៉ៃ', 'វេ'],
  NA: ['ណា', 'ន៉ា'],
  LEI: ['ឡី', 'ឡេ'],
  FANG: ['ហ្វាង', 'ផាង'],
  MIN: ['មីន', 'មិន'],
  JING: ['ជីង', 'ជីញ'],
  QIANG: ['ឈាង', 'ឈៀង'],
  JUN: ['ជុន', 'ជូន'],
  YAN: ['យ៉ាន', 'យ៉ែន'],
  JIE: ['ជៀ', 'ជេ'],
  TAO: ['តាវ', 'តៅ'],
  MING: ['មីង', 'មិញ'],
  CHAO: ['ឆាវ', 'ឆៅ'],
  XIN: ['ស៊ីន', 'ស៊ិន'],
  HUI: ['ហួយ', 'ហ៊ុយ'],
  HUA: ['ហ្វា', 'ហួ'],
  YING: ['យីង', 'យីញ'],
  XIAO: ['ស៊ាវ', 'សៀវ'],
  JIAN: ['ជាន', 'ជៀន'],
  HONG: ['ហុង', 'ហ៊ុង'],
  PENG: ['ផេង', 'ប៉េង'],
  BO: ['ប៉ូ', 'បូ'],
  YU: ['យូ', 'យ៉ូ'],
  LING: ['លីង', 'លីញ'],
  FEI: ['ហ្វី', 'ហ្វៃ'],
  GANG: ['កាង', 'ហ្គាង'],
  HAO: ['ហាវ', 'ហៅ'],
  KAI: ['ខៃ', 'កៃ'],
  XUE: ['ស៊ឺ', 'ស្វេ'],
  DONG: ['ដុង', 'តុង'],
  MEI: ['ម៉ី', 'ម៉ៃ'],
  QING: ['ឈីង', 'ឈីញ'],
  YI: ['យី', 'អ៊ី'],
  HAI: ['ហៃ'],
  LONG: ['ឡុង'],
  YONG: ['យ៉ុង', 'យុង'],
  PING: ['ពីង', 'ភីង'],
  // Korean family names
  KIM: ['គីម', 'គឹម'],
  LEE: ['លី'],
  PARK: ['ផាក', 'ប៉ាក'],
  CHOI: ['ឆយ', 'ជយ'],
  JUNG: ['ជុង', 'ជឹង'],
  KANG: ['កាង', 'ខាង'],
  CHO: ['ចូ', 'ជូ'],
  YOON: ['យូន', 'យ៉ូន'],
  JANG: ['ចាង', 'ជាង'],
  LIM: ['លីម', 'លឹម'],
  HAN: ['ហាន', 'ហាន់'],
  SHIN: ['ស៊ីន', 'ស៊ិន'],
  // Korean given syllables
  JI: ['ជី'],
  HOON: ['ហ៊ុន', 'ហូន'],
  SEO: ['សូ', 'សេអូ'],
  YEON: ['យ៉ន់', 'យន់'],
  WOO: ['វូ'],
  HYUN: ['ហ្យុន', 'ហៀន'],
  SUNG: ['សុង', 'ស៊ុង'],
  YOUNG: ['យ៉ង់', 'យ៉ុង'],
  HO: ['ហូ'],
  EUN: ['អ៊ឺន', 'អ៊ុន'],
  SOO: ['ស៊ូ'],
  JAE: ['ជេ', 'ជែ'],
  HYE: ['ហៃ', 'ហេ'],
  SEUNG: ['ស៊ឹង', 'សឹង'],
  HA: ['ហា'],
  JIN: ['ជីន', 'ជិន'],
  // Malaysian-Chinese (Hokkien / Cantonese spellings)
  TAN: ['តាន់', 'តាន'],
  WONG: ['វ៉ុង', 'វង'],
  ONG: ['អុង'],
  NG: ['អ៊ឹង', 'ង'],
  CHAN: ['ចាន់'],
  GOH: ['ហ្គោ', 'កោ'],
  TEO: ['ទាវ', 'តេអូ'],
  LOW: ['ឡូ'],
  CHONG: ['ចុង'],
  YAP: ['យ៉ាប'],
  CHEE: ['ជី'],
  KEONG: ['គាង', 'ខេអុង'],
  LIANG: ['លាង', 'លៀង'],
  KAH: ['កា'],
  WAI: ['វ៉ៃ'],
  SIEW: ['ស៊ីវ'],
  BOON: ['ប៊ូន', 'ប៊ុន'],
  HOCK: ['ហុក'],
  JIA: ['ជា', 'ជៀ'],
  KOK: ['កុក'],
  LEONG: ['លាង', 'លេអុង'],
  YEE: ['យី'],
  CHUN: ['ឈុន'],
  SENG: ['សេង'],
  PEI: ['ប៉ី'],
  SHAN: ['សាន'],
  HOOI: ['ហូយ'],
};

/** Chinese family names, most common first (so ZHANG WEI, LI NA, WANG LEI collide). */
export const CN_FAMILY = ['WANG', 'LI', 'ZHANG', 'LIU', 'CHEN', 'YANG', 'HUANG', 'ZHAO', 'WU', 'ZHOU', 'XU', 'SUN', 'MA', 'ZHU', 'HU', 'GUO', 'LIN', 'HE', 'GAO', 'LUO'];
export const CN_GIVEN_M = ['WEI', 'LEI', 'QIANG', 'JUN', 'JIE', 'TAO', 'MING', 'CHAO', 'PENG', 'BO', 'GANG', 'HAO', 'KAI', 'DONG', 'LONG', 'YONG', 'HAI', 'JIAN', 'HONG'];
export const CN_GIVEN_F = ['NA', 'FANG', 'MIN', 'JING', 'YAN', 'XIN', 'HUI', 'YING', 'LING', 'FEI', 'XUE', 'MEI', 'QING', 'YI', 'PING', 'HUA', 'WEI', 'YU'];
/** First syllables of two-syllable Chinese given names (XIAOMING, JIANHUA ...). */
export const CN_GIVEN_FIRST = ['XIAO', 'JIAN', 'HONG', 'LI', 'YU', 'HAI', 'MING', 'YONG'];

export const KR_FAMILY = ['KIM', 'LEE', 'PARK', 'CHOI', 'JUNG', 'KANG', 'CHO', 'YOON', 'JANG', 'LIM', 'HAN', 'SHIN'];
export const KR_GIVEN_M: [string, string][] = [
  ['MIN', 'JUN'], ['JI', 'HOON'], ['HYUN', 'WOO'], ['SUNG', 'MIN'], ['YOUNG', 'HO'], ['DONG', 'HYUN'],
  ['JAE', 'HYUN'], ['SEUNG', 'HO'], ['JI', 'WOO'], ['MIN', 'HO'], ['JUN', 'HO'], ['SUNG', 'HOON'],
];
export const KR_GIVEN_F: [string, string][] = [
  ['SEO', 'YEON'], ['EUN', 'JI'], ['SOO', 'JIN'], ['JI', 'YEON'], ['HYE', 'JIN'], ['MIN', 'JI'],
  ['HA', 'NA'], ['YU', 'NA'], ['SOO', 'YEON'], ['JI', 'EUN'], ['EUN', 'SEO'], ['HYE', 'JI'],
];

export const MYC_FAMILY = ['TAN', 'LIM', 'LEE', 'WONG', 'ONG', 'NG', 'CHAN', 'GOH', 'TEO', 'LOW', 'CHONG', 'YAP'];
export const MYC_GIVEN_M: [string, string][] = [
  ['CHEE', 'KEONG'], ['WEI', 'LIANG'], ['KAH', 'WAI'], ['BOON', 'HOCK'], ['KOK', 'LEONG'], ['CHUN', 'SENG'], ['WEI', 'MING'], ['KAH', 'SENG'],
];
export const MYC_GIVEN_F: [string, string][] = [
  ['MEI', 'LING'], ['SIEW', 'MEI'], ['HUI', 'MIN'], ['JIA', 'HUI'], ['YEE', 'LING'], ['PEI', 'SHAN'], ['SIEW', 'HOOI'], ['MEI', 'YEE'],
];

/** English names Chinese, Korean and Malaysian-Chinese staff go by; none is a token of any other name here. */
export const EN_M = ['JACKY', 'TONY', 'DAVID', 'KEVIN', 'JASON', 'PETER', 'MICHAEL', 'ERIC', 'ALEX', 'JAMES', 'JOHNNY', 'VINCENT', 'ANDY', 'RAYMOND', 'STEVEN', 'BRIAN'];
export const EN_F = ['LILY', 'AMY', 'ANNA', 'GRACE', 'SALLY', 'CINDY', 'JENNY', 'COCO', 'VIVIAN', 'IRIS', 'HELEN', 'EMMA', 'SANDY', 'WENDY', 'TINA', 'CHERRY'];

// Vietnamese
export const VN_FAMILY: FTok[] = [
  { lat: 'NGUYEN', dia: 'Nguyễn', kh: ['ង្វៀន', 'ង៉ុយអៀន'] },
  { lat: 'TRAN', dia: 'Trần', kh: ['ត្រឹន', 'ត្រាន់'] },
  { lat: 'LE', dia: 'Lê', kh: ['លេ'] },
  { lat: 'PHAM', dia: 'Phạm', kh: ['ផាម', 'ហ្វាម'] },
  { lat: 'HOANG', dia: 'Hoàng', kh: ['ហ័ង', 'ហ៊ួង'] },
  { lat: 'HUYNH', dia: 'Huỳnh', kh: ['ហ៊ុយញ', 'ហ៊ុយន'] },
  { lat: 'VO', dia: 'Võ', kh: ['វ៉ូ', 'វោ'] },
  { lat: 'DANG', dia: 'Đặng', kh: ['ដាំង', 'ដាង'] },
  { lat: 'BUI', dia: 'Bùi', kh: ['ប៊ុយ'] },
  { lat: 'DO', dia: 'Đỗ', kh: ['ដូ', 'ដោ'] },
  { lat: 'NGO', dia: 'Ngô', kh: ['ង៉ោ', 'ងោ'] },
  { lat: 'DUONG', dia: 'Dương', kh: ['យឿង', 'ឌឿង'] },
];
export const VN_MIDDLE: FTok[] = [
  { lat: 'VAN', dia: 'Văn', kh: ['វ៉ាន់', 'វ៉ាន'], sex: 'M' },
  { lat: 'DUC', dia: 'Đức', kh: ['ឌឹក', 'ដឹក'], sex: 'M' },
  { lat: 'MINH', dia: 'Minh', kh: ['មិញ'], sex: 'M' },
  { lat: 'THI', dia: 'Thị', kh: ['ធី', 'ធិ'], sex: 'F' },
  { lat: 'NGOC', dia: 'Ngọc', kh: ['ង៉ុក'], sex: 'F' },
  { lat: 'THANH', dia: 'Thanh', kh: ['ថាញ់'], sex: 'U' },
];
export const VN_GIVEN: FTok[] = [
  { lat: 'AN', dia: 'An', kh: ['អាន'], sex: 'U' },
  { lat: 'HUNG', dia: 'Hùng', kh: ['ហ៊ុង'], sex: 'M' },
  { lat: 'DUNG', dia: 'Dũng', kh: ['យុង', 'ឌុង'], sex: 'M' },
  { lat: 'TUAN', dia: 'Tuấn', kh: ['ទួន', 'តួន'], sex: 'M' },
  { lat: 'NAM', dia: 'Nam', kh: ['ណាម', 'ណម'], sex: 'M' },
  { lat: 'HAI', dia: 'Hải', kh: ['ហៃ'], sex: 'M' },
  { lat: 'LONG', dia: 'Long', kh: ['ឡុង'], sex: 'M' },
  { lat: 'QUANG', dia: 'Quang', kh: ['ក្វាង'], sex: 'M' },
  { lat: 'THANG', dia: 'Thắng', kh: ['ថាំង', 'ថាង'], sex: 'M' },
  { lat: 'KHOA', dia: 'Khoa', kh: ['ខ្វា', 'ខូអា'], sex: 'M' },
  { lat: 'HIEU', dia: 'Hiếu', kh: ['ហៀវ', 'ហ៊ីវ'], sex: 'M' },
  { lat: 'HUONG', dia: 'Hương', kh: ['ហឿង'], sex: 'F' },
  { lat: 'LAN', dia: 'Lan', kh: ['ឡាន', 'ឡាន់'], sex: 'F' },
  { lat: 'MAI', dia: 'Mai', kh: ['ម៉ៃ'], sex: 'F' },
  { lat: 'LINH', dia: 'Linh', kh: ['លីញ'], sex: 'F' },
  { lat: 'HOA', dia: 'Hoa', kh: ['ហ្វា', 'ហួ'], sex: 'F' },
  { lat: 'TRANG', dia: 'Trang', kh: ['ត្រាង'], sex: 'F' },
  { lat: 'THAO', dia: 'Thảo', kh: ['ថាវ', 'ថៅ'], sex: 'F' },
  { lat: 'PHUONG', dia: 'Phương', kh: ['ភឿង', 'ហ្វឿង'], sex: 'F' },
  { lat: 'NGA', dia: 'Nga', kh: ['ង៉ា'], sex: 'F' },
  { lat: 'HANH', dia: 'Hạnh', kh: ['ហាញ់'], sex: 'F' },
  { lat: 'THUY', dia: 'Thủy', kh: ['ធុយ', 'ធ្វី'], sex: 'F' },
];

// Filipino
export const PH_FIRST: FTok[] = [
  { lat: 'MARIA', kh: ['ម៉ារីយ៉ា', 'ម៉ារៀ'], sex: 'F' },
  { lat: 'ROSALIE', kh: ['រ៉ូសាលី', 'រូសាលី'], sex: 'F' },
  { lat: 'MARICEL', kh: ['ម៉ារីសែល'], sex: 'F' },
  { lat: 'JOCELYN', kh: ['ជូសេលីន', 'ចូសេលីន'], sex: 'F' },
  { lat: 'ROWENA', kh: ['រ៉ូវេណា'], sex: 'F' },
  { lat: 'MARILOU', kh: ['ម៉ារីលូ'], sex: 'F' },
  { lat: 'LORNA', kh: ['ឡរណា', 'ឡូណា'], sex: 'F' },
  { lat: 'JENNIFER', kh: ['ជេននីហ្វឺ', 'ជេនីហ្វឺ'], sex: 'F' },
  { lat: 'ANALYN', kh: ['អាណាលីន'], sex: 'F' },
  { lat: 'RIZA', kh: ['រីសា'], sex: 'F' },
  { lat: 'JOSE', kh: ['ហូសេ', 'ចូសេ'], sex: 'M' },
  { lat: 'JUAN', kh: ['ហ្វាន', 'ជួន'], sex: 'M' },
  { lat: 'ARNEL', kh: ['អានែល'], sex: 'M' },
  { lat: 'ROMMEL', kh: ['រ៉ូមែល'], sex: 'M' },
  { lat: 'RODEL', kh: ['រ៉ូដែល'], sex: 'M' },
  { lat: 'REYNALDO', kh: ['រេណាល់ដូ'], sex: 'M' },
  { lat: 'ERNESTO', kh: ['អឺណេស្តូ'], sex: 'M' },
  { lat: 'RICARDO', kh: ['រីកាដូ'], sex: 'M' },
  { lat: 'EDUARDO', kh: ['អេឌូអាដូ'], sex: 'M' },
  { lat: 'ROLANDO', kh: ['រ៉ូឡង់ដូ'], sex: 'M' },
];
/** Second given names or mothers' maiden names, the part a sheet drops or initialises. */
export const PH_MIDDLE: FTok[] = [
  { lat: 'CRISTINA', kh: ['គ្រីស្ទីណា'], sex: 'F' },
  { lat: 'ISABEL', kh: ['អ៊ីសាបែល'], sex: 'F' },
  { lat: 'LUZ', kh: ['លូស'], sex: 'F' },
  { lat: 'ANGELA', kh: ['អាន់ជេឡា'], sex: 'F' },
  { lat: 'MIGUEL', kh: ['មីហ្គែល'], sex: 'M' },
  { lat: 'ANTONIO', kh: ['អាន់តូនីយ៉ូ'], sex: 'M' },
  { lat: 'CARLO', kh: ['កាឡូ'], sex: 'M' },
  { lat: 'MANUEL', kh: ['ម៉ានូអែល'], sex: 'M' },
  { lat: 'SANTOS', kh: ['សាន់តូស'], sex: 'U' },
  { lat: 'REYES', kh: ['រ៉េយេស', 'រេយេស'], sex: 'U' },
  { lat: 'BAUTISTA', kh: ['បូទីស្តា'], sex: 'U' },
  { lat: 'OCAMPO', kh: ['អូកាំប៉ូ'], sex: 'U' },
];
export const PH_SURNAME: FTok[] = [
  { lat: 'DELA CRUZ', kh: ['ដេឡាគ្រូស', 'ដេឡា គ្រូស'] },
  { lat: 'SANTOS', kh: ['សាន់តូស'] },
  { lat: 'REYES', kh: ['រ៉េយេស', 'រេយេស'] },
  { lat: 'GARCIA', kh: ['ហ្គាស៊ីយ៉ា', 'កាស៊ីអា'] },
  { lat: 'MENDOZA', kh: ['ម៉េនដូសា'] },
  { lat: 'BAUTISTA', kh: ['បូទីស្តា'] },
  { lat: 'GONZALES', kh: ['ហ្គនសាឡេស'] },
  { lat: 'RAMOS', kh: ['រ៉ាម៉ូស'] },
  { lat: 'AQUINO', kh: ['អាគីណូ'] },
  { lat: 'DE LEON', kh: ['ដេលេអុង'] },
  { lat: 'DEL ROSARIO', kh: ['ដែលរ៉ូសារីយ៉ូ'] },
  { lat: 'VILLANUEVA', kh: ['វីយ៉ានូអេវ៉ា'] },
  { lat: 'CASTILLO', kh: ['កាស្ទីយ៉ូ'] },
  { lat: 'FERNANDEZ', kh: ['ហ្វឺណាន់ដេស'] },
  { lat: 'TORRES', kh: ['តូរេស'] },
  { lat: 'FLORES', kh: ['ផ្លូរេស', 'ហ្វ្លូរេស'] },
];

// Thai (given name first; a sheet may leave the surname out)
export const TH_GIVEN: FTok[] = [
  { lat: 'SOMCHAI', alt: ['SOMCHAY'], kh: ['សមឆាយ', 'សុមឆៃ'], sex: 'M' },
  { lat: 'SOMSAK', kh: ['សមសាក់'], sex: 'M' },
  { lat: 'PRASERT', alt: ['PRASOET'], kh: ['ប្រសើរ', 'ប្រាសឺត'], sex: 'M' },
  { lat: 'WICHAI', alt: ['VICHAI'], kh: ['វិឆៃ', 'វីឆៃ'], sex: 'M' },
  { lat: 'ANAN', kh: ['អាណាន់'], sex: 'M' },
  { lat: 'CHAIWAT', kh: ['ឆៃវ៉ាត់'], sex: 'M' },
  { lat: 'NATTHAPHONG', alt: ['NATTAPONG'], kh: ['ណាត់ថាផុង'], sex: 'M' },
  { lat: 'THANAKORN', alt: ['TANAKORN'], kh: ['ថាណាកន'], sex: 'M' },
  { lat: 'SOMPONG', kh: ['សមពង្ស'], sex: 'M' },
  { lat: 'KITTI', kh: ['គិត្តិ', 'គីទី'], sex: 'M' },
  { lat: 'SUNEE', alt: ['SUNI'], kh: ['ស៊ុននី', 'សុនី'], sex: 'F' },
  { lat: 'MALEE', alt: ['MALI'], kh: ['ម៉ាលី'], sex: 'F' },
  { lat: 'SUPAPORN', alt: ['SUPHAPORN'], kh: ['សុភាភរ'], sex: 'F' },
  { lat: 'PORNTIP', alt: ['PHONTHIP'], kh: ['ពរទិព្វ', 'ផនធីប'], sex: 'F' },
  { lat: 'SIRIPORN', kh: ['សិរីភរ'], sex: 'F' },
  { lat: 'ARUNEE', alt: ['ARUNI'], kh: ['អារុណី'], sex: 'F' },
  { lat: 'SUDARAT', kh: ['សុដារ៉ាត់'], sex: 'F' },
  { lat: 'KANYA', kh: ['កញ្ញា'], sex: 'F' },
  { lat: 'WANNA', alt: ['WANA'], kh: ['វណ្ណា'], sex: 'F' },
];
export const TH_SURNAME: FTok[] = [
  { lat: 'PHROMMA', alt: ['PROMMA'], kh: ['ព្រហ្មា', 'ផ្រមម៉ា'] },
  { lat: 'SAENGTHONG', alt: ['SANGTHONG'], kh: ['សែងថង'] },
  { lat: 'KAEWKLA', alt: ['KAEOKLA'], kh: ['កែវក្លា'] },
  { lat: 'WONGSAWAT', kh: ['វង្សសាវ៉ាត់'] },
  { lat: 'SRISUK', kh: ['ស្រីសុខ'] },
  { lat: 'BOONMA', alt: ['BUNMA'], kh: ['ប៊ុនម៉ា'] },
  { lat: 'CHAIYAPORN', kh: ['ឆៃយ៉ាភរ'] },
  { lat: 'THONGDEE', alt: ['TONGDEE'], kh: ['ថងឌី'] },
  { lat: 'INTHARA', kh: ['អ៊ីនថារ៉ា'] },
  { lat: 'RATTANAPONG', kh: ['រតនាពង្ស'] },
  { lat: 'JAIDEE', alt: ['CHAIDEE'], kh: ['ចៃឌី'] },
  { lat: 'SUKSAWAT', kh: ['សុខសាវ៉ាត់'] },
];

// Malaysian (Malay): [first] second BIN/BINTI father
export const MY_FIRST_M: FTok[] = [
  { lat: 'MUHAMMAD', alt: ['MOHD'], kh: ['មូហាំម៉ាត់', 'ម៉ូហាម៉ាដ'] },
  { lat: 'MOHAMAD', alt: ['MOHD'], kh: ['ម៉ូហាម៉ាត់'] },
  { lat: 'AHMAD', kh: ['អាម៉ាត់', 'អាហ្មាដ'] },
];
export const MY_FIRST_F: FTok[] = [
  { lat: 'NUR', kh: ['នួរ', 'នូរ'] },
  { lat: 'SITI', kh: ['ស៊ីទី'] },
  { lat: 'NURUL', kh: ['នូរុល'] },
];
export const MY_SECOND_M: FTok[] = [
  { lat: 'HAFIZ', kh: ['ហាហ្វីស', 'ហាវីស'] },
  { lat: 'FAIZAL', kh: ['ហ្វៃសាល់'] },
  { lat: 'AIMAN', kh: ['អៃម៉ាន'] },
  { lat: 'IRFAN', kh: ['អ៊ីរហ្វាន'] },
  { lat: 'AZLAN', kh: ['អាស្លាន'] },
  { lat: 'RIDZUAN', kh: ['រីឌ្សូអាន'] },
  { lat: 'SYAFIQ', kh: ['ស្យាហ្វីក'] },
  { lat: 'ZULKIFLI', kh: ['ស៊ុលគីហ្វ្លី'] },
  { lat: 'HAKIM', kh: ['ហាគីម'] },
];
export const MY_SECOND_F: FTok[] = [
  { lat: 'AISYAH', kh: ['អាអ៊ីស្យា'] },
  { lat: 'HUDA', kh: ['ហ៊ូដា'] },
  { lat: 'AMINAH', kh: ['អាមីណា'] },
  { lat: 'AZLINA', kh: ['អាស្លីណា'] },
  { lat: 'FARAH', kh: ['ហ្វារ៉ា'] },
  { lat: 'SYAZWANI', kh: ['ស្យាសវ៉ានី'] },
  { lat: 'HIDAYAH', kh: ['ហ៊ីដាយ៉ា'] },
  { lat: 'ZULAIKHA', kh: ['ស៊ូឡៃខា'] },
];
export const MY_FATHER: FTok[] = [
  { lat: 'ISMAIL', kh: ['អ៊ីស្មាអ៊ីល', 'អ៊ីសម៉ាអែល'] },
  { lat: 'ABDULLAH', kh: ['អាប់ឌុលឡា'] },
  { lat: 'HASSAN', kh: ['ហាសាន់'] },
  { lat: 'IBRAHIM', kh: ['អ៊ីប្រាហ៊ីម'] },
  { lat: 'OTHMAN', kh: ['អុធម៉ាន'] },
  { lat: 'YUSOF', kh: ['យូសុប'] },
  { lat: 'RAHMAN', kh: ['រ៉ាម៉ាន'] },
  { lat: 'ZAKARIA', kh: ['សាការីយ៉ា'] },
  { lat: 'AHMAD', kh: ['អាម៉ាត់', 'អាហ្មាដ'] },
  { lat: 'HAMID', kh: ['ហាមីដ'] },
];
export const MY_BIN: FTok = { lat: 'BIN', kh: ['ប៊ិន', 'ប៊ីន'] };
export const MY_BINTI: FTok = { lat: 'BINTI', kh: ['ប៊ីនទី'] };

// Indian (given name first)
export const IN_GIVEN: FTok[] = [
  { lat: 'RAJESH', kh: ['រ៉ាជេស', 'រាជេស'], sex: 'M' },
  { lat: 'SURESH', kh: ['ស៊ូរេស'], sex: 'M' },
  { lat: 'RAMESH', kh: ['រ៉ាមេស'], sex: 'M' },
  { lat: 'ANIL', kh: ['អានីល'], sex: 'M' },
  { lat: 'SUNIL', kh: ['ស៊ូនីល'], sex: 'M' },
  { lat: 'VIJAY', kh: ['វីជ័យ', 'វិជៃ'], sex: 'M' },
  { lat: 'ARUN', kh: ['អារុណ', 'អារូន'], sex: 'M' },
  { lat: 'PRAKASH', kh: ['ប្រាកាស'], sex: 'M' },
  { lat: 'MANOJ', kh: ['ម៉ាណូច'], sex: 'M' },
  { lat: 'SANJAY', kh: ['សាន់ជ័យ'], sex: 'M' },
  { lat: 'PRIYA', kh: ['ព្រីយ៉ា'], sex: 'F' },
  { lat: 'DEEPA', kh: ['ឌីប៉ា', 'ទីប៉ា'], sex: 'F' },
  { lat: 'LAKSHMI', kh: ['ឡាក់ស្មី', 'លក្ស្មី'], sex: 'F' },
  { lat: 'ANITA', kh: ['អានីតា'], sex: 'F' },
  { lat: 'SUNITA', kh: ['ស៊ូនីតា'], sex: 'F' },
  { lat: 'KAVITHA', kh: ['កាវីថា'], sex: 'F' },
  { lat: 'MEENA', kh: ['មីណា'], sex: 'F' },
  { lat: 'POOJA', kh: ['ពូចា', 'ពូជា'], sex: 'F' },
];
export const IN_SURNAME: FTok[] = [
  { lat: 'KUMAR', kh: ['គូម៉ា', 'កុម៉ារ'], sex: 'M' },
  { lat: 'SHARMA', kh: ['សាម៉ា', 'ស៊ើម៉ា'], sex: 'U' },
  { lat: 'SINGH', kh: ['ស៊ីង', 'ស៊ិញ'], sex: 'U' },
  { lat: 'PATEL', kh: ['ប៉ាតែល', 'ប៉ាទែល'], sex: 'U' },
  { lat: 'REDDY', kh: ['រេឌី', 'រ៉េដ្ឌី'], sex: 'U' },
  { lat: 'NAIR', kh: ['ណៃ', 'នែរ'], sex: 'U' },
  { lat: 'GUPTA', kh: ['គុបតា', 'ហ្គុបតា'], sex: 'U' },
  { lat: 'IYER', kh: ['អៃយ៉ឺ'], sex: 'U' },
  { lat: 'PILLAI', kh: ['ពីឡៃ'], sex: 'U' },
  { lat: 'DAS', kh: ['ដាស'], sex: 'U' },
  { lat: 'MENON', kh: ['ម៉េណុន'], sex: 'U' },
  { lat: 'RAO', kh: ['រ៉ាវ', 'រៅ'], sex: 'U' },
];
