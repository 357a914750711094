import { describe, expect, it } from 'vitest';
import { dayNumber, type PlainDate } from '../../../utils/calendar/plain-date';
import {
  daysLeft,
  DeadlineOverridesSchema,
  isLate,
  roundSchedule,
  RoundSchema,
  roundsOfFiscalYear,
  type DeadlineOverrides,
  type Round,
} from '../../../utils/calendar/rounds';

const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const at = (isoUtc: string) => Date.parse(isoUtc);

describe('RoundSchema', () => {
  it('accepts the portal values 1 and 2 only', () => {
    expect(RoundSchema.parse(1)).toBe(1);
    expect(RoundSchema.parse(2)).toBe(2);
    expect(RoundSchema.safeParse(0).success).toBe(false);
    expect(RoundSchema.safeParse(3).success).toBe(false);
    expect(RoundSchema.safeParse('1').success).toBe(false);
  });
});

describe('roundSchedule defaults (the BMA circular)', () => {
  it('FY 2564 round 1 covers Oct–Mar and is due 30 April 2021', () => {
    expect(roundSchedule(2564, 1)).toEqual({
      fiscalYear: 2564,
      round: 1,
      periodStart: date(2020, 10, 1),
      periodEnd: date(2021, 3, 31),
      due: date(2021, 4, 30),
      dueInstant: at('2021-04-30T17:00:00Z'),
    });
  });

  it('FY 2564 round 2 covers the whole year and is due 31 October 2021', () => {
    expect(roundSchedule(2564, 2)).toEqual({
      fiscalYear: 2564,
      round: 2,
      periodStart: date(2020, 10, 1),
      periodEnd: date(2021, 9, 30),
      due: date(2021, 10, 31),
      dueInstant: at('2021-10-31T17:00:00Z'),
    });
  });

  it('FY 2570 (this year) is due 30 April and 31 October 2027', () => {
    const [round1, round2] = roundsOfFiscalYear(2570);
    expect(round1.round).toBe(1);
    expect(round1.due).toEqual(date(2027, 4, 30));
    expect(round1.periodStart).toEqual(date(2026, 10, 1));
    expect(round2.round).toBe(2);
    expect(round2.due).toEqual(date(2027, 10, 31));
    expect(round2.periodEnd).toEqual(date(2027, 9, 30));
  });

  it('round 1 of FY 2567 spans 29 February 2024 (183 days, one more than FY 2566)', () => {
    const span = (fy: number) => {
      const s = roundSchedule(fy, 1);
      return dayNumber(s.periodEnd) - dayNumber(s.periodStart) + 1;
    };
    expect(span(2567)).toBe(183);
    expect(span(2566)).toBe(182);
  });

  it('refuses a round that does not exist', () => {
    expect(() => roundSchedule(2564, 3 as Round)).toThrow(RangeError);
  });
});

describe('isLate', () => {
  const round1 = roundSchedule(2564, 1);
  const round2 = roundSchedule(2564, 2);

  it('is on time until 23:59:59.999 Bangkok on the due day', () => {
    expect(isLate(at('2021-04-30T16:59:59.999Z'), round1)).toBe(false);
    expect(isLate(at('2021-04-30T16:59:00Z'), round1)).toBe(false); // 23:59 Bangkok
    expect(isLate(at('2021-04-29T17:00:00Z'), round1)).toBe(false); // 00:00 Bangkok on the due day
    expect(isLate(at('2021-01-15T03:00:00Z'), round1)).toBe(false);
  });

  it('is late from 00:00 Bangkok the next day, though it is still the due day in UTC', () => {
    expect(isLate(at('2021-04-30T17:00:00.000Z'), round1)).toBe(true);
    expect(isLate(at('2021-04-30T23:00:00Z'), round1)).toBe(true);
    expect(isLate(at('2021-10-31T16:59:59.999Z'), round2)).toBe(false);
    expect(isLate(at('2021-10-31T17:00:00Z'), round2)).toBe(true);
  });
});

describe('daysLeft (Bangkok calendar days)', () => {
  const due = date(2021, 4, 30);

  it('is 0 all through the due day, from 00:00 to 23:59 Bangkok', () => {
    expect(daysLeft(at('2021-04-29T17:00:00Z'), due)).toBe(0);
    expect(daysLeft(at('2021-04-30T16:59:59.999Z'), due)).toBe(0);
  });

  it('is 1 all through the day before', () => {
    expect(daysLeft(at('2021-04-28T17:00:00Z'), due)).toBe(1);
    expect(daysLeft(at('2021-04-29T16:59:59.999Z'), due)).toBe(1);
  });

  it('is -1 the day after, from its first millisecond', () => {
    expect(daysLeft(at('2021-04-30T17:00:00Z'), due)).toBe(-1);
    expect(daysLeft(at('2021-05-01T16:59:59.999Z'), due)).toBe(-1);
    expect(daysLeft(at('2021-05-01T17:00:00Z'), due)).toBe(-2);
  });

  it('counts across months from the start of the fiscal year', () => {
    expect(daysLeft(at('2020-09-30T17:00:00Z'), due)).toBe(211); // 1 Oct 2020, 00:00 Bangkok
  });
});

