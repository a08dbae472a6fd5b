/**
 * Name lists for the `thirtyninth` roster (a Khmer attendance sheet read by OCR).
 *
 * Every word is one Khmer spelling with the romanizations really seen for it on Cambodian papers
 * (the first is the most common). A worker's full name is a family name, an optional short middle
 * word (the first syllable of compound given names: Srey Pov, Sok Heng, Bun Thoeun ...) and a given
 * name. In Khmer the middle word is written joined to the given name (ស្រីពៅ); in Latin it is written
 * either joined or spaced (Sreypov / Srey Pov).
 *
 * The lists are written blind (no other list in the folder was read); spellings are the author's best
 * knowledge of standard Khmer Unicode (base + coeng + subscript + vowel + signs order).
 */

export interface KhWord {
  /** The word in Khmer Unicode, standard order. */
  kh: string;
  /** Romanizations, the most common first. */
  lat: readonly string[];
}

const w = (kh: string, ...lat: string[]): KhWord => ({ kh, lat });

// Words used both as family names and as middle words.
const SOK = w('សុខ', 'Sok', 'Sokh');
const CHAN = w('ចាន់', 'Chan', 'Chann');
const KIM = w('គីម', 'Kim', 'Kym');
const LY = w('លី', 'Ly', 'Lee', 'Li');
const HENG = w('ហេង', 'Heng');
const SENG = w('សេង', 'Seng');
const MENG = w('ម៉េង', 'Meng');
const SAM = w('សំ', 'Sam');
const PICH = w('ពេជ្រ', 'Pich', 'Pech', 'Petch');

/** Family names, most common first (drawn with a mild skew). */
export const FAMILY: readonly KhWord[] = [
  SOK,
  CHAN,
  w('ជា', 'Chea', 'Chear'),
  KIM,
  LY,
  HENG,
  w('មាស', 'Meas', 'Mias'),
  w('កែវ', 'Keo', 'Kaev', 'Keav'),
  SENG,
  w('ញឹម', 'Nhem', 'Nhim', 'Nhoem'),
  w('សារ', 'Sar', 'Sa'),
  w('ឃុន', 'Khun', 'Khon'),
  w('ឈុន', 'Chhun', 'Chun'),
  w('ប្រាក់', 'Prak', 'Brak'),
  PICH,
  w('ទូច', 'Touch', 'Toch'),
  w('យិន', 'Yin', 'Yen'),
  w('ម៉ៅ', 'Mao', 'Mau'),
  w('លឹម', 'Lim', 'Loem'),
  w('អ៊ុក', 'Ouk', 'Uk'),
  w('នួន', 'Nuon', 'Nuan'),
  SAM,
  w('ប៉ែន', 'Pen', 'Paen'),
  w('ឆាយ', 'Chhay', 'Chhai'),
  w('ថាច់', 'Thach', 'Thatch'),
  w('ស៊ុន', 'Sun', 'Soun'),
  w('សោម', 'Som', 'Saom'),
  w('ឡុង', 'Long'),
  w('ទេព', 'Tep', 'Teb'),
  w('ហែម', 'Hem', 'Haem'),
  w('អ៊ុំ', 'Oum', 'Um'),
  w('រស់', 'Ros', 'Ruos'),
  w('ជុំ', 'Chum'),
  w('វង្ស', 'Vong', 'Vorng'),
  w('ង៉ែត', 'Nget', 'Ngeth'),
  w('ឃីម', 'Khim', 'Khem'),
  w('ដួង', 'Duong', 'Doung'),
  w('ហ៊ុន', 'Hun', 'Hunn'),
  w('ស៊ីម', 'Sim', 'Seam'),
  w('គង់', 'Kong', 'Kung'),
  w('តាន់', 'Tan', 'Tann'),
  w('អេង', 'Eng', 'Ing'),
  w('នៅ', 'Nov', 'Nau'),
  w('ខៀវ', 'Khiev', 'Khieu', 'Kheav'),
  w('ឡាយ', 'Lay', 'Lai'),
  w('ជិន', 'Chin', 'Chen'),
  w('សួន', 'Suon', 'Suan'),
  w('ម៉ុក', 'Mok', 'Mouk'),
  w('ឈឹម', 'Chhim', 'Chhoem'),
  w('ឡេង', 'Leng', 'Laeng'),
  w('អ៊ាង', 'Ang', 'Eang'),
  w('ហុង', 'Hong', 'Hung'),
  w('ទី', 'Ty', 'Tey'),
  w('សាយ', 'Say', 'Sai'),
  w('ព្រំ', 'Prum', 'Prom'),
  w('ស្រេង', 'Sreng', 'Sraeng'),
  w('ចេង', 'Cheng'),
  w('ហាក់', 'Hak', 'Hakk'),
  w('ស៊ិន', 'Sin', 'Sen'),
  w('កុយ', 'Koy', 'Kuy'),
  w('ផន', 'Phon', 'Phorn'),
  MENG,
  w('ស្វាយ', 'Svay', 'Svai'),
  w('អ៊ឹម', 'Im', 'Oem'),
  w('ខេង', 'Kheng'),
  w('ងួន', 'Nguon', 'Nguan'),
  w('ប៉ុល', 'Pol', 'Poul'),
  w('ម៉ាន់', 'Man', 'Mann'),
  w('សៀង', 'Sieng', 'Seang'),
  w('លាង', 'Leang', 'Liang'),
  w('ហួត', 'Huot', 'Hout'),
  w('ឆន', 'Chhorn', 'Chhon'),
  w('យឹម', 'Yim', 'Yoem'),
  w('ផល', 'Phal', 'Phol'),
  w('ទឹម', 'Toem', 'Tim'),
];

