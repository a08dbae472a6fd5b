/**
 * Name inventory for the `eightyfourth` roster (a grader's roster with a wide name inventory).
 *
 * Written blind: real Cambodian family and given names in Khmer Unicode, each with the Latin
 * romanizations really in use (two to four where they vary). Compound given names (Srey Mom,
 * Sok Heng, Chan Dara ...) are one Khmer word without a space, and are romanized both joined and
 * spaced. Lists are ordered roughly from common to rare; the generator draws with a skew so the
 * first entries are frequent and the tail still shows up.
 *
 * Line format: `khmer|latin1/latin2/...` (family) and `khmer|sex|latin1/latin2/...` (given),
 * sex M (men's), F (women's) or U (used for both).
 */

export interface FamilyName {
  kh: string;
  latin: string[];
}

export interface GivenName {
  kh: string;
  sex: 'M' | 'F' | 'U';
  latin: string[];
}

const FAMILY_DATA = `
សុខ|Sok/Sokh
ចាន់|Chan/Chann
ជា|Chea/Chear
ហេង|Heng/Hen
លី|Ly/Lee/Li
គឹម|Kim/Kem
សេង|Seng/Sen
សំ|Sam/Som
កែវ|Keo/Kaev/Kev
ម៉ៅ|Mao/Mau
សៅ|Sao/Sau
ហ៊ុន|Hun/Houn
នួន|Nuon/Noun
ស៊ុន|Sun/Soun
ពេជ្រ|Pich/Pech/Petch
ឈឹម|Chhim/Chhem
ឡុង|Long
អ៊ុំ|Um/Oum
ស៊ិន|Sin/Sinn
ខៀវ|Khiev/Khieu/Kheav
ទេព|Tep/Teb
យឹម|Yim/Yem
តាំង|Taing/Tang
លឹម|Lim/Lem
ង៉ែត|Nget/Ngeth
ពៅ|Pov/Pao
ស្រេង|Sreng
ឃឹម|Khim/Khem
ប៉ែន|Pen/Paen
អ៊ូ|Ou/Oo
មាស|Meas/Mias
ញឹក|Nhek/Nhoek
វង្ស|Vong/Voung
រស់|Ros/Ruos
ប៊ុន|Bun/Boun
ឈាង|Chheang/Chhieng
ធី|Thy/Thi
ផល|Phal/Phol
ម៉ែន|Men/Maen
ហួត|Huot/Hout
នៅ|Nov/Nau
ឡាយ|Lay/Lai
តែ|Te/Tae
ស៊ាន|Sean/Sien
អ៊ុក|Ouk/Uk
ឃុន|Khun/Khoun
គង់|Kong/Kung
ទូច|Touch/Toch
សឿន|Soeun/Suen
ហ៊ាង|Hang/Heang
ព្រំ|Prom/Prum
យស|Yos/Yous
អ៊ាង|Ang/Eang
ស៊ី|Sy/Si
ភី|Phy/Phi
ចេង|Cheng
ឈួន|Chhuon/Chhoun
ស្វាយ|Svay/Svai
ឆាយ|Chhay/Chhai
ឡេង|Leng
វ៉ាន់|Van/Vann
ពុធ|Puth/Poth
ស៊ឹម|Sim/Sem
ជុំ|Chum/Choum
ទុំ|Tum/Toum
អៀង|Ieng/Ieang
អ៊ុយ|Uy/Ouy
ង៉ូវ|Ngov/Ngouv
ខឹម|Khem/Khoem
ជួន|Chuon/Choun
តាន់|Tan/Tann
ឌី|Dy/Dee
ហម|Hom/Horm
មួង|Muong/Moung
សួន|Suon/Soun
ស៊ាង|Seang/Sieng
ពិន|Pin/Pinn
ប្រាក់|Prak
ព្រាប|Preap/Priep
ឃួន|Khuon/Khoun
យុន|Yun/Youn
ហ៊ូ|Hou/Hu
ឈុន|Chhun/Chhoun
អ៊ិត|Ith/It
ម៉ុក|Mok
ភួង|Phuong/Phoung
អ៊ុន|Un/Oun
កុយ|Koy/Kuy
ឆន|Chhorn/Chhon
ពាង|Peang/Pieng
ហាក់|Hak
ស៊ុយ|Suy/Soy
ជឹម|Chim/Chem
ខុង|Khong
ហុង|Hong
សាន|San/Sann
ម៉ី|My/Mey
ទាវ|Teav/Tiev
ជ័យ|Chey/Chay
ផាន|Phan/Phann
សុង|Song
ប៉ាង|Pang/Paing
អ៊ុច|Uch/Ouch
ជាម|Cheam/Chiem
សោម|Saom/Som
ខន|Khorn/Khon
ថន|Thorn/Thon
ហៀង|Hieng/Heang
លាង|Leang/Lieng
ខាត់|Khat
ម៉ម|Mom/Morm
ឈុំ|Chhum/Chhoum
ហ៊ុយ|Huy/Houy
ស៊ូ|Sou/Su
ទិត|Tith/Tit
ហ៊ាន|Hean/Hien
ឈូក|Chhouk/Chhuk
សួស|Suos/Sous
ព្រហ្ម|Prum/Prohm
ប៉ុល|Pol/Paul
ម៉ាក់|Mak
អ៊ឹម|Im/Em
ថៃ|Thai/Thay
ងួន|Nguon/Ngoun
ផេង|Pheng
ពេញ|Penh/Pinh
ចាប|Chap
ឌួង|Duong/Doung
សាយ|Say/Sai
ឡាំ|Lam/Laim
ផុន|Phon/Phun
វ៉េង|Veng/Vaeng
រិន|Rin/Rinn
`;

