/**
 * Name lists for the `fortysixth` roster (formal and everyday forms of given names).
 *
 * Every name is a "lemma": one name with its Khmer spellings (`kh`, the first is the usual one)
 * and its Latin romanizations (`lat`, the first is the usual one; the others are real variant
 * spellings found on sheets and cards). Khmer is written in the usual keyboard order (register
 * shifter ៉/៊ before the vowel sign, coeng RO after any other coeng); the generator adds the
 * other encodings (ZWSP, reordered marks) itself.
 *
 * The theme: many Khmer given names have a longer Pali/Sanskrit form (on the ID card) and a
 * shorter everyday form (given by the worker, used by the employer), see FORM_PAIRS below.
 */

export interface NameForm {
  /** The lemma's id: its usual Latin spelling. */
  id: string;
  /** Khmer spellings; empty for an everyday form that is only ever written in Latin. */
  kh: string[];
  /** Latin romanizations (a space inside one is a real spacing variant, e.g. "Srey Mom"). */
  lat: string[];
}

export type NameSex = 'M' | 'F' | 'U';

/** Family names, most common first (the generator draws them skewed). */
export const FAMILY: NameForm[] = [
  { id: 'Sok', kh: ['សុខ'], lat: ['Sok', 'Sokh', 'Sock'] },
  { id: 'Chan', kh: ['ចាន់'], lat: ['Chan', 'Chann', 'Chanh'] },
  { id: 'Chea', kh: ['ជា'], lat: ['Chea', 'Chear', 'Chia'] },
  { id: 'Ly', kh: ['លី'], lat: ['Ly', 'Lee', 'Li'] },
  { id: 'Heng', kh: ['ហេង'], lat: ['Heng', 'Hieng'] },
  { id: 'Sao', kh: ['សៅ'], lat: ['Sao', 'Sau'] },
  { id: 'Keo', kh: ['កែវ'], lat: ['Keo', 'Kaev', 'Keov'] },
  { id: 'Sun', kh: ['ស៊ុន'], lat: ['Sun', 'Soun'] },
  { id: 'Mao', kh: ['ម៉ៅ'], lat: ['Mao', 'Mau'] },
  { id: 'Pov', kh: ['ពៅ'], lat: ['Pov', 'Pao', 'Pau'] },
  { id: 'Yin', kh: ['យិន'], lat: ['Yin', 'Yinn'] },
  { id: 'Chhim', kh: ['ឈឹម'], lat: ['Chhim', 'Chhem'] },
  { id: 'Ouk', kh: ['អ៊ុក'], lat: ['Ouk', 'Uk', 'Ok'] },
  { id: 'Nhek', kh: ['ញឹក'], lat: ['Nhek', 'Nhoek', 'Nhik'] },
  { id: 'Tep', kh: ['ទេព'], lat: ['Tep', 'Teb'] },
  { id: 'Seng', kh: ['សេង'], lat: ['Seng', 'Sieng'] },
  { id: 'Meas', kh: ['មាស'], lat: ['Meas', 'Mas', 'Meass'] },
  { id: 'Prum', kh: ['ព្រំ'], lat: ['Prum', 'Prom'] },
  { id: 'Khiev', kh: ['ខៀវ'], lat: ['Khiev', 'Khieu', 'Khiew'] },
  { id: 'Long', kh: ['ឡុង'], lat: ['Long', 'Lung'] },
  { id: 'Nuon', kh: ['នួន'], lat: ['Nuon', 'Noun', 'Nuan'] },
  { id: 'Hun', kh: ['ហ៊ុន'], lat: ['Hun', 'Hunn', 'Houn'] },
  { id: 'Vong', kh: ['វង្ស'], lat: ['Vong', 'Vongs'] },
  { id: 'Phoung', kh: ['ភួង'], lat: ['Phoung', 'Phuong'] },
  { id: 'Nguon', kh: ['ងួន'], lat: ['Nguon', 'Ngoun'] },
  { id: 'Ros', kh: ['រស់'], lat: ['Ros', 'Ross', 'Rous'] },
  { id: 'Phan', kh: ['ផាន'], lat: ['Phan', 'Phann'] },
  { id: 'Chheang', kh: ['ឈាង'], lat: ['Chheang', 'Chhieng', 'Chheng'] },
  { id: 'Bun', kh: ['ប៊ុន'], lat: ['Bun', 'Boun', 'Bunn'] },
  { id: 'Kong', kh: ['គង់'], lat: ['Kong', 'Kung'] },
  { id: 'Taing', kh: ['តាំង'], lat: ['Taing', 'Tang', 'Teang'] },
  { id: 'Touch', kh: ['ទូច'], lat: ['Touch', 'Toch', 'Tuch'] },
  { id: 'Khun', kh: ['ឃុន'], lat: ['Khun', 'Khunn'] },
  { id: 'Thach', kh: ['ថាច់'], lat: ['Thach', 'Thack'] },
  { id: 'Yim', kh: ['យឹម'], lat: ['Yim', 'Yem'] },
  // "Soun" is also a romanization of ស៊ុន (Sun): one spelling, two family names, as in real sheets.
  { id: 'Suon', kh: ['សួន'], lat: ['Suon', 'Soun', 'Suonn'] },
  { id: 'Ung', kh: ['អ៊ឹង'], lat: ['Ung', 'Eung', 'Oung'] },
];

