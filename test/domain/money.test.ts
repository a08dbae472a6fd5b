import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatRiel, toKhmerDigits } from '../../src/domain/money';
import { toAsciiDigits } from '../../src/domain/digits';

describe('formatRiel', () => {
  it('groups thousands with commas and puts the riel sign after the amount', () => {
    expect(formatRiel(1_600_000, 'en')).toBe('1,600,000 ៛');
  });

  it('writes Khmer digits in Khmer', () => {
    expect(formatRiel(1_600_000, 'km')).toBe('១,៦០០,០០០ ៛');
  });

  it('writes small amounts without a separator', () => {
    expect(formatRiel(0, 'en')).toBe('0 ៛');
    expect(formatRiel(999, 'km')).toBe('៩៩៩ ៛');
    expect(formatRiel(1000, 'en')).toBe('1,000 ៛');
  });

  it('rounds fractions of a riel, which has no minor unit in use', () => {
    expect(formatRiel(1234.6, 'en')).toBe('1,235 ៛');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatRiel(-2_400_000, 'en')).toBe('-2,400,000 ៛');
    expect(formatRiel(-0.2, 'en')).toBe('0 ៛');
  });

  it('refuses amounts that are not finite', () => {
    expect(() => formatRiel(Number.NaN, 'en')).toThrow(RangeError);
    expect(() => formatRiel(Number.POSITIVE_INFINITY, 'km')).toThrow(RangeError);
  });

  it('reads back to the same integer in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const en = formatRiel(n, 'en');
        const km = formatRiel(n, 'km');
        expect(Number(en.replace(/[, ៛]/g, ''))).toBe(n);
        expect(toAsciiDigits(km)).toBe(en);
      }),
    );
  });
});

describe('toKhmerDigits', () => {
  it('maps every ASCII digit and leaves other characters', () => {
    expect(toKhmerDigits('0123456789')).toBe('០១២៣៤៥៦៧៨៩');
    expect(toKhmerDigits('Visit 12, ថ្ងៃ 3')).toBe('Visit ១២, ថ្ងៃ ៣');
  });

  it('is undone by toAsciiDigits', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      fc.pre(!/[\u17e0-\u17e9]/.test(s));
      expect(toAsciiDigits(toKhmerDigits(s))).toBe(s);
    }));
  });
});
