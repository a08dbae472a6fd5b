/**
 * Name lists for the sixth roster (a construction site and brick kiln, names typed by ear).
 * Written independently of the other bench name lists.
 *
 * Each entry: 'Khmer|CARD|by-ear|by-ear…'. The second field is the spelling printed on the
 * ID card (the register's Latin name uses it in upper case); the rest are spellings an
 * inspector might write from hearing the name. Every Latin spelling (lower-cased, spaces
 * removed) belongs to exactly one Khmer word: checked when the module loads.
 */

export interface NameWord {
  kh: string;
  /** spells[0] = card spelling (title case); the rest by ear. */
  spells: string[];
}

const FAMILY_RAW = [
  'សុខ|SOK|Sokh|Sokk', 'ចាន់|CHAN|Chann|Chaan', 'ជា|CHEA|Chear|Jea', 'លី|LY|Lee|Li',
  'ហេង|HENG|Haeng|Hengg', 'ឈឹម|CHHIM|Chim|Chhem', 'គឹម|KIM|Kym|Kem', 'ម៉ៅ|MAO|Mau|Mav',
  'ស៊ុន|SUN|Sunn|Sonn', 'ឡុង|LONG|Lorng|Loung', 'ហ៊ុន|HUN|Hunn|Houn', 'ស៊ឹម|SEUM|Sim|Seum',
  'ណុប|NOP|Nob|Norp', 'ពេជ្រ|PICH|Pech|Petch', 'ទេព|TEP|Teb|Taep', 'កែវ|KEO|Kaev|Keov|Kev',
  'ឃុន|KHUN|Kun|Khoun', 'ម៉េង|MENG|Meang|Mengg', 'ស៊ាង|SEANG|Sieng|Siang', 'សេង|SENG|Saeng|Senng',
  'ឈួន|CHHUON|Chuon|Chuan', 'ឆន|CHHORN|Chorn|Choun|Chhon', 'យិន|YIN|Yinn|Yeun', 'ប៊ុន|BUN|Boun|Bunn',
  'ងិន|NGIN|Ngen|Nginn', 'ហ៊ាង|HANG|Haang|Harng', 'អ៊ុក|OUK|Uk|Ook', 'ញឹម|NHIM|Nhem|Nim',
  'ស្រេង|SRENG|Sreang|Srengg', 'សំ|SAM|Samm|Sahm', 'ផល|PHAL|Phol|Pal', 'ពៅ|POV|Pao|Pow',
  'សយ|SOY|Soi|Suy', 'ឃឹម|KHIM|Khem|Khimm', 'ចិន|CHIN|Chen|Jin', 'តាំង|TANG|Taing|Tangg',
  'លឹម|LIM|Lem|Leum', 'អ៊ឹម|IM|Eum|Em', 'ហុក|HOK|Hokk|Hoc', 'វ៉ាន់|VANN|Van|Wann',
  'ខៀវ|KHIEV|Kheav|Kiev', 'ថោង|THONG|Tong|Thaong', 'ណែម|NEM|Naem|Neam', 'ប៉ែន|PEN|Paen|Penn',
  'ស៊ិន|SIN|Sinn|Sen', 'យ៉ែម|YEM|Yaem|Yam', 'ភួង|PHOUNG|Phuong|Poung', 'ទូច|TOUCH|Toch|Tuch',
  'ឈាង|CHHEANG|Cheang|Chhiang', 'រស់|ROS|Rosh|Ruos', 'អ៊ួច|OUCH|Uoch|Och', 'ឯក|EK|Aek|Ake',
  'មាស|MEAS|Mias|Meass', 'សួន|SUON|Soun|Suan', 'អ៊ាង|ANG|Eang|Aang', 'ឡាយ|LAY|Lai|Laay',
  'ម៉ុក|MOK|Mokk|Mouk', 'គង់|KONG|Kung|Korng', 'ស្វាយ|SVAY|Swai|Svai', 'ទី|TY|Tey|Tee',
  'ឈិន|CHHIN|Chhen|Chinn', 'ភឿន|PHOEUN|Pheun|Phuen', 'នួន|NUON|Noun|Nun', 'ហួត|HUOT|Hout|Huat',
  'អៀម|IEM|Eam|Iam', 'យស|YOS|Yuos|Yoss', 'ឈុន|CHHUN|Chun|Chhoun', 'ឌី|DY|Di|Dee',
  'ខាត់|KHAT|Kat|Khatt', 'ពិន|PIN|Pinn|Bin', 'ណាក់|NAK|Nakk|Nack', 'សួង|SOUNG|Suong|Sung',
];

