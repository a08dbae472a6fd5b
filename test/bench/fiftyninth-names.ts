/**
 * Name lists for the `fiftyninth` roster (young workers at the legal edge of a garment / brick factory).
 *
 * Each word carries its Khmer spelling and the Latin romanizations met in practice (the first is the
 * most common). Compound given names (Srey + Mom) list both the joined and the spaced Latin forms.
 * Given names carry a sex tag (F, M, U = either), a `stem` shared by relatives' names (siblings are
 * often named on one syllable: Sreymom, Sreymao, Sreyneang), and the nickname a line leader writes
 * (usually the last syllable: Sreymom → Mom, Sophea → Phea).
 */

export interface KWord {
  kh: string;
  lat: readonly string[];
}

export interface KGiven extends KWord {
  sex: 'F' | 'M' | 'U';
  /** Syllable group shared by relatives' names, or null. */
  stem: string | null;
  nick: KWord;
}

const w = (kh: string, ...lat: string[]): KWord => ({ kh, lat });
const g = (kh: string, lat: string[], sex: 'F' | 'M' | 'U', stem: string | null, nickKh: string, nickLat: string[]): KGiven => ({
  kh,
  lat,
  sex,
  stem,
  nick: { kh: nickKh, lat: nickLat },
});

/** Family names, most common first. */
export const FAMILIES: readonly KWord[] = [
  w('សុខ', 'Sok', 'Sokh'),
  w('ជា', 'Chea', 'Chear'),
  w('ចាន់', 'Chan'),
  w('ហេង', 'Heng'),
  w('គឹម', 'Kim'),
  w('លី', 'Ly', 'Lee'),
  w('សេង', 'Seng'),
  w('ស៊ុន', 'Sun', 'Soun'),
  w('ម៉ៅ', 'Mao'),
  w('កែវ', 'Keo', 'Kaev'),
  w('ឈឹម', 'Chhim', 'Chhoeum'),
  w('ប៉ែន', 'Pen', 'Paen'),
  w('ញឹម', 'Nhim', 'Nhem', 'Nhoem'),
  w('អ៊ុក', 'Ouk', 'Uk'),
  w('ប្រាក់', 'Prak'),
  w('សំ', 'Sam'),
  w('សោម', 'Som', 'Saom'),
  w('ទេព', 'Tep', 'Teb'),
  w('ទូច', 'Touch', 'Toch', 'Tuch'),
  w('វង្ស', 'Vong', 'Vongs'),
  w('យឹម', 'Yim', 'Yoeum'),
  w('ឡុង', 'Long'),
  w('ង៉ែត', 'Nget', 'Ngaet'),
  w('ផាន', 'Phan'),
  w('រស់', 'Ros', 'Rous'),
  w('ថាច់', 'Thach'),
  w('អ៊ឹម', 'Im', 'Em', 'Oem'),
  w('គង់', 'Kong'),
  w('អឿន', 'Oeun', 'Oeurn'),
  w('ពេជ្រ', 'Pich', 'Pech', 'Petch'),
  w('ឆាយ', 'Chhay', 'Chhai'),
  w('ឃុន', 'Khun'),
  w('លឹម', 'Lim', 'Lem'),
  w('នួន', 'Nuon', 'Nuan'),
  w('ពៅ', 'Pov', 'Pau', 'Peou'),
  w('ស្រ៊ុន', 'Srun', 'Sroun'),
  w('អ៊ុច', 'Uch', 'Ouch'),
  w('យិន', 'Yin', 'Yen'),
  w('ហែម', 'Hem', 'Haem'),
  w('សាយ', 'Say', 'Sai'),
  w('តាន់', 'Tan'),
  w('ប៊ុន', 'Bun', 'Boun'),
  w('ហង់', 'Hang'),
  w('ខៀវ', 'Khiev', 'Khieu', 'Kheav'),
  w('ឡេង', 'Leng'),
  w('ជឹម', 'Chim', 'Choeum'),
  w('ឡាយ', 'Lay', 'Lai'),
  w('ម៉េង', 'Meng'),
  w('នៅ', 'Nov', 'Nou', 'Nauv'),
  w('សួន', 'Suon', 'Suan'),
  w('ទិត្យ', 'Tith', 'Tit'),
  w('ខាត់', 'Khat'),
  w('ម៉ុក', 'Mok'),
  w('ស៊ិន', 'Sin'),
  w('ឌួង', 'Duong', 'Doung'),
  w('អ៊ុំ', 'Um', 'Oum'),
  w('មាស', 'Meas', 'Meah'),
  w('ហួត', 'Huot', 'Hout'),
  w('ជិន', 'Chin'),
];

