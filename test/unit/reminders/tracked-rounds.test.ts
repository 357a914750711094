import { describe, expect, it } from 'vitest';
import { trackedRounds } from '../../../utils/reminders/tracked-rounds';
import { bangkok } from './fixtures';

const rounds = (nowMs: number, overrides?: Parameters<typeof trackedRounds>[1]) =>
  trackedRounds(nowMs, overrides).map((s) => `${s.fiscalYear}/${s.round}`);

describe('trackedRounds: the overdue round before the next, and the next', () => {
  it('on 22 Nov 2026: FY 2569 round 2 (overdue) and FY 2570 round 1', () => {
    expect(rounds(bangkok('2026-11-22 09:00'))).toEqual(['2569/2', '2570/1']);
  });

  it('keeps a round as the next one through its whole due day, Bangkok time', () => {
    expect(rounds(bangkok('2027-04-30 23:59'))).toEqual(['2569/2', '2570/1']);
    // 00:00 Bangkok on 1 May: round 1 is overdue, FY 2569 round 2 is dropped, round 2 comes next.
    expect(rounds(bangkok('2027-05-01 00:00'))).toEqual(['2570/1', '2570/2']);
  });

  it('changes nothing at the fiscal-year rollover on 1 October', () => {
    const lastDayOf2569 = rounds(bangkok('2026-09-30 23:59'));
    expect(lastDayOf2569).toEqual(['2569/1', '2569/2']);
    expect(rounds(bangkok('2026-10-01 00:00'))).toEqual(lastDayOf2569);
  });

  it('moves to the new fiscal year once round 2 of the old one falls due', () => {
    expect(rounds(bangkok('2026-10-31 23:59'))).toEqual(['2569/1', '2569/2']);
    expect(rounds(bangkok('2026-11-01 00:00'))).toEqual(['2569/2', '2570/1']);
  });

  it('follows deadlines NACC moved', () => {
    const moved = { '2570': { round1: { year: 2027, month: 5, day: 15 } } };
    // Round 1 due 15 May 2027 instead of 30 April: still the next one on 5 May.
    expect(rounds(bangkok('2027-05-05 12:00'), moved)).toEqual(['2569/2', '2570/1']);
    expect(trackedRounds(bangkok('2027-05-05 12:00'), moved)[1]!.due).toEqual({
      year: 2027,
      month: 5,
      day: 15,
    });
  });
});
