/**
 * Names for the held-out roster (holdout.ts), chosen apart from names.ts: no family name and no
 * given name appears in both lists. Spellings are the ones seen on Cambodian ID cards, payroll
 * sheets and NSSF cards, in both common romanizations (the French-era one, Chheang/Nuon, and
 * the looser English-era one, Chhieng/Noun). `weight` is how common the name is relative to the
 * others (a few family names cover much of the country); `sex` as in names.ts.
 */
export interface HeldOutName {
  kh: string;
  latin: string[];
  weight: number;
  sex?: 'F' | 'M' | 'U';
}

export const HELD_OUT_FAMILY: HeldOutName[] = [
  { kh: 'នួន', latin: ['Nuon', 'Noun', 'Nuen'], weight: 9 },
  { kh: 'ស៊ិន', latin: ['Sin', 'Sinn', 'Sen'], weight: 8 },
  { kh: 'ប្រាក់', latin: ['Prak', 'Prack'], weight: 7 },
  { kh: 'ឈាង', latin: ['Chheang', 'Chhieng', 'Chheng'], weight: 6 },
  { kh: 'សម', latin: ['Sam', 'Som'], weight: 6 },
  { kh: 'អ៊ឹម', latin: ['Im', 'Eum', 'Oem'], weight: 5 },
  { kh: 'ញឹម', latin: ['Nhim', 'Nhem', 'Gnim'], weight: 5 },
  { kh: 'ឃុន', latin: ['Khun', 'Khoun', 'Kun'], weight: 4 },
  { kh: 'ឌួង', latin: ['Duong', 'Doung'], weight: 4 },
  { kh: 'អៀង', latin: ['Ieng', 'Eang', 'Ieang'], weight: 4 },
  { kh: 'ហួត', latin: ['Huot', 'Hout', 'Houth'], weight: 3 },
  { kh: 'គង់', latin: ['Kong', 'Kung'], weight: 3 },
  { kh: 'តាំង', latin: ['Taing', 'Tang', 'Teang'], weight: 3 },
  { kh: 'ចេង', latin: ['Cheng'], weight: 3 },
  { kh: 'ស្វាយ', latin: ['Svay', 'Svai'], weight: 2 },
  { kh: 'អ៊ឹង', latin: ['Ung', 'Eung', 'Oeung'], weight: 2 },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'], weight: 2 },
  { kh: 'ជុំ', latin: ['Chum', 'Choum'], weight: 2 },
  { kh: 'ម៉ម', latin: ['Mam', 'Mom'], weight: 2 },
  { kh: 'ឯម', latin: ['Em', 'Aem'], weight: 1 },
  { kh: 'តែ', latin: ['Tea', 'Te', 'Tae'], weight: 1 },
  { kh: 'ស', latin: ['Sar', 'Sor', 'Sa'], weight: 1 },
];

export const HELD_OUT_GIVEN: HeldOutName[] = [
  { kh: 'សុម៉ាលី', latin: ['Somaly', 'Soumaly', 'Somali'], weight: 6, sex: 'F' },
  { kh: 'ស្រីនី', latin: ['Srey Ny', 'Sreyny', 'Srei Ni'], weight: 5, sex: 'F' },
  { kh: 'សុភី', latin: ['Sophy', 'Sophi', 'Sophie'], weight: 4, sex: 'F' },
  { kh: 'ចាន់ណា', latin: ['Channa', 'Chana'], weight: 4, sex: 'F' },
  { kh: 'ស្រីណា', latin: ['Sreyna', 'Srey Na', 'Sreina'], weight: 4, sex: 'F' },
  { kh: 'ដាលីន', latin: ['Dalin', 'Daline'], weight: 3, sex: 'F' },
  { kh: 'លក្ខិណា', latin: ['Leakhena', 'Leakena', 'Lakhena'], weight: 3, sex: 'F' },
  { kh: 'ចិន្តា', latin: ['Chenda', 'Chinda'], weight: 3, sex: 'F' },
  { kh: 'ស្រីពេជ្រ', latin: ['Srey Pich', 'Sreypich', 'Srey Pech'], weight: 3, sex: 'F' },
  { kh: 'រចនា', latin: ['Rachna', 'Rachana', 'Reachna'], weight: 2, sex: 'F' },
  { kh: 'មាលា', latin: ['Mealea', 'Mealear', 'Meala'], weight: 2, sex: 'F' },
  { kh: 'ស្រីលីន', latin: ['Srey Lin', 'Sreylin', 'Sreilin'], weight: 2, sex: 'F' },
  { kh: 'រស្មី', latin: ['Reaksmey', 'Raksmey', 'Rasmey'], weight: 2, sex: 'U' },
  { kh: 'សុភ័ក្ត្រ', latin: ['Sopheak', 'Sophek'], weight: 3, sex: 'U' },
  { kh: 'ពន្លឺ', latin: ['Ponleu', 'Panleu', 'Ponlue'], weight: 2, sex: 'U' },
  { kh: 'ម៉ូនី', latin: ['Mony', 'Moni', 'Monny'], weight: 3, sex: 'U' },
  { kh: 'សេរី', latin: ['Serey', 'Sereiy', 'Sirey'], weight: 2, sex: 'U' },
  { kh: 'វាសនា', latin: ['Veasna', 'Veasnar', 'Vesna'], weight: 4, sex: 'U' },
  { kh: 'សុវណ្ណ', latin: ['Sovann', 'Sovan'], weight: 5, sex: 'M' },
  { kh: 'វិបុល', latin: ['Vibol', 'Vibul', 'Vipol'], weight: 3, sex: 'M' },
  { kh: 'ចំណាន', latin: ['Chamnan', 'Chamnann', 'Chomnan'], weight: 3, sex: 'M' },
  { kh: 'វីរៈ', latin: ['Vireak', 'Virak'], weight: 3, sex: 'M' },
  { kh: 'បញ្ញា', latin: ['Panha', 'Pagna', 'Banha'], weight: 4, sex: 'M' },
  { kh: 'ណារិន', latin: ['Narin', 'Narinn'], weight: 2, sex: 'M' },
  { kh: 'រ៉ាវុធ', latin: ['Ravuth', 'Ravut'], weight: 2, sex: 'M' },
  { kh: 'តុលា', latin: ['Tola', 'Toula', 'Tolar'], weight: 2, sex: 'M' },
  { kh: 'ឧត្តម', latin: ['Oudom', 'Udom', 'Outdom'], weight: 2, sex: 'M' },
  { kh: 'សុជាតិ', latin: ['Socheat', 'Sochet', 'Socheath'], weight: 3, sex: 'M' },
  { kh: 'សារឿន', latin: ['Saroeun', 'Sareun', 'Sarouen'], weight: 2, sex: 'M' },
  { kh: 'បូរី', latin: ['Borey', 'Bory', 'Borei'], weight: 3, sex: 'M' },
  { kh: 'សាវុធ', latin: ['Savuth', 'Savut', 'Savouth'], weight: 2, sex: 'M' },
  { kh: 'ដាវុធ', latin: ['Davuth', 'Davut'], weight: 1, sex: 'M' },
  { kh: 'កុសល', latin: ['Kosal', 'Kosol', 'Kusal'], weight: 2, sex: 'M' },
];
