import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalJson, noticeHash, shortHash } from '../../../src/domain/notice/hash';
import type { Notice } from '../../../src/protocol';

const notice: Notice = {
  id: '7d6f1f1e-8a53-4c8e-9d0a-2b1c3d4e5f60', visitId: 'visit-1', status: 'draft',
  createdAt: '2026-11-25T03:00:00.000Z', updatedAt: '2026-11-25T03:10:00.000Z', scheduleVersion: 1,
  employerId: 'emp-1', employerName: 'Mekong Apparel', visitDate: '2026-11-25',
  hiddenWorkers: [{ onsiteId: 'o1', name: 'សុខ ដារ៉ា' }],
  lines: [{ breach: 'unregistered_worker', count: 1, multiplier: 10, baseDailyWageRiel: 80_000, amountRiel: 800_000, legalReference: 'Prakas 168/22' }],
  totalRiel: 800_000, remarks: '',
};

/** The same object with its keys in reverse order, all the way down. */
const reversed = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;

describe('canonicalJson', () => {
  it('sorts keys and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0.5, y: -0 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":0,"z":0.5}}');
  });

  it('writes numbers the same way everywhere', () => {
    expect(canonicalJson([1e21, 1e-7, 123456789012, 0.1 + 0.2])).toBe('[1e+21,1e-7,123456789012,0.30000000000000004]');
  });

  it('leaves out undefined keys, and refuses what JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJson(1n)).toThrow(TypeError);
  });

  it('is the same text whatever the key order, and parses back to the same value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(canonicalJson(reversed(v))).toBe(canonicalJson(v));
      expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
    }));
  });
});

describe('noticeHash', () => {
  it('is the hex SHA-256 of the canonical JSON', async () => {
    const expected = createHash('sha256').update(canonicalJson(notice), 'utf8').digest('hex');
    expect(await noticeHash(notice)).toBe(expected);
  });

  it('does not depend on key order, and changes with any amount', async () => {
    expect(await noticeHash(reversed(notice) as Notice)).toBe(await noticeHash(notice));
    expect(await noticeHash({ ...notice, totalRiel: 800_001 })).not.toBe(await noticeHash(notice));
  });

  it('prints the first 12 hex digits in groups of 4', async () => {
    const hex = await noticeHash(notice);
    expect(shortHash(hex)).toBe(`${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`);
    expect(shortHash('ABCDEF0123456789')).toBe('abcd-ef01-2345');
    expect(() => shortHash('abc')).toThrow(RangeError);
  });
});
