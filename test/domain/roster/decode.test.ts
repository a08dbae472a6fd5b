import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeRosterFile } from '../../../src/domain/roster/decode';

const CSV = 'name,national_id\nសុខ ដារា,0123\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, endian: 'le' | 'be') => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2);
  }
  return out;
};

describe('decodeRosterFile', () => {
  it('reads UTF-8 Khmer text', () => {
    expect(decodeRosterFile(utf8(CSV))).toEqual({ ok: true, text: CSV });
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', () => {
    expect(decodeRosterFile(utf8(CSV).buffer as ArrayBuffer)).toEqual({ ok: true, text: CSV });
  });

  it('strips the UTF-8 byte-order mark Excel puts at the start of "CSV UTF-8"', () => {
    expect(decodeRosterFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]))).toEqual({ ok: true, text: CSV });
  });

  it('reads UTF-16 little- and big-endian when a byte-order mark says so', () => {
    expect(decodeRosterFile(utf16(CSV, 'le'))).toEqual({ ok: true, text: CSV });
    expect(decodeRosterFile(utf16(CSV, 'be'))).toEqual({ ok: true, text: CSV });
  });

  it('refuses a file in a legacy encoding instead of mangling it', () => {
    const latin1 = new Uint8Array([...utf8('name\nJos'), 0xe9, 0x0a]);
    expect(decodeRosterFile(latin1)).toMatchObject({ ok: false, error: 'not_utf8' });
  });

  it('refuses UTF-16 that does not hold together', () => {
    expect(decodeRosterFile(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, error: 'not_utf8' });
  });

  it('refuses a binary file such as an .xlsx', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(decodeRosterFile(zip)).toMatchObject({ ok: false, error: 'binary' });
  });

  it('refuses UTF-8 text with a NUL byte in it', () => {
    expect(decodeRosterFile(utf8('name\nSok\u0000Dara\n'))).toMatchObject({ ok: false, error: 'binary' });
  });

  it('refuses an empty file, a lone byte-order mark, and blank lines', () => {
    for (const b of [new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf]), utf8(' \r\n\n')]) {
      expect(decodeRosterFile(b)).toMatchObject({ ok: false, error: 'empty' });
    }
  });

  it('refuses a file over the size limit, saying how large it is', () => {
    const r = decodeRosterFile(utf8('x'.repeat(101)), 100);
    expect(r).toMatchObject({ ok: false, error: 'too_large' });
    expect(!r.ok && r.message).toContain('101');
    expect(decodeRosterFile(utf8('x'.repeat(100)), 100).ok).toBe(true);
  });

  it('returns any non-blank text without NULs exactly as written', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      fc.pre(s.trim() !== '' && !s.includes('\u0000') && !s.startsWith('\ufeff'));
      expect(decodeRosterFile(utf8(s))).toEqual({ ok: true, text: s });
    }));
  });
});