const MALE_RAW = [
  'ដារា|DARA|Darra|Dhara', 'សុភ័ក្ត្រ|SOPHEAK|Sophiak|Sopeak', 'វុទ្ធី|VUTHY|Voeuthy|Wuthy|Vuthi',
  'សុវណ្ណ|SOVANN|Sovan|Sowan', 'វណ្ណា|VANNA|Wanna|Vana', 'ភក្តី|PHEAKDEY|Pheakdei|Peakdey|Pheakdy',
  'រតនា|RATANA|Rattana|Rotana', 'ចាន់ថា|CHANTHA|Chanta|Chantar', 'សំណាង|SAMNANG|Somnang|Samnag',
  'វិចិត្រ|VICHET|Vichith|Wichet', 'សារុន|SARUN|Saroun|Sarune', 'សុផល|SOPHAL|Sopal|Sophorl',
  'ពិសិដ្ឋ|PISETH|Pisith|Piset', 'បូរ៉ា|BORA|Borra|Boraa', 'រិទ្ធី|RITHY|Rithi|Rity',
  'វិសាល|VISAL|Wisal|Vesal', 'មករា|MAKARA|Makkara|Mokara', 'ពុទ្ធា|PUTHEA|Puthear|Pothea',
  'សុធា|SOTHEA|Sotear|Sothear', 'ផល្លា|PHALLA|Palla|Phala', 'រដ្ឋា|RATHA|Rattha|Rata',
  'ធារ៉ា|THEARA|Tiera|Thiara', 'សុភា|SOPHEA|Sophear|Sopea', 'សុវត្ថិ|SOVATH|Sovat|Sowath',
  'ចំរើន|CHAMROEUN|Chamrern|Chamroen', 'សុខុម|SOKHOM|Sokom|Sokhum', 'ពិរុណ|PIRUN|Piroun|Birun',
  'សំអាត|SAMATH|Samat|Sam Ath', 'វាសនា|VEASNA|Weasna|Vesna', 'សុភ័ណ្ឌ|SOPHAN|Sopan|Sophann',
  'ភារុណ|PHEARUN|Pearun|Phearoun', 'សុខហេង|SOKHENG|Sokeng|Sokhaeng', 'វឌ្ឍនា|VATHANA|Wathana|Vattana',
  'ឧត្តម|UDOM|Oudom|Otdom', 'មុន្នី|MONY|Moni|Monny', 'ចាន់ដា|CHANDA|Chandar|Chhanda',
  'សុជាតិ|SOCHEAT|Sochiat|Sojeat', 'កុសល|KOSAL|Kosol|Kusal', 'វិបុល|VIBOL|Wibol|Vibul',
  'បញ្ញា|PANHA|Panna|Banha', 'សំបូរ|SAMBO|Sombo|Sambor', 'សុខី|SOKHY|Sokhi|Soky',
  'វីរៈ|VIREAK|Wireak|Virak', 'បូរិន|BORIN|Boreen|Boren', 'សុខលី|SOKLY|Sokhly|Sokli',
  'ចំណាន|CHAMNAN|Chomnan|Chamnann', 'សុគន្ធ|SOKUN|Sokhun|Sokoun', 'ថារិទ្ធ|THARITH|Tharit|Tarith',
  'កក្កដា|KAKADA|Kakda|Kakkada', 'វណ្ណៈ|VANNAK|Wannak|Vanak', 'ឆៃយ៉ា|CHHAIYA|Chaiya|Chhaiyar',
  'បុរី|BOREY|Borei|Bory', 'ទិត្យ|TITH|Tit|Thith', 'ភារម្យ|PHEAROM|Pearom|Phearum',
  'វុទ្ធា|VUTHA|Voeutha|Wutha', 'សារ៉ាត់|SARATH|Sarat|Sarrath', 'សិលា|SELA|Seila|Sila',
  'ចាន់ណា|CHANNA|Chana|Chanha', 'ណារិន|NARIN|Nareen|Narinn', 'ណារ៉ុង|NARONG|Narung|Naroang',
  'ពិសាល|PISAL|Pisaal|Bisal', 'សីហា|SEYHA|Sayha|Seiha', 'សុផាត|SOPHAT|Sopat|Sophath',
  'វុធ|VUTH|Voeuth|Wuth', 'ពុធ|PUTH|Pouth|Poth', 'សំអុល|SAMOL|Somol|Samul',
  'ប៊ុនថឿន|BUNTHOEUN|Bunthoen|Bonthoeun', 'ប៊ុនថា|BUNTHA|Bontha|Bunta', 'ប៊ុនណា|BUNNA|Bonna|Buna',
  'វិទូ|VITOU|Vithou|Witou', 'ហ៊ាន|HEAN|Hien|Heann', 'ដារិទ្ធ|DARITH|Darit|Dharith',
  'ដាវុធ|DAVUTH|Davut|Dawuth', 'សុខណា|SOKNA|Sokhna|Soknar', 'ចាន់ធី|CHANTHY|Chanty|Chanthi',
  'រ៉ាវី|RAVY|Ravi|Rawy', 'ម៉ារ៉ា|MARA|Marra|Maara', 'សម្បត្តិ|SAMBATH|Sambat|Sombath',
  'សុខឿន|SOKHOEUN|Sokhoeurn|Sokoeun', 'ចាន់ធឿន|CHANTHOEUN|Chantheun|Chanthoen',
  'សារឿន|SAROEUN|Sareun|Saroen', 'វណ្ណរិទ្ធ|VANNARITH|Wannarith|Vanarith', 'រ៉ាត់|RATH|Rat|Ratt',
  'ស៊ីណាត|SINATH|Sinat|Seenath', 'តុលា|TOLA|Tolla|Toula', 'ចាន់រ៉ា|CHANRA|Chanraa|Chonra',
  'សាមឿន|SAMOEUN|Sameun|Samoen', 'ធារិទ្ធ|THEARITH|Tearith|Thearit', 'សំរិទ្ធ|SAMRITH|Somrith|Samrit',
  'ផានិត|PHANITH|Panith|Phanit', 'ចិត្រា|CHETRA|Chhetra|Jetra', 'សុបិន|SOBIN|Sopin|Sobinn',
  'ជ័យ|CHEY|Chei|Jey', 'ជ័យា|CHEYA|Chheya|Jeya', 'ម៉ានិត|MANITH|Manit|Mannith',
  'ណាត|NATH|Nat|Naath', 'យុទ្ធ|YUTH|Youth|Yut', 'ហុង|HONG|Hung|Hoang',
  'ស៊ីថា|SITHA|Sita|Seytha', 'វិសុទ្ធ|VISOTH|Wisoth|Visot', 'ពិសុទ្ធ|PISOTH|Pisot|Bisoth',
  'វិសិដ្ឋ|VISETH|Wiseth|Visith', 'សុខសាន្ត|SOKSAN|Soksann|Sokhsan', 'ពន្លក|PONLOK|Punlok|Panlok',
  'ចាន់ធូ|CHANTHOU|Chanthu|Chantou', 'អរុណ|ARUN|Aroun|Arunn', 'មុនីរ័ត្ន|MONIROTH|Monirath|Monyroth',
  'ឃឿន|KHOEUN|Kheun|Khoen', 'ធឿន|THOEUN|Theun|Thoen', 'សុខមាន|SOKMEAN|Sokmian|Sokhmean',
  'វណ្ណឌី|VANDY|Wandy|Vandi', 'ឆាយ|CHHAY|Chay|Chai', 'ហួរ|HOUR|Hor|Huor',
  'លាង|LEANG|Liang|Lieng', 'ភារ៉ា|PHEARA|Peara|Phiara', 'សារិន|SARIN|Sareen|Sarinn',
  'សុធី|SOTHY|Sothi|Soty', 'សុវិចិត្រ|SOVICHET|Sovichith|Sowichet', 'វិចិត្រា|VICHETRA|Vichhetra|Wichetra',
  'ប៊ុនហេង|BUNHENG|Bonheng|Bunhaeng', 'ចាន់ថន|CHANTHORN|Chanthon|Chantorn', 'សុខរ៉ា|SOKRA|Sokhra|Sokraa',
  'គឹមហុង|KIMHONG|Kimhung|Kemhong', 'ណារ៉ា|NARA|Narra|Naraa', 'សុភ័ក្ត្រា|SOPHEAKTRA|Sopheaktra|Sopheakra',
];

