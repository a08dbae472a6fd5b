/**
 * Name lists for the thirteenth roster (a Kampong Cham / Kandal garment factory, ~65 % Khmer and
 * ~35 % Cham). Every word carries its Khmer spellings (`kh`, the first is the fund's usual one) and
 * its Latin romanizations (`lat`, the first is the most common one). These lists ARE the variant
 * lists of fairness rule 1: an on-site name is a plausible rendering of a registered name when each
 * word is one of its listed spellings (in either script, any case, words in either order, 'bin' /
 * 'binti' kept or dropped, at most one typo in one word of 4+ letters).
 *
 * No two different words share a spelling (checked by the generator's self-check). A word used as a
 * Cham family name and as a Cham father's given name (patronymic) is the same word.
 *
 * Lists are ordered most common first: the generator draws them with a Zipf-like skew, so e.g.
 * 'Sok', 'Chan', 'Math', 'Fatimah', 'Srey Mom' recur and many workers share a full name.
 *
 * Khmer spellings of Cham (Arabic-origin) names are best-effort transliterations as they are commonly
 * seen on Cambodian documents; where two spellings circulate both are listed.
 */

export interface Word {
  /** Stable id, unique across all lists. */
  id: string;
  /** Khmer-script spellings, most usual first. */
  kh: readonly string[];
  /** Latin romanizations, most usual first (a space marks a compound written apart). */
  lat: readonly string[];
  /** A given name borne by both men and women. */
  unisex?: boolean;
}

const w = (id: string, kh: string[], lat: string[], unisex = false): Word => ({ id, kh, lat, unisex });

// ---------------------------------------------------------------------------------------------
// Khmer family names (Sok/Sokh, Chea/Chear ...). 'Ly' is shared with the Cham family names.
// ---------------------------------------------------------------------------------------------
export const LY = w('f:ly', ['លី'], ['Ly', 'Lee', 'Li']);
export const SEN = w('f:sen', ['សែន'], ['Sen', 'Saen']);

export const KH_FAMILY: readonly Word[] = [
  w('f:sok', ['សុខ'], ['Sok', 'Sokh']),
  w('f:chan', ['ចាន់'], ['Chan', 'Chann']),
  w('f:chea', ['ជា'], ['Chea', 'Chear', 'Chia']),
  w('f:heng', ['ហេង'], ['Heng', 'Hieng']),
  w('f:sun', ['ស៊ុន'], ['Sun', 'Soun']),
  LY,
  w('f:keo', ['កែវ'], ['Keo', 'Kaev', 'Keav']),
  w('f:chhim', ['ឈឹម'], ['Chhim', 'Chhem', 'Chim']),
  w('f:pov', ['ពៅ'], ['Pov', 'Pauv', 'Pou']),
  w('f:mao', ['ម៉ៅ'], ['Mao', 'Mau']),
  w('f:ouk', ['អ៊ុក'], ['Ouk', 'Uk']),
  w('f:sin', ['ស៊ិន'], ['Sin', 'Sinn']),
  w('f:nhim', ['ញឹម'], ['Nhim', 'Nhem', 'Nhoem']),
  w('f:tep', ['ទេព'], ['Tep', 'Tip']),
  w('f:sam', ['សំ'], ['Sam', 'Samm']),
  w('f:yin', ['យិន'], ['Yin', 'Yinn']),
  w('f:khiev', ['ខៀវ'], ['Khiev', 'Khieu', 'Kheav']),
  w('f:kim', ['គឹម'], ['Kim', 'Kem', 'Kimm']),
  w('f:khun', ['ឃុន'], ['Khun', 'Khon', 'Kun']),
  w('f:bun', ['ប៊ុន'], ['Bun', 'Boun']),
  w('f:phal', ['ផល'], ['Phal', 'Phol']),
  w('f:seng', ['សេង'], ['Seng', 'Sieng']),
  w('f:im', ['អ៊ឹម'], ['Im', 'Eim', 'Oem']),
  w('f:van', ['វ៉ាន់'], ['Van', 'Vann']),
  w('f:hun', ['ហ៊ុន'], ['Hun', 'Houn']),
  w('f:lay', ['ឡាយ'], ['Lay', 'Lai']),
  w('f:iem', ['អៀម'], ['Iem', 'Eam', 'Ieam']),
  w('f:taing', ['តាំង'], ['Taing', 'Tang']),
  w('f:som', ['សោម'], ['Som', 'Saom']),
  w('f:dy', ['ឌី'], ['Dy', 'Dee', 'Di']),
  w('f:ros', ['រស់'], ['Ros', 'Rors', 'Ruos']),
  w('f:chhoun', ['ឈួន'], ['Chhoun', 'Chhuon', 'Chhun']),
  w('f:touch', ['ទូច'], ['Touch', 'Toch', 'Tuch']),
  w('f:meng', ['ម៉េង'], ['Meng']),
  w('f:pen', ['ប៉ែន'], ['Pen', 'Penn']),
  w('f:nuon', ['នួន'], ['Nuon', 'Noun']),
  w('f:phy', ['ភី'], ['Phy', 'Phi']),
];

