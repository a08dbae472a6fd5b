import { describe, it, expect } from 'vitest';
import { compareId } from '../../../src/domain/reconcile/compare-id';
import { IdIndex } from '../../../src/domain/reconcile/id-index';

describe('compareId', () => {
  it('names the two copying slips and nothing further', () => {
    expect(compareId('012345678', '012345678')).toBe('equal');
    expect(compareId('012345678', '012345778')).toBe('oneDigit');
    expect(compareId('012345678', '012354678')).toBe('transposed');
    expect(compareId('012345678', '012345987')).toBe('differs');
    expect(compareId(null, '012345678')).toBeNull();
  });

  it('reads a number whose leading zeros a spreadsheet dropped as the same number', () => {
    expect(compareId('12345678', '012345678')).toBe('equal');
    expect(compareId('0012345678', '12345678')).toBe('equal');
  });

  it('reads the two slips in a number whose leading zeros were dropped', () => {
    expect(compareId('12345679', '012345678')).toBe('oneDigit');
    expect(compareId('012345687', '12345678')).toBe('transposed');
    expect(compareId('12345987', '012345678')).toBe('differs');
  });

  it('does not pad a number that differs in front, a short one, or one with letters', () => {
    expect(compareId('212345678', '12345678')).not.toBe('equal');
    expect(compareId('1234', '01234')).toBe('differs');
    expect(compareId('A1234567', '0A1234567')).not.toBe('equal');
  });

  it('reads a digit dropped or added anywhere as one digit apart, and two as another number', () => {
    expect(compareId('12402710', '102402710')).toBe('oneDigit');
    expect(compareId('102402710', '1024027100')).toBe('oneDigit');
    expect(compareId('0123345678', '012345678')).toBe('oneDigit');
    expect(compareId('P12345678', 'P1234567')).toBe('oneDigit');
    expect(compareId('1240271', '102402710')).toBe('differs');
    expect(compareId('12402719', '102402710')).toBe('differs');
    // Too short to tell a slip from another number.
    expect(compareId('1234', '12534')).toBe('differs');
  });
});

describe('IdIndex', () => {
  const index = new IdIndex();
  ['012345678', '998877665', '00001234', 'P1234567'].forEach((id, i) => index.add(id, i));
  const near = (id: string) => {
    const found: number[] = [];
    index.forEachNear(id, (ri) => found.push(ri));
    return found;
  };

  it('finds a number exactly, or else one slip away', () => {
    expect(near('012345678')).toEqual([0]);
    expect(near('012345778')).toEqual([0]);
    expect(near('998877656')).toEqual([1]);
    expect(near('P1234576')).toEqual([3]);
  });

  it('finds a number with its leading zeros dropped or added', () => {
    expect(near('12345678')).toEqual([0]);
    expect(near('0998877665')).toEqual([1]);
  });

  it('finds a number one slip away with its leading zeros dropped or added', () => {
    expect(near('12345778')).toEqual([0]);
    expect(near('12346578')).toEqual([0]);
    expect(near('0998877656')).toEqual([1]);
  });

  it('finds a number with one digit dropped or added', () => {
    expect(near('01235678')).toEqual([0]);
    expect(near('0123456789')).toEqual([0]);
    expect(near('9988776655')).toEqual([1]);
    expect(near('P123467')).toEqual([3]);
    expect(near('P12345678')).toEqual([3]);
  });

  it('does not pad a number too short to be an ID by itself', () => {
    expect(near('1234')).toEqual([]);
    expect(near('1235')).toEqual([]);
  });
});
