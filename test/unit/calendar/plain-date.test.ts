import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePlainDates,
  dayNumber,
  daysInMonth,
  isLeapYear,
  isValidPlainDate,
  plainDateFromDayNumber,
  PlainDateSchema,
  plainDateToIso,
  type PlainDate,
} from '../../../utils/calendar/plain-date';

const DAY_MS = 86_400_000;
const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe('daysInMonth / isLeapYear', () => {
  it('knows the Gregorian leap rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isLeapYear(2100)).toBe(false);
  });

  it('knows the 30- and 31-day months', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2021, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('refuses a month that does not exist', () => {
    expect(() => daysInMonth(2021, 13)).toThrow(RangeError);
    expect(() => daysInMonth(2021, 0)).toThrow(RangeError);
    expect(() => daysInMonth(2021, 1.5)).toThrow(RangeError);
  });
});

describe('isValidPlainDate', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    expect(isValidPlainDate(date(2024, 2, 29))).toBe(true);
    expect(isValidPlainDate(date(2021, 12, 31))).toBe(true);
  });

  it('rejects impossible or non-integer parts', () => {
    expect(isValidPlainDate(date(2023, 2, 29))).toBe(false);
    expect(isValidPlainDate(date(2021, 4, 31))).toBe(false);
    expect(isValidPlainDate(date(2021, 13, 1))).toBe(false);
    expect(isValidPlainDate(date(2021, 0, 1))).toBe(false);
    expect(isValidPlainDate(date(2021, 1, 0))).toBe(false);
    expect(isValidPlainDate(date(2021, 1, 1.5))).toBe(false);
    expect(isValidPlainDate(date(2021.5, 1, 1))).toBe(false);
    expect(isValidPlainDate(date(Number.NaN, 1, 1))).toBe(false);
  });
});

describe('comparePlainDates', () => {
  it('orders by year, then month, then day', () => {
    expect(comparePlainDates(date(2021, 4, 30), date(2021, 4, 30))).toBe(0);
    expect(comparePlainDates(date(2021, 4, 30), date(2021, 5, 1))).toBe(-1);
    expect(comparePlainDates(date(2022, 1, 1), date(2021, 12, 31))).toBe(1);
    expect(comparePlainDates(date(2021, 4, 2), date(2021, 4, 1))).toBe(1);
  });
});

describe('dayNumber / plainDateFromDayNumber', () => {
  it('counts from 1970-01-01', () => {
    expect(dayNumber(date(1970, 1, 1))).toBe(0);
    expect(dayNumber(date(1969, 12, 31))).toBe(-1);
    expect(dayNumber(date(2000, 3, 1))).toBe(11_017);
    expect(plainDateFromDayNumber(0)).toEqual(date(1970, 1, 1));
  });

  it('agrees with Date.UTC and inverts itself on every day from 1800 to 2300', () => {
    const mismatches: string[] = [];
    let n = Date.UTC(1800, 0, 1) / DAY_MS;
    let d = date(1800, 1, 1);
    for (; d.year <= 2300; d = addDays(d, 1), n++) {
      const back = plainDateFromDayNumber(n);
      const sameDay = back.year === d.year && back.month === d.month && back.day === d.day;
      if (dayNumber(d) !== n || !sameDay || Date.UTC(d.year, d.month - 1, d.day) / DAY_MS !== n) {
        mismatches.push(`${plainDateToIso(d)} ≠ day ${n}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(d).toEqual(date(2301, 1, 1));
    expect(n).toBe(Date.UTC(2301, 0, 1) / DAY_MS);
  });

  it('refuses impossible input instead of rolling it over', () => {
    expect(() => dayNumber(date(2023, 2, 29))).toThrow(RangeError);
    expect(() => plainDateFromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays(date(2024, 2, 28), 1)).toEqual(date(2024, 2, 29));
    expect(addDays(date(2024, 2, 28), 2)).toEqual(date(2024, 3, 1));
    expect(addDays(date(2023, 2, 28), 1)).toEqual(date(2023, 3, 1));
    expect(addDays(date(2020, 12, 31), 1)).toEqual(date(2021, 1, 1));
    expect(addDays(date(2021, 1, 1), -1)).toEqual(date(2020, 12, 31));
    expect(addDays(date(2021, 4, 30), 0)).toEqual(date(2021, 4, 30));
    expect(addDays(date(2020, 10, 1), 365)).toEqual(date(2021, 10, 1));
  });

  it('refuses impossible dates and fractional days', () => {
    expect(() => addDays(date(2021, 2, 30), 1)).toThrow(RangeError);
    expect(() => addDays(date(2021, 2, 1), 0.5)).toThrow(RangeError);
  });
});

describe('plainDateToIso', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(plainDateToIso(date(2026, 10, 1))).toBe('2026-10-01');
    expect(plainDateToIso(date(2021, 4, 30))).toBe('2021-04-30');
  });

  it('refuses an impossible date', () => {
    expect(() => plainDateToIso(date(2021, 4, 31))).toThrow(RangeError);
  });
});

describe('PlainDateSchema', () => {
  it('accepts a real date', () => {
    expect(PlainDateSchema.parse(date(2024, 2, 29))).toEqual(date(2024, 2, 29));
  });

  it('rejects a day past the end of its month, saying so', () => {
    const result = PlainDateSchema.safeParse(date(2023, 2, 29));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('2023-02-29 does not exist (that month has 28 days)');
    expect(result.error?.issues[0]?.path).toEqual(['day']);
  });

  it('rejects out-of-range and non-integer fields', () => {
    expect(PlainDateSchema.safeParse(date(2021, 13, 1)).success).toBe(false);
    expect(PlainDateSchema.safeParse(date(1799, 1, 1)).success).toBe(false);
    expect(PlainDateSchema.safeParse(date(2301, 1, 1)).success).toBe(false);
    expect(PlainDateSchema.safeParse(date(2021, 1, 32)).success).toBe(false);
    expect(PlainDateSchema.safeParse(date(2021, 1, 1.5)).success).toBe(false);
    expect(PlainDateSchema.safeParse({ year: '2021', month: 1, day: 1 }).success).toBe(false);
    // A BE year slipped into the CE field is out of range, not a date five centuries ahead.
    expect(PlainDateSchema.safeParse(date(2564, 4, 30)).success).toBe(false);
  });
});