// ---------------------------------------------------------------------------------------------
// Khmer given names. Compounds (Srey Mom / Sreymom) list the joined and the apart spellings.
// ---------------------------------------------------------------------------------------------
export const KH_GIVEN_F: readonly Word[] = [
  w('g:sreymom', ['ស្រីមុំ'], ['Srey Mom', 'Sreymom', 'Srei Mom', 'Sreymum']),
  w('g:sophea', ['សុភា'], ['Sophea', 'Sophear', 'Sopha']),
  w('g:sreyneang', ['ស្រីនាង'], ['Srey Neang', 'Sreyneang', 'Srei Neang']),
  w('g:sreypov', ['ស្រីពៅ'], ['Srey Pov', 'Sreypov', 'Srey Pauv']),
  w('g:thida', ['ធីតា', 'ធីដា'], ['Thida', 'Theda', 'Thyda']),
  w('g:sreyleak', ['ស្រីល័ក្ខ', 'ស្រីលក្ខ'], ['Srey Leak', 'Sreyleak', 'Srey Leakh']),
  w('g:chanthy', ['ចាន់ធី', 'ចន្ធី'], ['Chanthy', 'Chanthi']),
  w('g:davy', ['ដាវី'], ['Davy', 'Davi', 'Davey']),
  w('g:sopheap', ['សុភាព'], ['Sopheap', 'Sophiep', 'Sopheab']),
  w('g:kunthea', ['គន្ធា'], ['Kunthea', 'Kanthea', 'Kunthear']),
  w('g:bopha', ['បុប្ផា'], ['Bopha', 'Bophar', 'Boppha']),
  w('g:sreylin', ['ស្រីលីន'], ['Srey Lin', 'Sreylin', 'Srey Linn']),
  w('g:maly', ['ម៉ាលី'], ['Maly', 'Mali', 'Malee']),
  w('g:chanthou', ['ចន្ធូ'], ['Chanthou', 'Chantou', 'Chanthu']),
  w('g:nary', ['ណារី'], ['Nary', 'Nari', 'Narie']),
  w('g:sreyroth', ['ស្រីរ័ត្ន'], ['Srey Roth', 'Sreyroth', 'Srey Rath']),
  w('g:phalla', ['ផល្លា'], ['Phalla', 'Phala', 'Phallar']),
  w('g:leakhena', ['លក្ខិណា'], ['Leakhena', 'Leakena', 'Leakhana']),
  w('g:mony', ['មុន្នី', 'មុនី'], ['Mony', 'Moni', 'Monny']),
  w('g:sreynich', ['ស្រីនិច'], ['Srey Nich', 'Sreynich', 'Srey Nith']),
  w('g:pisey', ['ពិសី'], ['Pisey', 'Pisei', 'Pesey']),
  w('g:sreyoun', ['ស្រីអូន'], ['Srey Oun', 'Sreyoun', 'Srey Aun']),
  w('g:chariya', ['ចរិយា'], ['Chariya', 'Chareya']),
  w('g:sreypich', ['ស្រីពេជ្រ'], ['Srey Pich', 'Sreypich', 'Srey Pech']),
  w('g:kanha', ['កញ្ញា'], ['Kanha', 'Kagna', 'Kannha']),
  w('g:sokunthea', ['សុគន្ធា'], ['Sokunthea', 'Sokanthea']),
  w('g:sreymeas', ['ស្រីមាស'], ['Srey Meas', 'Sreymeas', 'Srey Mas']),
  w('g:chenda', ['ចិន្តា'], ['Chenda', 'Chinda']),
  w('g:theary', ['ធារី'], ['Theary', 'Thiary', 'Teary']),
  w('g:lida', ['លីដា'], ['Lida', 'Lyda']),
  w('g:sophy', ['សុភី'], ['Sophy', 'Sophie', 'Sophi']),
  w('g:sokny', ['សុខនី'], ['Sokny', 'Sokhny']),
  w('g:rachana', ['រចនា'], ['Rachana', 'Reachana']),
  w('g:sovannary', ['សុវណ្ណារី'], ['Sovannary', 'Sovanary']),
  w('g:dalin', ['ដាលីន'], ['Dalin', 'Daline']),
  w('g:sreytoch', ['ស្រីតូច'], ['Srey Toch', 'Sreytoch']),
  w('g:navy', ['ណាវី'], ['Navy', 'Navi']),
  w('g:sina', ['ស៊ីណា'], ['Sina', 'Seena']),
  w('g:kalyan', ['កល្យាណ'], ['Kalyan', 'Kalyann', 'Kaliyan']),
  w('g:rany', ['រ៉ានី'], ['Rany', 'Rani']),
  w('g:puthy', ['ពុទ្ធី'], ['Puthy', 'Putthy', 'Puthi']),
  w('g:sreyleap', ['ស្រីលាភ'], ['Srey Leap', 'Sreyleap']),
];

