/**
 * Name lists for the "hundredeighth" roster (a grader's roster of stacked name variations).
 *
 * Written from general knowledge of Cambodian names, independently of every other list in this
 * repository. Each name carries its Khmer spelling (canonical: NFC, the usual code-point order,
 * no zero-width characters) and its usual Latin spellings, the first being the most common one.
 *
 * Family names come first in a Cambodian full name ("Sok Sophea" = family Sok, given Sophea) and
 * are ordered roughly from common to rare, so that `pickSkewed` gives realistic collisions.
 *
 * Given names are written as one or more parts. A name with several parts (ស្រី + មុំ) is the
 * kind that is written joined or split in Latin: "Srey Mom" / "Sreymom".
 */

export interface FamilyName {
  kh: string;
  /** Latin spellings, most usual first. */
  latin: string[];
}

export interface GivenName {
  /** Khmer parts; a compound name has two (ស្រី + មុំ). */
  kh: string[];
  /** For each part, its Latin spellings, most usual first. */
  latin: string[][];
  /** F, M, or U for a name given to both. */
  sex: 'F' | 'M' | 'U';
}

export const FAMILY_NAMES: FamilyName[] = [
  { kh: 'សុខ', latin: ['Sok', 'Sokh'] },
  { kh: 'ចាន់', latin: ['Chan', 'Chann'] },
  { kh: 'ជា', latin: ['Chea', 'Chear'] },
  { kh: 'លី', latin: ['Ly', 'Lee'] },
  { kh: 'ហេង', latin: ['Heng'] },
  { kh: 'គឹម', latin: ['Kim'] },
  { kh: 'ស៊ុន', latin: ['Sun', 'Soun'] },
  { kh: 'ម៉ៅ', latin: ['Mao', 'Mau'] },
  { kh: 'សេង', latin: ['Seng'] },
  { kh: 'ឈឹម', latin: ['Chhim', 'Chhem'] },
  { kh: 'ពៅ', latin: ['Pov', 'Pao'] },
  { kh: 'ខៀវ', latin: ['Khiev', 'Khieu'] },
  { kh: 'ទេព', latin: ['Tep', 'Teb'] },
  { kh: 'នួន', latin: ['Nuon', 'Noun'] },
  { kh: 'ហ៊ុន', latin: ['Hun', 'Houn'] },
  { kh: 'អ៊ុំ', latin: ['Um', 'Oum'] },
  { kh: 'អ៊ុក', latin: ['Ouk', 'Uk'] },
  { kh: 'ប៊ុន', latin: ['Bun', 'Boun'] },
  { kh: 'យិន', latin: ['Yin'] },
  { kh: 'ព្រំ', latin: ['Prum', 'Prom'] },
  { kh: 'សោម', latin: ['Som', 'Saom'] },
  { kh: 'កែវ', latin: ['Keo', 'Kaev'] },
  { kh: 'ឡុង', latin: ['Long'] },
  { kh: 'ទូច', latin: ['Touch', 'Toch'] },
  { kh: 'វង់', latin: ['Vong', 'Voung'] },
  { kh: 'ញឹក', latin: ['Nhek', 'Nhoek'] },
  { kh: 'អៀង', latin: ['Ieng', 'Eang'] },
  { kh: 'ឈួន', latin: ['Chhuon', 'Chhoun'] },
  { kh: 'ពេជ្រ', latin: ['Pich', 'Pech'] },
  { kh: 'រស់', latin: ['Ros', 'Ross'] },
  { kh: 'ស្វាយ', latin: ['Svay', 'Svai'] },
  { kh: 'តាំង', latin: ['Taing', 'Tang'] },
  { kh: 'ចេង', latin: ['Cheng'] },
  { kh: 'សាន', latin: ['San', 'Sann'] },
  { kh: 'ខាត់', latin: ['Khat'] },
  { kh: 'ម៉េង', latin: ['Meng'] },
  { kh: 'ងួន', latin: ['Nguon', 'Ngoun'] },
  { kh: 'សួន', latin: ['Suon', 'Suorn'] },
  { kh: 'នៅ', latin: ['Nov', 'Nou'] },
  { kh: 'ផាន់', latin: ['Phan', 'Phann'] },
  { kh: 'ហួត', latin: ['Huot', 'Hout'] },
  { kh: 'ម៉ក់', latin: ['Mak'] },
  { kh: 'ឡាយ', latin: ['Lay', 'Lai'] },
  { kh: 'អ៊ឹម', latin: ['Im'] },
  { kh: 'ស៊ឹម', latin: ['Sim', 'Sem'] },
  { kh: 'ឃុន', latin: ['Khun', 'Khoun'] },
];