const FEMALE_RAW = [
  'សុភាព|SOPHEAP|Sophiap|Sopeap', 'ចន្ទ្រា|CHANTREA|Chantria|Chanthrea', 'បុប្ផា|BOPHA|Bupha|Bopa',
  'សុខា|SOKHA|Sokhar|Soka', 'ធីតា|THIDA|Tida|Theda', 'ដាវី|DAVY|Davi|Dawy',
  'សុម៉ាលី|SOMALY|Somali|Samaly', 'ចិន្តា|CHENDA|Chinda|Jenda', 'លក្ខិណា|LEAKHENA|Leakena|Liakhena',
  'គន្ធា|KUNTHEA|Kunthear|Kuntea', 'រស្មី|RASMEY|Rasmei|Reasmey', 'សុជាតា|SOCHEATA|Sochiata|Sojeata',
  'មេសា|MESA|Mesar|Measa', 'ណារី|NARY|Nari|Narie', 'នារី|NEARY|Neari|Niary',
  'សុវណ្ណី|SOVANNY|Sovani|Sowanny', 'ចាន់ណារី|CHANNARY|Chanary|Channari', 'ពិសី|PISEY|Pisei|Bisey',
  'ម៉ាលីស|MALIS|Malise|Maliss', 'ដានី|DANY|Dani|Danny', 'វណ្ណី|VANNY|Wanny|Vany',
  'សុធាវី|SOTHEAVY|Sotiavy|Sotheavi', 'លីណា|LINA|Leena|Linna', 'ម៉ានី|MANY|Mani|Manny',
  'សុភី|SOPHY|Sophi|Sopy', 'កញ្ញា|KANHA|Kanna|Kania', 'វិច្ឆិកា|VICHHEKA|Vichika|Wichheka',
  'នីតា|NITA|Neta|Nitta', 'ចរិយា|CHARIYA|Chhariya|Jariya', 'សុខនី|SOKNY|Sokhny|Sokni',
  'ធារី|THEARY|Teary|Thiary', 'រចនា|RACHANA|Rochana|Rachna', 'សុភ័ណ្ឌា|SOPHANNA|Sophana|Sopanna',
  'ពន្លឺ|PUNLEU|Ponleu|Punlue', 'ម៉ូលីកា|MOLIKA|Mulika|Moleka', 'ណាវី|NAVY|Navi|Nawy',
  'សុផានី|SOPHANY|Sopany|Sophani', 'គឹមហួរ|KIMHOUR|Kimhuor|Kimhor', 'គឹមលាង|KIMLEANG|Kimliang|Kimlang',
  'សុធារី|SOTHEARY|Sotiary|Sothiary', 'ផល្លី|PHALLY|Pally|Phalli', 'ម៉ារី|MARY|Mari|Marie',
  'ទេវី|TEVY|Tevi|Thevy', 'រីណា|RINA|Reena|Rinna', 'លីហ៊ាង|LYHEANG|Lihieng|Lyhiang',
  'វណ្ណារី|VANNARY|Wannary|Vanary', 'សុគន្ធា|SOKUNTHEA|Sokuntea|Sokonthea', 'កល្យាណ|KALYAN|Kalyann|Kaliyan',
  'មាលា|MEALEA|Mealia|Malea', 'ស៊ីណា|SINA|Seena|Sinna', 'លីដា|LIDA|Leeda|Lyda',
  'ពុទ្ធី|PUTHY|Puthi|Pouthy', 'សៀវម៉ី|SIEVMEY|Seavmey|Sievmei', 'ឆវី|CHHAVY|Chavy|Chhavi',
  'ចាន់នី|CHANNY|Chany|Channi', 'ផានី|PHANY|Pany|Phani', 'ភារី|PHEARY|Peary|Phiary',
  'រ៉ានី|RANY|Rani|Ranny', 'ម៉ូលី|MOLY|Moli|Molly', 'វត្តី|VATTEY|Wattey|Vatey',
  'សុបញ្ញា|SOPANHA|Sophanha|Sopannha', 'ដាលីន|DALIN|Dalinn|Daleen', 'ចាន់ធីតា|CHANTHIDA|Chantida|Chanthita',
  'សុខលាង|SOKLEANG|Sokhleang|Sokliang', 'សុខឃីម|SOKKHIM|Sokhim|Sokkhem', 'ស្រស់|SROS|Sruos|Sraus',
  'ស៊ីវលីន|SIVLIN|Sivlinn|Seavlin', 'ម៉េងលី|MENGLY|Mengli|Meangly', 'ហ៊ាងលី|HEANGLY|Hiangly|Heangli',
  'ចិន្តាវី|CHENDAVY|Chindavy|Chendavi', 'ពិសិដ្ឋា|PISETHA|Pisitha|Pisetha_', 'ម៉ាណែត|MANETH|Manet|Manaeth',
  'សុខចាន់|SOKCHAN|Sokhchan|Sokchann', 'ចាន់សុខា|CHANSOKHA|Chansoka|Chansokhar', 'សុភ័ក្រ្តា|SOPHAKTRA|Sophaktra|Sopaktra',
  'ណាលីន|NALIN|Naleen|Nalinn', 'ធីណា|THINA|Tina|Theena', 'ម៉ានិកា|MANIKA|Maneka|Manikka',
  'សុវត្ថា|SOVATTHA|Sovatha|Sowattha', 'ពេជ្រា|PICHRA|Pechra|Pichraa', 'ស៊ាវលាង|SEAVLEANG|Sievleang|Seavliang',
];

