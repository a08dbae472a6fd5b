/**
 * Name inventory for the `hundredthird` roster (a grader's roster, rich in names that are close
 * but different). Each word has one Khmer spelling and the Latin romanizations it is really
 * written with; no romanization is shared by two Khmer words, and no family-name romanization is
 * also a given-name romanization, so "same name in any spelling" is well defined.
 *
 * Given names come in clusters of real names that differ by a letter or a syllable and are
 * DIFFERENT names (Sophea / Sopheap / Sophy / Sopha / Sophal ...). The listed romanizations
 * (Sophea / Sophear / Sopheah) are spellings of ONE name. Family names also come in close
 * clusters (Sam / Som / Sum, Kim / Khim / Lim / Sim / Yim, Meas / Mean ...).
 *
 * Lists are ordered roughly by frequency: the generator draws early items more often.
 */

/** M / F: the name is (almost) only given to that sex; U: either. */
export type HundredthirdSex = 'M' | 'F' | 'U';

export interface HundredthirdWord {
  /** Khmer Unicode, canonical order (base, subscripts, register shifter, vowel, signs). */
  kh: string;
  /** Real romanizations, most usual first. Two-word given names keep their space ('Srey Mom'). */
  latin: readonly string[];
  sex: HundredthirdSex;
}

export interface HundredthirdCluster {
  label: string;
  members: readonly HundredthirdWord[];
}

const w = (kh: string, latin: readonly string[], sex: HundredthirdSex = 'U'): HundredthirdWord => ({ kh, latin, sex });

/** Family names, most frequent first. */
export const HUNDREDTHIRD_FAMILY: readonly HundredthirdWord[] = [
  w('សុខ', ['Sok', 'Sokh']),
  w('ចាន់', ['Chan', 'Chann']),
  w('ជា', ['Chea', 'Chear']),
  w('គីម', ['Kim']),
  w('ហេង', ['Heng']),
  w('លី', ['Ly', 'Lee']),
  w('មាស', ['Meas', 'Meah']),
  w('កែវ', ['Keo', 'Kaev', 'Kev']),
  w('សេង', ['Seng']),
  w('ប្រាក់', ['Prak']),
  w('ពេជ្រ', ['Pich', 'Pech']),
  w('ងួន', ['Nguon', 'Nguan']),
  w('អ៊ុក', ['Ouk', 'Uk']),
  w('ហ៊ុន', ['Hun', 'Hunn']),
  w('ឆាយ', ['Chhay', 'Chhai']),
  w('ឡុង', ['Long']),
  w('ម៉ៅ', ['Mao', 'Mau']),
  w('ទូច', ['Touch', 'Toch']),
  w('ទេព', ['Tep']),
  w('យឹម', ['Yim', 'Yem']),
  w('សំ', ['Sam']),
  w('សោម', ['Som', 'Saom']),
  w('មាន', ['Mean', 'Mien']),
  w('លឹម', ['Lim', 'Leum']),
  w('ស៊ិន', ['Sin', 'Sinn']),
  w('ឈុន', ['Chhun', 'Chhoun']),
  w('សែន', ['Sen', 'Saen']),
  w('ខៀវ', ['Khiev', 'Khieu']),
  w('គង់', ['Kong', 'Kung']),
  w('ប៉ែន', ['Pen', 'Penn']),
  w('វង្ស', ['Vong', 'Vorng']),
  w('ហែម', ['Hem']),
  w('ថាច់', ['Thach']),
  w('រឿន', ['Roeun', 'Ruon']),
  w('ញ៉ែម', ['Nhem']),
  w('យិន', ['Yin']),
  w('ស៊ីម', ['Sim']),
  w('ស៊ុំ', ['Sum', 'Soum']),
  w('ហង', ['Hang']),
  w('ឃីម', ['Khim']),
  w('ឈុំ', ['Chhum', 'Chhoum']),
  w('ឈា', ['Chhea']),
  w('លីន', ['Lin']),
  w('ង៉ែត', ['Nget']),
];

