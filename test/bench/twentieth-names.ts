/**
 * Name lists for the `twentieth` roster: honorifics in both scripts, and Khmer and Sino-Khmer
 * family and given names, each in Khmer script and in the romanizations really seen for it.
 *
 * In every entry the first spelling is the usual one; the others are real variants a careful
 * reader recognises as the same name (Khmer: alternative spellings; Latin: romanizations,
 * with and without the space in compound given names). Lists run roughly from common to rare.
 */

export interface NameEntry {
  /** Khmer spellings; the first is the usual one. */
  kh: readonly string[];
  /** Latin romanizations; the first is the usual one. */
  lat: readonly string[];
}

/** `n('តាំង|តាង', 'Taing|Teang|Tang')`: spellings separated by `|`. */
function n(kh: string, lat: string): NameEntry {
  return { kh: kh.split('|'), lat: lat.split('|') };
}

/** Khmer-origin family names. */
export const KHMER_FAMILY: readonly NameEntry[] = [
  n('សុខ', 'Sok|Sokh|Sock'),
  n('ចាន់', 'Chan|Chann'),
  n('ជា', 'Chea|Chear|Chia'),
  n('គីម', 'Kim|Keem'),
  n('កែវ', 'Keo|Kaev|Keov'),
  n('មាស', 'Meas|Mias|Meass'),
  n('ប្រាក់', 'Prak|Prakh|Brak'),
  n('សំ', 'Sam|Som'),
  n('ង៉ែត', 'Nget|Ngeth|Nghet'),
  n('ម៉ៅ', 'Mao|Mau'),
  n('ញឹម', 'Nhem|Nhim|Nhoem'),
  n('ពេជ្រ', 'Pich|Pech|Petch'),
  n('ស៊ុន', 'Sun|Soun'),
  n('យិម', 'Yim|Yem'),
  n('ឈឹម', 'Chhim|Chhem|Chhoem'),
  n('អ៊ុក', 'Ouk|Uk|Ok'),
  n('ហែម', 'Hem|Haem'),
  n('ឡុង', 'Long|Lung'),
  n('ទេព', 'Tep|Teb'),
  n('ទូច', 'Touch|Toch|Tuch'),
  n('អ៊ឹម', 'Em|Oem|Im'),
  n('រស់', 'Ros|Ross|Rous'),
  n('វ៉ាន់', 'Vann|Van|Vanh'),
  n('ប៉ែន', 'Pen|Paen|Penh'),
  n('ហ៊ុន', 'Hun|Hunn'),
  n('នួន', 'Nuon|Nuan|Nourn'),
  n('អ៊ុំ', 'Oum|Um|Aum'),
  n('សាន', 'San|Sann'),
  n('ខៀវ', 'Khiev|Khieu|Kheav'),
  n('ពៅ', 'Pov|Pav|Pau'),
  n('ស្វាយ', 'Svay|Svai'),
  n('ផាន់', 'Phan|Phann'),
  n('ទិត្យ', 'Tith|Tit|Teth'),
  n('ឃុន', 'Khun|Khon|Khunn'),
  n('សោម', 'Som|Saom|Sorm'),
  n('ស៊ីម', 'Sim|Sym|Seem'),
  n('ម៉ែន', 'Men|Maen'),
  n('ផល', 'Phal|Phall'),
  n('យិន', 'Yin|Yen'),
  n('សឿន', 'Soeun|Soeurn|Sern'),
  n('អ៊ុយ', 'Uy|Ouy|Uoy'),
  n('ជុំ', 'Chum|Chhum'),
  n('មឿន', 'Moeun|Meun|Moeurn'),
  n('សាយ', 'Say|Sai'),
  n('ថាច់', 'Thach|Thac'),
  n('វង្ស', 'Vong|Vorng'),
  n('ឌួង', 'Duong|Doung'),
];

/**
 * Chinese-origin family names of the Sino-Khmer, whose romanizations vary widely and whose
 * Khmer spelling sometimes does too.
 */
export const SINO_FAMILY: readonly NameEntry[] = [
  n('តាំង|តាង', 'Taing|Teang|Tang|Taeng'),
  n('លី', 'Ly|Lee|Li'),
  n('ហេង', 'Heng|Hing|Haeng'),
  n('លឹម|លិម', 'Lim|Lem|Leem'),
  n('ឃាង|ឃៀង', 'Kheang|Khieng|Khiang'),
  n('ឈុន', 'Chhun|Chun|Chhoun'),
  n('អ៊ុង|អ៊ឹង', 'Ung|Eung|Oung'),
  n('តាន់|តាន', 'Tan|Tann'),
  n('គង់|គុង', 'Kong|Kung'),
  n('សេង|សែង', 'Seng|Sing|Saeng'),
  n('ហាក់|ហាក', 'Hak|Hack|Hakh'),
  n('ង៉ូវ', 'Ngov|Ngauv|Ngow'),
  n('ហួត', 'Huot|Hout|Huat'),
  n('ឆាយ', 'Chhay|Chay|Chhai'),
  n('ទា', 'Tea|Tear|Tia'),
  n('ស៊ី', 'Sy|See|Si'),
  n('ឡាវ', 'Lao|Lav|Lau'),
];

