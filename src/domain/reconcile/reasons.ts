/**
 * The codes a MatchResult's `reasons` may hold. The UI translates each one; a test checks
 * the catalogs cover this list, so add a code here before using it.
 */
export const REASON_CODES = [
  /** Matched: the normalized national ID card number is the same on both sides. */
  'nationalId.equal',
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
  /** Hidden: nothing on the register matches by ID or name. */
  'no.candidate',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** Codes that, left on an unmatched worker, send it to review rather than hidden. */
export const REVIEW_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'nationalId.differs',
  'nationalId.ambiguous',
  'nssfNumber.ambiguous',
  'name.ambiguous',
]);