/** Given names: formal forms, their everyday forms, and names used only as they are. */
export const GIVEN: NameForm[] = [
  // --- formal (long) forms and their everyday (short) forms ---
  { id: 'Sovannara', kh: ['សុវណ្ណារ៉ា'], lat: ['Sovannara', 'Sovanara', 'Sovannarah'] },
  { id: 'Sovanna', kh: ['សុវណ្ណា'], lat: ['Sovanna', 'Sovana', 'Sovannah'] },
  { id: 'Nara', kh: ['ណារ៉ា'], lat: ['Nara', 'Narah'] },
  { id: 'Sovannary', kh: ['សុវណ្ណារី'], lat: ['Sovannary', 'Sovanary', 'Sovannari'] },
  { id: 'Nary', kh: ['ណារី'], lat: ['Nary', 'Nari'] },
  { id: 'Pheakdey', kh: ['ភក្ដី', 'ភក្តី', 'ភក្តិ'], lat: ['Pheakdey', 'Pheakdei', 'Pheakdy', 'Peakdey'] },
  { id: 'Sopheak', kh: ['សុភ័ក្ត្រ'], lat: ['Sopheak', 'Sophek', 'Sopheack'] },
  { id: 'Pheak', kh: ['ភ័ក្ត្រ'], lat: ['Pheak', 'Peak', 'Pheack'] },
  { id: 'Vannak', kh: ['វណ្ណៈ', 'វណ្ណះ'], lat: ['Vannak', 'Vanak', 'Vannack'] },
  { id: 'Vanna', kh: ['វណ្ណា'], lat: ['Vanna', 'Vana', 'Vannah'] },
  { id: 'Chanthavy', kh: ['ចន្ថាវី', 'ចាន់ថាវី'], lat: ['Chanthavy', 'Chanthavi', 'Chantavy'] },
  { id: 'Chanthy', kh: ['ចាន់ធី', 'ចន្ធី'], lat: ['Chanthy', 'Chanthi', 'Chanty'] },
  { id: 'Sokunthea', kh: ['សុគន្ធា'], lat: ['Sokunthea', 'Sokunthear', 'Sokonthea'] },
  { id: 'Kunthea', kh: ['គន្ធា'], lat: ['Kunthea', 'Kunthear', 'Konthea'] },
  { id: 'Thea', kh: ['ធា'], lat: ['Thea', 'Thear', 'Tea'] },
  { id: 'Sothea', kh: ['សុធា'], lat: ['Sothea', 'Sothear', 'Sotheah'] },
  { id: 'Bopharath', kh: ['បុប្ផារ័ត្ន'], lat: ['Bopharath', 'Bopharoth', 'Bopharat'] },
  { id: 'Bopha', kh: ['បុប្ផា'], lat: ['Bopha', 'Bopa', 'Boppha'] },
  { id: 'Sreyneath', kh: ['ស្រីនាថ'], lat: ['Sreyneath', 'Srey Neath', 'Sreineath', 'Sreyneat'] },
  { id: 'Neath', kh: ['នាថ'], lat: ['Neath', 'Neat'] },
  { id: 'Monyroth', kh: ['មុនីរ័ត្ន', 'មុន្នីរ័ត្ន'], lat: ['Monyroth', 'Monyrath', 'Moniroth', 'Monirath'] },
  { id: 'Mony', kh: ['មុនី', 'មុន្នី'], lat: ['Mony', 'Moni', 'Monny'] },
  { id: 'Roth', kh: ['រ័ត្ន'], lat: ['Roth', 'Rath', 'Rot'] },
  { id: 'Sreyroth', kh: ['ស្រីរ័ត្ន'], lat: ['Sreyroth', 'Srey Roth', 'Sreyrath', 'Sreiroth'] },
  { id: 'Chanmony', kh: ['ចាន់មុនី', 'ចាន់មុន្នី'], lat: ['Chanmony', 'Chan Mony', 'Chanmoni'] },
  { id: 'Sophanith', kh: ['សុផានិត'], lat: ['Sophanith', 'Sophanit', 'Sophaneth'] },
  { id: 'Nith', kh: ['និត'], lat: ['Nith', 'Nit'] },
  { id: 'Vichheka', kh: ['វិច្ឆិកា'], lat: ['Vichheka', 'Vichhika', 'Vicheka'] },
  // Heka: an everyday form only ever written in Latin on the sheets.
  { id: 'Heka', kh: [], lat: ['Heka', 'Hekha'] },
  { id: 'Sreymom', kh: ['ស្រីមុំ'], lat: ['Sreymom', 'Srey Mom', 'Sreimom', 'Sreymum'] },
  { id: 'Mom', kh: ['មុំ'], lat: ['Mom', 'Mum'] },
  { id: 'Sreypov', kh: ['ស្រីពៅ'], lat: ['Sreypov', 'Srey Pov', 'Sreypao', 'Sreipov'] },
  { id: 'Pov', kh: ['ពៅ'], lat: ['Pov', 'Pao', 'Pau'] },
  { id: 'Sreyleak', kh: ['ស្រីល័ក្ខ', 'ស្រីលក្ខ'], lat: ['Sreyleak', 'Srey Leak', 'Sreileak', 'Sreyleakh'] },
  { id: 'Leak', kh: ['ល័ក្ខ', 'លក្ខ'], lat: ['Leak', 'Leakh', 'Lak'] },
  { id: 'Sreynich', kh: ['ស្រីនិច'], lat: ['Sreynich', 'Srey Nich', 'Sreinich'] },
  { id: 'Nich', kh: ['និច'], lat: ['Nich', 'Nitch'] },
  { id: 'Sreyleap', kh: ['ស្រីលាភ'], lat: ['Sreyleap', 'Srey Leap', 'Sreileap'] },
  { id: 'Leap', kh: ['លាភ'], lat: ['Leap', 'Leab'] },
  { id: 'Sreyoun', kh: ['ស្រីអូន'], lat: ['Sreyoun', 'Srey Oun', 'Sreioun'] },
  { id: 'Oun', kh: ['អូន'], lat: ['Oun', 'Oon'] },
  { id: 'Sopheap', kh: ['សុភាព'], lat: ['Sopheap', 'Sopheab', 'Sophiep'] },
  { id: 'Pheap', kh: ['ភាព'], lat: ['Pheap', 'Pheab', 'Peap'] },
  { id: 'Sophal', kh: ['សុផល'], lat: ['Sophal', 'Sophall', 'Sophol'] },
  { id: 'Phal', kh: ['ផល'], lat: ['Phal', 'Phall'] },
  { id: 'Sovann', kh: ['សុវណ្ណ'], lat: ['Sovann', 'Sovan', 'Sovaan'] },
  { id: 'Vann', kh: ['វណ្ណ'], lat: ['Vann', 'Van'] },
  { id: 'Dararith', kh: ['ដារ៉ារិទ្ធ'], lat: ['Dararith', 'Dararit', 'Dararid'] },
  { id: 'Dara', kh: ['ដារ៉ា'], lat: ['Dara', 'Darah', 'Dhara'] },
  { id: 'Rith', kh: ['រិទ្ធ'], lat: ['Rith', 'Rit', 'Reth'] },
  { id: 'Chanrithy', kh: ['ចាន់រិទ្ធី', 'ចន្ទរិទ្ធី'], lat: ['Chanrithy', 'Chan Rithy', 'Chanrithi', 'Chanrity'] },
  { id: 'Rithy', kh: ['រិទ្ធី'], lat: ['Rithy', 'Rithi', 'Rity'] },
  // --- names used as they are (no everyday form modelled) ---
  { id: 'Sokha', kh: ['សុខា'], lat: ['Sokha', 'Sokhar', 'Sokah'] },
  { id: 'Sophea', kh: ['សុភា'], lat: ['Sophea', 'Sophear', 'Sophia'] },
  { id: 'Vuthy', kh: ['វុទ្ធី'], lat: ['Vuthy', 'Voeuthy', 'Vuthi', 'Vutthy'] },
  { id: 'Channy', kh: ['ចាន់នី', 'ច័ន្ទនី'], lat: ['Channy', 'Chany', 'Channi'] },
  { id: 'Chenda', kh: ['ចិន្តា', 'ចិន្ដា'], lat: ['Chenda', 'Chinda'] },
  { id: 'Kosal', kh: ['កុសល'], lat: ['Kosal', 'Kossal', 'Kusal'] },
  { id: 'Visal', kh: ['វិសាល'], lat: ['Visal', 'Veasal', 'Visall'] },
  { id: 'Pisey', kh: ['ពិសី'], lat: ['Pisey', 'Pisei', 'Pisy'] },
  { id: 'Rachana', kh: ['រចនា'], lat: ['Rachana', 'Rachna', 'Reachana'] },
  { id: 'Kanha', kh: ['កញ្ញា'], lat: ['Kanha', 'Kagna', 'Kanhnha'] },
  { id: 'Chantrea', kh: ['ចន្ទ្រា'], lat: ['Chantrea', 'Chantrear', 'Chantria'] },
  { id: 'Leakhena', kh: ['លក្ខិណា'], lat: ['Leakhena', 'Leakena', 'Lakhena'] },
  { id: 'Phalla', kh: ['ផល្លា'], lat: ['Phalla', 'Phala'] },
  { id: 'Bunthoeun', kh: ['ប៊ុនធឿន'], lat: ['Bunthoeun', 'Bunthoen', 'Bunthon'] },
  { id: 'Samnang', kh: ['សំណាង'], lat: ['Samnang', 'Somnang'] },
  { id: 'Sambath', kh: ['សម្បត្តិ'], lat: ['Sambath', 'Sambat', 'Sombath'] },
  { id: 'Vibol', kh: ['វិបុល'], lat: ['Vibol', 'Vibul', 'Veabol'] },
  { id: 'Piseth', kh: ['ពិសិដ្ឋ'], lat: ['Piseth', 'Pisith', 'Piset'] },
  { id: 'Ratanak', kh: ['រតនៈ', 'រ័តនៈ'], lat: ['Ratanak', 'Rattanak', 'Rathanak'] },
  { id: 'Virak', kh: ['វីរៈ'], lat: ['Virak', 'Vireak', 'Veerak'] },
  { id: 'Sokhom', kh: ['សុខុម'], lat: ['Sokhom', 'Sokhum'] },
  { id: 'Nimol', kh: ['និមល'], lat: ['Nimol', 'Nimul'] },
  { id: 'Theary', kh: ['ធារី'], lat: ['Theary', 'Thiary', 'Teary'] },
  { id: 'Davy', kh: ['ដាវី'], lat: ['Davy', 'Davi'] },
  { id: 'Chamroeun', kh: ['ចម្រើន', 'ចំរើន'], lat: ['Chamroeun', 'Chamroen', 'Chamreun'] },
  { id: 'Sopha', kh: ['សុផា'], lat: ['Sopha', 'Sophar'] },
  { id: 'Vanny', kh: ['វណ្ណី'], lat: ['Vanny', 'Vany', 'Vanni'] },
  { id: 'Rotha', kh: ['រដ្ឋា'], lat: ['Rotha', 'Ratha', 'Rottha'] },
  { id: 'Seyha', kh: ['សីហា'], lat: ['Seyha', 'Seiha', 'Sayha'] },
  { id: 'Makara', kh: ['មករា'], lat: ['Makara', 'Markara'] },
  { id: 'Dalin', kh: ['ដាលីន'], lat: ['Dalin', 'Daline'] },
];

