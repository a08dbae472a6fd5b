import type { IdAgreement } from './compare-id';
import type { DobAgreement } from './compare-dob';
import type { NameLevel } from './name-code';

/**
 * Fellegi-Sunter weights (Fellegi & Sunter 1969): for each way a field can agree, m is how
 * often a true pair shows it and u how often two different people do; the field adds
 * log2(m/u) bits. A missing value is in neither m nor u: it adds nothing.
 *
 * m comes from the error rates the issue describes for on-site rosters (a few per cent of
 * IDs with one slip, of dates with day and month swapped, names in another spelling or
 * script); u from how IDs and dates spread over a register of 10,000 (one in a million for an
 * ID, one in 15,000 for a date, one in 40 for a year). The weights are deliberately round and
 * reasoned rather than fitted to one generator: test/bench checks them on two.
 * For names and dates u is not a constant: see frequency.ts.
 */
export interface Mu {
  m: number;
  u: number;
}

export const bits = ({ m, u }: Mu) => Math.log2(m / u);

export const NATIONAL_ID: Record<IdAgreement, Mu> = {
  equal: { m: 0.93, u: 1e-6 },
  transposed: { m: 0.02, u: 1e-5 },
  oneDigit: { m: 0.02, u: 1e-4 },
  // The worker's NSSF number in the national ID column: the columns of a sheet swapped, or a
  // number typed into the wrong box, about 1 row in 200. By chance, as rare as the same number.
  otherColumn: { m: 0.005, u: 1e-6 },
  // Two different card numbers for one person: both lists copy the number off one card, so
  // this takes another person's card or a number typed from memory, about as rare as a date of
  // birth that shares nothing (DOB.differs), and held to the same figure: 1 in 2,000.
  differs: { m: 0.0005, u: 1 },
};

/** NSSF numbers of one employer's workers are issued in runs, so near-misses are likelier by chance. */
export const NSSF_NUMBER: Record<IdAgreement, Mu> = {
  equal: { m: 0.93, u: 1e-6 },
  transposed: { m: 0.02, u: 1e-4 },
  oneDigit: { m: 0.02, u: 1e-3 },
  // The worker's national ID in the NSSF column (NATIONAL_ID.otherColumn).
  otherColumn: { m: 0.005, u: 1e-6 },
  differs: { m: 0.005, u: 1 },
};

/**
 * `equal`'s u is the date's frequency on the register (frequency.ts); the one here is its prior.
 * So is `dayMonthSwapped`'s: a stranger's date is the registered one swapped as often as it is
 * the registered one itself.
 */
