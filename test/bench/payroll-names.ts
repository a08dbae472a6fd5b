/**
 * Khmer names for the payroll roster generator (payroll.ts), written independently of the other
 * benchmark name lists. Each name: the Khmer spelling, then the Latin romanizations really seen on
 * ID cards, NSSF lists and factory payrolls, most usual first. Lists are ordered from the most
 * common name to the rarest; payroll.ts draws them with a Zipf-like skew over that order.
 *
 * khAlt: other Khmer spellings of the same name that people really write (ចំរើន / ចម្រើន, ភក្តី / ភក្ដី).
 * short: the short form a worker may go by on a payroll (Sopheap → Pheap).
 */

export type NameSex = 'F' | 'M' | 'U';

export interface KhName {
  kh: string;
  lat: readonly string[];
  khAlt?: readonly string[];
}

export interface GivenName extends KhName {
  sex: NameSex;
  short?: { kh: string; lat: readonly string[] };
}

export interface Nickname extends KhName {
  sex: NameSex;
}

const fam = (kh: string, lat: string, khAlt?: string[]): KhName => ({ kh, lat: lat.split('|'), ...(khAlt ? { khAlt } : {}) });
const giv = (kh: string, sex: NameSex, lat: string, extra: Partial<Pick<GivenName, 'khAlt' | 'short'>> = {}): GivenName => ({
  kh,
  sex,
  lat: lat.split('|'),
  ...extra,
});
const sh = (kh: string, lat: string) => ({ kh, lat: lat.split('|') });

/** Family names (nam trakol), most common first. */
export const FAMILY_NAMES: readonly KhName[] = [
  fam('សុខ', 'Sok|Sokh|Sock'),
  fam('ចាន់', 'Chan|Chann|Chanh'),
  fam('ជា', 'Chea|Chear|Cheah'),
  fam('គីម', 'Kim|Kym|Keam'),
  fam('ហេង', 'Heng|Hieng|Hen'),
  fam('លី', 'Ly|Lee|Li'),
  fam('សេង', 'Seng|Sieng|Saeng'),
  fam('ទូច', 'Touch|Toch|Tuch'),
  fam('កែវ', 'Keo|Kaev|Keov'),
  fam('មាស', 'Meas|Mas|Meash'),
  fam('ផាន់', 'Phan|Phann|Fan'),
  fam('ញឹម', 'Nhem|Nhim|Nhoem'),
  fam('ម៉ៅ', 'Mao|Mau|Mav'),
  fam('ពេជ្រ', 'Pich|Pech|Petch'),
  fam('ឈុន', 'Chhun|Chhoun|Chun'),
  fam('សំ', 'Sam|Som|Samm'),
  fam('ហែម', 'Hem|Haem|Hemm'),
  fam('ឡុង', 'Long|Loung|Lorng'),
  fam('អ៊ុក', 'Ouk|Uk|Ok'),
  fam('ប្រាក់', 'Prak|Prakk|Brak'),
  fam('ស៊ឹម', 'Sim|Sem|Soem'),
  fam('តាន់', 'Tan|Tann|Tanh'),
  fam('ង៉ែត', 'Nget|Ngeth|Ngaet'),
  fam('យឹម', 'Yim|Yem|Yoem'),
  fam('នូ', 'Nou|Nu|Noo'),
  fam('ព្រំ', 'Prum|Prom|Phrom'),
  fam('រស់', 'Ros|Rous|Ruos'),
  fam('ឃីម', 'Khim|Khym|Kheim'),
  fam('ឆាយ', 'Chhay|Chay|Chhai'),
  fam('អេង', 'Eng|Ieng|Ing'),
  fam('ហ៊ុន', 'Hun|Hunn|Hoon'),
  fam('អឿន', 'Oeun|Eun|Oeurn'),
  fam('ស', 'Sar|Sa|Sor'),
  fam('ស្វាយ', 'Svay|Svai|Svey'),
  fam('ថាច់', 'Thach|Thatch|Tach'),
  fam('ទេព', 'Tep|Teb|Tieb'),
  fam('នួន', 'Nuon|Noun|Nuonn'),
  fam('លឹម', 'Lim|Lem|Loem'),
  fam('វ៉ាន់', 'Vann|Van|Vanh'),
  fam('យិន', 'Yin|Yinn|Yen'),
  fam('ស៊ុន', 'Sun|Soun|Sunn'),
  fam('កុយ', 'Koy|Kuy|Koi'),
  fam('ហង់', 'Hang|Hong|Hangh'),
  fam('រ័ត្ន', 'Roth|Rath|Rott'),
  fam('ជឹម', 'Chim|Chem|Choem'),
  fam('ឃុន', 'Khun|Khoun|Kun'),
  fam('វង្ស', 'Vong|Vung|Vongs'),
  fam('គង់', 'Kong|Kung|Korng'),
  fam('ប៉ែន', 'Pen|Paen|Penn'),
  fam('ឌី', 'Dy|Di|Dee'),
  fam('សឿន', 'Soeun|Seun|Soeurn'),
  fam('ជុំ', 'Chum|Choum|Chom'),
  fam('មាំ', 'Mam|Moam|Meam'),
  fam('អ៊ឹម', 'Im|Em|Oem'),
  fam('អ៊ិត', 'Ith|It|Itt'),
  fam('កៅ', 'Kao|Kau|Kav'),
  fam('សែន', 'Sen|Saen|Senn'),
  fam('ទ្រី', 'Try|Tri|Trey'),
  fam('ពៅ', 'Pov|Pao|Peou'),
  fam('ឡាយ', 'Lay|Lai|Laiy'),
  fam('ម៉ី', 'Mey|My|Mei'),
  fam('ស៊ិន', 'Sin|Sinn|Sen'),
  fam('វ៉ា', 'Va|Var|Vaa'),
  fam('ហោ', 'Hor|Hao|Ho'),
  fam('ឈឹម', 'Chhim|Chhem|Chhoem'),
  fam('សួស', 'Suos|Sous|Suoh'),
  fam('ពក', 'Pok|Pork|Pokk'),
  fam('នី', 'Ny|Ni|Nee'),
  fam('អុំ', 'Om|Aom|Um'),
  fam('រិន', 'Rin|Rinn|Ren'),
  fam('សៅ', 'Sao|Sau|Sav'),
  fam('ម៉ម', 'Mom|Morm|Mum'),
  fam('ខៀវ', 'Khiev|Khieu|Kheav'),
];