/** Middle words (first part of a compound given name), with relative weights. */
export const MIDDLE_F: readonly (readonly [KhWord, number])[] = [
  [w('ស្រី', 'Srey', 'Srei'), 0.26],
  [SOK, 0.16],
  [KIM, 0.15],
  [CHAN, 0.15],
  [LY, 0.14],
  [PICH, 0.14],
];

export const MIDDLE_M: readonly (readonly [KhWord, number])[] = [
  [SOK, 0.14],
  [KIM, 0.1],
  [CHAN, 0.1],
  [w('ប៊ុន', 'Bun', 'Boun'), 0.12],
  [SAM, 0.07],
  [w('វណ្ណ', 'Vann', 'Van'), 0.08],
  [w('ពុទ្ធ', 'Puth', 'Put'), 0.07],
  [w('រ័ត្ន', 'Roth', 'Rath'), 0.07],
  [HENG, 0.08],
  [SENG, 0.06],
  [MENG, 0.06],
  [LY, 0.05],
];

/** Given names used for women and for men. */
const UNISEX: readonly KhWord[] = [
  w('វណ្ណា', 'Vanna', 'Vana'),
  w('រតនា', 'Rathana', 'Ratana', 'Rattana'),
  w('សុខា', 'Sokha', 'Sokhar'),
  w('សុធា', 'Sothea', 'Sothia'),
  w('សុភ័ក្ត្រ', 'Sopheak', 'Sopheakt'),
  w('ដាវី', 'Davy', 'Davi'),
  w('ពុទ្ធី', 'Puthy', 'Putthy'),
  w('សេរី', 'Serey', 'Serei'),
  w('ពន្លឺ', 'Ponleu', 'Ponlue'),
  w('កល្យាណ', 'Kalyan', 'Kalyann'),
];

export const GIVEN_F: readonly KhWord[] = [
  w('សុភា', 'Sophea', 'Sophear', 'Sophia'),
  w('បុប្ផា', 'Bopha', 'Bupha', 'Bopa'),
  w('ចិន្តា', 'Chenda', 'Chinda'),
  w('ពិសី', 'Pisey', 'Pisei'),
  w('ធីតា', 'Thida', 'Theda'),
  w('កញ្ញា', 'Kanha', 'Kagna', 'Kannha'),
  w('លក្ខិណា', 'Leakhena', 'Leakena'),
  w('សុគន្ធា', 'Sokunthea', 'Sokonthea'),
  w('ណាវី', 'Navy', 'Navi'),
  w('រស្មី', 'Raksmey', 'Reaksmey', 'Rasmey'),
  w('ផល្លា', 'Phalla', 'Phala'),
  w('ណារី', 'Nary', 'Nari'),
  w('ម្លិះ', 'Malis', 'Mlis'),
  w('ស៊ីណា', 'Sina', 'Seena'),
  w('សុភី', 'Sophy', 'Sophi'),
  w('លីណា', 'Lina', 'Leena'),
  w('ដានី', 'Dany', 'Dani'),
  w('សុម៉ាលី', 'Somaly', 'Somali'),
  w('ពៅ', 'Pov', 'Pao', 'Pau'),
  w('មុំ', 'Mom', 'Mum'),
  w('ល័ក្ខ', 'Leak', 'Leakh'),
  w('នាង', 'Neang', 'Niang'),
  w('និច', 'Nich', 'Nitch'),
  w('នី', 'Ny', 'Ni'),
  w('ដាលីន', 'Dalin', 'Daline'),
  w('គន្ធា', 'Kunthea', 'Kanthea'),
  w('សុជាតា', 'Socheata', 'Sochheata'),
  w('លាភ', 'Leap', 'Leab'),
  w('ធារី', 'Theary', 'Thary'),
  w('អូន', 'Oun', 'Oon'),
  w('រ៉ានី', 'Rany', 'Rani'),
  w('ចន្ទ្រា', 'Chantrea', 'Chanthrea'),
  w('ចរិយា', 'Chariya', 'Chareya'),
  w('វណ្ណី', 'Vanny', 'Vanni'),
  w('ទេវី', 'Tevy', 'Tevi'),
  w('លីដា', 'Lida', 'Leeda'),
  w('សុផានី', 'Sophany', 'Sophani'),
  w('រចនា', 'Rachna', 'Rachana'),
  w('មាលា', 'Mealea', 'Meala'),
  w('កុលាប', 'Kolab', 'Kulab'),
  w('ផល្លី', 'Phally', 'Phalli'),
  w('សុភាព', 'Sopheap', 'Sophiep'),
  w('នីតា', 'Nita', 'Neta'),
  w('នារី', 'Neary', 'Neari'),
  w('វត្តី', 'Vattey', 'Vatey'),
  w('វិច្ឆិកា', 'Vichhika', 'Vichika'),
  w('សុវណ្ណារី', 'Sovannary', 'Sovanary'),
  ...UNISEX,
];

