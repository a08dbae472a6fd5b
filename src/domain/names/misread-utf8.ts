/**
 * Text whose UTF-8 bytes were once read as Windows-1252 (or Latin-1) and saved again, as Excel on
 * Windows does to a UTF-8 CSV opened without the import wizard: ស comes back as "ážŸ", every
 * Khmer letter as two or three Latin-looking ones. The bytes are all still there, so the text is
 * put back.
 */

/** Windows-1252's letters for the bytes 0x80-0x9F; Latin-1, and Windows-1252's five gaps, read them as the C1 controls of the same value. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));

/**
 * A lead byte of a two- to four-byte sequence (0xC2-0xF4, read as Â-ô) followed by a
 * continuation byte (0x80-0xBF, read as a Windows-1252 letter, a C1 control or a Latin-1 sign):
 * a pair that names written in Latin letters do not have (é then b, as in Sébastien, is none).
 */
const MISREAD = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_HIGH}]`);

const NO_BREAK_SPACE = 0xa0;
const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * The text as it was before it was misread, or the text itself if it was not: if it has a
 * character no such misreading makes, or its bytes are not UTF-8. A spreadsheet trims a cell's
 * trailing no-break space, which is the last byte of ហ and ០ (U+17A0, U+17E0); a text that
 * reads as UTF-8 only with it is put back with it if it then ends in a Khmer letter. Not
 * otherwise: José or Hà with a no-break space after would read as a Chinese or Samaritan letter.
 */
export function repairMisreadUtf8(text: string): string {
  if (!MISREAD.test(text)) return text;
  const bytes = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : BYTE_OF.get(text[i]);
    if (byte === undefined) return text;
    bytes[i] = byte;
  }
  const whole = read(bytes.subarray(0, text.length));
  if (whole !== null) return whole;
  bytes[text.length] = NO_BREAK_SPACE;
  const trimmed = read(bytes);
  return trimmed !== null && KHMER_LAST.test(trimmed) ? trimmed : text;
}

const KHMER_LAST = /[\u1780-\u17ff\u19e0-\u19ff]$/;

function read(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}