export const KH_GIVEN_M: readonly Word[] = [
  w('g:vuthy', ['វុទ្ធី', 'វុឌ្ឍី'], ['Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy']),
  w('g:dara', ['ដារ៉ា'], ['Dara', 'Darra']),
  w('g:sopheak', ['សុភ័ក្ត្រ', 'សុភ័ក្រ'], ['Sopheak', 'Sophiak']),
  w('g:vichet', ['វិចិត្រ'], ['Vichet', 'Vicheth', 'Vichit']),
  w('g:samnang', ['សំណាង'], ['Samnang', 'Somnang', 'Samnag']),
  w('g:piseth', ['ពិសិដ្ឋ'], ['Piseth', 'Piset', 'Pisith']),
  w('g:rithy', ['រិទ្ធី'], ['Rithy', 'Rethy', 'Ritthy']),
  w('g:bora', ['បូរ៉ា'], ['Bora', 'Borra']),
  w('g:channa', ['ចាន់ណា'], ['Channa', 'Chana']),
  w('g:visal', ['វិសាល'], ['Visal', 'Vesal', 'Visall']),
  w('g:sambath', ['សម្បត្តិ'], ['Sambath', 'Sambat', 'Sombath']),
  w('g:kosal', ['កុសល'], ['Kosal', 'Kusal', 'Kossal']),
  w('g:tola', ['តុលា'], ['Tola', 'Tolla']),
  w('g:sovann', ['សុវណ្ណ'], ['Sovann', 'Sovan']),
  w('g:chamroeun', ['ចំរើន', 'ចម្រើន'], ['Chamroeun', 'Chamrern', 'Chomroeun', 'Chamroen']),
  w('g:rathana', ['រតនា'], ['Rathana', 'Ratana', 'Rattana']),
  w('g:vireak', ['វីរៈ'], ['Vireak', 'Virak', 'Vireakh']),
  w('g:saroeun', ['សារឿន'], ['Saroeun', 'Saroen', 'Sarun']),
  w('g:theara', ['ធារ៉ា'], ['Theara', 'Thera']),
  w('g:sokhom', ['សុខុម'], ['Sokhom', 'Sokhum', 'Sokom']),
  w('g:veasna', ['វាសនា'], ['Veasna', 'Veasana', 'Vesna']),
  w('g:sothy', ['សុធី'], ['Sothy', 'Sothi']),
  w('g:narin', ['ណារិន'], ['Narin', 'Nareen', 'Narinn']),
  w('g:bunna', ['ប៊ុនណា'], ['Bunna', 'Bouna', 'Bunnar']),
  w('g:sokheng', ['សុខេង'], ['Sokheng', 'Sokhieng']),
  w('g:pisal', ['ពិសាល'], ['Pisal', 'Pesal']),
  w('g:pheakdey', ['ភក្តី'], ['Pheakdey', 'Pheakdei', 'Peakdey']),
  w('g:vibol', ['វិបុល'], ['Vibol', 'Vibul']),
  w('g:sothara', ['សុធារ៉ា'], ['Sothara', 'Sotheara']),
  w('g:chanthon', ['ចាន់ថន'], ['Chanthon', 'Chanthorn']),
  w('g:manith', ['ម៉ានិត'], ['Manith', 'Maneth', 'Manit']),
  w('g:davuth', ['ដាវុធ'], ['Davuth', 'Davut']),
  w('g:serey', ['សេរី'], ['Serey', 'Sereiy', 'Sorey']),
  w('g:oudom', ['ឧត្តម'], ['Oudom', 'Udom', 'Oudam']),
];

