import { describe, it, expect } from 'vitest';
import { deadlineDetails, noticeDeadlines } from '../../../src/domain/notice/deadline';
import { DEFAULT_PENALTY_SCHEDULE as S } from '../../../src/domain/fines/default-schedule';
import { Notice } from '../../../src/protocol';

describe('noticeDeadlines', () => {
  it('gives 15 calendar days to pay and 30 to contest from the issue date', () => {
    expect(noticeDeadlines('2026-03-01', S)).toEqual({ paymentDeadline: '2026-03-16', contestBy: '2026-03-31' });
  });

  it('names the dates as the notice carries them', () => {
    expect(Notice.pick({ paymentDeadline: true, contestBy: true }).parse(noticeDeadlines('2026-03-01', S))).toEqual(noticeDeadlines('2026-03-01', S));
  });

  it('marks both periods as unsourced defaults', () => {
    const d = deadlineDetails('2026-03-01', S);
    expect(d.payBy).toMatchObject({ date: '2026-03-16', days: 15, provenance: { sourced: false } });
    expect(d.contestBy).toMatchObject({ date: '2026-03-31', days: 30, provenance: { sourced: false } });
    expect(d.fromDefault).toBe(false);
  });

  it('counts across the year end and February in a leap year', () => {
    expect(noticeDeadlines('2025-12-20', S).paymentDeadline).toBe('2026-01-04');
    expect(noticeDeadlines('2024-02-20', S).contestBy).toBe('2024-03-21');
  });

  it('uses the schedule’s own periods when a supervisor has set them', () => {
    const s = { ...S, payment: { ...S.payment!, paymentDeadlineDays: { value: 7, provenance: { reference: 'Set by supervisor', sourced: false } } } };
    expect(noticeDeadlines('2026-03-01', s).paymentDeadline).toBe('2026-03-08');
  });

  it('falls back to the default periods, and says so, for a schedule without payment rules', () => {
    const { payment: _, ...old } = S;
    expect(deadlineDetails('2026-03-01', old)).toMatchObject({ fromDefault: true, payBy: { date: '2026-03-16' } });
  });
});
