import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  allocateBlock, formatNoticeNumber, needsMoreNumbers, nextNumber, parseNoticeNumber, remainingNumbers,
  type NoticeNumber, type NumberBlock,
} from '../../../src/domain/notice/number';
import { takeNoticeNumber } from '../../../src/domain/notice/take-number';

/** A device: its blocks and the printed numbers it used, both lost on reinstall. */
interface Device { blocks: NumberBlock[]; used: string[] }

/** Issue one notice on a device offline: the next number, recorded as used. */
function issue(d: Device, year: number): NoticeNumber | null {
  const next = nextNumber(d.blocks, d.used, year);
  if (!next) return null;
  const n = { inspectorCode: next.block.inspectorCode, year, seq: next.seq };
  d.used.push(formatNoticeNumber(n.inspectorCode, year, n.seq));
  return n;
}

describe('notice numbers', () => {
  it('prints PP-014/2026/000123 and reads it back', () => {
    expect(formatNoticeNumber('PP-014', 2026, 123)).toBe('PP-014/2026/000123');
    expect(parseNoticeNumber('PP-014/2026/000123')).toEqual({ inspectorCode: 'PP-014', year: 2026, seq: 123 });
    expect(formatNoticeNumber('PP-014', 2026, 1_234_567)).toBe('PP-014/2026/1234567');
  });

  it('rejects what is not a notice number', () => {
    for (const bad of ['', 'PP-014/2026/123', 'PP-014/26/000123', 'PP 014/2026/000123', 'PP-014/2026/000000', 'PP-014-2026-000123']) {
      expect(parseNoticeNumber(bad)).toBeNull();
    }
    expect(() => formatNoticeNumber('PP/014', 2026, 1)).toThrow(RangeError);
    expect(() => formatNoticeNumber('PP-014', 2026, 0)).toThrow(RangeError);
  });

  it('round-trips every number', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Z]{2}-\d{3}$/), fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 99_999_999 }), (code, year, seq) => {
      expect(parseNoticeNumber(formatNoticeNumber(code, year, seq))).toEqual({ inspectorCode: code, year, seq });
    }));
  });

  it('takes the lowest unused number of this year’s blocks', () => {
    const blocks = [{ inspectorCode: 'PP-014', year: 2026, from: 51, to: 100 }, { inspectorCode: 'PP-014', year: 2026, from: 1, to: 50 }];
    const used = [1, 2, 4].map((seq) => formatNoticeNumber('PP-014', 2026, seq)).concat(['PP-015/2026/000003', 'not a number']);
    expect(nextNumber(blocks, used, 2026)).toEqual({ block: blocks[1], seq: 3 });
    expect(remainingNumbers(blocks, used, 2026)).toBe(97);
  });

  it('takes the printed number for a notice issued now, keeping the protocol block as it is', () => {
    const blocks = [{ inspectorCode: 'PP-014', year: 2026, from: 11, to: 20, reservedAt: '2026-01-05T02:00:00Z' }];
    expect(takeNoticeNumber(blocks, ['PP-014/2026/000011'], new Date(2026, 5, 1))).toBe('PP-014/2026/000012');
    expect(nextNumber(blocks, [], 2026)!.block.reservedAt).toBe('2026-01-05T02:00:00Z');
    expect(takeNoticeNumber(blocks, [], new Date(2027, 0, 1))).toBeNull();
  });

  it('does not use last year’s block for this year’s notices', () => {
    const blocks = [{ inspectorCode: 'PP-014', year: 2025, from: 1, to: 50 }];
    expect(nextNumber(blocks, [], 2026)).toBeNull();
    expect(needsMoreNumbers(blocks, [], 2026, 1)).toBe(true);
  });

  it('says so when the numbers run out, and asks for more before they do', () => {
    const d: Device = { blocks: [{ inspectorCode: 'PP-014', year: 2026, from: 1, to: 3 }], used: [] };
    expect(needsMoreNumbers(d.blocks, d.used, 2026, 3)).toBe(false);
    issue(d, 2026);
    expect(needsMoreNumbers(d.blocks, d.used, 2026, 3)).toBe(true);
    issue(d, 2026);
    issue(d, 2026);
    expect(issue(d, 2026)).toBeNull();
    expect(remainingNumbers(d.blocks, d.used, 2026)).toBe(0);
  });

  it('gives two phones of one inspector disjoint blocks, so their notices never share a number', () => {
    const server: NumberBlock[] = [];
    const reserve = (d: Device) => { const b = allocateBlock(server, 'PP-014', 2026, 10); server.push(b); d.blocks.push(b); };
    const phone1: Device = { blocks: [], used: [] };
    const phone2: Device = { blocks: [], used: [] };
    reserve(phone1);
    reserve(phone2);
    expect(phone1.blocks[0]).toEqual({ inspectorCode: 'PP-014', year: 2026, from: 1, to: 10 });
    expect(phone2.blocks[0]).toEqual({ inspectorCode: 'PP-014', year: 2026, from: 11, to: 20 });
    const issued = [...Array(10)].flatMap(() => [issue(phone1, 2026), issue(phone2, 2026)]).map((n) => formatNoticeNumber(n!.inspectorCode, n!.year, n!.seq));
    expect(new Set(issued).size).toBe(20);
  });

  it('never reuses a number of the block a reinstalled phone lost', () => {
    const server: NumberBlock[] = [];
    let phone: Device = { blocks: [allocateBlock(server, 'PP-014', 2026, 10)], used: [] };
    server.push(phone.blocks[0]);
    const before = [issue(phone, 2026), issue(phone, 2026)];
    phone = { blocks: [], used: [] }; // reinstalled: local state gone
    expect(nextNumber(phone.blocks, phone.used, 2026)).toBeNull();
    const fresh = allocateBlock(server, 'PP-014', 2026, 10);
    server.push(fresh);
    phone.blocks.push(fresh);
    const after = issue(phone, 2026)!;
    expect(after.seq).toBe(11);
    expect(before.map((n) => n!.seq)).not.toContain(after.seq);
  });

  it('keeps each inspector’s and each year’s numbering apart', () => {
    const server = [allocateBlock([], 'PP-014', 2026, 5)];
    expect(allocateBlock(server, 'PP-015', 2026, 5).from).toBe(1);
    expect(allocateBlock(server, 'PP-014', 2027, 5).from).toBe(1);
    expect(() => allocateBlock(server, 'PP-014', 2026, 0)).toThrow(RangeError);
  });

  it('never issues a number twice across phones, reinstalls and reservations', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('reserve' as const), phone: fc.nat(2), size: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('issue' as const), phone: fc.nat(2) }),
      fc.record({ kind: fc.constant('reinstall' as const), phone: fc.nat(2) }),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
      const server: NumberBlock[] = [];
      const phones: Device[] = [0, 1, 2].map(() => ({ blocks: [], used: [] }));
      const issued: string[] = [];
      for (const s of steps) {
        const d = phones[s.phone];
        if (s.kind === 'reserve') {
          const b = allocateBlock(server, 'PP-014', 2026, s.size);
          server.push(b);
          d.blocks.push(b);
        } else if (s.kind === 'issue') {
          const n = issue(d, 2026);
          if (n) issued.push(formatNoticeNumber(n.inspectorCode, n.year, n.seq));
        } else {
          phones[s.phone] = { blocks: [], used: [] };
        }
      }
      expect(new Set(issued).size).toBe(issued.length);
    }));
  });
});