export const MALE_GIVEN: readonly NameEntry[] = [
  n('ដារា', 'Dara|Darah'),
  n('សុខា', 'Sokha|Sokhar'),
  n('វុទ្ធី', 'Vuthy|Voeuthy|Vuthi|Vutthy'),
  n('សុផល', 'Sophal|Sophall|Sophorl'),
  n('រិទ្ធី', 'Rithy|Rithi|Ritthy'),
  n('សុវណ្ណ', 'Sovann|Sovan'),
  n('វិសាល', 'Visal|Vesal|Veasal'),
  n('កុសល', 'Kosal|Kusal|Kosol'),
  n('សំណាង', 'Samnang|Somnang'),
  n('ពិសិដ្ឋ', 'Piseth|Piset|Pisith'),
  n('វណ្ណៈ', 'Vannak|Vanak|Vannac'),
  n('មករា', 'Makara|Makkara'),
  n('រដ្ឋា', 'Ratha|Rotha|Rattha'),
  n('សម្បត្តិ', 'Sambath|Sambat|Sombath'),
  n('វិជ្ជា', 'Vichea|Vichear|Vichia'),
  n('បូរ៉ា', 'Bora|Borra|Boura'),
  n('នរិទ្ធ', 'Narith|Norith|Nareth'),
  n('ភក្ដី|ភក្តី', 'Pheakdey|Pheakdei|Pheakdy|Peakdey'),
  n('សុភ័ក្រ', 'Sopheak|Sophak|Sopheakh'),
  n('ចំរើន|ចម្រើន', 'Chamroeun|Chamroen|Chamreun'),
  n('រតនៈ', 'Ratanak|Rattanak|Rathanak'),
  n('វិបុល', 'Vibol|Vibul|Vibal'),
  n('ប៊ុនធឿន', 'Bunthoeun|Bunthoen|Bunthon'),
  n('សុធា', 'Sothea|Sothear|Sothia'),
  n('សុគន្ធ', 'Sokun|Sokhun|Sokunn'),
  n('វាសនា', 'Veasna|Veasana|Vesna'),
  n('សីហា', 'Seiha|Seyha|Sayha'),
  n('ភិរម្យ', 'Phirum|Phirom|Pheirum'),
  n('ឆាយា', 'Chhaya|Chaya'),
  n('មុន្នី', 'Mony|Monny|Muny'),
  n('សុធី', 'Sothy|Sothi|Sothey'),
  n('ពិសាល', 'Pisal|Pisall'),
  n('វីរៈ', 'Vireak|Vireakh|Virak'),
  n('ដារិទ្ធ', 'Darith|Dareth|Darit'),
  n('វណ្ណធី', 'Vanthy|Vanthi|Vanthey'),
  n('ធារិទ្ធ', 'Thearith|Thearit|Tearith'),
  n('កក្កដា', 'Kakada|Kakkada|Kakda'),
  n('ប៊ុនណា', 'Bunna|Buna|Bunnah'),
  n('សារឿន', 'Saroeun|Saroeurn|Sarun'),
  n('ភារម្យ', 'Phearum|Phearom|Pearum'),
  n('សុវណ្ណរិទ្ធ', 'Sovannarith|Sovanarith|Sovann Rith'),
  n('មុន្នីរ័ត្ន', 'Monyrath|Mony Rath|Monirath'),
  n('សុផន', 'Sophorn|Sophon|Sophoan'),
  n('សុធារិទ្ធ', 'Sothearith|Sotharith|Sothearit'),
  n('ពុទ្ធី', 'Puthy|Puthi|Putthy'),
  n('បូរី', 'Borey|Borei|Bory'),
  n('ប៊ុនថន', 'Bunthan|Bunthann|Buntharn'),
  n('និមល', 'Nimol|Nimul|Nimoul'),
  n('ដាវុធ', 'Davuth|Davut|Daveuth'),
  n('តុលា', 'Tola|Tula'),
  n('សារិន', 'Sarin|Sarinn|Sarine'),
  n('វិចិត្រ', 'Vichet|Vichit|Vichith'),
  n('ផានិត', 'Phanith|Phanit|Phaneth'),
  n('សាវុធ', 'Savuth|Savut|Saveuth'),
  n('ប៊ុនលី', 'Bunly|Bun Ly|Bunley'),
  n('ចាន់ណា', 'Channa|Chana|Chan Na'),
  n('សុវត្ថិ', 'Sovath|Sovat|Sovatth'),
  n('រតនា', 'Rathana|Ratana|Rattana'),
];