/** Given names, most common first (F female, M male, U either). */
export const GIVEN_NAMES: readonly GivenName[] = [
  giv('សុភា', 'F', 'Sophea|Sophear|Sopha'),
  giv('ស្រីមុំ', 'F', 'Sreymom|Srey Mom|Srei Mom|Sreymum'),
  giv('សុខា', 'U', 'Sokha|Sokhar|Sokhaa'),
  giv('ស្រីនាង', 'F', 'Sreyneang|Srey Neang|Srey Nieng|Sreynang'),
  giv('ដារ៉ា', 'U', 'Dara|Darah|Da Ra'),
  giv('ចាន់ណារី', 'F', 'Channary|Chanary|Chan Nary', { khAlt: ['ចន្ទនារី'], short: sh('រី', 'Ry|Ri') }),
  giv('ស្រីលក្ខ', 'F', 'Sreyleak|Srey Leak|Srey Leakh|Sreylak'),
  giv('វុទ្ធី', 'M', 'Vuthy|Voeuthy|Vutthy|Vuthi'),
  giv('ស្រីពៅ', 'F', 'Sreypov|Srey Pov|Srey Peou|Sreypao'),
  giv('ចាន់ធី', 'F', 'Chanthy|Chanthi|Chenthy', { short: sh('ធី', 'Thy|Thi') }),
  giv('សុភាព', 'F', 'Sopheap|Sopheab|Sophep', { short: sh('ភាព', 'Pheap|Pheab') }),
  giv('សុផល', 'U', 'Sophal|Sophall|Sophol'),
  giv('គន្ធា', 'F', 'Kunthea|Kuntha|Konthea'),
  giv('សុគន្ធា', 'F', 'Sokunthea|Sokuntha|Sokonthea', { short: sh('ធា', 'Thea|Thear') }),
  giv('បុប្ផា', 'F', 'Bopha|Bupha|Bopa'),
  giv('សំណាង', 'M', 'Samnang|Somnang|Samnag', { short: sh('ណាង', 'Nang|Neang') }),
  giv('ស្រីនិច', 'F', 'Sreynich|Srey Nich|Srey Nech'),
  giv('ស្រីរ័ត្ន', 'F', 'Sreyroth|Srey Roth|Sreyrath|Srey Rath'),
  giv('ស្រីនី', 'F', 'Sreyny|Srey Ny|Srey Nee'),
  giv('ពិសិដ្ឋ', 'M', 'Piseth|Piset|Pisith'),
  giv('លក្ខិណា', 'F', 'Leakhena|Leakena|Lakhena', { short: sh('ណា', 'Na|Nar') }),
  giv('ធីតា', 'F', 'Thida|Thidar|Thyda'),
  giv('វណ្ណា', 'U', 'Vanna|Vana|Vannah'),
  giv('សុភ័ក្រ', 'M', 'Sopheak|Sophak|Sopheakk', { khAlt: ['សុភ័ក្ត្រ'] }),
  giv('ចិន្តា', 'F', 'Chenda|Chinda|Chendar'),
  giv('ស្រីពេជ្រ', 'F', 'Sreypich|Srey Pich|Srey Pech'),
  giv('រស្មី', 'U', 'Raksmey|Reaksmey|Rasmey|Reaksmei'),
  giv('សុខុម', 'U', 'Sokhom|Sokhum|Sokom'),
  giv('កញ្ញា', 'F', 'Kanha|Kagna|Kanya'),
  giv('ម៉ាលី', 'F', 'Maly|Mali|Malee'),
  giv('នារី', 'F', 'Nary|Neary|Nari'),
  giv('ផល្លា', 'F', 'Phalla|Phala|Phallar'),
  giv('ភក្តី', 'U', 'Pheakdey|Pheakdei|Pheakdy', { khAlt: ['ភក្ដី'] }),
  giv('វិសាល', 'M', 'Visal|Vesal|Visall'),
  giv('រិទ្ធី', 'M', 'Rithy|Rithi|Ritthy'),
  giv('ស្រីអូន', 'F', 'Sreyoun|Srey Oun|Srey Aun'),
  giv('ស្រីឡា', 'F', 'Sreyla|Srey La|Srey Lar'),
  giv('ប៊ុនធឿន', 'M', 'Bunthoeun|Bunthoeurn|Bunthoen|Bunthorn', { short: sh('ធឿន', 'Thoeun|Thoeurn') }),
  giv('វាសនា', 'U', 'Veasna|Veasana|Vesna'),
  giv('ស្រីនុច', 'F', 'Sreynoch|Srey Noch|Srey Nuch'),
  giv('សុម៉ាលី', 'F', 'Somaly|Somali|Somalee'),
  giv('វិចិត្រ', 'M', 'Vichet|Vicheth|Vichith'),
  giv('សុធា', 'F', 'Sothea|Sothear|Sotha'),
  giv('ចាន់ណា', 'F', 'Channa|Chana|Chan Na'),
  giv('មុនី', 'U', 'Mony|Moni|Muny'),
  giv('ពិសី', 'F', 'Pisey|Pisei|Pissey'),
  giv('សម្បត្តិ', 'U', 'Sambath|Sambat|Sombath'),
  giv('សុវណ្ណ', 'U', 'Sovann|Sovan|Sovanh'),
  giv('ដាវី', 'F', 'Davy|Davi|Dawy'),
  giv('ស្រីកា', 'F', 'Sreyka|Srey Ka|Srey Kar'),
  giv('សម្បូរ', 'M', 'Sambo|Sombo|Sambour'),
  giv('មាលា', 'F', 'Mealea|Meala|Malea'),
  giv('ចំរើន', 'M', 'Chamroeun|Chamreun|Chamroen|Chamrern', { khAlt: ['ចម្រើន'] }),
  giv('ម្លិះ', 'F', 'Malis|Mlis|Maliss'),
  giv('រចនា', 'F', 'Rachana|Rachna|Rachanar'),
  giv('គីមហុង', 'M', 'Kimhong|Kim Hong|Kimhorng'),
  giv('ណាវី', 'F', 'Navy|Navi|Naavy'),
  giv('ចន្ទ្រា', 'F', 'Chantrea|Chantra|Chanthrea'),
  giv('ស្រីនេត', 'F', 'Sreyneth|Srey Neth|Srey Net'),
  giv('ដាលីន', 'F', 'Dalin|Daline|Dalinn'),
  giv('កុសល', 'M', 'Kosal|Kusal|Kosol'),
  giv('រ៉ានី', 'F', 'Rany|Rani|Ranny'),
  giv('សុខនី', 'F', 'Sokny|Sok Ny|Sokhny'),
  giv('គីមលី', 'F', 'Kimly|Kim Ly|Kimlee'),
  giv('ស្រីភាព', 'F', 'Sreypheap|Srey Pheap|Srey Pheab'),
  giv('ប៊ុនណា', 'M', 'Bunna|Buna|Bun Na'),
  giv('លីដា', 'F', 'Lida|Lyda|Leda'),
  giv('វិជ្ជា', 'M', 'Vichea|Vichia|Vicha'),
  giv('រតនា', 'F', 'Ratana|Rattana|Rotana'),
  giv('សារឿន', 'M', 'Saroeun|Sareun|Saroeurn|Sarun'),
  giv('សុភារី', 'F', 'Sopheary|Sophary|Sophea Ry'),
  giv('និមល', 'U', 'Nimol|Nimul|Nimoul'),
  giv('សីហា', 'M', 'Seyha|Seiha|Sayha'),
  giv('សុខលី', 'F', 'Sokly|Sok Ly|Sokley'),
  giv('កុលាប', 'F', 'Kolab|Kulab|Kolap'),
  giv('ធារិទ្ធ', 'M', 'Thearith|Thearit|Tearith'),
  giv('ពុធារី', 'F', 'Putheary|Puthary|Potheary'),
  giv('ស្រីលីន', 'F', 'Sreylin|Srey Lin|Srey Linn'),
  giv('មករា', 'M', 'Makara|Makkara|Meakkara'),
  giv('ស្រីតូច', 'F', 'Sreytouch|Srey Touch|Srey Toch'),
  giv('សុភី', 'F', 'Sophy|Sophi|Sophie'),
  giv('រដ្ឋា', 'M', 'Rotha|Ratha|Rottha'),
  giv('វិច្ឆិកា', 'F', 'Vicheka|Vichika|Vichhika'),
  giv('សារ៉ាត់', 'M', 'Sarath|Sarat|Saratt'),
  giv('នីតា', 'F', 'Nita|Nitar|Neta'),
  giv('រំដួល', 'F', 'Romduol|Romdoul|Rumduol'),
  giv('ចរិយា', 'F', 'Chariya|Chareya|Chhariya'),
  giv('វីរៈ', 'M', 'Virak|Vireak|Veerak', { khAlt: ['វីរះ'] }),
  giv('ចន្ថា', 'U', 'Chantha|Chanta|Chantar'),
  giv('ផារី', 'F', 'Phary|Phari|Pharey'),
  giv('ភារម្យ', 'F', 'Phearom|Pharom|Phearum'),
  giv('វិបុល', 'M', 'Vibol|Vibul|Vipol'),
  giv('សុវណ្ណី', 'F', 'Sovanny|Sovany|Sovanni'),
  giv('ធារី', 'F', 'Thary|Theary|Thari'),
  giv('បូរី', 'M', 'Borey|Borei|Bory'),
  giv('គន្ធី', 'F', 'Kunthy|Kunthi|Konthy'),
  giv('លាភ', 'U', 'Leap|Leab|Lieb'),
  giv('ស៊ីថា', 'M', 'Sitha|Setha|Sithar'),
  giv('សុធី', 'U', 'Sothy|Sothi|Sotthy'),
  giv('បូរ៉ា', 'M', 'Bora|Borah|Borra'),
  giv('ចាន់ធូ', 'M', 'Chanthou|Chanthu|Chantou'),
  giv('សុវណ្ណារិទ្ធ', 'M', 'Sovannarith|Sovannareth|Sovanarith', { short: sh('រិទ្ធ', 'Rith|Reth') }),
  giv('ឆន', 'M', 'Chhorn|Chhon|Chorn'),
  giv('ឡេង', 'M', 'Leng|Lyeng|Lieng'),
  giv('មឿន', 'M', 'Moeun|Meun|Moeurn'),
  giv('ភិរុណ', 'M', 'Phirun|Phiroun|Phearun'),
  giv('ភារិទ្ធ', 'M', 'Phearith|Pharith|Phearit'),
  giv('សម្ផស្ស', 'F', 'Samphors|Sampors|Samphos'),
  giv('សុខហេង', 'M', 'Sokheng|Sok Heng|Sokhieng'),
  giv('តុលា', 'M', 'Tola|Tula|Tolar'),
  giv('វុទ្ធា', 'M', 'Vutha|Voeutha|Vuttha'),
  giv('ខេមរា', 'M', 'Khemra|Khemara|Kemra', { khAlt: ['ខេមរៈ'] }),
  giv('លីហួរ', 'M', 'Lyhour|Lihour|Ly Hour'),
  giv('បញ្ញា', 'U', 'Panha|Pagna|Panya'),
  giv('សុផាន់', 'M', 'Sophan|Sophann|Sophanh'),
  giv('សុភ័ក្ត្រា', 'F', 'Sopheaktra|Sopheaktrea|Sophaktra'),
  giv('ធី', 'U', 'Thy|Thi|Ty'),
  giv('យុទ្ធ', 'M', 'Yuth|Yut|Youth'),
  giv('យឿន', 'M', 'Yoeun|Yeun|Youen'),
  giv('ឃាង', 'M', 'Kheang|Khiang|Kheng'),
  giv('ណារ៉ា', 'U', 'Nara|Narah|Narra'),
  giv('ឧត្តម', 'M', 'Oudom|Udom|Outdom'),
  giv('ផល្លី', 'U', 'Phally|Phalli|Phaly'),
  giv('សុភ័ណ្ឌ', 'M', 'Sophorn|Sophoan|Sophon', { khAlt: ['សុផន'] }),
  giv('ទិត្យ', 'M', 'Tith|Tit|Teth'),
  giv('វណ្ណារិទ្ធ', 'M', 'Vannarith|Vannareth|Vanareth'),
  giv('វិសិដ្ឋ', 'M', 'Viseth|Visith|Visoth'),
  giv('រ៉ាវី', 'U', 'Ravy|Ravi|Ravey'),
  giv('សាមឿន', 'M', 'Samoeun|Sameun|Samoeurn'),
  giv('ធន', 'M', 'Thon|Thorn|Ton'),
  giv('ប៊ុនរឿន', 'M', 'Bunroeun|Bunreun|Bunrern'),
  giv('ចំណាន', 'M', 'Chamnan|Chamnann|Chomnan'),
  giv('ចាន់រ៉ា', 'U', 'Chanra|Chan Ra|Chanrah'),
  giv('ដារិទ្ធ', 'M', 'Darith|Dareth|Dariths'),
  giv('ហួរ', 'M', 'Hour|Huor|Hor'),
  giv('លីណា', 'F', 'Lyna|Lina|Leena'),
  giv('នីកា', 'F', 'Nika|Nica|Nikar'),
  giv('សុខជា', 'M', 'Sokchea|Sok Chea|Sokchear'),
  giv('កនិដ្ឋា', 'F', 'Kanitha|Kanhitha|Kanittha'),
  giv('សុធាវី', 'F', 'Sothavy|Sotheavy|Sothavi'),
  giv('រក្សា', 'U', 'Reaksa|Raksa|Reaksar'),
  giv('សុជាតា', 'F', 'Socheata|Sochata|Socheatha'),
  giv('សុកញ្ញា', 'F', 'Sokanha|Sokagna|Sokanya'),
  giv('ថាវី', 'F', 'Thavy|Thavi|Thavey'),
  giv('ចន្ដា', 'F', 'Chanda|Chandar|Chanta'),
  giv('ស្រីនួន', 'F', 'Sreynuon|Srey Nuon|Srey Noun'),
  giv('នីសា', 'F', 'Nisa|Nissa|Nisar'),
  giv('វណ្ណី', 'F', 'Vanny|Vanni|Vany'),
  giv('ផាន់ណា', 'F', 'Phanna|Phana|Phan Na'),
  giv('ផានិត', 'F', 'Phanith|Phanit|Phanet'),
  giv('វលក្ខ', 'F', 'Voleak|Volak|Voleakh'),
  giv('ស៊ីណា', 'F', 'Sina|Sinna|Sinah'),
  giv('ភារ៉ា', 'F', 'Pheara|Phara|Phearra'),
  giv('សូរិយា', 'F', 'Soriya|Sorya|Soriyea'),
  giv('សុជា', 'U', 'Sochea|Sochear|Socha'),
  giv('ចាន់ថន', 'M', 'Chanthorn|Chanthon|Chantorn'),
  giv('សុធារិទ្ធ', 'M', 'Sothearith|Sothearit|Sotharith'),
  giv('មេសា', 'F', 'Mesa|Measa|Mesar'),
  giv('ពុទ្ធី', 'U', 'Puthy|Putthy|Pothy'),
  giv('ហុង', 'M', 'Hong|Horng|Houng'),
  giv('ចាន់មុនី', 'F', 'Chanmony|Chan Mony|Chanmoni'),
  giv('គីមសាន', 'M', 'Kimsan|Kim San|Kimsann'),
  giv('ប៊ុនថាន', 'M', 'Bunthan|Bunthann|Bun Than'),
  giv('ឌីណា', 'U', 'Dina|Dinah|Dyna'),
  giv('ហៀង', 'U', 'Heang|Hieng|Hiang'),
  giv('កក្កដា', 'M', 'Kakada|Kakkada|Kakda'),
  giv('ម៉េងលី', 'M', 'Mengly|Meng Ly|Mengli'),
  giv('នរិទ្ធ', 'M', 'Narith|Nareth|Norith'),
  giv('ពិសាល', 'M', 'Pisal|Pisall|Pesal'),
  giv('ពន្លក', 'M', 'Ponlok|Ponluk|Ponlork'),
  giv('រតនៈ', 'M', 'Rathanak|Ratanak|Rattanak'),
  giv('សារិន', 'M', 'Sarin|Sarinn|Sareen'),
  giv('សាវុធ', 'M', 'Savuth|Savut|Savoeuth'),
  giv('ស្រេង', 'M', 'Sreng|Sring|Srieng'),
  giv('ថុល', 'M', 'Thol|Thul|Tol'),
  giv('វណ្ណៈ', 'M', 'Vannak|Vanak|Vannac'),
  giv('ម៉ាច', 'M', 'Mach|Mac|Match'),
  giv('ណាក់', 'M', 'Nak|Nakk|Neak'),
  giv('សក់', 'M', 'Sak|Sakk|Sac'),
  giv('សុគន់', 'M', 'Sokun|Sokunn|Sokhun'),
  giv('ស៊ីណាត', 'U', 'Sinat|Sinath|Sinatt'),
  giv('ស្រីម៉ៅ', 'F', 'Sreymao|Srey Mao|Srey Mau'),
  giv('ស្រីនីត', 'F', 'Sreynit|Srey Nit|Srey Nith'),
  giv('ស្រីខួច', 'F', 'Sreykhuoch|Srey Khuoch|Srey Khouch'),
  giv('ស្រីពុំ', 'F', 'Sreypum|Srey Pum|Srey Pom'),
  giv('សោភា', 'F', 'Sophea|Sophear|Soupha'),
  giv('សុខលាភ', 'F', 'Sokleap|Sok Leap|Sokleab'),
  giv('សុខណា', 'F', 'Sokna|Sok Na|Sokhna'),
  giv('ស្រីហួយ', 'F', 'Sreyhuoy|Srey Huoy|Srey Houy'),
  giv('ស្រីម៉ាច', 'F', 'Sreymach|Srey Mach|Srey Mac'),
  giv('ស្រីលាភ', 'F', 'Sreyleap|Srey Leap|Srey Leab'),
  giv('ស្រីវី', 'F', 'Sreyvy|Srey Vy|Srey Vi'),
  giv('ចាន់ធា', 'F', 'Chanthea|Chan Thea|Chantha'),
  giv('គីមហេង', 'M', 'Kimheng|Kim Heng|Kimhieng'),
  giv('គីមលាង', 'U', 'Kimleang|Kim Leang|Kimliang'),
  giv('លីហេង', 'M', 'Lyheng|Ly Heng|Liheng'),
  giv('ម៉េងហុង', 'M', 'Menghong|Meng Hong|Menghorng'),
  giv('ស្រីមាស', 'F', 'Sreymeas|Srey Meas|Srey Mas'),
  giv('ស្រីរស់', 'F', 'Sreyros|Srey Ros|Srey Rous'),
  giv('ធារ៉ា', 'U', 'Theara|Thera|Thearah'),
  giv('លក្ខណា', 'F', 'Leakna|Leakhna|Lakna'),
  giv('ចិត្រា', 'F', 'Chetra|Chitra|Chettra'),
  giv('ដានី', 'U', 'Dany|Dani|Danny'),
  giv('សុខចាន់', 'U', 'Sokchan|Sok Chan|Sokchann'),
  giv('សុខរ៉ា', 'F', 'Sokra|Sok Ra|Sokhra'),
  giv('ធីណា', 'F', 'Thyna|Thina|Tina'),
  giv('វិទូ', 'M', 'Vitou|Vitu|Vittou'),
  giv('ម៉ានិត', 'M', 'Manith|Maneth|Manit'),
  giv('ចាន់នី', 'F', 'Channy|Channy|Chan Ny'),
  giv('ផានី', 'F', 'Phany|Phani|Phaney'),
  giv('លីលី', 'F', 'Lily|Lili|Ly Ly'),
  giv('វណ្ណឌី', 'U', 'Vandy|Vanndy|Vandi'),
  giv('សាវឿន', 'M', 'Savoeun|Saveun|Savoeurn'),
  giv('សារី', 'F', 'Sary|Sari|Sarey'),
  giv('រ័ត្នា', 'F', 'Ratha|Roatha|Rattha'),
  giv('សុខខេង', 'M', 'Sokkheng|Sok Kheng|Sokheng'),
  giv('គីមសួរ', 'U', 'Kimsour|Kim Sour|Kimsuor'),
  giv('ចាន់រ័ត្ន', 'U', 'Chanroth|Chan Roth|Chanrath'),
  giv('ចាន់សុភា', 'F', 'Chansophea|Chan Sophea|Chansophear'),
  giv('ស្រីវណ្ណា', 'F', 'Sreyvanna|Srey Vanna|Srey Vana'),
  giv('ស្រីម៉ី', 'F', 'Sreymey|Srey Mey|Srey Mei'),
  giv('ស្រីសា', 'F', 'Sreysa|Srey Sa|Srey Sar'),
  giv('ស្រីយ៉ា', 'F', 'Sreyya|Srey Ya|Srey Yar'),
  giv('សុវណ្ណារី', 'F', 'Sovannary|Sovanary|Sovann Ary'),
  giv('ម៉ារ៉ា', 'F', 'Mara|Marah|Marra'),
  giv('ចាន់ដារ៉ា', 'M', 'Chandara|Chan Dara|Chandarah'),
  giv('សុខសាន', 'M', 'Soksan|Sok San|Soksann'),
  giv('សុខម៉េង', 'M', 'Sokmeng|Sok Meng|Sokmeang'),
  giv('ប៊ុនហេង', 'M', 'Bunheng|Bun Heng|Bunhieng'),
  giv('ប៊ុនលី', 'U', 'Bunly|Bun Ly|Bunli'),
];