/** Given names, roughly most common first within each sex. */
export const GIVENS: readonly KGiven[] = [
  // Srey- compounds (female); relatives are often named on the same first syllable.
  g('ស្រីមុំ', ['Sreymom', 'Srey Mom', 'Sreymum'], 'F', 'srey', 'មុំ', ['Mom', 'Mum']),
  g('ស្រីម៉ៅ', ['Sreymao', 'Srey Mao'], 'F', 'srey', 'ម៉ៅ', ['Mao']),
  g('ស្រីនាង', ['Sreyneang', 'Srey Neang', 'Sreynieng'], 'F', 'srey', 'នាង', ['Neang']),
  g('ស្រីពៅ', ['Sreypov', 'Srey Pov', 'Sreypeou'], 'F', 'srey', 'ពៅ', ['Pov', 'Peou']),
  g('ស្រីល័ក្ខ', ['Sreyleak', 'Srey Leak', 'Sreyleakh'], 'F', 'srey', 'ល័ក្ខ', ['Leak']),
  g('ស្រីនិច', ['Sreynich', 'Srey Nich', 'Sreynech'], 'F', 'srey', 'និច', ['Nich']),
  g('ស្រីអូន', ['Sreyoun', 'Srey Oun', 'Sreyoan'], 'F', 'srey', 'អូន', ['Oun']),
  g('ស្រីពេជ្រ', ['Sreypich', 'Srey Pich', 'Sreypech'], 'F', 'srey', 'ពេជ្រ', ['Pich']),
  g('ស្រីតូច', ['Sreytouch', 'Srey Touch', 'Sreytoch'], 'F', 'srey', 'តូច', ['Touch', 'Toch']),
  g('ស្រីនី', ['Sreyny', 'Srey Ny', 'Sreyni'], 'F', 'srey', 'នី', ['Ny', 'Ni']),
  g('ស្រីរ័ត្ន', ['Sreyroth', 'Srey Roth', 'Sreyrath'], 'F', 'srey', 'រ័ត្ន', ['Roth', 'Rath']),
  g('ស្រីលីន', ['Sreylin', 'Srey Lin'], 'F', 'srey', 'លីន', ['Lin']),
  g('ស្រីណា', ['Sreyna', 'Srey Na'], 'F', 'srey', 'ណា', ['Na']),
  g('ស្រីម៉ី', ['Sreymey', 'Srey Mey', 'Sreymei'], 'F', 'srey', 'ម៉ី', ['Mey', 'Mei']),
  g('ស្រីលាង', ['Sreyleang', 'Srey Leang'], 'F', 'srey', 'លាង', ['Leang']),
  // Chan- compounds.
  g('ចាន់នី', ['Channy', 'Chan Ny', 'Channi'], 'F', 'chan', 'នី', ['Ny', 'Ni']),
  g('ចាន់មុន្នី', ['Chanmony', 'Chan Mony', 'Chanmonny'], 'F', 'chan', 'មុន្នី', ['Mony']),
  g('ចាន់ធូ', ['Chanthou', 'Chan Thou', 'Chanthu'], 'F', 'chan', 'ធូ', ['Thou']),
  g('ចាន់ថា', ['Chantha', 'Chan Tha'], 'U', 'chan', 'ថា', ['Tha']),
  g('ចាន់ធី', ['Chanthy', 'Chan Thy', 'Chanthi'], 'U', 'chan', 'ធី', ['Thy']),
  g('ចាន់ណា', ['Channa', 'Chan Na', 'Chana'], 'U', 'chan', 'ណា', ['Na']),
  g('ចាន់ដារ៉ា', ['Chandara', 'Chan Dara'], 'M', 'chan', 'រ៉ា', ['Ra']),
  // So- names.
  g('សុភា', ['Sophea', 'Sophear', 'Sopha'], 'F', 'so', 'ភា', ['Phea']),
  g('សុធា', ['Sothea', 'Sothear'], 'F', 'so', 'ធា', ['Thea']),
  g('សុគន្ធា', ['Sokunthea', 'Sokonthea'], 'F', 'so', 'ធា', ['Thea']),
  g('សុភាព', ['Sopheap', 'Sopheab'], 'U', 'so', 'ភាព', ['Pheap']),
  g('សុភ័ក្ត្រ', ['Sopheak', 'Sopheakh'], 'U', 'so', 'ភ័ក្ត្រ', ['Pheak']),
  g('សុវណ្ណ', ['Sovann', 'Sovan'], 'U', 'so', 'វណ្ណ', ['Vann', 'Van']),
  g('សុជាតិ', ['Socheat', 'Socheath'], 'U', 'so', 'ជាតិ', ['Cheat']),
  g('សុភ័ណ', ['Sophorn', 'Sophon', 'Sophoan'], 'U', 'so', 'ភ័ណ', ['Phorn']),
  g('សុផល', ['Sophal', 'Sophall'], 'M', 'so', 'ផល', ['Phal']),
  // Sok- / Kim- / Bun- compounds.
  g('សុខា', ['Sokha', 'Sokhar'], 'U', 'sok', 'ខា', ['Kha']),
  g('សុខលី', ['Sokly', 'Sok Ly'], 'U', 'sok', 'លី', ['Ly']),
  g('សុខណា', ['Sokna', 'Sok Na'], 'F', 'sok', 'ណា', ['Na']),
  g('សុខុម', ['Sokhom', 'Sokhum'], 'M', 'sok', 'ខុម', ['Khom']),
  g('សុខហេង', ['Sokheng', 'Sok Heng'], 'M', 'sok', 'ហេង', ['Heng']),
  g('គីមលី', ['Kimly', 'Kim Ly'], 'U', 'kim', 'លី', ['Ly']),
  g('គីមសួរ', ['Kimsour', 'Kim Sour', 'Kimsuor'], 'U', 'kim', 'សួរ', ['Sour']),
  g('គីមលាង', ['Kimleang', 'Kim Leang'], 'U', 'kim', 'លាង', ['Leang']),
  g('គីមហេង', ['Kimheng', 'Kim Heng'], 'M', 'kim', 'ហេង', ['Heng']),
  g('ប៊ុនណា', ['Bunna', 'Bun Na', 'Bunnah'], 'M', 'bun', 'ណា', ['Na']),
  g('ប៊ុនលី', ['Bunly', 'Bun Ly'], 'M', 'bun', 'លី', ['Ly']),
  g('ប៊ុនធឿន', ['Bunthoeun', 'Bunthoeurn', 'Bun Thoeun'], 'M', 'bun', 'ធឿន', ['Thoeun']),
  // Vann-, Pi-, Da-, Rat- groups.
  g('វណ្ណា', ['Vanna', 'Vana'], 'U', 'vann', 'ណា', ['Na']),
  g('វណ្ណី', ['Vanny', 'Vanni'], 'F', 'vann', 'នី', ['Ny']),
  g('វណ្ណារី', ['Vannary', 'Vanary'], 'F', 'vann', 'រី', ['Ry']),
  g('វណ្ណៈ', ['Vannak', 'Vanak'], 'M', 'vann', 'ណៈ', ['Nak']),
  g('ពិសី', ['Pisey', 'Pisei'], 'F', 'pi', 'សី', ['Sey']),
  g('ពិសិដ្ឋ', ['Piseth', 'Piset'], 'M', 'pi', 'សិដ្ឋ', ['Seth']),
  g('ពិសាល', ['Pisal', 'Pisaal'], 'M', 'pi', 'សាល', ['Sal']),
  g('ដារ៉ា', ['Dara', 'Darah'], 'U', 'da', 'រ៉ា', ['Ra']),
  g('ដាវី', ['Davy', 'Davi'], 'F', 'da', 'វី', ['Vy']),
  g('ដាលីន', ['Dalin', 'Daline'], 'F', 'da', 'លីន', ['Lin']),
  g('ដារិទ្ធ', ['Darith', 'Da Rith'], 'M', 'da', 'រិទ្ធ', ['Rith']),
  g('រតនា', ['Ratana', 'Rattana', 'Rathana'], 'F', 'rat', 'នា', ['Na']),
  g('រតនៈ', ['Ratanak', 'Rattanak', 'Rathanak'], 'M', 'rat', 'នៈ', ['Nak']),
  g('រដ្ឋា', ['Rotha', 'Rattha'], 'U', 'rat', 'ឋា', ['Tha']),
  // Other female names.
  g('ធីតា', ['Thida', 'Theda', 'Thyda'], 'F', null, 'តា', ['Da', 'Ta']),
  g('ម៉ាលី', ['Maly', 'Mali'], 'F', null, 'លី', ['Ly']),
  g('ណារី', ['Nary', 'Nari'], 'F', null, 'រី', ['Ry']),
  g('ផល្លី', ['Phally', 'Phaly'], 'F', null, 'លី', ['Ly']),
  g('រចនា', ['Rachana', 'Reachana', 'Rachna'], 'F', null, 'នា', ['Na']),
  g('រស្មី', ['Raksmey', 'Reaksmey', 'Rasmey'], 'F', null, 'ស្មី', ['Smey']),
  g('ចិន្តា', ['Chenda', 'Chinda'], 'F', null, 'តា', ['Da']),
  g('គន្ធា', ['Kunthea', 'Konthea'], 'F', null, 'ធា', ['Thea']),
  g('លីណា', ['Lina', 'Leena'], 'F', null, 'ណា', ['Na']),
  g('ថាវី', ['Thavy', 'Thavi'], 'F', null, 'វី', ['Vy']),
  g('មាលា', ['Mealea', 'Mealear', 'Meala'], 'F', null, 'លា', ['Lea']),
  g('កញ្ញា', ['Kanha', 'Kagna', 'Kanhnha'], 'F', null, 'ញា', ['Nha']),
  g('បុប្ផា', ['Bopha', 'Bopa', 'Boppha'], 'F', null, 'ផា', ['Pha']),
  g('ចរិយា', ['Chariya', 'Chareya'], 'F', null, 'យា', ['Ya']),
  g('លក្ខិណា', ['Leakhena', 'Leakena', 'Leakhina'], 'F', null, 'ណា', ['Na']),
  g('ធារី', ['Theary', 'Thiary'], 'F', null, 'រី', ['Ry']),
  g('ទេវី', ['Tevy', 'Teavy', 'Tevi'], 'F', null, 'វី', ['Vy']),
  g('រ៉ានី', ['Rany', 'Rani'], 'F', null, 'នី', ['Ny']),
  // Either sex.
  g('មុន្នី', ['Mony', 'Monny', 'Moni'], 'U', null, 'នី', ['Ny']),
  g('វាសនា', ['Veasna', 'Veasana'], 'U', null, 'នា', ['Na']),
  g('មករា', ['Makara', 'Makkara'], 'U', null, 'រា', ['Ra']),
  g('ជីវ័ន', ['Chivorn', 'Chivon'], 'U', null, 'វ័ន', ['Vorn']),
  g('វឌ្ឍនា', ['Vathana', 'Vatthana', 'Vuthana'], 'U', null, 'នា', ['Na']),
  // Male names.
  g('សីហា', ['Seyha', 'Seiha'], 'M', null, 'ហា', ['Ha']),
  g('វិសាល', ['Visal', 'Vesal', 'Visall'], 'M', null, 'សាល', ['Sal']),
  g('វិចិត្រ', ['Vichet', 'Vicheth', 'Vichheth'], 'M', null, 'ចិត្រ', ['Chet']),
  g('រិទ្ធ', ['Rith', 'Rit'], 'M', null, 'រិទ្ធ', ['Rith']),
  g('សម្បត្តិ', ['Sambath', 'Sambat'], 'M', null, 'បត្តិ', ['Bath']),
  g('បូរី', ['Borey', 'Bory', 'Borei'], 'M', null, 'រី', ['Ry']),
  g('កុសល', ['Kosal', 'Kusal'], 'M', null, 'សល', ['Sal']),
  g('វុទ្ធី', ['Vuthy', 'Voeuthy', 'Vuthi'], 'M', null, 'ធី', ['Thy']),
  g('សំណាង', ['Samnang', 'Somnang'], 'M', null, 'ណាង', ['Nang']),
  g('ភារម្យ', ['Phearum', 'Phearom'], 'M', null, 'រម្យ', ['Rum']),
  g('វិបុល', ['Vibol', 'Vibal'], 'M', null, 'បុល', ['Bol']),
  g('ពន្លក', ['Ponlok', 'Ponlork'], 'M', null, 'លក', ['Lok']),
  g('បញ្ញា', ['Panha', 'Pagna', 'Panhha'], 'M', null, 'ញា', ['Nha']),
  g('ចំរើន', ['Chamroeun', 'Chamroeurn', 'Chamreun'], 'M', null, 'រើន', ['Roeun']),
  g('ណារ៉ុង', ['Narong', 'Naroung'], 'M', null, 'រ៉ុង', ['Rong']),
  g('ភក្តី', ['Pheakdey', 'Pheakdei', 'Peakdey'], 'M', null, 'ក្តី', ['Dey']),
  g('ធារ៉ា', ['Thara', 'Tharah'], 'M', null, 'រ៉ា', ['Ra']),
  g('សាវឿន', ['Savoeun', 'Savoeurn', 'Saveun'], 'M', null, 'វឿន', ['Voeun']),
  g('សារុន', ['Sarun', 'Saroun'], 'M', null, 'រុន', ['Run']),
  g('ស៊ីថា', ['Sitha', 'Seytha'], 'M', null, 'ថា', ['Tha']),
];