/**
 * THE FORM RELATION (the theme's extra rule-1 variation): [formal form, everyday form].
 * A worker registered under one side of a pair may give the other side on the sheet (the
 * formal one is on the ID card; the short one is what co-workers and the payroll call them).
 * The relation is exactly these pairs, both ways; it is not transitive (Kunthea and Thea are
 * both forms of Sokunthea, but a "Kunthea" is never given for a registered "Thea").
 * Several formal names share an everyday form (Thea, Pheak, Roth, Mony), as in real life.
 */
export const FORM_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['Sovannara', 'Sovanna'],
  ['Sovannara', 'Nara'],
  ['Sovannary', 'Nary'],
  ['Pheakdey', 'Pheak'],
  ['Sopheak', 'Pheak'],
  ['Vannak', 'Vanna'],
  ['Chanthavy', 'Chanthy'],
  ['Sokunthea', 'Kunthea'],
  ['Sokunthea', 'Thea'],
  ['Sothea', 'Thea'],
  ['Bopharath', 'Bopha'],
  ['Sreyneath', 'Neath'],
  ['Monyroth', 'Mony'],
  ['Monyroth', 'Roth'],
  ['Sreyroth', 'Roth'],
  ['Chanmony', 'Mony'],
  ['Sophanith', 'Nith'],
  ['Vichheka', 'Heka'],
  ['Sreymom', 'Mom'],
  ['Sreypov', 'Pov'],
  ['Sreyleak', 'Leak'],
  ['Sreynich', 'Nich'],
  ['Sreyleap', 'Leap'],
  ['Sreyoun', 'Oun'],
  ['Sopheap', 'Pheap'],
  ['Sophal', 'Phal'],
  ['Sovann', 'Vann'],
  ['Dararith', 'Dara'],
  ['Dararith', 'Rith'],
  ['Chanrithy', 'Rithy'],
];