export const GIVEN_NAMES: GivenName[] = [
  // women (and names given to both)
  { kh: ['សុភា'], latin: [['Sophea', 'Sophear']], sex: 'F' },
  { kh: ['ស្រី', 'មុំ'], latin: [['Srey', 'Srei'], ['Mom']], sex: 'F' },
  { kh: ['ស្រី', 'នាង'], latin: [['Srey', 'Srei'], ['Neang']], sex: 'F' },
  { kh: ['ស្រី', 'ពៅ'], latin: [['Srey', 'Srei'], ['Pov', 'Pao']], sex: 'F' },
  { kh: ['ស្រី', 'លក្ខណ៍'], latin: [['Srey', 'Srei'], ['Leak', 'Leakh']], sex: 'F' },
  { kh: ['ស្រី', 'និច'], latin: [['Srey', 'Srei'], ['Nich']], sex: 'F' },
  { kh: ['ស្រី', 'អូន'], latin: [['Srey', 'Srei'], ['Oun', 'Aun']], sex: 'F' },
  { kh: ['ស្រី', 'មាស'], latin: [['Srey', 'Srei'], ['Meas']], sex: 'F' },
  { kh: ['ចាន់', 'ធី'], latin: [['Chan'], ['Thy', 'Thi']], sex: 'F' },
  { kh: ['ធីតា'], latin: [['Thida', 'Thyda']], sex: 'F' },
  { kh: ['ដាវី'], latin: [['Davy', 'Davi']], sex: 'F' },
  { kh: ['សុខា'], latin: [['Sokha', 'Sokhar']], sex: 'U' },
  { kh: ['បុប្ផា'], latin: [['Bopha', 'Boppha']], sex: 'F' },
  { kh: ['រតនា'], latin: [['Ratana', 'Rattana', 'Rathana']], sex: 'F' },
  { kh: ['សុគន្ធា'], latin: [['Sokunthea', 'Sokonthea']], sex: 'F' },
  { kh: ['សុធារី'], latin: [['Sotheary', 'Sothary']], sex: 'F' },
  { kh: ['ម៉ាលី'], latin: [['Maly', 'Mali']], sex: 'F' },
  { kh: ['ណារី'], latin: [['Nary', 'Nari']], sex: 'F' },
  { kh: ['សុវណ្ណារី'], latin: [['Sovannary', 'Sovanary']], sex: 'F' },
  { kh: ['លីដា'], latin: [['Lida', 'Lyda']], sex: 'F' },
  { kh: ['គន្ធា'], latin: [['Kunthea', 'Kanthea']], sex: 'F' },
  { kh: ['ពិសី'], latin: [['Pisey', 'Pisei']], sex: 'F' },
  { kh: ['ចរិយា'], latin: [['Chariya', 'Chareya']], sex: 'F' },
  { kh: ['សុម៉ាលី'], latin: [['Somaly', 'Somali']], sex: 'F' },
  { kh: ['រស្មី'], latin: [['Reaksmey', 'Raksmey', 'Reasmey']], sex: 'F' },
  { kh: ['ចិន្តា'], latin: [['Chenda', 'Chinda']], sex: 'F' },
  { kh: ['កញ្ញា'], latin: [['Kanha', 'Kagna']], sex: 'F' },
  { kh: ['លក្ខិណា'], latin: [['Leakhena', 'Lakhena']], sex: 'F' },
  { kh: ['វណ្ណា'], latin: [['Vanna', 'Vana']], sex: 'U' },
  { kh: ['ផល្លា'], latin: [['Phalla', 'Phala']], sex: 'F' },
  { kh: ['សោភ័ណ'], latin: [['Sophorn', 'Sophon']], sex: 'F' },
  { kh: ['មេត្តា'], latin: [['Metta', 'Meta']], sex: 'F' },
  // men
  { kh: ['វុទ្ធី'], latin: [['Vuthy', 'Voeuthy', 'Vuthi']], sex: 'M' },
  { kh: ['ដារ៉ា'], latin: [['Dara', 'Darra']], sex: 'M' },
  { kh: ['វិចិត្រ'], latin: [['Vichet', 'Vicheth']], sex: 'M' },
  { kh: ['ពិសិដ្ឋ'], latin: [['Piseth', 'Pisith']], sex: 'M' },
  { kh: ['វិបុល'], latin: [['Vibol', 'Vipol']], sex: 'M' },
  { kh: ['សុវណ្ណ'], latin: [['Sovann', 'Sovan']], sex: 'M' },
  { kh: ['ឧត្តម'], latin: [['Oudom', 'Udom']], sex: 'M' },
  { kh: ['ធារ៉ា'], latin: [['Theara']], sex: 'M' },
  { kh: ['បុរី'], latin: [['Borey', 'Borei']], sex: 'M' },
  { kh: ['សុផល'], latin: [['Sophal', 'Sophall']], sex: 'M' },
  { kh: ['វិសាល'], latin: [['Visal', 'Vesal']], sex: 'M' },
  { kh: ['រិទ្ធី'], latin: [['Rithy', 'Rithi']], sex: 'M' },
  { kh: ['សារុន'], latin: [['Sarun', 'Saroun']], sex: 'M' },
  { kh: ['មករា'], latin: [['Makara', 'Makkara']], sex: 'M' },
  { kh: ['សុខុម'], latin: [['Sokhom', 'Sokhum']], sex: 'M' },
  { kh: ['សម្បត្តិ'], latin: [['Sambath', 'Sambat']], sex: 'M' },
  { kh: ['ភក្តី'], latin: [['Pheakdey', 'Pheakdei']], sex: 'M' },
  { kh: ['ប៊ុន', 'ធឿន'], latin: [['Bun', 'Boun'], ['Thoeun', 'Thoeurn']], sex: 'M' },
  { kh: ['ប៊ុន', 'ថា'], latin: [['Bun', 'Boun'], ['Tha']], sex: 'M' },
  { kh: ['កុសល'], latin: [['Kosal', 'Kosol']], sex: 'M' },
  { kh: ['វាសនា'], latin: [['Veasna', 'Veasana']], sex: 'M' },
  { kh: ['បញ្ញា'], latin: [['Panha', 'Pagna']], sex: 'M' },
  { kh: ['ចំរើន'], latin: [['Chamroeun', 'Chamreun']], sex: 'M' },
  { kh: ['រ៉ាវុធ'], latin: [['Ravuth', 'Ravut']], sex: 'M' },
  { kh: ['សំណាង'], latin: [['Samnang', 'Somnang']], sex: 'M' },
  { kh: ['មុនី'], latin: [['Mony', 'Moni']], sex: 'M' },
  { kh: ['ណារ៉ុង'], latin: [['Narong']], sex: 'M' },
  { kh: ['សេរី'], latin: [['Serey', 'Serei']], sex: 'M' },
  { kh: ['ពិរុណ'], latin: [['Pirun', 'Piroun']], sex: 'M' },
  { kh: ['ស៊ីថា'], latin: [['Sitha', 'Seitha']], sex: 'M' },
  { kh: ['តុលា'], latin: [['Tola', 'Tula']], sex: 'M' },
];
