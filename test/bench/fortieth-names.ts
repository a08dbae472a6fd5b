/**
 * Name lists for the `fortieth` roster: Khmer names "written back from Latin".
 *
 * Each line is `registered Khmer | romanizations | sound-alike respellings`:
 *   - registered Khmer: the spelling on the ID card and on the fund's register;
 *   - romanizations: Latin spellings the register / the employer's HR system uses (several where real
 *     ones vary: Sok/Sokh, Chea/Chear, Vuthy/Voeuthy/Vutthy ...);
 *   - sound-alike respellings: what a Khmer-speaking clerk plausibly types when spelling the Latin
 *     back into Khmer by ear. Every one reads aloud like the registered name; the kinds of change are
 *       S  consonant series / register:  ស↔ស៊, ក↔គ, ត↔ទ, ដ↔ត, ប↔ប៉↔ព, ឈ↔ឆ, ជ↔ច, ឃ↔ខ, ន↔ណ, ល↔ឡ
 *       V  vowel heard the same:         ា/ៀ ("ea"), ៅ/ាវ/ោ ("ao"), ុ/ូ ("u/ou"), ិ/ី ("i/y"), េ/ែ ("e/ae")
 *       F  final consonant as heard:     ខ→ក, ទ្ធ/ដ្ឋ→ត, ព→ប, ភ→ប, ណ↔ន, ល→ល់, a bantak ់ added or dropped
 *       C  subscript dropped or spelled out:  ប្ផ→បផ, ន្ត→នដ, ណ្ណ→ន់ណ, ញ្ញ→ញ៉, ម្រ→ំរ
 *       R  register mark ៉ / ៊ added or left out:  ម៉ៅ→មៅ, ស៊ុន→សុន, ដារ៉ា→ដារា
 *   No respelling changes more than two of these at once, and none is another name's registered
 *   spelling in the same position (តូច/ទូច are both real: the compound part "Toch" and the family
 *   name "Touch" — they sound the same and never meet in one slot).
 *
 * Words sharing a romanization are treated as sound-alikes of each other by the generator (their
 * respellings are pooled for matching), so a namesake "by sound" is always known to the audit.
 */

export interface NameEntry {
  /** Registered (ID-card) Khmer spelling. */
  kh: string;
  /** Romanizations, most common first. */
  lat: string[];
  /** Sound-alike Khmer respellings a clerk writes from the Latin (never the registered one). */
  back: string[];
  /** M, F or U (either) — for given names and compound parts. */
  sex: 'M' | 'F' | 'U';
}