export const DOB: Record<DobAgreement, Mu> = {
  equal: { m: 0.88, u: 1 / 15000 },
  dayMonthSwapped: { m: 0.04, u: 1 / 15000 },
  // About 15 plausible dates are one keystroke from any date: 15 in 15,000.
  oneDigit: { m: 0.04, u: 1 / 1000 },
  // Two neighbouring digits swapped: as common a slip as for IDs (NATIONAL_ID.transposed). About
  // 4 valid dates are a neighbour swap from any date (year, month, day): 4 in 15,000.
  transposed: { m: 0.02, u: 1 / 4000 },
  // One calendar day apart, where no single digit explains it (the 9th and the 10th): a date
  // kept as midnight and written out in UTC, 7 hours behind Cambodia, comes out a day early.
  // Rarer than a slip for one person, about 1 true pair in 100; by chance the day before or
  // after (2 in 15,000).
  dayApart: { m: 0.01, u: 2 / 15000 },
  // Same day and month, years one apart: a year counted back from an age, about 1 true pair in
  // 100. By chance: the same day and month (1 in 365) and a neighbouring year (2 in 40): 1 in 7,300.
  yearApart: { m: 0.01, u: 1 / 7300 },
  // Both dates only a year, one slip or one year apart. m: the year slips above together (about
  // 7 in 100 true pairs) among the pairs where both give only a year. u: of two people who both
  // give only a year, about 1 in 4 have years that close (some 10 of 40 birth years are one
  // digit, one swap or one year from any year). Both sides writing 1 January is itself a
  // coincidence for two strangers, which the scorer adds from the register's share of such
  // dates (score.ts): so this is a small plus on a register where few dates are year-only.
  yearOnlyNear: { m: 0.07, u: 0.27 },
  // Same year, and one side writes 1 January, the day given to people who know only their birth
  // year: about 1 in 100 true pairs. By chance: the same year (1 in 40) with a default day on
  // one side (about 1 in 10 dates), so 1 in 400.
  yearDefaultDay: { m: 0.01, u: 1 / 400 },
  // One side writes only a year (1 January) and the years are one apart: a year worked out from
  // an age, counted from one at birth or from the lunar new year. Perhaps 1 true pair in 1,000,
  // a tenth as often as the same year. By chance: a neighbouring year (2 in 40) with a default
  // day on one side (about 1 in 10), so 1 in 200. Against (−2.3 bits), but not the 2,000 to 1
  // of a date that shares nothing, which flagged such workers hidden. At 1 in 500, twice as
  // many hidden namesakes went to review for the same registered workers kept from hidden.
  yearDefaultApart: { m: 0.001, u: 1 / 200 },
  // Same year, another day or month, and no default day to explain it: two slips in one date,
  // for both lists copy one ID card. oneDigit's 4 in 100 is 1 in 200 for each of a date's eight
  // digits; two of the four digits of the day and month slipped together is 6 pairs of them at
  // 1 in 40,000 each: 1 in 6,700. Read as (0.04 · ½)², 1 in 2,500, it counted each pair twice
  // and a digit slipped twice as a pair: across the bench rosters, hidden namesakes born in the
  // year of the absent worker they are named for went to review at p 0.2-0.5, the ninety-third's
  // by the dozen; one registered worker in 28,000 payroll rows, whose dates are the workers' own
  // say, is now flagged hidden for it. Namesakes share a year 1 time in 40, so this is evidence
  // against, not the near-neutral it would be if the day were commonly unknown: a sheet whose
  // tied rows show its workers give another birthday raises it (score.ts).
  sameYear: { m: 0.00015, u: 1 / 40 },
  // Years one apart, another day and month, no default day: as a date that shares nothing
  // (`differs`, −11 bits), its m scaled to its u: strangers are born a year apart 2 times in 40.
  // Apart from differs only so that a sheet whose workers do not know their birthdays (a year
  // off too, for some) can weigh it as it finds it (birthdays-apart.ts).
  nearYear: { m: 0.0005 / 20, u: 1 / 20 },
  // Same year and month, one side the 1st: a sheet's day for someone who knows the month of
  // birth but not the day. Rare for one person where it happens at all, about 1 true pair in
  // 250. By chance: the same year (1 in 40) and month (1 in 12), and the 1st on one side of the
  // two (2 in 30), 1 in 7,000; held at 1 in 3,000, as relatives are born close together. As
  // sameYear was then (−6 bits), such rows on the thirty-sixth roster went to review or hidden.
  monthDefaultDay: { m: 0.004, u: 1 / 3000 },
  // The row's date is the registered worker's hire date: typed in the date-of-birth column.
  // About 1 row in 300 where a sheet does it; by chance a stranger's date is this worker's
  // hire date about 1 time in 2,000 (workers are hired in batches, on few days).
  hireDate: { m: 0.003, u: 1 / 2000 },
  // A two-digit year expanded into the wrong century (1905 for 05, 2068 for 68), with the day and
  // month as written or swapped: a spreadsheet's reading of one sheet, about 1 true pair in 200
  // where it happens at all. By chance, a stranger's date a century off the registered one in
  // either order: as rare as the date itself twice over, 2 in 15,000. It was `differs` (−11 bits),
  // which flagged such workers hidden on a sheet read in a month-first locale.
  centuryApart: { m: 0.005, u: 2 / 15000 },
  // A true pair whose dates share nothing (not a swap, not one digit, not the year) is rare:
  // both sources copy one ID card. Namesakes differ exactly here, and the first example
  // of a hidden worker is a namesake with another date of birth, so this must outweigh a
  // shared name even on a small register: 1 in 2,000 (−11 bits).
  differs: { m: 0.0005, u: 1 },
};

export const SEX = {
  equal: { m: 0.995, u: 0.5 },
  // Khmer given names are often unisex, so a name says little about sex, and a clerk filling in
  // an employer's M/F column from the names guesses some of them wrong; with a slipped key or a
  // default left as it was, about 1 time in 100. At 3 in 1,000 a name alone with the sex
  // miswritten came out hidden on both bench rosters that write sex wrong, a wrongful fine.
  // A sheet whose rows tied by card show it slips less is weighed at its own share (sexes-apart.ts).
  differs: { m: 0.01, u: 0.5 },
} satisfies Record<string, Mu>;

