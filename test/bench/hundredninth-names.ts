/**
 * Name lists for the "hundredninth" roster (a factory hiding a large share of its workforce
 * among relatives and neighbours of registered workers). Written from general knowledge of
 * Cambodian names; Khmer script first, then Latin spellings (the first is the usual one, the
 * others are alternative transliterations a person might write for the same Khmer name).
 *
 * Given names are grouped in `cluster`s of names that sound alike but are different names,
 * the way siblings are often named (Sophea / Sopheap, Dara / Dary, Srey Mom / Srey Mao). The
 * hidden workers of this roster draw their given name from the cluster of a registered relative.
 */

export interface FamilyName {
  kh: string;
  latin: readonly string[];
}

export interface GivenName {
  kh: string;
  sex: 'F' | 'M';
  latin: readonly string[];
  /** Names sounding alike (siblings are often named from one cluster). */
  cluster: string;
  /** A plausible split writing of a one-word Latin name ("Chanthou" -> "Chan Thou"). */
  split?: string;
}

/** Family names, most common first (the generator draws them skewed toward the top). */
export const FAMILY: readonly FamilyName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'គីម', latin: ['Kim', 'Khim'] },
  { kh: 'លី', latin: ['Ly', 'Lee', 'Li'] },
  { kh: 'ហេង', latin: ['Heng', 'Hieng'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev'] },
  { kh: 'សេង', latin: ['Seng', 'Sieng'] },
  { kh: 'ឈុន', latin: ['Chhun', 'Chhoun'] },
  { kh: 'សំ', latin: ['Som', 'Sam'] },
  { kh: 'មាស', latin: ['Meas', 'Mias'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'ប្រាក់', latin: ['Prak', 'Brak'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'ឡុង', latin: ['Long', 'Loung'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Hunn'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'នូវ', latin: ['Nov', 'Nou'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'យឹម', latin: ['Yim', 'Yem'] },
  { kh: 'ខៀវ', latin: ['Khieu', 'Khiev'] },
  { kh: 'រស់', latin: ['Ros', 'Ross'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'ថាច់', latin: ['Thach'] },
  { kh: 'វង្ស', latin: ['Vong', 'Vongs'] },
  { kh: 'អ៊ុំ', latin: ['Oum', 'Um'] },
  { kh: 'ម៉ែន', latin: ['Men', 'Maen'] },
  { kh: 'ឆាយ', latin: ['Chhay', 'Chhai'] },
  { kh: 'លឹម', latin: ['Lim', 'Loem'] },
  { kh: 'អេង', latin: ['Eng', 'Ing'] },
  { kh: 'គង់', latin: ['Kong', 'Kung'] },
  { kh: 'ហែម', latin: ['Hem', 'Haem'] },
  { kh: 'សាន', latin: ['San', 'Sann'] },
  { kh: 'យន់', latin: ['Yon', 'Yun'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'ញ៉ែម', latin: ['Nhem', 'Nhaem'] },
  { kh: 'ប៉ែន', latin: ['Pen', 'Paen'] },
  { kh: 'សែម', latin: ['Sem', 'Saem'] },
  { kh: 'ងិន', latin: ['Ngin', 'Nguin'] },
  { kh: 'តាន់', latin: ['Tan', 'Tann'] },
];

export const GIVEN: readonly GivenName[] = [
  // --- sophea cluster
  { kh: 'សុភា', sex: 'F', latin: ['Sophea', 'Sophear'], cluster: 'sophea' },
  { kh: 'សុភាព', sex: 'F', latin: ['Sopheap', 'Sopheab'], cluster: 'sophea' },
  { kh: 'សោភា', sex: 'F', latin: ['Sopha', 'Saopha'], cluster: 'sophea' },
  { kh: 'សុភី', sex: 'F', latin: ['Sophy', 'Sophi'], cluster: 'sophea' },
  { kh: 'សុផានី', sex: 'F', latin: ['Sophany', 'Sophanny'], cluster: 'sophea' },
  { kh: 'សុភ័ក្ត្រ', sex: 'M', latin: ['Sopheak', 'Sopheakt'], cluster: 'sophea' },
  { kh: 'សុផល', sex: 'M', latin: ['Sophal', 'Sophorl'], cluster: 'sophea' },
  // --- dara cluster
  { kh: 'ដារ៉ា', sex: 'M', latin: ['Dara', 'Darah'], cluster: 'dara' },
  { kh: 'ដារិទ្ធ', sex: 'M', latin: ['Darith', 'Dareth'], cluster: 'dara' },
  { kh: 'ដារី', sex: 'F', latin: ['Dary', 'Dari', 'Darey'], cluster: 'dara' },
  { kh: 'ដាវី', sex: 'F', latin: ['Davy', 'Davi'], cluster: 'dara' },
  { kh: 'ថាវី', sex: 'F', latin: ['Thavy', 'Thavi'], cluster: 'dara' },
  { kh: 'ដាណែត', sex: 'F', latin: ['Daneth', 'Danet'], cluster: 'dara' },
  // --- srey cluster (compound names)
  { kh: 'ស្រីមុំ', sex: 'F', latin: ['Srey Mom', 'Srei Mom'], cluster: 'srey' },
  { kh: 'ស្រីម៉ៅ', sex: 'F', latin: ['Srey Mao', 'Srei Mao', 'Srey Mau'], cluster: 'srey' },
  { kh: 'ស្រីនាង', sex: 'F', latin: ['Srey Neang', 'Srei Neang'], cluster: 'srey' },
  { kh: 'ស្រីពៅ', sex: 'F', latin: ['Srey Pov', 'Srey Pow'], cluster: 'srey' },
  { kh: 'ស្រីល័ក្ខ', sex: 'F', latin: ['Srey Leak', 'Srei Leak'], cluster: 'srey' },
  { kh: 'ស្រីនិច', sex: 'F', latin: ['Srey Nich', 'Srey Nic'], cluster: 'srey' },
  { kh: 'ស្រីពេជ្រ', sex: 'F', latin: ['Srey Pich', 'Srei Pich'], cluster: 'srey' },
  { kh: 'ស្រីរ័ត្ន', sex: 'F', latin: ['Srey Roth', 'Srey Rath'], cluster: 'srey' },
  { kh: 'ស្រីអូន', sex: 'F', latin: ['Srey Oun', 'Srey On'], cluster: 'srey' },
  // --- sokha cluster
  { kh: 'សុខា', sex: 'F', latin: ['Sokha', 'Sokhar'], cluster: 'sokha' },
  { kh: 'សុខនី', sex: 'F', latin: ['Sokny', 'Sokney'], cluster: 'sokha' },
  { kh: 'សុខលាភ', sex: 'F', latin: ['Sokleap', 'Sokliep'], cluster: 'sokha' },
  { kh: 'សុខុម', sex: 'M', latin: ['Sokhom', 'Sokhum'], cluster: 'sokha' },
  // --- vanna cluster
  { kh: 'វណ្ណា', sex: 'F', latin: ['Vanna', 'Vana', 'Vannah'], cluster: 'vanna' },
  { kh: 'វណ្ណី', sex: 'F', latin: ['Vanny', 'Vanni', 'Vanney'], cluster: 'vanna' },
  { kh: 'វណ្ណៈ', sex: 'M', latin: ['Vannak', 'Vanak'], cluster: 'vanna' },
  { kh: 'វឌ្ឍនា', sex: 'M', latin: ['Vathana', 'Vatana'], cluster: 'vanna' },
  // --- chanthou cluster
  { kh: 'ចន្ធូ', sex: 'F', latin: ['Chanthou', 'Chanthu'], cluster: 'chanthou', split: 'Chan Thou' },
  { kh: 'ចន្ធី', sex: 'F', latin: ['Chanthy', 'Chanthi'], cluster: 'chanthou', split: 'Chan Thy' },
  { kh: 'ចន្ថា', sex: 'F', latin: ['Chantha', 'Chanthar'], cluster: 'chanthou' },
  { kh: 'ចន្ទ្រា', sex: 'F', latin: ['Chantrea', 'Chantria'], cluster: 'chanthou' },
  { kh: 'ចិន្តា', sex: 'F', latin: ['Chenda', 'Chinda'], cluster: 'chanthou' },
  // --- pisey cluster
  { kh: 'ពិសី', sex: 'F', latin: ['Pisey', 'Pisei'], cluster: 'pisey' },
  { kh: 'ពិសិដ្ឋ', sex: 'M', latin: ['Piseth', 'Piset'], cluster: 'pisey' },
  // --- sothea cluster
  { kh: 'សុធា', sex: 'F', latin: ['Sothea', 'Sothear'], cluster: 'sothea' },
  { kh: 'សុធី', sex: 'M', latin: ['Sothy', 'Sothi'], cluster: 'sothea' },
  { kh: 'សុធារ៉ា', sex: 'M', latin: ['Sotheara', 'Sothera'], cluster: 'sothea' },
  { kh: 'ស៊ីថា', sex: 'M', latin: ['Sitha', 'Sithar'], cluster: 'sothea' },
  // --- vuthy cluster
  { kh: 'វុទ្ធី', sex: 'M', latin: ['Vuthy', 'Voeuthy', 'Vuthi'], cluster: 'vuthy' },
  { kh: 'វុទ្ធា', sex: 'M', latin: ['Vutha', 'Voeutha'], cluster: 'vuthy' },
  // --- rithy cluster
  { kh: 'រិទ្ធី', sex: 'M', latin: ['Rithy', 'Rithi'], cluster: 'rithy' },
  { kh: 'រដ្ឋា', sex: 'M', latin: ['Ratha', 'Rotha'], cluster: 'rithy' },
  // --- phalla cluster
  { kh: 'ផល្លា', sex: 'F', latin: ['Phalla', 'Phala'], cluster: 'phalla' },
  { kh: 'ផល្លី', sex: 'F', latin: ['Phally', 'Phalli'], cluster: 'phalla' },
  { kh: 'ផាន់ណា', sex: 'F', latin: ['Phanna', 'Phana'], cluster: 'phalla' },
  // --- lida cluster
  { kh: 'លីដា', sex: 'F', latin: ['Lida', 'Leda'], cluster: 'lida' },
  { kh: 'លីនដា', sex: 'F', latin: ['Linda', 'Lynda'], cluster: 'lida' },
  { kh: 'សូលីដា', sex: 'F', latin: ['Solida', 'Soleda'], cluster: 'lida' },
  { kh: 'លីណា', sex: 'F', latin: ['Lina', 'Leena'], cluster: 'lida' },
  { kh: 'ដាលីន', sex: 'F', latin: ['Dalin', 'Daline'], cluster: 'lida' },
  // --- nary cluster
  { kh: 'ណារី', sex: 'F', latin: ['Nary', 'Nari'], cluster: 'nary' },
  { kh: 'នារី', sex: 'F', latin: ['Neary', 'Neari'], cluster: 'nary' },
  { kh: 'ណាវី', sex: 'F', latin: ['Navy', 'Navi'], cluster: 'nary' },
  { kh: 'ចាន់ណារី', sex: 'F', latin: ['Channary', 'Chanary'], cluster: 'nary', split: 'Chan Nary' },
  { kh: 'ផារី', sex: 'F', latin: ['Phary', 'Phari'], cluster: 'nary' },
  { kh: 'រ៉ានី', sex: 'F', latin: ['Rany', 'Rani'], cluster: 'nary' },
  { kh: 'ចាន់ណា', sex: 'M', latin: ['Channa', 'Chana'], cluster: 'nary' },
  // --- bora cluster
  { kh: 'បូរី', sex: 'M', latin: ['Borey', 'Bory'], cluster: 'bora' },
  { kh: 'បូរ៉ា', sex: 'M', latin: ['Bora', 'Borah'], cluster: 'bora' },
  // --- maly cluster
  { kh: 'ម៉ាលី', sex: 'F', latin: ['Maly', 'Mali'], cluster: 'maly' },
  { kh: 'ម្លិះ', sex: 'F', latin: ['Malis', 'Maliss'], cluster: 'maly' },
  { kh: 'សុម៉ាលី', sex: 'F', latin: ['Somaly', 'Somali'], cluster: 'maly' },
  { kh: 'មាលា', sex: 'F', latin: ['Mealea', 'Meala'], cluster: 'maly' },
  { kh: 'ម៉ាឡៃ', sex: 'F', latin: ['Malai', 'Malay'], cluster: 'maly' },
  // --- kunthea cluster
  { kh: 'គន្ធា', sex: 'F', latin: ['Kunthea', 'Kunthear'], cluster: 'kunthea' },
  { kh: 'សុគន្ធា', sex: 'F', latin: ['Sokunthea', 'Sokhunthea'], cluster: 'kunthea' },
  // --- rachana cluster
  { kh: 'រចនា', sex: 'F', latin: ['Rachana', 'Rachna'], cluster: 'rachana' },
  { kh: 'រតនា', sex: 'F', latin: ['Rattana', 'Ratana'], cluster: 'rachana' },
  { kh: 'រតនៈ', sex: 'M', latin: ['Ratanak', 'Rathanak'], cluster: 'rachana' },
  // --- sarath cluster
  { kh: 'សារ៉ាត់', sex: 'M', latin: ['Sarath', 'Sarat'], cluster: 'sarath' },
  { kh: 'សារិន', sex: 'M', latin: ['Sarin', 'Sarinn'], cluster: 'sarath' },
  // --- kimleng cluster
  { kh: 'គីមឡេង', sex: 'F', latin: ['Kimleng', 'Kimlaing'], cluster: 'kimleng', split: 'Kim Leng' },
  { kh: 'គីមលី', sex: 'F', latin: ['Kimly', 'Kimlee'], cluster: 'kimleng' },
  { kh: 'គីមហុង', sex: 'M', latin: ['Kimhong', 'Kimhung'], cluster: 'kimleng', split: 'Kim Hong' },
  // --- visal cluster
  { kh: 'វិសាល', sex: 'M', latin: ['Visal', 'Veasal'], cluster: 'visal' },
  { kh: 'វាសនា', sex: 'M', latin: ['Veasna', 'Veasana'], cluster: 'visal' },
  { kh: 'វិបុល', sex: 'M', latin: ['Vibol', 'Vibul'], cluster: 'visal' },
  { kh: 'វិចិត្រ', sex: 'M', latin: ['Vichet', 'Vichit'], cluster: 'visal' },
  // --- thida cluster
  { kh: 'ធីតា', sex: 'F', latin: ['Thida', 'Thyda'], cluster: 'thida' },
  { kh: 'ធារី', sex: 'F', latin: ['Theary', 'Teary'], cluster: 'thida' },
  { kh: 'នីតា', sex: 'F', latin: ['Nita', 'Neta'], cluster: 'thida' },
  { kh: 'ធារិទ្ធ', sex: 'M', latin: ['Thearith', 'Thearit'], cluster: 'thida' },
  // --- kanha cluster
  { kh: 'កញ្ញា', sex: 'F', latin: ['Kanha', 'Kagna'], cluster: 'kanha' },
  { kh: 'បញ្ញា', sex: 'F', latin: ['Panha', 'Pagna'], cluster: 'kanha' },
  // --- socheat cluster
  { kh: 'សុជាតិ', sex: 'F', latin: ['Socheat', 'Sochet'], cluster: 'socheat' },
  { kh: 'សុជា', sex: 'F', latin: ['Sochea', 'Sochear'], cluster: 'socheat' },
  // --- samnang cluster
  { kh: 'សំណាង', sex: 'M', latin: ['Samnang', 'Samnag'], cluster: 'samnang' },
  { kh: 'សម្បត្តិ', sex: 'M', latin: ['Sambath', 'Sambat'], cluster: 'samnang' },
  { kh: 'សម្ផស្ស', sex: 'F', latin: ['Samphors', 'Samphos'], cluster: 'samnang' },
  // --- kosal cluster
  { kh: 'កុសល', sex: 'M', latin: ['Kosal', 'Kusal'], cluster: 'kosal' },
  { kh: 'កក្កដា', sex: 'M', latin: ['Kakada', 'Kakda'], cluster: 'kosal' },
  // --- mony cluster
  { kh: 'មុន្នី', sex: 'M', latin: ['Mony', 'Monny'], cluster: 'mony' },
  { kh: 'ចាន់មុន្នី', sex: 'F', latin: ['Chanmony', 'Chanmonny'], cluster: 'mony', split: 'Chan Mony' },
  { kh: 'ម៉ូនីកា', sex: 'F', latin: ['Monika', 'Monica'], cluster: 'mony' },
  // --- narin cluster
  { kh: 'នរិន្ទ', sex: 'M', latin: ['Narin', 'Narint'], cluster: 'narin' },
  { kh: 'និមល', sex: 'M', latin: ['Nimol', 'Nimul'], cluster: 'narin' },
  // --- ponlok cluster
  { kh: 'ពន្លក', sex: 'M', latin: ['Ponlok', 'Punlok'], cluster: 'ponlok' },
  { kh: 'ពន្លឺ', sex: 'F', latin: ['Ponleu', 'Ponlue'], cluster: 'ponlok' },
  // --- single names (siblings drawn from elsewhere)
  { kh: 'រស្មី', sex: 'F', latin: ['Raksmey', 'Reaksmey', 'Rasmey'], cluster: 'raksmey' },
  { kh: 'លក្ខិណា', sex: 'F', latin: ['Leakhena', 'Leakhina'], cluster: 'leakhena' },
  { kh: 'បុប្ផា', sex: 'F', latin: ['Bopha', 'Bupha'], cluster: 'bopha' },
  { kh: 'កុលាប', sex: 'F', latin: ['Kolab', 'Kolap'], cluster: 'kolab' },
  { kh: 'ជីវី', sex: 'F', latin: ['Chivy', 'Chivi'], cluster: 'chivy' },
  { kh: 'ស៊ីណាត', sex: 'F', latin: ['Sinath', 'Sinat'], cluster: 'sinath' },
  { kh: 'ចរិយា', sex: 'F', latin: ['Chariya', 'Charya'], cluster: 'chariya' },
  { kh: 'មករា', sex: 'M', latin: ['Makara', 'Makkara'], cluster: 'makara' },
  { kh: 'ភក្តី', sex: 'M', latin: ['Pheakdey', 'Pheakdei', 'Peakdey'], cluster: 'pheakdey' },
  { kh: 'ភិរុណ', sex: 'M', latin: ['Phirun', 'Phirum'], cluster: 'phirun' },
  { kh: 'សីហា', sex: 'M', latin: ['Seyha', 'Seiha'], cluster: 'seyha' },
  { kh: 'តុលា', sex: 'M', latin: ['Tola', 'Tula'], cluster: 'tola' },
  { kh: 'វីរៈ', sex: 'M', latin: ['Virak', 'Vireak'], cluster: 'virak' },
  { kh: 'សុវណ្ណ', sex: 'M', latin: ['Sovann', 'Sovan'], cluster: 'sovann' },
  { kh: 'ប៊ុនធឿន', sex: 'M', latin: ['Bunthoeun', 'Buntheun'], cluster: 'bunthoeun' },
  { kh: 'ឧត្តម', sex: 'M', latin: ['Oudom', 'Udom'], cluster: 'oudom' },
  { kh: 'ចំរើន', sex: 'M', latin: ['Chamroeun', 'Chamreun'], cluster: 'chamroeun' },
  { kh: 'ម៉េងលី', sex: 'M', latin: ['Mengly', 'Mengli'], cluster: 'mengly' },
];