function parse(lines: string, sex: 'M' | 'F' | 'U'): NameEntry[] {
  const out: NameEntry[] = [];
  for (const raw of lines.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [kh, lat, back] = line.split('|').map((s) => s.trim());
    out.push({
      kh,
      lat: lat.split(',').map((s) => s.trim()).filter(Boolean),
      back: (back ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      sex,
    });
  }
  return out;
}

/** Family names, most common first (the generator draws them Zipf-like). */
export const FAMILY: NameEntry[] = parse(`
សុខ     | Sok, Sokh         | សុក                 # F: final ខ heard as k
ចាន់    | Chan, Chann       | ចាន, ចន្ទ            # F: bantak dropped; the other common "Chan" spelling
ជា      | Chea, Chear       | ជៀ, ចា              # V: "ea" as ៀ; S: ជ→ច
លី      | Ly, Lee           | ឡី                  # S: ល→ឡ
ហេង     | Heng              | ហែង, ហ៊េង            # V: េ→ែ; R: ៊ added
ម៉ៅ     | Mao, Mau          | មៅ, ម៉ាវ             # R: ៉ dropped; V: "ao" as ាវ
គឹម     | Kim               | គីម, កឹម             # V: ឹ→ី; S: គ→ក
ស៊ុន    | Sun, Soun         | សុន, ស៊ូន            # R: ៊ dropped; V: ុ→ូ
ឈឹម     | Chhim, Chhem      | ឈីម, ឆឹម             # V; S: ឈ→ឆ
ពៅ      | Pov, Pao          | ប៉ៅ, ពូវ             # S: ព→ប៉; V: "ov" as ូវ
ស៊ីម    | Sim               | សីម, ស៊ឹម            # R; V
ឡុង     | Long              | លុង, ឡង             # S: ឡ→ល; V: ុ dropped
អ៊ុំ     | Um, Oum           | អុំ, អ៊ុម             # R; F: ំ→ម
ខៀវ     | Khiev, Khieu      | ឃៀវ, ខេវ             # S: ខ→ឃ; V: ៀ→េ
ទេព     | Tep               | តេប, ទេប             # S+F; F: ព→ប
ហ៊ុន    | Hun, Hoon         | ហុន, ហ៊ូន            # R; V
យិន     | Yin, Yen          | យីន, យ៉ិន            # V; R
ផល      | Phal, Phall       | ផាល, ផល់             # V; F: bantak added
ឈួន     | Chhuon, Chhoun    | ឆួន, ឈូន             # S; V
ទូច     | Touch, Toch       | តូច, ទុច             # S; V
វង្ស     | Vong, Vorng       | វង, វ៉ុង              # C: subscript dropped; R+V
ស៊ិន    | Sin               | សិន, ស៊ីន            # R; V
ម៉េង    | Meng              | មេង, ម៉ែង            # R; V
ប៊ុន    | Bun, Boun         | បុន, ប៊ុណ            # R; F: ន→ណ
ហង់     | Hang              | ហាង, ហ៊ាង            # V+F; R+V
ឃុន     | Khun, Khon        | ខុន, ឃុណ             # S; F
នួន     | Nuon, Noun        | នូន, ណួន             # V; S
ស្រេង   | Sreng             | ស្រែង               # V
សេង     | Seng              | សែង, ស៊េង            # V; R
ព្រំ     | Prum, Prom        | ព្រុម, ប្រុំ            # F: ំ→ម; S: ព→ប
អ៊ុក    | Ouk, Uk           | អុក, អ៊ូក            # R; V
ឡាយ     | Lay, Lai          | លាយ, ឡៃ             # S; V: "ay" as ៃ
តាំង     | Taing, Tang       | តាង, ទាំង             # V; S
រស់     | Ros, Ross         | រស, រ៉ស់             # F: bantak dropped; R
ង៉ែត    | Nget, Ngeth       | ងែត, ង៉េត            # R; V
សាន     | San, Sann         | សាន់, ស៊ាន           # F; R
ឡេង     | Leng              | លេង, ឡែង            # S; V
អ៊ឹម    | Im, Em            | អឹម, អ៊ីម            # R; V
ម៉ុក    | Mok, Mouk         | មុក, ម៉ក់            # R; V+F
ពេជ្រ    | Pich, Pech        | ពិច, ពេជ             # V+C; C: subscript dropped
ស្វាយ    | Svay              | ស្វៃ                 # V: "ay" as ៃ
ឯក      | Ek, Aek           | អែក, អេក             # V: independent vowel spelled out
កែវ     | Keo, Kaev         | កេវ, គែវ             # V; S
ចេង     | Cheng             | ជេង, ចែង             # S; V
ថាច់     | Thach             | ថាច, ថាជ             # F; F+S
អ៊ិត    | It, Ith           | អិត, អ៊ីត            # R; V
ម៉ា     | Ma, Mar           | មា, ម៉ារ             # R; F: r heard
ប៉ែន    | Pen, Paen         | ប៉េន, ពែន            # V; S
ញឹក     | Nhek, Nhoek       | ញែក, ញីក             # V; V
ហួត     | Huot, Hout        | ហូត, ហួទ             # V; F
គង់     | Kong, Korng       | គង, កុង              # F; S+V
ឆាយ     | Chhay             | ឆៃ, ឈាយ             # V; S
អ៊ុច    | Ouch, Uch         | អុច, អ៊ូច            # R; V
ជុំ      | Chum, Choum       | ជុម, ចុំ              # F; S
ឌួង     | Duong, Doung      | ដួង, ឌូង             # S; V
`, 'U');

/** Given names that are single words (not built from a prefix + element). */
export const GIVEN: NameEntry[] = [
  ...parse(`
ដារ៉ា    | Dara, Darra               | ដារា, តារា            # R; S
វុទ្ធី    | Vuthy, Voeuthy, Vutthy     | វុធី, វូធី, វុត្ថី       # C; V+C; C
រិទ្ធ    | Rith, Rit                 | រិត, រីត              # F; V+F
ពិសិដ្ឋ   | Piseth, Pisith            | ពិសិត, ពិសេត          # F; V+F
វិចិត្រ   | Vichet, Vicheth           | វិចេត, វិចិត           # V+C; C
សុផល    | Sophal, Sophall           | សុផាល, សូផល          # V; V
សំណាង   | Samnang, Samnag           | សំនាង, សាំណាង         # S; V
វណ្ណៈ    | Vannak, Vanak             | វ៉ាន់ណាក់, វណ្ណាក់      # C+R; F
សុភ័ក្ត្រ  | Sopheak, Sopheakh         | សុភាក់, សុភ័ក          # V+C; C
ធារិទ្ធ   | Thearith, Thearit         | ធារិត, ធៀរិទ្ធ          # F; V
ប៊ុនធឿន  | Bunthoeun, Bunthoeurn     | ប៊ុនធឿណ, បុនធឿន       # F; R
សុវណ្ណ   | Sovann, Sovan             | សុវ៉ាន់, សុវ៉ាន          # C+R; C+R
សម្បត្តិ  | Sambath, Sambat           | សំបាត់, សម្បាត          # C+F; V+F
វាសនា   | Veasna, Veasnar           | វាសណា, វៀសណា         # S; V+S
សេរី     | Serey, Sarey              | សិរី, សេរិ             # V; V
ចម្រើន   | Chamroeun, Chamroeurn     | ចំរើន, ចាំរើន          # C; C+V
រដ្ឋា    | Rotha, Ratha              | រថា, រ័ត្ថា             # C; C+V
បូរ៉ា    | Bora, Borra               | បូរា, បុរ៉ា             # R; V
ពិសាល   | Pisal                     | ពីសាល, ពិសាល់         # V; F
កុសល    | Kosal                     | កូសល, កុសាល          # V; V
វិបុល    | Vibol, Vibul              | វិបូល, វីបុល           # V; V
ម៉ានិត   | Manith, Manit             | ម៉ានិទ, មានិត          # F; R
សុជាតិ   | Socheat, Sochet           | សុជាត, សុចាត          # F; S+F
វីរៈ     | Vireak, Virak             | វីរាក់, វីរ៉ាក់          # F; R+F
បញ្ញា    | Panha, Pagna              | បាញ់ញ៉ា, ប៉ាញ៉ា         # C+R; C+R
សារ៉េត   | Sareth, Saret             | សារ៉ែត, សារេត          # V; R
វិសាល   | Visal                     | វីសាល, វិសាល់          # V; F
ឧត្តម    | Oudom, Udom               | អ៊ុដុម, អូដុម          # C+V; C+V
ភក្តី     | Pheakdey, Phakdey         | ភក្ដី, ភាក់ដី           # C (្ត↔្ដ look-alike); C+V
ដាវីដ    | David                     | ដាវីត, ដេវីដ           # F; V
សុខុម    | Sokhom, Sokhum            | សុកុម, សូខុម          # S; V
ណារិន   | Narin, Narinn             | នារិន, ណារីន          # S; V
ស៊ីថា    | Sitha                     | សីថា, ស៊ីធា            # R; S
មករា    | Makara                    | ម៉ាការ៉ា, មការ៉ា         # R+V; R
ឫទ្ធី    | Rithy, Rithi              | រិទ្ធី, រីធី             # V; V+C
ភិរុណ    | Phirun, Phiroun           | ភីរុន, ភិរុន           # V+F; F
សាមឿន   | Samoeun, Sameun           | សាម៉ឿន, សាមើន         # R; V
ពន្លក    | Ponlok, Ponnlork          | ពន់លក, ពុនលក          # C; C+V
តុលា     | Tola, Tula                | តូឡា, តុឡា            # V+S; S
រតនៈ    | Rathanak, Ratanak         | រតនាក់, រ៉ាតាណាក់       # F; R+V
វិទូ     | Vitou, Vitu               | វីតូ, វិតូ             # S+V; S
ចំណាន   | Chamnan, Chamnann         | ចាំណាន, ចំណាន់         # V; F
`, 'M'),
  ...parse(`
សុខា     | Sokha, Sokhar             | សុកា, សូខា            # F; V
សុធា     | Sothea, Sothear           | សុថា, សូធា            # S; V
វណ្ណា    | Vanna, Vannah             | វ៉ាន់ណា, វ៉ាណា         # C+R; C+R
សិលា     | Seila, Sela               | សីឡា, សិឡា            # V+S; S
`, 'U'),
  ...parse(`
សុភា     | Sophea, Sophear           | សុភៀ, សូភា            # V; V
បុប្ផា    | Bopha, Bupha              | បុបផា, បូផា           # C; V+C
ពិសី     | Pisey, Pisei              | ពីសី, ពិសិ             # V; V
ចិន្តា    | Chenda, Chinda            | ចិនដា, ចិន្ដា, ចេនដា     # C; C (្ត↔្ដ look-alike); V+C
ដាលីន   | Dalin, Daline             | ដាលិន, តាលីន          # V; S
រចនា    | Rachana, Rachna           | រចណា, រ៉ាចនា          # S; R+V
ធីតា     | Thida, Theda              | ធីដា, ថីតា            # S; S
គន្ធា    | Kunthea, Kanthea          | គុនធា, គន្ថា           # C+V; S
ម៉ាលីស   | Malis                     | ម៉ាលិស, មាលីស         # V; R
ណារី    | Nary, Nari                | នារី, ណារិ            # S; V
ចរិយា    | Chariya, Chareya          | ចារិយា, ចរីយ៉ា         # V; V+R
សុភាព   | Sopheap                   | សុភាប, សូភាព          # F; V
លក្ខិណា  | Leakhena, Leakena         | លាក់ខិណា, លក្ខិនា       # C; S
រស្មី     | Reaksmey, Raksmey         | រាក់ស្មី, រ៉ាក់ស្មី       # V; V+R
មាលា    | Mealea, Malea             | មាលៀ, មៀលា           # V; V
កញ្ញា    | Kanha, Kagna              | កាញ៉ា, កញ្ញ៉ា           # C+R; R
សុគន្ធា  | Sokunthea, Sokunthear     | សុគុនធា, សុគន្ថា        # C+V; S
លីដា     | Lida, Lyda                | លីតា, លិដា            # S; V
មុន្នី    | Monny, Mony               | មុននី, មូនី            # C; C+V
សុភី     | Sophy, Sophi              | សូភី, សុភិ             # V; V
ធារី     | Theary, Thiry             | ធារិ, ធៀរី             # V; V
ដាវី     | Davy, Davi                | ដាវិ, តាវី             # V; S
សុម៉ាលី  | Somaly, Somali            | សូម៉ាលី, សុមាលី        # V; R
ចាន់ណារី | Channary, Chanary         | ចន្នារី, ចាន់ណារិ       # C; V
វិច្ឆិកា  | Vichika, Vichhika         | វិជិកា, វិចិកា          # C+S; C
ចន្ទ្រា   | Chantrea, Chantria        | ចាន់ត្រា, ចន់ទ្រា       # C; C
និមល    | Nimol, Nimul              | នីមល, និមុល           # V; V
ណាវី    | Navy, Navi                | នាវី, ណាវិ            # S; V
រ៉ានី    | Rany, Rani                | រានី, រ៉ាណី            # R; S
ដានី     | Dany, Dani                | ដាណី, តានី            # S; S
សុកញ្ញា  | Sokanha, Sokagna          | សុកាញ៉ា, សូកញ្ញា        # C+R; V
រតនា    | Rattana, Ratana           | រ៉ាតាណា, រតណា         # R+V; S
សុធាវី   | Sothavy, Sotheavy         | សុថាវី, សូធាវី          # S; V
`, 'F'),
];

/**
 * Compound given names: a prefix word and an element, written as one word in Khmer (ស្រីមុំ) and
 * either joined or spaced in Latin (Sreymom / Srey Mom). The clerk back-writes each part by ear,
 * and sometimes keeps the Latin space (ស្រី មុំ). ស្រី (Srey) only takes F and U elements; ប៊ុន
 * (Bun) makes male names; the rest take U elements for either sex and M elements for men.
 */
export const PREFIXES: NameEntry[] = [
  ...parse(`
ស្រី     | Srey, Srei                |                      # never respelled: everyone writes ស្រី
`, 'F'),
  ...parse(`
សុខ     | Sok, Sokh                 | សុក
ចាន់    | Chan                      | ចាន, ចន្ទ
គឹម     | Kim                       | គីម
ម៉េង    | Meng                      | មេង
លី      | Ly                        | ឡី
`, 'U'),
  ...parse(`
ប៊ុន    | Bun, Boun                 | បុន
`, 'M'),
];

export const ELEMENTS: NameEntry[] = [
  ...parse(`
មុំ      | Mom                       | ម៉ុម, មំ             # V+R; V
ពៅ      | Pov, Pao                  | ប៉ៅ, ពូវ             # S; V
នាង     | Neang                     | នៀង, ណាង            # V; S
លក្ខណ៍   | Leak, Leakh               | លាក់, លៀក            # C+V; C+V
និច     | Nich                      | និជ, នីច             # S; V
ពេជ្រ    | Pich, Pech                | ពិច, ពេច             # V+C; C
អូន     | Oun, Oune                 | អ៊ូន, អួន            # R; V
តូច     | Toch, Touch               | ទូច, តុច             # S; V
ម៉ៅ     | Mao                       | មៅ, ម៉ាវ             # R; V
ភាព     | Pheap                     | ភាប, ភៀប            # F; V+F
វី       | Vy, Vi                    | វិ, វ៉ី               # V; R
ដា      | Da                        | តា, ដារ              # S; F
`, 'F'),
  ...parse(`
នី      | Ny, Nee                   | ណី, និ               # S; V
លីន     | Lin, Linn                 | លិន, ឡីន            # V; S
ណា      | Na, Nha                   | នា, ណារ             # S; F
ហួរ     | Hour, Huor                | ហូរ, ហួ              # V; F dropped
ហុង     | Hong                      | ហង                  # V
ថា      | Tha, Thar                 | ធា, ថារ              # S; F
ធី       | Thy, Thi                  | ថី, ធិ               # S; V
រ៉ា      | Ra                        | រា, រ៉ារ              # R; F
លាភ     | Leap                      | លាប, លៀប            # F; V+F
ណេត     | Neth, Net                 | នេត, ណែត            # S; V
លី      | Ly                        | ឡី, លិ               # S; V
`, 'U'),
  ...parse(`
ហេង     | Heng                      | ហែង                 # V
រិទ្ធ    | Rith                      | រិត, រីទ្ធ            # F; V
`, 'M'),
];