/**
 * The long tail: Khmer given names are very often compounds of a common first element (Srey, Sok,
 * Chan, Kim, Bun, Ly, Meng) and a short second one (Sreymom, Sokny, Chanthy, Kimheng, Bunly). These
 * generated compounds come after the hand-written list, so they are each rare; they stop a 10,000
 * worker factory from having only a few thousand distinct full names.
 */
const COMPOUND_FIRST: readonly { kh: string; lat: readonly string[]; sex: NameSex }[] = [
  { kh: 'ស្រី', lat: ['Srey', 'Srei'], sex: 'F' },
  { kh: 'សុខ', lat: ['Sok', 'Sokh'], sex: 'U' },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'], sex: 'U' },
  { kh: 'គីម', lat: ['Kim', 'Kym'], sex: 'U' },
  { kh: 'ប៊ុន', lat: ['Bun', 'Boun'], sex: 'M' },
  { kh: 'លី', lat: ['Ly', 'Li'], sex: 'U' },
  { kh: 'ម៉េង', lat: ['Meng', 'Meang'], sex: 'M' },
];
const COMPOUND_SECOND: readonly { kh: string; lat: readonly string[]; sex: NameSex }[] = [
  { kh: 'មុំ', lat: ['Mom', 'Mum'], sex: 'F' },
  { kh: 'នី', lat: ['Ny', 'Nee'], sex: 'F' },
  { kh: 'លីន', lat: ['Lin', 'Linn'], sex: 'U' },
  { kh: 'ពៅ', lat: ['Pov', 'Peou'], sex: 'U' },
  { kh: 'ណា', lat: ['Na', 'Nar'], sex: 'U' },
  { kh: 'រ៉ា', lat: ['Ra', 'Rah'], sex: 'U' },
  { kh: 'ធី', lat: ['Thy', 'Thi'], sex: 'U' },
  { kh: 'ហេង', lat: ['Heng', 'Hieng'], sex: 'M' },
  { kh: 'លី', lat: ['Ly', 'Li'], sex: 'U' },
  { kh: 'ហុង', lat: ['Hong', 'Horng'], sex: 'M' },
  { kh: 'នាង', lat: ['Neang', 'Nang'], sex: 'F' },
  { kh: 'លក្ខ', lat: ['Leak', 'Leakh'], sex: 'F' },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech'], sex: 'U' },
  { kh: 'រ័ត្ន', lat: ['Roth', 'Rath'], sex: 'U' },
  { kh: 'វី', lat: ['Vy', 'Vi'], sex: 'F' },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau'], sex: 'U' },
  { kh: 'មាស', lat: ['Meas', 'Mas'], sex: 'U' },
  { kh: 'ដា', lat: ['Da', 'Dar'], sex: 'U' },
  { kh: 'ខេង', lat: ['Kheng', 'Keng'], sex: 'M' },
  { kh: 'សាន', lat: ['San', 'Sann'], sex: 'M' },
  { kh: 'ថា', lat: ['Tha', 'Thar'], sex: 'U' },
  { kh: 'ភា', lat: ['Phea', 'Pha'], sex: 'F' },
  { kh: 'ភាព', lat: ['Pheap', 'Pheab'], sex: 'F' },
  { kh: 'ធា', lat: ['Thea', 'Thear'], sex: 'F' },
  { kh: 'រី', lat: ['Ry', 'Ri'], sex: 'F' },
  { kh: 'លាភ', lat: ['Leap', 'Leab'], sex: 'U' },
  { kh: 'ម៉េង', lat: ['Meng', 'Meang'], sex: 'M' },
  { kh: 'ហួរ', lat: ['Hour', 'Huor'], sex: 'M' },
  { kh: 'ដារ៉ា', lat: ['Dara', 'Darah'], sex: 'U' },
  { kh: 'ណារី', lat: ['Nary', 'Neary'], sex: 'F' },
  { kh: 'ធូ', lat: ['Thou', 'Thu'], sex: 'M' },
  { kh: 'ម៉ី', lat: ['Mey', 'Mei'], sex: 'F' },
  { kh: 'នួន', lat: ['Nuon', 'Noun'], sex: 'F' },
  { kh: 'ណុច', lat: ['Noch', 'Nuch'], sex: 'F' },
  { kh: 'សុភា', lat: ['Sophea', 'Sophear'], sex: 'F' },
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana'], sex: 'U' },
  { kh: 'ថន', lat: ['Thorn', 'Thon'], sex: 'M' },
  { kh: 'សួរ', lat: ['Sour', 'Suor'], sex: 'U' },
];