/** `equal` and `phonetic` share one m: a Khmer-written and a Latin-written name are one agreement. u: frequency.ts. */
export const NAME: Record<Exclude<NameLevel, 'equal' | 'phonetic'> | 'agree', Mu> = {
  agree: { m: 0.85, u: 1 / 1000 },
  similar: { m: 0.09, u: 0.002 },
  // The family name agrees and the given name is spelled beyond the phonetic key's reach. Now
  // that the comparator reads most slips as similar, 0.1-0.4 % of true pairs on the three bench
  // rosters; 1 % leaves room for rosters that slip more. At 5.9 %, its old figure, one shared
  // word and a shared date (8 % of such matches on the benches) matched a hidden worker.
  // u stays otherName's: two random workers agree so about 2 times in 100, but the pairs scored
  // are not random (a hidden worker is often a registered one's relative or namesake), and at
  // 0.02 the benches gave more wrongful hidden and wrong matches, not fewer.
  partial: { m: 0.01, u: 0.12 },
  // The register's name cut short by a fixed-width field (THAC SREYLEAK for THACH SREYLEAKHENA),
  // on a sheet whose names pile up at one length (cut-width.ts), or with the family name as an
  // initial (L. SOKRA for LONG SOKRA). Rare on most lists; about as telling as a near spelling:
  // two strangers share ten letters of a name's start, or a given name and an initial, about 1
  // time in 1,000.
  shortened: { m: 0.05, u: 0.001 },
  // Every word a slip from the register's (Kin Cahriya for KIM CHARIYA, Sko Vnaary for SOK
  // VANARY): two slips in one name, a third to half of the true pairs whose names would
  // otherwise share nothing (0.02-0.05 % of true pairs on the bench rosters). Among the pairs
  // blocking scores for other people, 1 in 25,000 or fewer; a name is not a random draw (a
  // register's common names are a slip from each other), so this is held at no weight either
  // way: the name stops counting against, and the date or ID decides.
  slipped: { m: 0.0005, u: 0.0005 },
  // One word the same, the other a short syllable of the register's (Sok Thou for SOK CHANTHU,
  // Seng Bun for SENG BUNNA): a foreman's call name, or a sibling's own short name (Mao, Bun).
  // Common on a foreman's call list, next to none elsewhere; by chance, among pairs sharing a
  // word, the short syllable ends or begins another's given name about 1 time in 100. Held near
  // no weight (a bit for): the date or an ID decides. At partial's weight, a call list's true
  // rows with their date the same went to review (2-3 % of rows on the twenty-ninth roster).
  called: { m: 0.02, u: 0.01 },
  // One word agrees and the other is another name the register's Khmer list holds (Bun Bopha,
  // Bun Davy): no spelling of one name, so for one person a slip into another name or a second
  // name in use, about 1 in 200. By chance as often as partial: u is the same.
  otherName: { m: 0.005, u: 0.12 },
  // Both lists copy the name off one ID card, so a name sharing no word and no sound with the
  // register's is about as rare for one person as a date sharing nothing (DOB.differs): 1 in 1,000.
  // A date of birth shared by chance must not outweigh it (on a register of 10,000 half the
  // dates are someone's).
  differs: { m: 0.001, u: 0.88 },
};

/**
 * Prior: the share of people on site who are on the register. The rosters hide 5-10 %;
 * 0.9 is the round figure.
 */
export const PRIOR_REGISTERED = 0.9;
/**
 * The share of registered workers absent on the day (~10 % in the issue). It enters the prior
 * because the other explanation of an on-site worker who fits a registered one — a hidden
 * namesake — needs that registered worker to be absent (or matched to someone else, which
 * classify.ts counts separately). A pair's prior odds are thus
 * π/(1 − π) · (1 − a)/a / registered.
 */
export const PRIOR_ABSENT = 0.1;

/**
 * PRIOR_REGISTERED, unless the two lists say it cannot be that high: the registered workers
 * present number about registered · (1 − PRIOR_ABSENT) at most, so a sheet that lists more
 * people than that holds at least the rest hidden. An employer who registered a fifth of the
 * floor (the hiding the visit is for) makes four in five rows hidden; read at 0.9, a namesake's
 * name and sex alone matched them to registered workers.
 */
