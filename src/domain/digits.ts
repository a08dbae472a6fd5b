/** Khmer digits ០–៩ are U+17E0–U+17E9, in the same order as 0–9. */
const KHMER_ZERO = 0x17e0;

/** Whether a UTF-16 code unit is an ASCII digit 0-9. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Writes ASCII digits as Khmer digits; everything else is left alone. */
export function toKhmerDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(KHMER_ZERO + d.charCodeAt(0) - 48));
}

/** Reads Khmer digits as ASCII, so an ID or a date typed on a Khmer keyboard compares equal. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u17e0-\u17e9]/g, (d) => String.fromCharCode(48 + d.charCodeAt(0) - KHMER_ZERO));
}