function compounds(existing: readonly GivenName[]): GivenName[] {
  const seen = new Set(existing.map((g) => g.kh));
  const out: GivenName[] = [];
  // Interleave by second element so no single first element dominates the tail.
  for (const b of COMPOUND_SECOND) {
    for (const a of COMPOUND_FIRST) {
      if (a.kh === b.kh) continue;
      if (a.sex === 'F' && b.sex === 'M') continue;
      if (a.sex === 'M' && b.sex === 'F') continue;
      const kh = a.kh + b.kh;
      if (seen.has(kh)) continue;
      seen.add(kh);
      const sex: NameSex = a.sex !== 'U' ? a.sex : b.sex;
      const joined = a.lat[0] + b.lat[0].toLowerCase();
      out.push({ kh, sex, lat: [joined, `${a.lat[0]} ${b.lat[0]}`, a.lat[1] + b.lat[1].toLowerCase()] });
    }
  }
  return out;
}

/** Every given name: the hand-written list, most common first, then the rare compounds. */
export const ALL_GIVEN_NAMES: readonly GivenName[] = [...GIVEN_NAMES, ...compounds(GIVEN_NAMES)];

/** Names a worker goes by on a payroll instead of their given name (petnames: youngest, small, big, dark ...). */
export const NICKNAMES: readonly Nickname[] = [
  { kh: 'ពៅ', sex: 'U', lat: ['Pov', 'Pao', 'Peou'] },
  { kh: 'ស្រីពៅ', sex: 'F', lat: ['Srey Pov', 'Sreypov', 'Srey Peou'] },
  { kh: 'មុំ', sex: 'F', lat: ['Mom', 'Mum'] },
  { kh: 'តូច', sex: 'U', lat: ['Toch', 'Touch', 'Tuch'] },
  { kh: 'ស្រីតូច', sex: 'F', lat: ['Srey Toch', 'Sreytouch'] },
  { kh: 'នាង', sex: 'F', lat: ['Neang', 'Nang', 'Nieng'] },
  { kh: 'ភាព', sex: 'F', lat: ['Pheap', 'Pheab'] },
  { kh: 'ធំ', sex: 'U', lat: ['Thom', 'Tom'] },
  { kh: 'ខ្មៅ', sex: 'U', lat: ['Khmao', 'Kmao', 'Khmau'] },
  { kh: 'ស', sex: 'U', lat: ['Sor', 'Sar'] },
  { kh: 'ម៉ាប់', sex: 'U', lat: ['Mab', 'Map'] },
  { kh: 'ស្រីអូន', sex: 'F', lat: ['Srey Oun', 'Sreyoun'] },
  { kh: 'អូន', sex: 'F', lat: ['Oun', 'Aun'] },
  { kh: 'ម៉ៅ', sex: 'U', lat: ['Mao', 'Mau'] },
  { kh: 'នី', sex: 'F', lat: ['Ny', 'Nee'] },
  { kh: 'ណា', sex: 'U', lat: ['Na', 'Nar'] },
  { kh: 'ធី', sex: 'U', lat: ['Thy', 'Thi'] },
  { kh: 'ហួរ', sex: 'M', lat: ['Hour', 'Huor'] },
  { kh: 'ចិន', sex: 'U', lat: ['Chen', 'Chin'] },
  { kh: 'ស្រីខ្មៅ', sex: 'F', lat: ['Srey Khmao', 'Sreykhmao'] },
  { kh: 'ស្រីស', sex: 'F', lat: ['Srey Sor', 'Sreysor'] },
  { kh: 'ប៉ូ', sex: 'M', lat: ['Po', 'Pou'] },
];