export function priorRegistered(registered: number, onsite: number): number {
  if (onsite === 0) return PRIOR_REGISTERED;
  return Math.min(PRIOR_REGISTERED, (registered * (1 - PRIOR_ABSENT)) / onsite);
}

/**
 * PRIOR_ABSENT, unless the two lists say far more are absent: a sheet of the floor that lists a
 * quarter fewer people than the register holds, or less, leaves at least the rest of the register
 * off the floor (a visit during one shift of three), and a hidden namesake is then the likelier
 * for it. Nearer the register's size, the day's usual absences are what PRIOR_ABSENT stands for:
 * on the sixth bench roster (87 % of the register on the sheet) reading 13 % instead sent 2.5 %
 * more rows to review and flagged no more hidden workers. A sheet of fewer than FLOOR_ROWS is no
 * floor but a few workers checked alone (those who called the hotline), who say nothing of the
 * others; and the share is held at or below an even chance, a pair's odds at most 9 to 1 lower.
 */
export function priorAbsent(registered: number, onsite: number): number {
  if (registered === 0 || onsite < FLOOR_ROWS) return PRIOR_ABSENT;
  const fewer = 1 - onsite / registered;
  return fewer < FEWER_ON_SITE ? PRIOR_ABSENT : Math.min(MAX_PRIOR_ABSENT, fewer);
}
const FLOOR_ROWS = 100;
const FEWER_ON_SITE = 0.25;
const MAX_PRIOR_ABSENT = 0.5;

/**
 * Decision cut-offs on the posterior probability that the on-site worker is the registered one.
 * Matched at 0.975, as the engine's probabilities run low there: over the 65 bench rosters (10,000,
 * seeds 1 and 2), of 6,374 rows it put at 0.975-0.98, 31 were not the worker (0.5 %), and of
 * 1,335 at 0.97-0.975, 17 (1.3 %). Most are a name and sex alone with one namesake on the
 * register. At 0.98 they all went to review, a sixth of all review on some rosters.
 */
export const P_MATCH = 0.975;
/** Below this, no registered worker is a plausible match: the worker is hidden. */
export const P_HIDDEN = 0.2;
/**
 * A row that fits a registered worker another row holds this well by itself (4,000:1: the name
 * and the very date of birth, or an ID) is not flagged hidden but sent to review: a stranger with
 * that name and that date is far rarer than one person entered twice (typed in from the ID card,
 * and on the employer's sheet too). A name with a date one digit off reaches 9-12 bits: at 10 the
 * bench rosters' hidden namesakes born a slip apart from the registered one went to review, 20 of
 * them over 42 rosters; at 15, one. But at 15 the commonest names with the very date fell short
 * (SOK SREY MOM born the same day: 12.3 bits) and such twins were flagged hidden. At 12, over
 * 8 rosters (7 seeds, at 1,000 and 10,000), 87 rows went from hidden to review: 82 registered
 * workers entered twice, and 5 hidden workers with a namesake's very date. On the roster with
 * workers entered twice, wrongful hidden fell 0.357 → 0.246 % (5 seeds of 10,000).
 */
export const TWICE_BITS = 12;

/** A sheet that lists this share of its rows twice, plainly (listed-twice.ts), was put together from two. */
const TWICE_SHEET = 0.05;
/**
 * On such a sheet, a row that fits a worker another row holds by this much (a name and sex
 * alone, 4 to 1 against) is sent to review as that worker listed again, not flagged hidden: a
 * quarter of its people are on it twice, more than are hidden. On the thirty-third roster (two
 * sheets merged) wrongful hidden fell 3.0 → 0.4 % and recall 0.995 → 0.936; at −4, recall fell
 * to 0.74, at 0 wrongful hidden stayed 0.75 %.
 */
const TWICE_BITS_MERGED = -2;

/** How well a row must fit a worker another row holds to be read as that person listed twice (classify.ts), given the share of the sheet's rows plainly listed twice. */
export const twiceBits = (share: number): number => (share >= TWICE_SHEET ? TWICE_BITS_MERGED : TWICE_BITS);
/** A registered worker matched to someone else by this many bits more is not a rival (99:1). */
export const TAKEN_MARGIN = Math.log2(99);