export const GIVEN_M: readonly KhWord[] = [
  w('ដារ៉ា', 'Dara', 'Darah'),
  w('វុទ្ធី', 'Vuthy', 'Voeuthy', 'Vutthy'),
  w('សុផល', 'Sophal', 'Sophall'),
  w('ពិសិដ្ឋ', 'Piseth', 'Piseith'),
  w('រិទ្ធី', 'Rithy', 'Rithi'),
  w('សុវណ្ណ', 'Sovann', 'Sovan'),
  w('កុសល', 'Kosal', 'Kusal'),
  w('សុខុម', 'Sokhom', 'Sokhum'),
  w('ធឿន', 'Thoeun', 'Thoeurn'),
  w('សំណាង', 'Samnang', 'Somnang'),
  w('សម្បត្តិ', 'Sambath', 'Sambat'),
  w('វិបុល', 'Vibol', 'Vibul'),
  w('វិសាល', 'Visal', 'Veasal'),
  w('វាសនា', 'Veasna', 'Vasna'),
  w('ធី', 'Thy', 'Thi'),
  w('មករា', 'Makara', 'Makkara'),
  w('បូរី', 'Borey', 'Bory'),
  w('ណារិន', 'Narin', 'Narinn'),
  w('សុធី', 'Sothy', 'Sothi'),
  w('វិចិត្រ', 'Vichet', 'Vichit'),
  w('ជីវ័ន', 'Chivorn', 'Chivon'),
  w('មុនី', 'Mony', 'Muny'),
  w('រដ្ឋា', 'Ratha', 'Rattha', 'Rotha'),
  w('វណ្ណៈ', 'Vannak', 'Vanak'),
  w('សុគុណ', 'Sokun', 'Sokunn'),
  w('សីហា', 'Seyha', 'Seiha'),
  w('ចំរើន', 'Chamroeun', 'Chamreun', 'Chamroen'),
  w('ធារិទ្ធ', 'Thearith', 'Tearith'),
  w('ពន្លក', 'Ponlok', 'Panlok'),
  w('វីរៈ', 'Vireak', 'Vira'),
  w('រតនៈ', 'Ratanak', 'Rathanak'),
  w('ដាវុធ', 'Davuth', 'Davut'),
  w('ឧត្តម', 'Oudom', 'Udom'),
  w('បញ្ញា', 'Panha', 'Panhna'),
  w('សុធារ៉ា', 'Sotheara', 'Sothearah'),
  w('សុភារ៉ា', 'Sophara', 'Sopheara'),
  w('សារុន', 'Sarun', 'Saroun'),
  w('ភក្តី', 'Pheakdey', 'Pheakdei'),
  w('សុជាតិ', 'Socheat', 'Socheath'),
  w('រក្សា', 'Reaksa', 'Raksa'),
  w('ម៉ានិត', 'Manith', 'Maneth'),
  w('វិទូ', 'Vitou', 'Vitu'),
  w('មេត្តា', 'Metta', 'Meta'),
  w('ចិត្រា', 'Chetra', 'Chhetra'),
  w('ថារ៉ា', 'Thara', 'Tharah'),
  w('ស៊ីថា', 'Sitha', 'Setha'),
  ...UNISEX,
];
