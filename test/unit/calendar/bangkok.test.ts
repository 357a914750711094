import { describe, expect, it } from 'vitest';
import { bangkokDateOf, bangkokDateTimeParts, startOfBangkokDay } from '../../../utils/calendar/bangkok';
import { BANGKOK_OFFSET_MS, bangkokDayNumber } from '../../../utils/calendar/bangkok-day';
import { addDays, type PlainDate } from '../../../utils/calendar/plain-date';

const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

describe('bangkokDateOf', () => {
  it('is seven hours ahead of UTC', () => {
    expect(BANGKOK_OFFSET_MS).toBe(7 * 3_600_000);
    expect(bangkokDateOf(Date.parse('2026-09-30T16:59:59.999Z'))).toEqual(date(2026, 9, 30));
    expect(bangkokDateOf(Date.parse('2026-09-30T17:00:00.000Z'))).toEqual(date(2026, 10, 1));
    expect(bangkokDateOf(Date.parse('2026-09-30T00:00:00.000Z'))).toEqual(date(2026, 9, 30));
  });

  it("numbers Bangkok days, turning at Bangkok midnight whatever the machine's zone", () => {
    const before = bangkokDayNumber(Date.parse('2026-11-22T16:59:59.999Z'));
    expect(bangkokDayNumber(Date.parse('2026-11-22T17:00:00.000Z'))).toBe(before + 1);
    expect(bangkokDayNumber(Date.parse('2026-11-22T00:00:00.000Z'))).toBe(before);
    expect(bangkokDayNumber(Date.parse('1970-01-01T00:00:00.000Z'))).toBe(0);
    expect(() => bangkokDayNumber(Number.NaN)).toThrow(RangeError);
  });

  it('works before 1970', () => {
    expect(bangkokDateOf(Date.parse('1969-12-31T17:00:00Z'))).toEqual(date(1970, 1, 1));
    expect(bangkokDateOf(Date.parse('1969-12-31T16:59:59.999Z'))).toEqual(date(1969, 12, 31));
  });

  it('refuses a non-instant', () => {
    expect(() => bangkokDateOf(Number.NaN)).toThrow(RangeError);
    expect(() => bangkokDateOf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('startOfBangkokDay', () => {
  it('is 17:00 UTC the day before', () => {
    expect(startOfBangkokDay(date(2026, 10, 1))).toBe(Date.parse('2026-09-30T17:00:00Z'));
    expect(startOfBangkokDay(date(2021, 5, 1))).toBe(Date.parse('2021-04-30T17:00:00Z'));
  });

  it('brackets each day exactly, every day for twelve years', () => {
    const mismatches: string[] = [];
    for (let d = date(2019, 1, 1); d.year < 2031; d = addDays(d, 1)) {
      const start = startOfBangkokDay(d);
      const first = bangkokDateOf(start);
      const lastOfPrevious = bangkokDateOf(start - 1);
      const previous = addDays(d, -1);
      if (
        first.day !== d.day ||
        first.month !== d.month ||
        first.year !== d.year ||
        lastOfPrevious.day !== previous.day ||
        lastOfPrevious.month !== previous.month ||
        startOfBangkokDay(addDays(d, 1)) - start !== 86_400_000
      ) {
        mismatches.push(JSON.stringify(d));
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('bangkokDateTimeParts', () => {
  it('reads the Bangkok wall clock', () => {
    expect(bangkokDateTimeParts(Date.parse('2021-04-30T16:59:59.999Z'))).toEqual({
      year: 2021,
      month: 4,
      day: 30,
      hour: 23,
      minute: 59,
    });
    expect(bangkokDateTimeParts(Date.parse('2026-09-30T17:00:00Z'))).toEqual({
      year: 2026,
      month: 10,
      day: 1,
      hour: 0,
      minute: 0,
    });
    expect(bangkokDateTimeParts(Date.parse('2024-02-28T20:35:00Z'))).toEqual({
      year: 2024,
      month: 2,
      day: 29,
      hour: 3,
      minute: 35,
    });
  });

  it('refuses a non-instant', () => {
    expect(() => bangkokDateTimeParts(Number.NaN)).toThrow(RangeError);
  });
});