/** Borne by women and men alike. */
export const KH_GIVEN_U: readonly Word[] = [
  w('g:sokha', ['សុខា'], ['Sokha', 'Sokhar'], true),
  w('g:ratha', ['រដ្ឋា'], ['Ratha', 'Rattha', 'Ratta'], true),
  w('g:sophal', ['សុផល'], ['Sophal', 'Sophall'], true),
  w('g:vanna', ['វណ្ណា'], ['Vanna', 'Vana', 'Vannah'], true),
  w('g:raksmey', ['រស្មី'], ['Raksmey', 'Reaksmey', 'Raksmei', 'Rasmey'], true),
  w('g:vathana', ['វឌ្ឍនា'], ['Vathana', 'Vatthana', 'Watthana'], true),
  w('g:sothea', ['សុធា'], ['Sothea', 'Sothear'], true),
  w('g:chantha', ['ចន្ថា'], ['Chantha', 'Chanta'], true),
  w('g:makara', ['មករា'], ['Makara', 'Makkara'], true),
];

// ---------------------------------------------------------------------------------------------
// Cham family names written Khmer-style. The other Cham family position is a patronymic: the
// father's given name, drawn from CHAM_GIVEN_M.
// ---------------------------------------------------------------------------------------------
export const CHAM_FAMILY: readonly Word[] = [
  w('f:math', ['ម៉ាត់'], ['Math', 'Mat', 'Matt']),
  LY,
  w('f:sos', ['សុស'], ['Sos', 'Soss']),
  w('f:tam', ['តាម'], ['Tam', 'Taam']),
  w('f:him', ['ហ៊ីម'], ['Him', 'Hym']),
  w('f:kob', ['កុប'], ['Kob', 'Kop']),
  w('f:res', ['រេស'], ['Res', 'Reas']),
  SEN,
];

// ---------------------------------------------------------------------------------------------
// Cham given names (Arabic origin), several romanizations each as found on Cambodian papers.
// ---------------------------------------------------------------------------------------------
export const CHAM_GIVEN_F: readonly Word[] = [
  w('c:fatimah', ['ហ្វាទីម៉ះ', 'ហ្វាទីម៉ាស់'], ['Fatimah', 'Fatima', 'Fatimas', 'Fatimeah']),
  w('c:aisah', ['អាអ៊ីសះ', 'អៃសះ'], ['Aisah', 'Aishah', 'Aisas', 'Aisha']),
  w('c:rosmah', ['រ៉ូស្មះ', 'រ៉ូស្ម៉ាស់'], ['Rosmah', 'Rosmas', 'Rusmah']),
  w('c:halimah', ['ហាលីម៉ះ', 'ហាលីម៉ាស់'], ['Halimah', 'Halimas', 'Halima']),
  w('c:mariam', ['ម៉ារីយ៉ាម', 'ម៉ារៀម'], ['Mariam', 'Mariyam', 'Maryam', 'Mariem']),
  w('c:salmah', ['សាល់ម៉ះ'], ['Salmah', 'Salma', 'Salmas']),
  w('c:khadijah', ['ខាឌីយ៉ះ', 'កាឌីយ៉ះ'], ['Khadijah', 'Kadijah', 'Khadija', 'Kadijas']),
  w('c:aminah', ['អាមីណះ'], ['Aminah', 'Amina', 'Aminas']),
  w('c:rokiah', ['រ៉ូគីយ៉ះ'], ['Rokiah', 'Rokiyah', 'Rukiah', 'Rokias']),
  w('c:zainab', ['សៃណាប់'], ['Zainab', 'Zainap', 'Sainab']),
  w('c:sofiah', ['សូហ្វីយ៉ះ'], ['Sofiah', 'Sofia', 'Sophiah', 'Sofias']),
  w('c:hawa', ['ហាវ៉ា'], ['Hawa', 'Hawah', 'Hawas']),
  w('c:rahimah', ['រ៉ាហ៊ីម៉ះ'], ['Rahimah', 'Rahima', 'Rohimah']),
  w('c:siti', ['ស៊ីទី'], ['Siti', 'Seti', 'Sitti']),
  w('c:sapiah', ['សាពីយ៉ះ'], ['Sapiah', 'Safiah', 'Sapias']),
  w('c:ramlah', ['រ៉ាំឡះ'], ['Ramlah', 'Ramla', 'Ramlas']),
];

