import type { Comparable } from './prepare';
import type { ReasonCode } from '../reasons';

type Field = keyof Comparable;

/** Both sides state the field and the values differ; a missing value is no evidence either way. */
export function differs(a: Comparable, b: Comparable, field: Field): boolean {
  const x = a[field];
  const y = b[field];
  return x !== null && y !== null && x !== y;
}

/** What two records matched on an ID disagree about, to show beside the match. */
export function differences(a: Comparable, b: Comparable, fields: readonly Field[]): ReasonCode[] {
  const codes: Record<Field, ReasonCode> = {
    nationalId: 'nationalId.differs',
    nssfNumber: 'nssfNumber.differs',
    dateOfBirth: 'dob.differs',
    sex: 'sex.differs',
  };
  return fields.filter((f) => differs(a, b, f)).map((f) => codes[f]);
}

/** Could these be one person? Any stated disagreement says no: namesakes are common. */
export function compatible(a: Comparable, b: Comparable): boolean {
  return !(['nationalId', 'nssfNumber', 'dateOfBirth', 'sex'] as const).some((f) => differs(a, b, f));
}