/**
 * Two-digit province prefixes for national ID numbers, weighted by how many garment workers in
 * Phnom Penh factories come from each (Prey Veng, Takeo, Kampong Speu, Kandal, Svay Rieng ...).
 * An assumption of this generator, not an official coding table.
 */
export const PROVINCE_PREFIXES: readonly { code: string; weight: number }[] = [
  { code: '14', weight: 16 }, // Prey Veng
  { code: '21', weight: 13 }, // Takeo
  { code: '05', weight: 12 }, // Kampong Speu
  { code: '08', weight: 11 }, // Kandal
  { code: '20', weight: 9 }, // Svay Rieng
  { code: '03', weight: 8 }, // Kampong Cham
  { code: '12', weight: 6 }, // Phnom Penh
  { code: '06', weight: 5 }, // Kampong Thom
  { code: '04', weight: 4 }, // Kampong Chhnang
  { code: '15', weight: 3 }, // Pursat
  { code: '25', weight: 3 }, // Tboung Khmum
  { code: '02', weight: 3 }, // Battambang
  { code: '07', weight: 2 }, // Kampot
  { code: '17', weight: 2 }, // Siem Reap
  { code: '01', weight: 1 }, // Banteay Meanchey
  { code: '10', weight: 1 }, // Kratie
];

export const DEPARTMENTS: readonly { name: string; weight: number }[] = [
  { name: 'Cutting', weight: 8 },
  { name: 'Sewing A', weight: 17 },
  { name: 'Sewing B', weight: 17 },
  { name: 'Sewing C', weight: 15 },
  { name: 'Sewing D', weight: 12 },
  { name: 'Finishing', weight: 9 },
  { name: 'Ironing', weight: 6 },
  { name: 'Packing', weight: 8 },
  { name: 'QC', weight: 5 },
  { name: 'Warehouse', weight: 2 },
  { name: 'Maintenance', weight: 1 },
];