const GIVEN_DATA = `
សុភា|U|Sophea/Sophear/Sopha
ស្រីមុំ|F|Sreymom/Srey Mom/Sreimom
សុខា|U|Sokha/Sokhar
ដារ៉ា|M|Dara/Darah
ស្រីពៅ|F|Sreypov/Srey Pov/Sreypeou
វុទ្ធី|M|Vuthy/Voeuthy/Vuthi
ចាន់ថា|U|Chantha/Chan Tha
សំណាង|M|Samnang/Somnang
ធីតា|F|Thida/Thyda
វណ្ណៈ|M|Vannak/Vanak
ស្រីនាង|F|Sreyneang/Srey Neang/Sreineang
រតនា|U|Ratana/Rattana/Rathana
បុប្ផា|F|Bopha/Bophar
ពិសិដ្ឋ|M|Piseth/Piset/Pisith
ស្រីលក្ខណ៍|F|Sreyleak/Srey Leak/Sreyleakh
សុផល|M|Sophal/Sophol
សុវណ្ណ|U|Sovann/Sovan
ម៉ាលី|F|Maly/Mali
វិចិត្រ|M|Vichet/Vicheth/Vichith
ចាន់ធូ|F|Chanthou/Chanthu/Chan Thou
ពិសី|U|Pisey/Pisei/Pisay
សុខុម|M|Sokhom/Sokhum
រស្មី|F|Reaksmey/Raksmey/Reasmey/Rasmey
ស្រីនិច|F|Sreynich/Srey Nich
វាសនា|M|Veasna/Vesna/Veasnar
ស្រីរ័ត្ន|F|Sreyroth/Sreyrath/Srey Roth/Srey Rath
សុខហេង|M|Sokheng/Sok Heng
ចាន់នី|F|Channy/Chan Ny/Chany
ណារិន|M|Narin/Narinn
គន្ធា|F|Kunthea/Kanthea
ភក្តី|M|Pheakdey/Pheakdei/Pheakdy
ស្រីអូន|F|Sreyoun/Srey Oun/Sreyaun
សុជាតិ|U|Socheat/Sochiet/Socheath
ចាន់ណា|U|Channa/Chan Na/Chana
ដាវី|U|Davy/Davi
សម្បត្តិ|M|Sambath/Sombath
សុភី|F|Sophy/Sophi
វិសាល|M|Visal/Vesal/Veasal
ស្រីពេជ្រ|F|Sreypich/Srey Pich/Sreypech
រិទ្ធី|M|Rithy/Rithi
ចរិយា|F|Chariya/Charya/Chareya
លីហួរ|M|Lyhour/Ly Hour/Lihour
គឹមហេង|M|Kimheng/Kim Heng
សុខលី|U|Sokly/Sok Ly/Sokley
សុគន្ធា|F|Sokunthea/Sokonthea
ធារ៉ា|M|Theara/Thira
ម៉ានី|F|Many/Mani
ដានី|U|Dany/Dani
វិបុល|M|Vibol/Vipol/Vibul
ស្រីតូច|F|Sreytouch/Srey Touch/Sreytoch
ចំរើន|M|Chamroeun/Chamreun/Chomroeun
ណារី|F|Nary/Narie
ស្រីនី|F|Sreyny/Srey Ny/Sreyni
ពុទ្ធី|M|Puthy/Puthi
សុភាព|U|Sopheap/Sopheab
កុសល|M|Kosal/Kusal
លក្ខិណា|F|Leakhena/Leakena/Likhena
រដ្ឋា|U|Rotha/Ratha/Roatha
ប៊ុនណា|M|Bunna/Bonna/Bun Na
ស៊ីថា|U|Sitha/Setha
ស្រីម៉ៅ|F|Sreymao/Srey Mao
ដាលីន|F|Dalin/Daleen
ចេស្តា|M|Chesda/Chesta
សុធារី|F|Sotheary/Sothiry
វីរៈ|M|Virak/Vireak
ឧត្តម|M|Oudom/Udom/Outdom
នារី|F|Neary/Neari
បញ្ញា|M|Panha/Banha
ចាន់ធី|U|Chanthy/Chan Thy/Chanthi
វណ្ណី|F|Vanny/Vanni/Vany
ណារ៉ុង|M|Narong/Narung
ស្រីលីន|F|Sreylin/Srey Lin
ណារិទ្ធ|M|Narith/Nareth
សាវី|F|Savy/Savi
ចំណាន|M|Chamnan/Chomnan
ផល្លា|U|Phalla/Phala
រចនា|F|Rachana/Rachna/Reachna
ធារិទ្ធ|M|Tharith/Thearith
សុមាលី|F|Somaly/Somali
តុលា|M|Tola/Tula
ស្រីលាភ|F|Sreyleap/Srey Leap
វុទ្ធា|M|Vutha/Voeutha
ចន្ទ្រា|F|Chantrea/Chantra/Chanthrea
ផានិត|M|Phanith/Phaneth
ចាន់រ័ត្ន|U|Chanrath/Chanroth/Chan Rath
ម៉ានិត|M|Manith/Maneth
ចិន្តា|F|Chenda/Chinda
បូរ៉ា|M|Bora/Borah
ទេវី|F|Tevy/Tevi
បូរី|M|Borey/Bory/Borei
ស្រីនួន|F|Sreynuon/Srey Nuon
មុន្នីរ័ត្ន|M|Monyrath/Monyroth/Mony Rath
រ៉ានី|F|Rany/Rani
សាវឿន|M|Savoeun/Saveun/Savuon
ស្រីម៉ី|F|Sreymey/Srey Mey
សារ៉ុន|M|Saron/Sarun/Sarorn
ធារី|F|Theary/Thiry
ប៊ុនថា|M|Buntha/Bun Tha
ម៉ារី|F|Mary/Mari
ប៊ុនហេង|M|Bunheng/Bun Heng
ស្រីលី|F|Sreyly/Srey Ly
ប៊ុនលី|M|Bunly/Bun Ly
ចំប៉ា|F|Champa/Chompa
ចាន់ដារ៉ា|M|Chandara/Chan Dara
ម្លិះ|F|Mlis/Mlih
ម៉េងលី|M|Mengly/Meng Ly
រំដួល|F|Romduol/Rumduol/Romdoul
ម៉េងហុង|M|Menghong/Meng Hong
ផ្កា|F|Phka/Pka
សំអឿន|M|Samoeun/Sam Oeun
លីណា|F|Lina/Lyna/Leena
ពន្លឺ|M|Ponleu/Panleu/Ponlue
សៀវម៉ី|F|Sievmey/Seavmey/Siev Mey
សុវត្ថិ|M|Sovath/Sovat
ផល្លី|F|Phally/Phalli
សុខណា|M|Sokna/Sok Na
បុស្បា|F|Bosba/Bospha
ប៊ុនរិទ្ធ|M|Bunrith/Bun Rith
កញ្ញា|F|Kanha/Kagna
ពិសាល|M|Pisal/Pisarl
នី|F|Ny/Nee
វណ្ណដា|M|Vannda/Vanda
សុចិន្តា|F|Sochenda/Sochinda
រតនៈ|M|Rathanak/Ratanak/Rattanak
មុន្នី|U|Mony/Monny/Moni
សុវណ្ណារ៉ា|M|Sovannara/Sovanara
ស៊ីណា|F|Sina/Sena
សុភ័ក្ត្រ|U|Sopheak/Sophak/Sopheakh
ផានី|F|Phany/Phani
កក្កដា|M|Kakada/Kakkada
មករា|U|Makara/Makkara
វិច្ឆិកា|F|Vichhika/Vichika
មិថុនា|F|Mithona/Mithuna
សីហា|M|Seyha/Sey Ha/Seiha
វឌ្ឍនា|U|Vathana/Vatthana/Vattana
ពៅ|U|Pov/Pau
ពេជ្រ|U|Pich/Pech
សុធា|U|Sothea/Sotha
គឹមលាង|U|Kimleang/Kim Leang
គឹមហួរ|U|Kimhour/Kim Hour
គឹមលី|U|Kimly/Kim Ly
សុខជា|U|Sokchea/Sok Chea
ស៊ីណាត|U|Sinath/Sinat
កល្យាណ|U|Kalyan/Kalyann/Kaliyan
ស្រីណា|F|Sreyna/Srey Na
ស្រីអែម|F|Sreyaem/Srey Aem/Sreyem
ស្រីស្រស់|F|Sreysros/Srey Sros
ស្រីដា|F|Sreyda/Srey Da
ស្រីភាព|F|Sreypheap/Srey Pheap
ស្រីកែវ|F|Sreykeo/Srey Keo/Sreykaev
ស្រីនាថ|F|Sreyneath/Srey Neath
សុខលាភ|U|Sokleap/Sok Leap
សុខមាន|M|Sokmean/Sok Mean
សុខហួរ|U|Sokhour/Sok Hour
ចាន់ថុល|M|Chanthol/Chantol/Chan Thol
ចាន់ថន|M|Chanthorn/Chan Thorn/Chanthon
ចាន់ណារិទ្ធ|M|Channarith/Chanarith
ចាន់មុន្នី|U|Chanmony/Chan Mony
ចាន់ណារី|F|Channary/Chan Nary/Chanary
គឹមសាន|M|Kimsan/Kim San
គឹមសួរ|U|Kimsour/Kim Sour
គឹមហុង|M|Kimhong/Kim Hong
គឹមឡុង|M|Kimlong/Kim Long
គឹមអេង|U|Kimeng/Kim Eng
ម៉េងហួរ|M|Menghour/Meng Hour
ម៉េងហេង|M|Mengheng/Meng Heng
លីហេង|M|Lyheng/Ly Heng
ឈុនលី|M|Chhunly/Chhun Ly
ប៊ុនធឿន|M|Bunthoeun/Bun Thoeun
ប៊ុនថន|M|Bunthorn/Bunthan/Bun Thorn
ប៊ុនរ៉ុង|M|Bunrong/Bun Rong
ប៊ុនណារិទ្ធ|M|Bunnarith/Bunarith
មុន្នីរិទ្ធ|M|Monyrith/Mony Rith
សុវណ្ណរិទ្ធ|M|Sovannarith/Sovanarith
សុវណ្ណី|F|Sovanny/Sovanni
សុវណ្ណារី|F|Sovannary/Sovanary
សុធារិទ្ធ|M|Sothearith/Sotharith
សុធី|M|Sothy/Sothi
សារិន|M|Sarin/Sarinn
សារិទ្ធ|M|Sarith/Sareth
សំរិទ្ធ|M|Samrith/Somrith
វណ្ណា|U|Vanna/Vana
វណ្ណរិទ្ធ|M|Vannarith/Vanarith
វណ្ណារី|F|Vannary/Vanary
សំបូរ|M|Sambo/Sambor
សម្ផស្ស|U|Samphos/Samphors/Sophors
វិសុទ្ធ|M|Visoth/Visot
វិជ្ជា|M|Vichea/Vichhea
វិទូ|M|Vitou/Vitu
និមល|U|Nimol/Nimul
និមិត្ត|M|Nimith/Nimit
មេសា|F|Mesa/Measa
មីនា|F|Mina/Meena/Minea
គិរី|M|Kiry/Kiri
រក្សា|U|Raksa/Reaksa
សុលីដា|F|Solida/Sulida
សុផារី|F|Sophary/Sophari
សុភារី|F|Sopheary/Sophiary
សុធីតា|F|Sothida/Sothyda
កុលាប|F|Kolab/Kulab
កេសរ|F|Kesor/Kesar
ដារិទ្ធ|M|Darith/Dareth
ដាវុធ|M|Davuth/Davut
ដាវិន|M|Davin/Davinn
ដារិន|M|Darin/Darinn
សេរី|U|Serey/Serei/Sereiy
សេរីវុធ|M|Sereyvuth/Serey Vuth/Sereivuth
រាសី|U|Reasey/Reasei/Reaksey
សូរិយា|U|Soriya/Sorya
សុគុណ|U|Sokun/Sokhun
សុភ័ណ|U|Sophorn/Sophon
ឆាយា|F|Chhaya/Chhaiya
ចំប៉ី|F|Champey/Champei
មល្លិកា|F|Molika/Mealika/Malika
សុជាតា|F|Socheata/Sochata
ថាវី|F|Thavy/Thavi
ពន្លក|M|Ponlok/Panlok
ចេត្រា|M|Chetra/Chettra
សេដ្ឋា|M|Setha/Sedtha
មនោរម្យ|U|Monorom/Monoram
បូរិន|M|Borin/Borinn
បូរិទ្ធ|M|Borith/Boreth
រីណា|F|Rina/Reena
ឌីណា|F|Dina/Deena
នីតា|F|Nita/Neeta
សីលា|U|Seyla/Seila
ស្រីមាស|F|Sreymeas/Srey Meas
ស្រីវណ្ណា|F|Sreyvanna/Srey Vanna
ស្រីរដ្ឋា|F|Sreyratha/Srey Rotha/Sreyrotha
សុខនី|F|Sokny/Sok Ny
សុខគា|F|Sokkea/Sok Kea
ចាន់សុភា|U|Chansophea/Chan Sophea
ចាន់សុខា|U|Chansokha/Chan Sokha
ចាន់វុទ្ធី|M|Chanvuthy/Chan Vuthy
ចាន់រស្មី|F|Chanraksmey/Chan Reaksmey/Chanreasmey
ចាន់ដា|F|Chanda/Chan Da
ចាន់លីន|F|Chanlin/Chan Lin
ប៊ុនឆាយ|M|Bunchhay/Bun Chhay
ប៊ុនធី|M|Bunthy/Bun Thy
ហេងលី|M|Hengly/Heng Ly
សេងលី|M|Sengly/Seng Ly
ហុងលី|U|Hongly/Hong Ly
គឹមស្រ៊ុន|M|Kimsrun/Kim Srun
ម៉េងលាង|M|Mengleang/Meng Leang
លីណារ៉ា|F|Linara/Lynara
សុភាន់|M|Sophan/Sopheanh
សុផាត|M|Sophat/Sophath
សុខឃីម|U|Sokkhim/Sok Khim/Sokhim
ពិសិទ្ធិ|M|Pisith/Piseth
ភារ៉ា|U|Pheara/Phira
ភារិទ្ធ|M|Phearith/Phearit
វីរៈបុត្រ|M|Virakboth/Virak Both
វណ្ណារ៉ា|M|Vannara/Vanara
ទិត្យា|U|Tithya/Tithia
ស្រីល័ក្ខ|F|Sreyleak/Srey Leak
សារ៉ាត់|M|Sarath/Sarat
`;

function parseFamily(text: string): FamilyName[] {
  return text.trim().split('\n').map((line) => {
    const [kh, lat] = line.split('|');
    return { kh, latin: lat.split('/') };
  });
}

function parseGiven(text: string): GivenName[] {
  return text.trim().split('\n').map((line) => {
    const [kh, sex, lat] = line.split('|');
    return { kh, sex: sex as 'M' | 'F' | 'U', latin: lat.split('/') };
  });
}

/** Family names, commonest first. */
export const FAMILY: FamilyName[] = parseFamily(FAMILY_DATA);
/** Given names (men's, women's and unisex, simple and compound), commonest first. */
export const GIVEN: GivenName[] = parseGiven(GIVEN_DATA);
