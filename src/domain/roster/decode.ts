export type DecodeError = 'empty' | 'too_large' | 'not_utf8' | 'binary';
export type DecodeResult = { ok: true; text: string } | { ok: false; error: DecodeError; message: string };

/** A roster of 10,000 workers is well under 1 MB; past this it is not a roster, and a phone should not try. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

/**
 * An employer's roster file as text, or why not. Accepts UTF-8 (with or without BOM) and
 * UTF-16 with a BOM, which Excel writes for "Unicode text". Anything else is refused rather than
 * guessed: a wrong guess turns Khmer names into look-alike garbage that no longer matches anyone.
 */
export function decodeRosterFile(bytes: ArrayBuffer | Uint8Array, maxBytes = MAX_ROSTER_BYTES): DecodeResult {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b.length > maxBytes) {
    return fail('too_large', `The file is ${b.length} bytes; the limit is ${maxBytes}.`);
  }
  const encoding = sniff(b);
  const body = b.subarray(encoding.bomLength);
  if (encoding.label === 'utf-8' && body.includes(0)) {
    return fail('binary', 'The file contains NUL bytes: it is not a CSV text file (an .xlsx or .pdf?). Save it as CSV UTF-8.');
  }
  let text: string;
  try {
    text = new TextDecoder(encoding.label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return fail('not_utf8', encoding.label === 'utf-8'
      ? 'The file is not UTF-8 text (perhaps an older Excel encoding). Save it as "CSV UTF-8".'
      : `The file starts with a ${encoding.label.toUpperCase()} byte-order mark but is not valid ${encoding.label.toUpperCase()} text.`);
  }
  if (text.includes('\u0000')) {
    return fail('binary', 'The file contains NUL characters: it is not a CSV text file.');
  }
  if (text.trim() === '') return fail('empty', 'The file is empty.');
  return { ok: true, text };
}

function sniff(b: Uint8Array): { label: 'utf-8' | 'utf-16le' | 'utf-16be'; bomLength: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', bomLength: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', bomLength: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', bomLength: 2 };
  return { label: 'utf-8', bomLength: 0 };
}

function fail(error: DecodeError, message: string): DecodeResult {
  return { ok: false, error, message };
}