/**
 * What a person can be called: a formal name (as on the ID card) and the everyday forms a
 * bearer may go by (one of them, chosen per person). `w` is a relative frequency. A name that
 * is also a short form (Dara, Thea, Vanna, Mony, Bopha, Rithy, Chanthy) is also a person's
 * full name in its own right: those people have no other form.
 */
export interface GivenGroup {
  formal: string;
  everyday: string[];
  sex: NameSex;
  w: number;
}

export const GROUPS: GivenGroup[] = [
  { formal: 'Sovannara', everyday: ['Sovanna', 'Nara'], sex: 'M', w: 3 },
  { formal: 'Sovannary', everyday: ['Nary'], sex: 'F', w: 2 },
  { formal: 'Pheakdey', everyday: ['Pheak'], sex: 'U', w: 4 },
  { formal: 'Sopheak', everyday: ['Pheak'], sex: 'M', w: 3 },
  { formal: 'Vannak', everyday: ['Vanna'], sex: 'M', w: 3 },
  { formal: 'Chanthavy', everyday: ['Chanthy'], sex: 'F', w: 2 },
  { formal: 'Sokunthea', everyday: ['Kunthea', 'Thea'], sex: 'F', w: 3 },
  { formal: 'Sothea', everyday: ['Thea'], sex: 'U', w: 3 },
  { formal: 'Bopharath', everyday: ['Bopha'], sex: 'F', w: 1.5 },
  { formal: 'Sreyneath', everyday: ['Neath'], sex: 'F', w: 2 },
  { formal: 'Monyroth', everyday: ['Mony', 'Roth'], sex: 'M', w: 2 },
  { formal: 'Sreyroth', everyday: ['Roth'], sex: 'F', w: 2 },
  { formal: 'Chanmony', everyday: ['Mony'], sex: 'F', w: 1.5 },
  { formal: 'Sophanith', everyday: ['Nith'], sex: 'U', w: 1.5 },
  { formal: 'Vichheka', everyday: ['Heka'], sex: 'F', w: 1.5 },
  { formal: 'Sreymom', everyday: ['Mom'], sex: 'F', w: 4 },
  { formal: 'Sreypov', everyday: ['Pov'], sex: 'F', w: 3 },
  { formal: 'Sreyleak', everyday: ['Leak'], sex: 'F', w: 3 },
  { formal: 'Sreynich', everyday: ['Nich'], sex: 'F', w: 2 },
  { formal: 'Sreyleap', everyday: ['Leap'], sex: 'F', w: 2 },
  { formal: 'Sreyoun', everyday: ['Oun'], sex: 'F', w: 2 },
  { formal: 'Sopheap', everyday: ['Pheap'], sex: 'F', w: 3 },
  { formal: 'Sophal', everyday: ['Phal'], sex: 'M', w: 3 },
  { formal: 'Sovann', everyday: ['Vann'], sex: 'M', w: 2 },
  { formal: 'Dararith', everyday: ['Dara', 'Rith'], sex: 'M', w: 2 },
  { formal: 'Chanrithy', everyday: ['Rithy'], sex: 'M', w: 2 },
  // names used as they are
  { formal: 'Dara', everyday: [], sex: 'U', w: 4 },
  { formal: 'Thea', everyday: [], sex: 'U', w: 1.5 },
  { formal: 'Vanna', everyday: [], sex: 'U', w: 2 },
  { formal: 'Mony', everyday: [], sex: 'U', w: 1.5 },
  { formal: 'Bopha', everyday: [], sex: 'F', w: 2.5 },
  { formal: 'Rithy', everyday: [], sex: 'M', w: 2.5 },
  { formal: 'Chanthy', everyday: [], sex: 'F', w: 2 },
  { formal: 'Sokha', everyday: [], sex: 'U', w: 4 },
  { formal: 'Sophea', everyday: [], sex: 'U', w: 4 },
  { formal: 'Vuthy', everyday: [], sex: 'M', w: 3 },
  { formal: 'Channy', everyday: [], sex: 'F', w: 3 },
  { formal: 'Chenda', everyday: [], sex: 'F', w: 2 },
  { formal: 'Kosal', everyday: [], sex: 'M', w: 2 },
  { formal: 'Visal', everyday: [], sex: 'M', w: 2 },
  { formal: 'Pisey', everyday: [], sex: 'F', w: 2 },
  { formal: 'Rachana', everyday: [], sex: 'F', w: 1.5 },
  { formal: 'Kanha', everyday: [], sex: 'F', w: 1.5 },
  { formal: 'Chantrea', everyday: [], sex: 'F', w: 1.5 },
  { formal: 'Leakhena', everyday: [], sex: 'F', w: 1.5 },
  { formal: 'Phalla', everyday: [], sex: 'F', w: 2 },
  { formal: 'Bunthoeun', everyday: [], sex: 'M', w: 1.5 },
  { formal: 'Samnang', everyday: [], sex: 'U', w: 2 },
  { formal: 'Sambath', everyday: [], sex: 'M', w: 1.5 },
  { formal: 'Vibol', everyday: [], sex: 'M', w: 1.5 },
  { formal: 'Piseth', everyday: [], sex: 'M', w: 2 },
  { formal: 'Ratanak', everyday: [], sex: 'M', w: 2 },
  { formal: 'Virak', everyday: [], sex: 'M', w: 1.5 },
  { formal: 'Sokhom', everyday: [], sex: 'M', w: 1 },
  { formal: 'Nimol', everyday: [], sex: 'F', w: 1 },
  { formal: 'Theary', everyday: [], sex: 'F', w: 2 },
  { formal: 'Davy', everyday: [], sex: 'F', w: 1.5 },
  { formal: 'Chamroeun', everyday: [], sex: 'M', w: 1 },
  { formal: 'Sopha', everyday: [], sex: 'U', w: 1.5 },
  { formal: 'Vanny', everyday: [], sex: 'F', w: 1.5 },
  { formal: 'Rotha', everyday: [], sex: 'M', w: 1.5 },
  { formal: 'Seyha', everyday: [], sex: 'M', w: 1.5 },
  { formal: 'Makara', everyday: [], sex: 'U', w: 1 },
  { formal: 'Dalin', everyday: [], sex: 'F', w: 1 },
];