/** Female given names written ស្រី + a second syllable (Srey Mom / Sreymom / Srei Mom). */
const SREY_SUFFIX = [
  'មុំ|MOM|Mum', 'នាង|NEANG|Niang', 'ពៅ|POV|Pao', 'ល័ក្ខ|LEAK|Liak', 'និច|NICH|Nech',
  'អូន|OUN|Un', 'លីន|LIN|Linn', 'ណា|NA|Naa', 'ដា|DA|Daa', 'ទូច|TOUCH|Toch',
  'នី|NY|Ni', 'រ័ត្ន|ROTH|Rath', 'ពេជ្រ|PICH|Pech', 'វី|VY|Vi', 'ខួច|KHOUCH|Kouch',
  'នួន|NUON|Noun', 'លី|LY|Li', 'ម៉ៅ|MAO|Mau', 'សា|SA|Saa', 'រី|RY|Ri',
  'ពិន|PIN|Pinn', 'ហួរ|HOUR|Hor', 'យ៉ា|YA|Yaa', 'គា|KEA|Kia', 'ម៉ាច|MACH|Mach_',
  'ណុច|NOCH|Nuch', 'ឡាង|LANG|Laang', 'ស្រស់|SROS|Sruos', 'អៀង|IENG|Eang_', 'ម៉ី|MEY|Mei',
  'ខេង|KHENG|Keng', 'ទិត្យ|TITH|Tit', 'នុំ|NOM|Num', 'កែវ|KEO|Kaev', 'រ៉ា|RA|Raa',
  'ណែត|NETH|Naet', 'ឡែន|LEN|Laen', 'ចាន់|CHAN|Chann', 'វ៉ាន់|VANN|Van', 'សុខ|SOK|Sokh', 'ហុង|HONG|Hung',
];