/** Family names that are close but different (by their usual romanization). */
export const HUNDREDTHIRD_FAMILY_CLUSTERS: readonly (readonly string[])[] = [
  ['Sam', 'Som', 'Sum'],
  ['Kim', 'Khim', 'Lim', 'Sim', 'Yim'],
  ['Sin', 'Sim', 'Lin', 'Yin'],
  ['Heng', 'Hang', 'Seng'],
  ['Seng', 'Sen'],
  ['Chhun', 'Chhum'],
  ['Chea', 'Chhea'],
  ['Meas', 'Mean'],
  ['Kong', 'Long'],
  ['Ly', 'Lin'],
  ['Sok', 'Som'],
];

/** Given names in clusters of close-but-different names, most frequent cluster first. */
export const HUNDREDTHIRD_GIVEN: readonly HundredthirdCluster[] = [
  {
    label: 'sophea',
    members: [
      w('សុភា', ['Sophea', 'Sophear', 'Sopheah'], 'F'),
      w('សុភាព', ['Sopheap'], 'F'),
      w('សុភី', ['Sophy', 'Sophi'], 'F'),
      w('សុផា', ['Sopha'], 'F'),
      w('សុផល', ['Sophal', 'Sophall'], 'M'),
      w('សុភ័ក្រ', ['Sopheak'], 'M'),
      w('សុផន', ['Sophorn', 'Sophon'], 'U'),
    ],
  },
  {
    label: 'srey',
    members: [
      w('ស្រីមុំ', ['Srey Mom', 'Sreymom', 'Srei Mom'], 'F'),
      w('ស្រីម៉ៅ', ['Srey Mao', 'Sreymao', 'Srei Mao'], 'F'),
      w('ស្រីលក្ខណ៍', ['Srey Leak', 'Sreyleak', 'Srey Leakh'], 'F'),
      w('ស្រីពៅ', ['Srey Pov', 'Sreypov', 'Srey Pao'], 'F'),
      w('ស្រីនាង', ['Srey Neang', 'Sreyneang'], 'F'),
      w('ស្រីនិច', ['Srey Nich', 'Sreynich'], 'F'),
      w('ស្រីរ័ត្ន', ['Srey Roth', 'Sreyroth'], 'F'),
    ],
  },
  {
    label: 'dara',
    members: [
      w('ដារ៉ា', ['Dara', 'Darra'], 'M'),
      w('ដារី', ['Dary', 'Dari'], 'F'),
      w('តារា', ['Tara'], 'F'),
      w('ដារិទ្ធ', ['Darith', 'Dareth'], 'M'),
      w('ណារិទ្ធ', ['Narith', 'Nareth'], 'M'),
      w('ដាវី', ['Davy', 'Davi'], 'F'),
      w('ណាវី', ['Navy', 'Navi'], 'F'),
    ],
  },
  {
    label: 'vanna',
    members: [
      w('វណ្ណា', ['Vanna', 'Vana', 'Vannah'], 'U'),
      w('វណ្ណី', ['Vanny', 'Vanni'], 'F'),
      w('វណ្ណៈ', ['Vannak', 'Vanak'], 'M'),
      w('វណ្ណដា', ['Vannda', 'Vanda'], 'M'),
      w('វ៉ាន់ធី', ['Vanthy', 'Vanthi'], 'F'),
    ],
  },
  {
    label: 'chanthy',
    members: [
      w('ចន្ធី', ['Chanthy', 'Chanthi', 'Chanty'], 'F'),
      w('ចន្ថា', ['Chantha', 'Chanthar'], 'F'),
      w('ចន្ធូ', ['Chanthou', 'Chanthu'], 'U'),
      w('ចន្ទ្រា', ['Chantrea', 'Chantria'], 'F'),
      w('ចាន់ដា', ['Chanda'], 'F'),
      w('ចិន្ដា', ['Chenda'], 'F'),
    ],
  },
  {
    label: 'sokha',
    members: [
      w('សុខា', ['Sokha', 'Sokhar'], 'U'),
      w('សុខុម', ['Sokhom', 'Sokhum'], 'M'),
      w('សុគន្ធ', ['Sokun'], 'F'),
      w('សុខហេង', ['Sokheng'], 'M'),
      w('សុខនី', ['Sokny', 'Sokhny'], 'F'),
    ],
  },
  {
    label: 'vuthy',
    members: [
      w('វុទ្ធី', ['Vuthy', 'Voeuthy', 'Vuthi'], 'M'),
      w('វុទ្ធា', ['Vutha', 'Voeutha'], 'M'),
      w('វិសាល', ['Visal'], 'M'),
      w('វិបុល', ['Vibol', 'Vibul'], 'M'),
      w('វិចិត្រ', ['Vichet', 'Vicheth'], 'M'),
      w('វិជ្ជា', ['Vichea', 'Vichear'], 'U'),
    ],
  },
  {
    label: 'channy',
    members: [
      w('ចាន់នី', ['Channy', 'Chany'], 'F'),
      w('ចាន់ណា', ['Channa', 'Chana'], 'U'),
      w('ចាន់ណារី', ['Channary', 'Chanary'], 'F'),
    ],
  },
  {
    label: 'sothea',
    members: [
      w('សុធា', ['Sothea', 'Sothear'], 'U'),
      w('សុធី', ['Sothy', 'Sothi'], 'U'),
      w('សុធារ៉ា', ['Sotheara'], 'F'),
    ],
  },
  {
    label: 'ratha',
    members: [
      w('រដ្ឋា', ['Ratha', 'Rattha'], 'M'),
      w('រតនា', ['Rathana', 'Ratana'], 'F'),
      w('រិទ្ធី', ['Rithy', 'Rithi'], 'M'),
      w('រិទ្ធា', ['Ritha'], 'F'),
    ],
  },
  {
    label: 'pisey',
    members: [
      w('ពិសី', ['Pisey', 'Pisei'], 'F'),
      w('ពិសិដ្ឋ', ['Piseth', 'Pisith'], 'M'),
      w('ពិសាល', ['Pisal'], 'M'),
    ],
  },
  {
    label: 'thida',
    members: [
      w('ធីតា', ['Thida', 'Thyda'], 'F'),
      w('ធារី', ['Theary'], 'F'),
      w('ធារ៉ា', ['Theara'], 'U'),
    ],
  },
  {
    label: 'bopha',
    members: [
      w('បុប្ផា', ['Bopha'], 'F'),
      w('បូរ៉ា', ['Bora', 'Borra'], 'M'),
      w('បូរី', ['Borey', 'Borei'], 'M'),
    ],
  },
  {
    label: 'kunthea',
    members: [
      w('គន្ធា', ['Kunthea', 'Kunthear'], 'F'),
      w('គន្ធី', ['Kunthy', 'Kunthi'], 'F'),
      w('កញ្ញា', ['Kanha', 'Kagna'], 'F'),
    ],
  },
  {
    label: 'mealea',
    members: [
      w('មាលា', ['Mealea', 'Meala'], 'F'),
      w('មាលី', ['Mealy', 'Meali'], 'F'),
    ],
  },
  {
    label: 'phalla',
    members: [
      w('ផល្លា', ['Phalla', 'Phala'], 'F'),
      w('ផល្លី', ['Phally', 'Phaly'], 'F'),
    ],
  },
  {
    label: 'other',
    members: [
      w('ម្លិះ', ['Malis'], 'F'),
      w('លក្ខិណា', ['Leakena', 'Leakhena'], 'F'),
      w('ស៊ីណា', ['Sina'], 'F'),
      w('កុសល', ['Kosal', 'Kosol'], 'M'),
      w('សំណាង', ['Samnang'], 'M'),
      w('សម្បត្តិ', ['Sambath', 'Sambat'], 'M'),
      w('ប៊ុនធឿន', ['Bunthoeun', 'Bunthoeurn'], 'M'),
      w('មករា', ['Makara'], 'M'),
      w('រចនា', ['Rachana'], 'F'),
      w('កុលាប', ['Kolab', 'Kulap'], 'F'),
      w('ភារម្យ', ['Phearum', 'Pheareum'], 'M'),
    ],
  },
];