export const FEMALE_GIVEN: readonly NameEntry[] = [
  n('សុភា', 'Sophea|Sophear|Sopha'),
  n('ស្រីមុំ', 'Srey Mom|Sreymom|Srei Mom'),
  n('ស្រីពៅ', 'Srey Pov|Sreypov|Srey Pou'),
  n('ចន្ធី', 'Chanthy|Chanthi|Chanty'),
  n('សុគន្ធា', 'Sokunthea|Sokonthea|Sokhunthea'),
  n('ដាលីន', 'Dalin|Daline|Dalinn'),
  n('បុប្ផា', 'Bopha|Bupha|Boppha'),
  // Also the word for "Miss": a reader tells the title from the name by the register.
  n('កញ្ញា', 'Kanha|Kagna|Kannha'),
  n('លក្ខិណា|លក្ខិនា', 'Leakhena|Leakhina|Lakhena'),
  n('ណារី', 'Nary|Nari'),
  n('ស្រីល័ក្ខ', 'Srey Leak|Sreyleak|Sreyleakh'),
  n('ចន្ទនារី', 'Channary|Chanary|Chann Nary'),
  n('ផល្លា', 'Phalla|Phala|Phalha'),
  n('រស្មី', 'Raksmey|Reaksmey|Raksmei'),
  n('ធីតា', 'Thida|Thidar|Theda'),
  n('ម្លិះ', 'Malis|Maliss|Mlis'),
  n('វណ្ណា', 'Vanna|Vana|Vannah'),
  n('សុភាព', 'Sopheap|Sophiep|Sopheab'),
  n('គន្ធា', 'Kunthea|Kunthear|Konthea'),
  n('មលិកា', 'Molika|Moleka|Mulika'),
  n('ស្រីពេជ្រ', 'Srey Pich|Sreypich|Srey Pech'),
  n('ចិន្តា|ចិន្ដា', 'Chenda|Chinda|Chentha'),
  // Contains the word for the title "Neang".
  n('ស្រីនាង', 'Srey Neang|Sreyneang|Srey Nieng'),
  n('ស្រីរ័ត្ន', 'Srey Roth|Sreyroth|Srey Rath'),
  n('លីណា', 'Lina|Leena|Linna'),
  n('សុផានី', 'Sophany|Sophani|Sophanny'),
  n('សុខុម', 'Sokhom|Sokhum|Sokhorm'),
  n('ពិសី', 'Pisey|Pisei|Pisay'),
  n('ចន្ទ្រា', 'Chantrea|Chantria|Chanthrea'),
  n('សុវណ្ណា', 'Sovanna|Sovana|Sovannah'),
  n('សុជាតា', 'Socheata|Sochheata|Socheatta'),
  n('ស្រីនិច', 'Srey Nich|Sreynich|Srey Nech'),
  n('ស្រីណា', 'Srey Na|Sreyna|Srey Nar'),
  n('វិចិកា', 'Vicheka|Vichika|Vicheika'),
  n('មាលា', 'Mealea|Meala|Mealia'),
  n('រចនា', 'Rachana|Rachna|Reachana'),
  n('សុខលី', 'Sokly|Sok Ly|Sokley'),
  n('សុខលាភ', 'Sokleap|Sok Leap|Sokleab'),
  n('ធារី', 'Theary|Thiary|Thearey'),
  n('ស្រីអូន', 'Srey Oun|Sreyoun|Srey Own'),
  n('ណាវី', 'Navy|Naavy|Navey'),
  n('កុលាប', 'Kolab|Kulab|Kolap'),
  n('រំដួល', 'Romduol|Rumduol|Romdoul'),
  n('ស្រីម៉ៅ', 'Srey Mao|Sreymao|Srey Mau'),
  n('កល្យាណ', 'Kalyan|Kalyann|Kalyane'),
  n('ចន្ថា', 'Chantha|Chanta|Chanthea'),
  n('សុម៉ាលី', 'Somaly|Somalie|Somali'),
  n('ដាវី', 'Davy|Davi|Davey'),
  n('ថាវី', 'Thavy|Thavi|Thavey'),
  n('វណ្ណី', 'Vanny|Vanni|Vanney'),
  n('នីតា', 'Nita|Neta|Nitta'),
  n('ស្រីនាថ', 'Srey Neath|Sreyneath|Srey Nearth'),
  n('រ៉ានី', 'Rany|Rani|Raney'),
  n('ចាន់មុន្នី', 'Chanmony|Chan Mony|Chanmonny'),
  n('សុភារី', 'Sopheary|Sophary|Sophearey'),
  n('ស្រីតូច', 'Srey Touch|Sreytouch|Srey Toch'),
  n('លីដា', 'Lida|Leada|Lyda'),
  n('វឌ្ឍនា', 'Vathana|Vatthana|Vathanna'),
  n('សុធីតា', 'Sothida|Sotheda|Sothidar'),
];