describe('deadline overrides', () => {
  const overrides: DeadlineOverrides = { '2564': { round1: date(2021, 5, 31) } };

  it('replace the due date and the late instant of that round only', () => {
    const moved = roundSchedule(2564, 1, overrides);
    expect(moved.due).toEqual(date(2021, 5, 31));
    expect(moved.dueInstant).toBe(at('2021-05-31T17:00:00Z'));
    expect(moved.periodEnd).toEqual(date(2021, 3, 31));
    expect(isLate(at('2021-05-01T03:00:00Z'), moved)).toBe(false);
    expect(isLate(at('2021-05-31T17:00:00Z'), moved)).toBe(true);
    expect(roundSchedule(2564, 2, overrides).due).toEqual(date(2021, 10, 31));
    expect(roundSchedule(2565, 1, overrides).due).toEqual(date(2022, 4, 30));
    const [round1, round2] = roundsOfFiscalYear(2564, overrides);
    expect(round1.due).toEqual(date(2021, 5, 31));
    expect(round2.due).toEqual(date(2021, 10, 31));
  });

  it('can move a date earlier as well', () => {
    const earlier = roundSchedule(2570, 2, { '2570': { round2: date(2027, 10, 15) } });
    expect(earlier.due).toEqual(date(2027, 10, 15));
    expect(earlier.dueInstant).toBe(at('2027-10-15T17:00:00Z'));
  });

  it('refuse an impossible override date instead of rolling it over', () => {
    expect(() => roundSchedule(2564, 1, { '2564': { round1: date(2021, 4, 31) } })).toThrow(RangeError);
  });

  it('are validated by DeadlineOverridesSchema', () => {
    expect(DeadlineOverridesSchema.parse(overrides)).toEqual(overrides);
    expect(DeadlineOverridesSchema.parse({})).toEqual({});
    expect(DeadlineOverridesSchema.parse({ '2570': {} })).toEqual({ '2570': {} });
    expect(
      DeadlineOverridesSchema.parse({ '2570': { round1: date(2027, 5, 15), round2: date(2027, 11, 30) } }),
    ).toEqual({ '2570': { round1: date(2027, 5, 15), round2: date(2027, 11, 30) } });
  });

  it('reject a key that is not a 4-digit BE year', () => {
    expect(DeadlineOverridesSchema.safeParse({ '64': { round1: date(2021, 5, 31) } }).success).toBe(false);
    expect(DeadlineOverridesSchema.safeParse({ FY2564: {} }).success).toBe(false);
  });

  it('reject an impossible date and a year in the wrong era', () => {
    expect(DeadlineOverridesSchema.safeParse({ '2564': { round1: date(2021, 2, 29) } }).success).toBe(false);
    expect(DeadlineOverridesSchema.safeParse({ '2564': { round1: date(2564, 4, 30) } }).success).toBe(false);
  });

  it('reject a due date before the round begins or over a year after it ends (a likely typo)', () => {
    const typo = DeadlineOverridesSchema.safeParse({ '2564': { round1: date(2020, 4, 30) } });
    expect(typo.success).toBe(false);
    expect(typo.error?.issues[0]?.path).toEqual(['2564', 'round1']);
    expect(typo.error?.issues[0]?.message).toContain('2020-04-30');
    expect(DeadlineOverridesSchema.safeParse({ '2564': { round2: date(2022, 10, 31) } }).success).toBe(false);
    expect(DeadlineOverridesSchema.safeParse({ '2564': { round2: date(2022, 9, 30) } }).success).toBe(true);
  });

  it('reject a due date long before the round ends: the 12 months typed with the year before', () => {
    // FY 2570's 12 months end 30 Sep 2570 (2027); 30/11/2569 is a year early, meant for 30/11/2570.
    const early = DeadlineOverridesSchema.safeParse({ '2570': { round2: date(2026, 11, 30) } });
    expect(early.success).toBe(false);
    expect(early.error?.issues[0]?.path).toEqual(['2570', 'round2']);
    // Up to a month before the period ends is still accepted, as a deadline NACC could set.
    expect(DeadlineOverridesSchema.safeParse({ '2570': { round2: date(2027, 8, 30) } }).success).toBe(true);
    expect(DeadlineOverridesSchema.safeParse({ '2570': { round2: date(2027, 8, 29) } }).success).toBe(false);
    expect(DeadlineOverridesSchema.safeParse({ '2570': { round1: date(2027, 2, 28) } }).success).toBe(true);
    expect(DeadlineOverridesSchema.safeParse({ '2570': { round1: date(2027, 1, 31) } }).success).toBe(false);
  });
});
