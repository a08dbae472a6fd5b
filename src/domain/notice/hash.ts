import type { Notice } from '../../protocol';

/**
 * JSON with keys sorted (by UTF-16 code units), no whitespace, and numbers as JavaScript writes
 * them — the same text on every phone and on the server, so the same notice hashes alike
 * (the rules of RFC 8785, for the plain data a notice holds). Keys whose value is undefined are
 * left out, as JSON.stringify does; anything JSON cannot carry exactly is refused, not guessed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form.`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => {
      if (v === undefined) throw new TypeError('canonicalJson: an array holds undefined.');
      return canonicalJson(v);
    }).join(',')}]`;
  }
  if (typeof value === 'object' && isPlain(value)) {
    const entries = Object.keys(value).sort().flatMap((k) => {
      const v = (value as Record<string, unknown>)[k];
      return v === undefined ? [] : [`${JSON.stringify(k)}:${canonicalJson(v)}`];
    });
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value === 'object' ? value.constructor?.name : typeof value} is not plain JSON data.`);
}

/** Hex SHA-256 of the notice's canonical JSON, as printed on it so a copy can be checked against the record. */
export async function noticeHash(notice: Notice): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(notice));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Enough of the hash to read out or compare by eye: the first 12 hex digits in groups of 4, "3f2a-9c01-b7de". */
export function shortHash(hex: string): string {
  if (!/^[0-9a-f]{12,}$/i.test(hex)) throw new RangeError('shortHash: expected at least 12 hex digits.');
  return hex.slice(0, 12).toLowerCase().match(/.{4}/g)!.join('-');
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
