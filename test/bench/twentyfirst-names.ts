/**
 * Name lists for the `twentyfirst` roster (an OCR-scanned attendance sheet).
 *
 * Real Cambodian family and given names, Khmer Unicode in its usual (canonical) code point order,
 * with the Latin spellings found on ID cards, payrolls and fund records. Where real romanizations
 * vary, several are listed, most common first. Lists are ordered roughly from common to rare: the
 * generator draws them with a skew, so early names collide often (as Sok, Chan, Chea do).
 *
 * Several entries deliberately share a Latin spelling with another entry (Soun = ស៊ុន or សួន), as
 * real names do; the generator treats such names as namesakes when it keeps namesakes apart.
 */

export type NameSex = 'M' | 'F' | 'U';

export interface NameWord {
  /** Khmer script, canonical order: base, subscripts, register shifter, vowel, sign. */
  readonly kh: string;
  /** Latin spellings, most common first; a two-word form ("Srey Mom") may also be written as one. */
  readonly latin: readonly string[];
}

export interface GivenWord extends NameWord {
  /** F / M, or U for names given to both. */
  readonly sex: NameSex;
}

/** Family names, most common first; the last few are rare surnames. */
export const FAMILY_NAMES: readonly NameWord[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'គឹម', latin: ['Kim'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev'] },
  { kh: 'ម៉ៅ', latin: ['Mao'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ហ៊ុន', latin: ['Hun'] },
  { kh: 'សំ', latin: ['Sam', 'Som'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'រស់', latin: ['Ros', 'Ruos'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pou'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'យិន', latin: ['Yin'] },
  { kh: 'ព្រាប', latin: ['Preap', 'Prap'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'ស៊ិន', latin: ['Sin'] },
  { kh: 'ទេព', latin: ['Tep'] },
  { kh: 'ម៉ម', latin: ['Mom'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Bunn'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'ស្រេង', latin: ['Sreng'] },
  { kh: 'ផាន', latin: ['Phan'] },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem'] },
  { kh: 'ណុប', latin: ['Nop'] },
  { kh: 'ម៉ែន', latin: ['Men'] },
  { kh: 'វ៉ាន់', latin: ['Van', 'Vann'] },
  { kh: 'ពេជ្រ', latin: ['Pech', 'Pich'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'សួន', latin: ['Suon', 'Soun'] },
  { kh: 'ឆាយ', latin: ['Chhay'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'ដួង', latin: ['Duong', 'Doung'] },
  { kh: 'ជិន', latin: ['Chin'] },
  { kh: 'ហួរ', latin: ['Hour', 'Huor'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'ជួន', latin: ['Chuon', 'Choun'] },
  { kh: 'ឃុន', latin: ['Khun'] },
  { kh: 'ធី', latin: ['Thy', 'Thi'] },
  { kh: 'ឌី', latin: ['Dy', 'Di'] },
  { kh: 'គង់', latin: ['Kong'] },
  { kh: 'ជុំ', latin: ['Chum'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vorng'] },
  { kh: 'ងិន', latin: ['Ngin'] },
  { kh: 'ឈុន', latin: ['Chhun'] },
  { kh: 'លឹម', latin: ['Lim', 'Lem'] },
  // rarer surnames
  { kh: 'ស្វាយ', latin: ['Svay'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'យស់', latin: ['Yos'] },
  { kh: 'ឯក', latin: ['Ek', 'Aek'] },
  { kh: 'អ៊ឹម', latin: ['Im', 'Em'] },
  { kh: 'ថោង', latin: ['Thong'] },
];

/** Given names, most common first (per sex, unisex names count for both). */
export const GIVEN_NAMES: readonly GivenWord[] = [
  { kh: 'សុភា', latin: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'សុផល', latin: ['Sophal'], sex: 'M' },
  { kh: 'ស្រីមុំ', latin: ['Srey Mom', 'Sreymom', 'Srei Mom'], sex: 'F' },
  { kh: 'ដារ៉ា', latin: ['Dara'], sex: 'U' },
  { kh: 'វុទ្ធី', latin: ['Vuthy', 'Voeuthy', 'Vutthy'], sex: 'M' },
  { kh: 'សុខា', latin: ['Sokha'], sex: 'U' },
  { kh: 'ចាន់ធា', latin: ['Chantha', 'Chanthea'], sex: 'F' },
  { kh: 'ពិសិដ្ឋ', latin: ['Piseth', 'Piset', 'Pisith'], sex: 'M' },
  { kh: 'ស្រីនាង', latin: ['Srey Neang', 'Sreyneang'], sex: 'F' },
  { kh: 'សំណាង', latin: ['Samnang', 'Somnang'], sex: 'M' },
  { kh: 'បុប្ផា', latin: ['Bopha', 'Boppha'], sex: 'F' },
  { kh: 'វណ្ណា', latin: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'វិចិត្រ', latin: ['Vichet', 'Vicheth'], sex: 'M' },
  { kh: 'ធីតា', latin: ['Thida', 'Thyda'], sex: 'F' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet'], sex: 'M' },
  { kh: 'ស្រីពៅ', latin: ['Srey Pov', 'Sreypov'], sex: 'F' },
  { kh: 'រដ្ឋា', latin: ['Ratha', 'Rattha'], sex: 'M' },
  { kh: 'ពិសី', latin: ['Pisey', 'Pisei'], sex: 'F' },
  { kh: 'សុធា', latin: ['Sothea'], sex: 'U' },
  { kh: 'ចាន់ថន', latin: ['Chanthon', 'Chanthorn'], sex: 'M' },
  { kh: 'ម៉ាលី', latin: ['Maly', 'Mali'], sex: 'F' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], sex: 'M' },
  { kh: 'លីដា', latin: ['Lida', 'Lyda'], sex: 'F' },
  { kh: 'បូរ៉ា', latin: ['Bora'], sex: 'M' },
  { kh: 'សុគន្ធា', latin: ['Sokunthea', 'Sokonthea'], sex: 'F' },
  { kh: 'វិសាល', latin: ['Visal'], sex: 'M' },
  { kh: 'រតនា', latin: ['Ratana', 'Rathana', 'Rattana'], sex: 'U' },
  { kh: 'គន្ធា', latin: ['Kunthea', 'Konthea'], sex: 'F' },
  { kh: 'ភក្តី', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], sex: 'M' },
  { kh: 'ណារី', latin: ['Nary', 'Nari'], sex: 'F' },
  { kh: 'សុខុម', latin: ['Sokhom'], sex: 'M' },
  { kh: 'ស្រីអូន', latin: ['Srey Oun', 'Sreyoun'], sex: 'F' },
  { kh: 'ធារ៉ា', latin: ['Theara', 'Thara'], sex: 'M' },
  { kh: 'កញ្ញា', latin: ['Kanha', 'Kagna'], sex: 'F' },
  { kh: 'ចំរើន', latin: ['Chamroeun', 'Chamreun', 'Chamroern'], sex: 'M' },
  { kh: 'សុភាព', latin: ['Sopheap', 'Sopheab'], sex: 'U' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Lekhena'], sex: 'F' },
  { kh: 'សម្បត្តិ', latin: ['Sambath', 'Sombath'], sex: 'M' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Rasmey'], sex: 'F' },
  { kh: 'ចាន់ដារ៉ា', latin: ['Chandara'], sex: 'M' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], sex: 'F' },
  { kh: 'មករា', latin: ['Makara'], sex: 'M' },
  { kh: 'សុវណ្ណារី', latin: ['Sovannary', 'Sovanary'], sex: 'F' },
  { kh: 'វាសនា', latin: ['Veasna'], sex: 'M' },
  { kh: 'ស្រីនិច', latin: ['Srey Nich', 'Sreynich'], sex: 'F' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul'], sex: 'M' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], sex: 'F' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol'], sex: 'M' },
  { kh: 'ធារី', latin: ['Theary', 'Thary'], sex: 'F' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom'], sex: 'M' },
  { kh: 'ចន្ទ្រា', latin: ['Chantrea', 'Chanthrea'], sex: 'F' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna'], sex: 'M' },
  { kh: 'ទេវី', latin: ['Tevy', 'Tevi'], sex: 'F' },
  { kh: 'មុន្នី', latin: ['Monny', 'Muny', 'Monni'], sex: 'M' },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich', 'Srey Pech'], sex: 'F' },
  { kh: 'ពុទ្ធី', latin: ['Puthy', 'Putthy'], sex: 'M' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], sex: 'F' },
  { kh: 'វឌ្ឍនា', latin: ['Vathana', 'Vatthana', 'Vattana'], sex: 'M' },
  { kh: 'ឫទ្ធី', latin: ['Rithy', 'Ritthy'], sex: 'M' },
  { kh: 'សារឿន', latin: ['Saroeun', 'Sareun'], sex: 'M' },
  { kh: 'សុធី', latin: ['Sothy', 'Sothi'], sex: 'M' },
  { kh: 'ប៊ុនថា', latin: ['Buntha'], sex: 'M' },
];