export const CHAM_GIVEN_M: readonly Word[] = [
  w('c:mohammad', ['ម៉ូហាម៉ាត់', 'ម៉ាម៉ាត់'], ['Mohammad', 'Muhammad', 'Mohamad', 'Mamat', 'Mohamat']),
  w('c:yusof', ['យូសុះ', 'យូសុហ្វ'], ['Yusof', 'Yousos', 'Yusuf', 'Yusos', 'Yousof']),
  w('c:sleh', ['ស្លេះ', 'សាលេះ'], ['Sleh', 'Saleh', 'Sles', 'Sleah']),
  w('c:ahmad', ['អះម៉ាត់', 'ហាម៉ាត់'], ['Ahmad', 'Ahmat', 'Hamat', 'Ahmath']),
  w('c:saad', ['សាដ', 'សាត់'], ['Saad', 'Sat', 'Saat', 'Sad']),
  w('c:ismail', ['អ៊ីស្មាអ៊ីល'], ['Ismail', 'Ismael', 'Smail', 'Ismaen']),
  w('c:ibrahim', ['អ៊ីប្រាហ៊ីម'], ['Ibrahim', 'Ibrohim', 'Brahim', 'Ibrahem']),
  w('c:osman', ['អូស្មាន់'], ['Osman', 'Usman', 'Othman']),
  w('c:abdullah', ['អាប់ឌុលឡះ'], ['Abdullah', 'Abdulah', 'Abdollah', 'Dolah']),
  w('c:ali', ['អាលី'], ['Ali', 'Aly', 'Aliy']),
  w('c:hassan', ['ហាសាន់'], ['Hassan', 'Hasan', 'Hasann']),
  w('c:musa', ['មូសា'], ['Musa', 'Mousa', 'Mosa', 'Musas']),
  w('c:idris', ['អ៊ីឌ្រីស'], ['Idris', 'Idres', 'Idrit']),
  w('c:karim', ['ការីម'], ['Karim', 'Kerim', 'Karem']),
  w('c:rosli', ['រ៉ូស្លី'], ['Rosli', 'Rusli', 'Rosly']),
  w('c:yakob', ['យ៉ាកុប'], ['Yakob', 'Yakop', 'Yaakob', 'Yakub']),
  w('c:tolep', ['តូឡិប'], ['Tolep', 'Talib', 'Tholep']),
  w('c:kasem', ['កាសិម'], ['Kasem', 'Kasim', 'Qasim']),
  w('c:hakim', ['ហាគីម'], ['Hakim', 'Hakem', 'Hakeem']),
  w('c:salim', ['សាលីម'], ['Salim', 'Selim', 'Saleem']),
  w('c:rahman', ['រ៉ាហ្មាន់'], ['Rahman', 'Rohman', 'Raman']),
  w('c:yunus', ['យូនុស'], ['Yunus', 'Younus', 'Yonus']),
  w('c:amin', ['អាមីន'], ['Amin', 'Amen', 'Ameen']),
];

/** 'son of' / 'daughter of' between a Cham given name and the father's name; may be dropped. */
export const BIN = { kh: 'ប៊ិន', lat: 'bin' } as const;
export const BINTI = { kh: 'ប៊ិនទី', lat: 'binti' } as const;

export const ALL_WORDS: readonly Word[] = [
  ...new Set([...KH_FAMILY, ...KH_GIVEN_F, ...KH_GIVEN_M, ...KH_GIVEN_U, ...CHAM_FAMILY, ...CHAM_GIVEN_F, ...CHAM_GIVEN_M]),
];