/** Given names common among Sino-Khmer families (often with Kim-, Meng-, Ly-). */
export const SINO_MALE_GIVEN: readonly NameEntry[] = [
  n('គីមហុង', 'Kimhong|Kim Hong|Kimhung'),
  n('ម៉េងហួរ', 'Menghour|Meng Hour|Menghuor'),
  n('លីហួរ', 'Lyhour|Ly Hour|Lihour'),
  n('ម៉េង', 'Meng|Mengh|Maeng'),
  n('ហុង', 'Hong|Houng|Hung'),
  n('ឡេង', 'Leng|Laeng|Lengh'),
  n('គីមលាង', 'Kimleang|Kim Leang|Kimlieng'),
  n('សុខហេង', 'Sokheng|Sok Heng|Sokhaeng'),
  n('គីមសាន', 'Kimsan|Kim San|Kimsann'),
  n('លីហេង', 'Lyheng|Ly Heng|Liheng'),
];

export const SINO_FEMALE_GIVEN: readonly NameEntry[] = [
  n('គីមហៀង', 'Kimheang|Kim Heang|Kimhieng'),
  n('គីមលី', 'Kimly|Kim Ly|Kimlee'),
  n('គីមហួរ', 'Kimhuor|Kim Huor|Kimhour'),
  n('ម៉េងលី', 'Mengly|Meng Ly|Menglee'),
  n('ម៉េងហៀង', 'Mengheang|Meng Heang|Menghieng'),
  n('លីហៀង', 'Lyheang|Ly Heang|Liheang'),
  n('ស្រីលី', 'Srey Ly|Sreyly|Srey Lee'),
];

/**
 * Honorifics and forms of address. `sex`: who it is said to (U: anyone); `age`: young (<= 35),
 * adult (>= 25), old (>= 45) or any. `w`: how often an inspector or a clerk writes it.
 */
export interface TitleEntry {
  key: string;
  sex: 'M' | 'F' | 'U';
  age: 'any' | 'young' | 'adult' | 'old';
  w: number;
  lat: readonly string[];
  kh: readonly string[];
}

export const TITLES: readonly TitleEntry[] = [
  { key: 'mr', sex: 'M', age: 'any', w: 4, lat: ['Mr.', 'Mr', 'MR.'], kh: [] },
  { key: 'lok', sex: 'M', age: 'any', w: 5, lat: ['Lok', 'Look'], kh: ['លោក'] },
  { key: 'ms', sex: 'F', age: 'any', w: 3, lat: ['Ms.', 'Ms'], kh: [] },
  { key: 'miss', sex: 'F', age: 'young', w: 2, lat: ['Miss'], kh: [] },
  { key: 'mrs', sex: 'F', age: 'adult', w: 2, lat: ['Mrs.', 'Mrs'], kh: [] },
  { key: 'madam', sex: 'F', age: 'adult', w: 1, lat: ['Madam'], kh: [] },
  { key: 'lokSrey', sex: 'F', age: 'adult', w: 3, lat: ['Lok Srey', 'Look Srey', 'Lok Srei'], kh: ['លោកស្រី'] },
  { key: 'neakSrey', sex: 'F', age: 'adult', w: 2, lat: ['Neak Srey', 'Nak Srey'], kh: ['អ្នកស្រី'] },
  { key: 'kanha', sex: 'F', age: 'young', w: 2, lat: ['Kanha', 'Kagna'], kh: ['កញ្ញា'] },
  { key: 'neang', sex: 'F', age: 'young', w: 2, lat: ['Neang', 'Nieng'], kh: ['នាង'] },
  { key: 'neak', sex: 'U', age: 'any', w: 2, lat: ['Neak', 'Nak'], kh: ['អ្នក'] },
  { key: 'ta', sex: 'M', age: 'old', w: 2, lat: ['Ta'], kh: ['តា'] },
  { key: 'yeay', sex: 'F', age: 'old', w: 2, lat: ['Yeay'], kh: ['យាយ'] },
  { key: 'bong', sex: 'U', age: 'any', w: 3, lat: ['Bong'], kh: ['បង'] },
];