/**
 * Names given only to hidden workers who cannot pass for anyone registered: each spelling is
 * at least two edits from every spelling above (the self-check verifies it).
 */
export const NOVEL_GIVEN: Array<NameForm & { sex: NameSex }> = [
  { id: 'Ponleu', kh: ['ពន្លឺ'], lat: ['Ponleu', 'Ponlue'], sex: 'U' },
  { id: 'Kolab', kh: ['កុលាប'], lat: ['Kolab', 'Kolap'], sex: 'F' },
  { id: 'Romdoul', kh: ['រំដួល'], lat: ['Romdoul', 'Rumduol'], sex: 'F' },
  { id: 'Phearum', kh: ['ភារម្យ'], lat: ['Phearum', 'Phearom'], sex: 'M' },
  { id: 'Borey', kh: ['បូរី'], lat: ['Borey', 'Bory'], sex: 'M' },
  { id: 'Mealea', kh: ['មាលា'], lat: ['Mealea', 'Mealear'], sex: 'F' },
  { id: 'Thida', kh: ['ធីតា'], lat: ['Thida', 'Thyda'], sex: 'F' },
  { id: 'Kimly', kh: ['គីមលី'], lat: ['Kimly', 'Kimlee'], sex: 'U' },
  { id: 'Oudom', kh: ['ឧត្តម'], lat: ['Oudom', 'Udom'], sex: 'M' },
  { id: 'Sokleap', kh: ['សុខលាភ'], lat: ['Sokleap', 'Sokleab'], sex: 'U' },
  { id: 'Bunly', kh: ['ប៊ុនលី'], lat: ['Bunly', 'Bunlee'], sex: 'M' },
  { id: 'Mengly', kh: ['ម៉េងលី'], lat: ['Mengly', 'Mengli'], sex: 'U' },
];

/** Family names only hidden workers carry (also two edits or more from every listed spelling). */
export const NOVEL_FAMILY: NameForm[] = [
  { id: 'Chhorn', kh: ['ឆន'], lat: ['Chhorn', 'Chhon'] },
  { id: 'Chhouk', kh: ['ឈូក'], lat: ['Chhouk', 'Chhuk'] },
  { id: 'Nop', kh: ['ណុប'], lat: ['Nop', 'Norp'] },
  { id: 'Choeun', kh: ['ជឿន'], lat: ['Choeun', 'Chhoeun'] },
  { id: 'Pen', kh: ['ប៉ែន'], lat: ['Pen', 'Penn'] },
  { id: 'Chhay', kh: ['ឆាយ'], lat: ['Chhay', 'Chhai'] },
  { id: 'Men', kh: ['ម៉ែន'], lat: ['Men'] },
];
