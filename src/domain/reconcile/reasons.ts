/**
 * The codes a MatchResult's `reasons` may hold. The UI translates each one; a test checks
 * the catalogs cover this list, so add a code here before using it.
 */
export const REASON_CODES = [
  /** Matched: the normalized national ID card number is the same on both sides. */
  'nationalId.equal',
  /** The national IDs differ by two neighbouring digits swapped. */
  'nationalId.transposed',
  /** The national IDs differ in one digit. */
  'nationalId.oneDigit',
  /** The NSSF numbers differ by two neighbouring digits swapped. */
  'nssfNumber.transposed',
  /** The NSSF numbers differ in one digit. */
  'nssfNumber.oneDigit',
  /** The on-site national ID is the registered worker's NSSF number: the two ID columns swapped. */
  'nationalId.otherColumn',
  /** The on-site NSSF number is the registered worker's national ID: the two ID columns swapped. */
  'nssfNumber.otherColumn',
  /** The on-site national ID is another registered worker's, whose name and date of birth another row gives: read as not given (others-numbers.ts). */
  'nationalId.anotherRow',
  /** The on-site NSSF number is another registered worker's, whose name and date of birth another row gives: read as not given. */
  'nssfNumber.anotherRow',
  /** The on-site national ID has too few or too many digits to be a card number like the register's (another number in the column): read as not given. */
  'nationalId.otherShape',
  /** The on-site NSSF number has too few or too many digits to be one like the register's (an employer's staff number?): read as not given. */
  'nssfNumber.otherShape',
  /** The dates of birth are the same. */
  'dob.equal',
  /** The dates of birth are the same with day and month swapped. */
  'dob.dayMonthSwapped',
  /** The dates of birth differ in one digit. */
  'dob.oneDigit',
  /** The dates of birth differ by two neighbouring digits swapped (1989 and 1998). */
  'dob.transposed',
  /** The dates of birth are one calendar day apart (the 9th and the 10th). */
  'dob.dayApart',
  /** The dates of birth have the same day and month, and years one apart (a birth year worked out from an age). */
  'dob.yearApart',
  /** Both dates of birth give only a year (1 January), and the years are one slip or one year apart. */
  'dob.yearOnlyNear',
  /** One date of birth gives only a year (1 January), a year off the other's (a birth year worked out from an age). */
  'dob.yearOnlyApart',
  /** The dates of birth share only the year. */
  'dob.sameYear',
  /** The dates of birth are a year apart, on another day and month. */
  'dob.nearYear',
  /** The dates of birth have the same day and month (in either order), and years a century apart (05 read as 1905). */
  'dob.centuryApart',
  /** The dates of birth have the same year and month, and one gives the 1st: the day not known. */
  'dob.monthDefault',
  /** The row's date of birth is the registered worker's hire date: typed in the wrong column. */
  'dob.hireDate',
  /** The row's name was in an ID column and a number in the name column (cells pasted a column off): read back. */
  'name.inIdColumn',
  /** The row's date of birth was in an ID column, and none in its own: read as the date of birth. */
  'dob.inIdColumn',
  /** The row's date of birth gives its year in the Buddhist Era (CE + 543): read as the Common Era's. */
  'dob.buddhistEra',
  /** The row's date of birth would make the worker a child on the day it was written: read as not given (a date from another column). */
  'dob.tooYoung',
  /** The names sound the same: another spelling, or one side in Khmer script and the other in Latin letters. */
  'name.phonetic',
  /** The names are close (one letter or one odd spelling apart). */
  'name.similar',
  /** The on-site name is the registered one cut short (a fixed-width field), or with the family name as an initial (S. SOKHA). */
  'name.shortened',
  /** Every word of one name is a slip from a word of the other (Kin Cahriya, KIM CHARIYA): two slips, no word shared. */
  'name.slipped',
  /** One word the same, the other written as its last syllable, a short one (Sok Thou for SOK CHANTHOU): what a worker may be called by, or another name. */
  'name.called',
  /** The names share one word only, often the family name. */
  'name.partial',
  /** The names share one word, and the other is another name: the same family, another person. */
  'name.otherName',
  /** The names are different. */
  'name.differs',
  /** The family and given names are in the other order, or joined differently ("Srey Mom" / "Sreymom"). */
  'name.swapped',
  /** One side wrote the name in Khmer script, the other in Latin letters. */
  'name.crossScript',
  /** Review: another worker fits about as well; a person must choose. */
  'match.ambiguous',
  /** Review: the evidence points to this worker but is too thin to be sure. */
  'match.weak',
  /** Review: an ID or a date ties the pair, but the names share nothing; a person must check the card. */
  'match.nameDiffers',
  /** Review: fits as well as a registered worker another on-site row is matched to: one person entered twice? */
  'match.twice',
  /** Review: the row gives a registered worker's very ID number, though its name or date of birth tell against them. */
  'match.idHeld',
  /** Review: the name and date of birth are this registered worker's, but the sex differs and no ID number ties them. */
  'match.sexDiffers',
  /** Review: the name and date of birth are this registered worker's, but the national ID number is another outright. */
  'match.idDiffers',
  /** Matched because the inspector confirmed the pair. */
  'decision.confirmed',
  /** Hidden because the inspector said so. */
  'decision.hidden',
  /** Matched: the normalized NSSF number is the same on both sides. */
  'nssfNumber.equal',
  /** Matched: the only on-site worker and the only registered worker with this name. */
  'name.equal',
  /** Matched on an ID, but both sides give a date of birth and they differ. */
  'dob.differs',
  /** Matched on an ID, but both sides give a sex and they differ. */
  'sex.differs',
  /** Matched on the national ID, but both sides give an NSSF number and they differ. */
  'nssfNumber.differs',
  /** Review: the NSSF number points at a registered worker whose national ID differs. */
  'nationalId.differs',
  /** Review: several workers on one side share this national ID. */
  'nationalId.ambiguous',
  /** Review: several workers on one side share this NSSF number. */
  'nssfNumber.ambiguous',
  /** Review: several unmatched workers share this name, so a name alone cannot pick one. */
  'name.ambiguous',
  /** Hidden: registered workers have this name, but their date of birth, sex or IDs show another person. */
  'name.namesake',
  /** Hidden: nothing on the register matches by ID or name (the first reason of such a row, unless the next applies). */
  'no.candidate',
  /**
   * Hidden: the registered worker who fits (namesakeId) is matched to another row, and the row
   * is not close enough to be read as that worker entered twice. The first reason of such a row,
   * followed by how the two compare.
   */
  'held.byAnotherRow',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Codes said of the row itself rather than of a pair: a value it gives that was read as not
 * given, or otherwise than written. The engine adds them after the pair's reasons; a review card
 * shows them apart from its candidates', since they hold whoever the row turns out to be.
 */
export const ROW_CODES: ReadonlySet<string> = new Set<ReasonCode>(['nationalId.anotherRow', 'nssfNumber.anotherRow', 'nationalId.otherShape', 'nssfNumber.otherShape', 'dob.tooYoung', 'dob.buddhistEra', 'name.inIdColumn', 'dob.inIdColumn']);

/** Codes that, left on an unmatched worker, send it to review rather than hidden. */
export const REVIEW_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'nationalId.differs',
  'nationalId.ambiguous',
  'nssfNumber.ambiguous',
  'name.ambiguous',
]);