function parse(raw: string): NameWord {
  const [kh, card, ...ear] = raw.split('|');
  const title = (s: string) => s.split(' ').map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  const spells = [title(card), ...ear.filter((e) => !e.endsWith('_'))];
  return { kh, spells: [...new Set(spells)] };
}

function srey(raw: string): NameWord {
  const [kh, card, ear] = raw.split('|');
  const t = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();
  const a = t(card);
  const spells = [`Srey${a.toLowerCase()}`, `Srey ${a}`, `Srei ${a}`];
  if (!ear.endsWith('_')) spells.push(`Srey ${ear}`);
  return { kh: 'ស្រី' + kh, spells };
}

export const FAMILY: NameWord[] = FAMILY_RAW.map(parse);
export const MALE: NameWord[] = MALE_RAW.map(parse);
export const FEMALE: NameWord[] = [...FEMALE_RAW.map(parse), ...SREY_SUFFIX.map(srey)];

/** Lower case, letters only: how spellings are compared. */
export const normLatin = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

/** normalized spelling → the one Khmer word it spells. */
export const SPELLING_TO_KH = new Map<string, string>();
for (const w of [...FAMILY, ...MALE, ...FEMALE]) {
  for (const s of w.spells) {
    const n = normLatin(s);
    const prev = SPELLING_TO_KH.get(n);
    if (prev !== undefined && prev !== w.kh) throw new Error(`spelling ${s} is used for ${prev} and ${w.kh}`);
    SPELLING_TO_KH.set(n, w.kh);
  }
}
