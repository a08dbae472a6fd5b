import { describe, it, expect } from 'vitest';
import { parseTally, tallyDifference } from '../../src/domain/tally';

describe('tally', () => {
  it('is positive when more people are at work than on the register', () => {
    expect(tallyDifference(120, 100)).toBe(20);
    expect(tallyDifference(90, 100)).toBe(-10);
    expect(tallyDifference(null, 100)).toBeNull();
  });

  it('reads a head count typed in ASCII or Khmer digits, with separators', () => {
    expect(parseTally('1,250')).toBe(1250);
    expect(parseTally('១២៥០')).toBe(1250);
    expect(parseTally(' 42 ')).toBe(42);
  });

  it('tells "not counted" (null) from "mistyped" (undefined)', () => {
    expect(parseTally('  ')).toBeNull();
    expect(parseTally('12a')).toBeUndefined();
    expect(parseTally('-3')).toBeUndefined();
  });
});
