import { describe, expect, it } from 'vitest';
import { dayNumber, addDays, type PlainDate } from '../../../utils/calendar/plain-date';
import { fiscalYearOf, fiscalYearOfDate, fiscalYearRange } from '../../../utils/calendar/fiscal-year';

const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe('fiscalYearOfDate', () => {
  it('names the year by the BE year of its September end', () => {
    expect(fiscalYearOfDate(date(2020, 10, 1))).toBe(2564);
    expect(fiscalYearOfDate(date(2021, 3, 17))).toBe(2564);
    expect(fiscalYearOfDate(date(2021, 9, 30))).toBe(2564);
    expect(fiscalYearOfDate(date(2021, 10, 1))).toBe(2565);
    expect(fiscalYearOfDate(date(2026, 10, 1))).toBe(2570);
    expect(fiscalYearOfDate(date(2027, 9, 30))).toBe(2570);
  });

  it('puts 29 February 2024 in FY 2567', () => {
    expect(fiscalYearOfDate(date(2024, 2, 29))).toBe(2567);
  });
});

describe('fiscalYearOf (an instant, judged in Bangkok)', () => {
  it('changes year at 00:00 Bangkok on 1 October, while it is still 30 September in UTC', () => {
    expect(fiscalYearOf(Date.parse('2026-09-30T16:59:00Z'))).toBe(2569); // 23:59 Bangkok 30 Sep
    expect(fiscalYearOf(Date.parse('2026-09-30T16:59:59.999Z'))).toBe(2569);
    expect(fiscalYearOf(Date.parse('2026-09-30T17:00:00Z'))).toBe(2570); // 00:00 Bangkok 1 Oct
    expect(fiscalYearOf(Date.parse('2026-09-30T23:00:00Z'))).toBe(2570);
  });
});

describe('fiscalYearRange', () => {
  it('runs 1 October to 30 September', () => {
    expect(fiscalYearRange(2564)).toEqual({ start: date(2020, 10, 1), end: date(2021, 9, 30) });
    expect(fiscalYearRange(2570)).toEqual({ start: date(2026, 10, 1), end: date(2027, 9, 30) });
  });

  it('has 366 days when it holds a 29 February (FY 2567) and 365 otherwise', () => {
    const length = (fy: number) => {
      const { start, end } = fiscalYearRange(fy);
      return dayNumber(end) - dayNumber(start) + 1;
    };
    expect(length(2567)).toBe(366);
    expect(length(2566)).toBe(365);
    expect(length(2568)).toBe(365);
  });

  it('agrees with fiscalYearOfDate on every day of FY 2555–2585, and years tile without gaps', () => {
    const mismatches: string[] = [];
    for (let fy = 2555; fy <= 2585; fy++) {
      const { start, end } = fiscalYearRange(fy);
      expect(addDays(fiscalYearRange(fy - 1).end, 1)).toEqual(start);
      expect(fiscalYearOfDate(addDays(start, -1))).toBe(fy - 1);
      for (let d = start; dayNumber(d) <= dayNumber(end); d = addDays(d, 1)) {
        if (fiscalYearOfDate(d) !== fy) mismatches.push(`${JSON.stringify(d)} not in FY ${fy}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses a fractional year', () => {
    expect(() => fiscalYearRange(2564.5)).toThrow(RangeError);
  });
});
