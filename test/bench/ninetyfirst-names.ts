/**
 * Name lists for the `ninetyfirst` roster (short-names emphasis).
 * Each token: Khmer spelling (standard code-point order: base, register shifter, subscript (coeng),
 * vowel, sign) and its real-world romanizations, most common first.
 * Short one-syllable family names and one/two-syllable given names come first and dominate.
 */
export interface Tok { kh: string; lat: readonly string[] }

/** Family names, commonest first (the generator draws them skewed towards the front). */
export const FAMILY: readonly Tok[] = [
  { kh: 'សុខ', lat: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', lat: ['Chan', 'Chann'] },
  { kh: 'ជា', lat: ['Chea', 'Chear'] },
  { kh: 'លី', lat: ['Ly', 'Lee', 'Li'] },
  { kh: 'គីម', lat: ['Kim', 'Kym'] },
  { kh: 'អ៊ឹម', lat: ['Em', 'Im', 'Oem'] },
  { kh: 'អ៊ូ', lat: ['Ou', 'U'] },
  { kh: 'កែវ', lat: ['Keo', 'Kaev'] },
  { kh: 'ហេង', lat: ['Heng', 'Hieng'] },
  { kh: 'មាស', lat: ['Meas', 'Mias'] },
  { kh: 'ម៉ៅ', lat: ['Mao', 'Mau'] },
  { kh: 'សេង', lat: ['Seng', 'Sieng'] },
  { kh: 'ទេព', lat: ['Tep', 'Teb'] },
  { kh: 'អ៊ុន', lat: ['Un', 'Oun'] },
  { kh: 'អ៊ុយ', lat: ['Uy', 'Ouy'] },
  { kh: 'រស់', lat: ['Ros', 'Ruos'] },
  { kh: 'យឹម', lat: ['Yim', 'Yoeum'] },
  { kh: 'ស៊ិន', lat: ['Sin', 'Sinn'] },
  { kh: 'តាន់', lat: ['Tan', 'Tann'] },
  { kh: 'ប៉ែន', lat: ['Pen', 'Paen'] },
  { kh: 'ហែម', lat: ['Hem', 'Haem'] },
  { kh: 'ពេជ្រ', lat: ['Pich', 'Pech', 'Petch'] },
  { kh: 'ប្រាក់', lat: ['Prak', 'Brak'] },
  { kh: 'ញ៉ែម', lat: ['Nhem', 'Nhim'] },
  { kh: 'ផាន', lat: ['Phan', 'Phann'] },
  { kh: 'ឡុង', lat: ['Long'] },
  { kh: 'ង៉ែត', lat: ['Nget', 'Ngeth'] },
  { kh: 'នួន', lat: ['Nuon', 'Nuan'] },
  { kh: 'ឈឹម', lat: ['Chhim', 'Chhoeum'] },
  { kh: 'ទូច', lat: ['Touch', 'Tuch'] },
  { kh: 'ខៀវ', lat: ['Khiev', 'Khieu'] },
  { kh: 'ស្រ៊ុន', lat: ['Srun', 'Sron'] },
  { kh: 'វណ្ណ', lat: ['Vann', 'Van'] },
];

/** Short female given names (one syllable or two short ones). */
export const GIVEN_SHORT_F: readonly Tok[] = [
  { kh: 'មុំ', lat: ['Mom', 'Mum'] },
  { kh: 'ណា', lat: ['Na', 'Nar'] },
  { kh: 'ធី', lat: ['Thy', 'Thi', 'Thee'] },
  { kh: 'លី', lat: ['Ly', 'Lee'] },
  { kh: 'វី', lat: ['Vy', 'Vee', 'Vi'] },
  { kh: 'ដា', lat: ['Da', 'Dar'] },
  { kh: 'នី', lat: ['Ny', 'Ni'] },
  { kh: 'ពៅ', lat: ['Pov', 'Pau'] },
  { kh: 'លក្ខ', lat: ['Leak', 'Leakh'] },
  { kh: 'ណារី', lat: ['Nary', 'Nari'] },
  { kh: 'ដារ៉ា', lat: ['Dara', 'Darah'] },
  { kh: 'សុភា', lat: ['Sophea', 'Sophear'] },
  { kh: 'ធីតា', lat: ['Thida', 'Theda'] },
  { kh: 'ម៉ាលី', lat: ['Maly', 'Mali'] },
];

/** Short male given names. */
export const GIVEN_SHORT_M: readonly Tok[] = [
  { kh: 'ថា', lat: ['Tha', 'Thar'] },
  GIVEN_SHORT_F[1], // Na
  GIVEN_SHORT_F[2], // Thy
  GIVEN_SHORT_F[4], // Vy
  GIVEN_SHORT_F[3], // Ly
  { kh: 'ឆាយ', lat: ['Chhay', 'Chhai'] },
  { kh: 'ហួត', lat: ['Huot', 'Hout'] },
  { kh: 'ឡេង', lat: ['Leng', 'Lieng'] },
  { kh: 'វង្ស', lat: ['Vong', 'Vorng'] },
  { kh: 'ផល', lat: ['Phal'] },
  { kh: 'រិទ្ធ', lat: ['Rith', 'Reth', 'Rit'] },
  GIVEN_SHORT_F[10], // Dara
  { kh: 'បូរ៉ា', lat: ['Bora', 'Borah'] },
  { kh: 'សុខា', lat: ['Sokha', 'Sokhar'] },
  { kh: 'តុលា', lat: ['Tola', 'Tolar'] },
];

/** Longer female given names. */
export const GIVEN_LONG_F: readonly Tok[] = [
  { kh: 'សុភ័ក្ត្រ', lat: ['Sopheak', 'Sopheakh'] },
  { kh: 'ចិន្តា', lat: ['Chenda', 'Chendar'] },
  { kh: 'កញ្ញា', lat: ['Kanha', 'Kagna', 'Kanhnha'] },
  { kh: 'បុប្ផា', lat: ['Bopha', 'Bophar'] },
  { kh: 'រចនា', lat: ['Rachana', 'Rachna'] },
  { kh: 'សុគន្ធា', lat: ['Sokunthea', 'Sokonthea'] },
  { kh: 'ស្រីនាង', lat: ['Sreyneang', 'Sreyniang'] },
  { kh: 'សុធារី', lat: ['Sotheary', 'Sotheari'] },
  { kh: 'ច័ន្ទថា', lat: ['Chantha', 'Chanthar'] },
  { kh: 'ពិសី', lat: ['Pisey', 'Pisei'] },
];

/** Longer male given names. */
export const GIVEN_LONG_M: readonly Tok[] = [
  { kh: 'វុទ្ធី', lat: ['Vuthy', 'Voeuthy', 'Vutthy'] },
  { kh: 'សុធី', lat: ['Sothy', 'Sothi'] },
  { kh: 'វិសាល', lat: ['Visal', 'Vesal'] },
  { kh: 'ពិសិដ្ឋ', lat: ['Piseth', 'Pisith'] },
  { kh: 'វណ្ណា', lat: ['Vanna', 'Vana'] },
  { kh: 'រដ្ឋា', lat: ['Rotha', 'Rattha'] },
  { kh: 'សំណាង', lat: ['Samnang', 'Somnang'] },
  { kh: 'កុសល', lat: ['Kosal', 'Kosol'] },
  { kh: 'សុវណ្ណ', lat: ['Sovann', 'Sovan'] },
  { kh: 'សុផល', lat: ['Sophal', 'Sophall'] },
];

/** First part of two-part given names, written together in Khmer (ស្រីមុំ) and either way in Latin (Srey Mom / Sreymom). */
export const SREY: Tok = { kh: 'ស្រី', lat: ['Srey', 'Srei'] };
export const CHAN_G: Tok = { kh: 'ចាន់', lat: ['Chan', 'Chann'] };
/** Second parts that go with Srey / Chan. */
export const SREY_TAILS: readonly Tok[] = [GIVEN_SHORT_F[0], GIVEN_SHORT_F[1], GIVEN_SHORT_F[7], GIVEN_SHORT_F[8], GIVEN_SHORT_F[6], GIVEN_SHORT_F[4]];
export const CHAN_TAILS: readonly Tok[] = [GIVEN_SHORT_F[2], GIVEN_SHORT_F[10], GIVEN_SHORT_F[1]];
