import { describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../../../utils/calendar/plain-date';
import { formatThaiDate, parseThaiDate, type FormatThaiDateOptions } from '../../../utils/thai/date';
import type { ParseResult, ThaiTextErrorCode } from '../../../utils/thai/parse-result';

const date = (year: number, month: number, day: number): PlainDate => ({ year, month, day });

function errorOf<T>(result: ParseResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

describe('parseThaiDate: the strings in the seed documents', () => {
  it.each<[string, PlainDate]>([
    // 004: BMA progress report
    ['29/12/2565', date(2022, 12, 29)],
    ['20/02/2566', date(2023, 2, 20)],
    ['20/03/2566', date(2023, 3, 20)],
    ['18/04/2566', date(2023, 4, 18)],
    ['16/05/2566', date(2023, 5, 16)],
    ['16/06/2566', date(2023, 6, 16)],
    ['24/07/2566', date(2023, 7, 24)],
    ['16/08/2566', date(2023, 8, 16)],
    ['21/08/2566', date(2023, 8, 21)],
    ['2022-10-01 00:00:00', date(2022, 10, 1)],
    ['2023-09-30 00:00:00', date(2023, 9, 30)],
    ['8 มิถุนายน พ.ศ. 2560', date(2017, 6, 8)],
    ['ลงวันที่ 26 มีนาคม 2558', date(2015, 3, 26)],
    ['17 มิถุนายน 2562', date(2019, 6, 17)],
    // 000: BMA circular and NACC letter
    ['วันที่ ๑๗ มีนาคม ๒๕๖๔', date(2021, 3, 17)],
    ['๑๗ มีนาคม ๒๕๖๔', date(2021, 3, 17)],
    ['วันที่ 21 เม.ย 2563', date(2020, 4, 21)],
    ['21 เม.ย 2563', date(2020, 4, 21)],
    ['๒๑ เม.ย ๒๕๖๓', date(2020, 4, 21)],
    ['วันที่ ๒๑ เม.ย ๒๕๖๓', date(2020, 4, 21)],
    ['๒๕ มิ.ย. ๖๓', date(2020, 6, 25)],
    ['ลงวันที่ ๑๒ กุมภาพันธ์ ๒๕๖๑', date(2018, 2, 12)],
    ['ลงวันที่ ๑๘ พฤษภาคม ๒๕๖๓', date(2020, 5, 18)],
  ])('%j → %o', (input, expected) => {
    expect(valueOf(parseThaiDate(input))).toEqual(expected);
  });
});

describe('parseThaiDate: the other forms DOMAIN.md allows', () => {
  it.each<[string, PlainDate]>([
    ['2022-10-01', date(2022, 10, 1)],
    ['2022-10-01T08:30', date(2022, 10, 1)],
    ['2565-12-29', date(2022, 12, 29)], // year-first with a BE year: same 4-digit rule as elsewhere
    ['2022-10-01 23:59:59.999', date(2022, 10, 1)],
    ['29-12-2565', date(2022, 12, 29)],
    ['29.12.2565', date(2022, 12, 29)],
    ['1/2/2565', date(2022, 2, 1)],
    ['29/12/65', date(2022, 12, 29)],
    ['๒๙/๑๒/๒๕๖๕', date(2022, 12, 29)],
    ['29/12/2022', date(2022, 12, 29)], // a CE year in day-first form
    ['17 มีนาคม 2021', date(2021, 3, 17)],
    ['17 มี.ค. 2564', date(2021, 3, 17)],
    ['17 มี.ค 2564', date(2021, 3, 17)],
    ['17 มีค 2564', date(2021, 3, 17)],
    ['17มีนาคม2564', date(2021, 3, 17)],
    ['17 มีนาคม พ.ศ.2564', date(2021, 3, 17)],
    ['17 มีนาคมพ.ศ. 2564', date(2021, 3, 17)],
    ['17 มีนาคม พ.ศ. ๖๔', date(2021, 3, 17)],
    ['วันที่17 มีนาคม 2564', date(2021, 3, 17)],
    ['  17\u00a0มีนาคม\t2564\n', date(2021, 3, 17)],
    ['1 ต.ค. 2569', date(2026, 10, 1)],
    ['30 ก.ย. 2570', date(2027, 9, 30)],
    // A space inside an abbreviation, as typed in letters.
    ['1 ต. ค. 2565', date(2022, 10, 1)],
    ['๒๕ มิ. ย. พ. ศ. ๒๕๖๓', date(2020, 6, 25)],
    ['29 กุมภาพันธ์ 2567', date(2024, 2, 29)], // FY 2567's leap day
    ['29/02/2543', date(2000, 2, 29)], // 2000 was a leap year
    ['01/01/2400', date(1857, 1, 1)],
    ['31/12/2843', date(2300, 12, 31)],
    ['01/01/1900', date(1900, 1, 1)],
    ['31/12/2199', date(2199, 12, 31)],
  ])('%j → %o', (input, expected) => {
    expect(valueOf(parseThaiDate(input))).toEqual(expected);
  });

  it('reads every month name, long and short, with and without dots', () => {
    const longs = [
      'มกราคม',
      'กุมภาพันธ์',
      'มีนาคม',
      'เมษายน',
      'พฤษภาคม',
      'มิถุนายน',
      'กรกฎาคม',
      'สิงหาคม',
      'กันยายน',
      'ตุลาคม',
      'พฤศจิกายน',
      'ธันวาคม',
    ];
    const shorts = [
      'ม.ค.',
      'ก.พ.',
      'มี.ค.',
      'เม.ย.',
      'พ.ค.',
      'มิ.ย.',
      'ก.ค.',
      'ส.ค.',
      'ก.ย.',
      'ต.ค.',
      'พ.ย.',
      'ธ.ค.',
    ];
    for (let month = 1; month <= 12; month++) {
      const expected = date(2021, month, 1);
      for (const word of [longs[month - 1], shorts[month - 1], shorts[month - 1]?.replace(/\./g, '')]) {
        expect(valueOf(parseThaiDate(`1 ${word} 2564`))).toEqual(expected);
      }
    }
  });
});

describe('parseThaiDate: errors, each beside its nearest valid input', () => {
  it.each<[string, ThaiTextErrorCode, string]>([
    ['', 'empty', '1/1/2565'],
    ['  \t', 'empty', ' 1/1/2565 '],
    ['วันที่', 'invalid-format', 'วันที่ 1/1/2565'],
    ['31/02/2565', 'nonexistent-date', '28/02/2565'],
    ['29/02/2566', 'nonexistent-date', '29/02/2567'],
    ['29/02/2443', 'nonexistent-date', '28/02/2443'], // 1900 was not a leap year
    ['31/04/2564', 'nonexistent-date', '30/04/2564'],
    ['31 มิถุนายน 2564', 'nonexistent-date', '30 มิถุนายน 2564'],
    ['2022-02-30', 'nonexistent-date', '2022-02-28'],
    ['01/13/2565', 'out-of-range', '01/12/2565'],
    ['12/00/2565', 'out-of-range', '12/01/2565'],
    ['00/12/2565', 'out-of-range', '01/12/2565'],
    ['32/12/2565', 'out-of-range', '31/12/2565'],
    ['29/12/2250', 'out-of-range', '29/12/2565'],
    ['29/12/1899', 'out-of-range', '29/12/1900'],
    ['29/12/2844', 'out-of-range', '29/12/2843'],
    ['17 มีนาคม พ.ศ. 2021', 'out-of-range', '17 มีนาคม พ.ศ. 2564'],
    ['2022-10-01 25:00:00', 'out-of-range', '2022-10-01 23:00:00'],
    ['2022-10-01 00:60', 'out-of-range', '2022-10-01 00:59'],
    ['2022-10-01 00:00:60', 'out-of-range', '2022-10-01 00:00:59'],
    ['17 มีนาคมม 2564', 'unknown-month', '17 มีนาคม 2564'],
    ['17 มาช 2564', 'unknown-month', '17 มี.ค. 2564'],
    ['17 ค. 2564', 'unknown-month', '17 ต.ค. 2564'],
    ['29/12/2565 abc', 'invalid-characters', '29/12/2565'],
    ['29/12/2565?', 'invalid-characters', '29/12/2565'], // a character lost in PDF extraction
    ['17 March 2564', 'invalid-characters', '17 มีนาคม 2564'],
    ['2022-10-01T00:00:00Z', 'invalid-characters', '2022-10-01T00:00:00'], // a UTC time would shift the day
    ['29/12/2565 เวลา', 'invalid-format', '29/12/2565'],
    ['29/12/2565 10:00', 'invalid-format', '2022-12-29 10:00'],
    ['29/12-2565', 'invalid-format', '29-12-2565'],
    ['29/12/256', 'invalid-format', '29/12/2565'],
    ['29/12/25655', 'invalid-format', '29/12/2565'],
    ['29/12', 'invalid-format', '29/12/65'],
    ['17 มีนาคม', 'invalid-format', '17 มีนาคม 64'],
    ['มีนาคม 2564', 'invalid-format', '1 มีนาคม 2564'],
    ['2565', 'invalid-format', '1/1/2565'],
    ['2022-10-01 00', 'invalid-format', '2022-10-01 00:00'],
  ])('%j is %s (%j is fine)', (input, code, nearestValid) => {
    const error = errorOf(parseThaiDate(input));
    expect(error.code).toBe(code);
    expect(error.input).toBe(input);
    expect(error.message.startsWith(`${JSON.stringify(input)}: `)).toBe(true);
    expect(parseThaiDate(nearestValid).ok).toBe(true);
  });

  it('says plainly what was wrong', () => {
    expect(errorOf(parseThaiDate('31/02/2565')).message).toBe(
      '"31/02/2565": 31 February 2022 does not exist',
    );
    expect(errorOf(parseThaiDate('29/02/2566')).message).toBe(
      '"29/02/2566": 29 February 2023 does not exist (2023 is not a leap year)',
    );
    expect(errorOf(parseThaiDate('01/13/2565')).message).toBe('"01/13/2565": month 13 is not 1–12');
    expect(errorOf(parseThaiDate('17 มีนาคมม 2564')).message).toBe(
      '"17 มีนาคมม 2564": "มีนาคมม" is not a Thai month name',
    );
    expect(errorOf(parseThaiDate('29/12/2250')).message).toContain('neither a Buddhist Era year');
    expect(errorOf(parseThaiDate('17 มีนาคม')).message).toBe('"17 มีนาคม": the year is missing');
    expect(errorOf(parseThaiDate('2022-10-01 25:00:00')).message).toBe(
      '"2022-10-01 25:00:00": 25:00:00 is not a time of day',
    );
  });
});

describe('formatThaiDate', () => {
  it('writes day, long month and BE year by default', () => {
    expect(formatThaiDate(date(2021, 3, 17))).toBe('17 มีนาคม 2564');
    expect(formatThaiDate(date(2026, 10, 1))).toBe('1 ตุลาคม 2569'); // calendar year 2569, though FY 2570
  });

  it('writes the short month with its dots', () => {
    expect(formatThaiDate(date(2020, 4, 21), { month: 'short' })).toBe('21 เม.ย. 2563');
  });

  it('writes the numeric form day first with two-digit day and month', () => {
    expect(formatThaiDate(date(2022, 12, 29), { month: 'numeric' })).toBe('29/12/2565');
    expect(formatThaiDate(date(2023, 2, 1), { month: 'numeric' })).toBe('01/02/2566');
  });

  it('writes Thai digits on request', () => {
    expect(formatThaiDate(date(2021, 3, 17), { digits: 'thai' })).toBe('๑๗ มีนาคม ๒๕๖๔');
    expect(formatThaiDate(date(2020, 6, 25), { digits: 'thai', month: 'short' })).toBe('๒๕ มิ.ย. ๒๕๖๓');
    expect(formatThaiDate(date(2022, 12, 29), { digits: 'thai', month: 'numeric' })).toBe('๒๙/๑๒/๒๕๖๕');
    expect(formatThaiDate(date(2021, 3, 17), { digits: 'arabic' })).toBe('17 มีนาคม 2564');
  });

  it('refuses an impossible date', () => {
    expect(() => formatThaiDate(date(2023, 2, 29))).toThrow(RangeError);
  });

  it('is read back by parseThaiDate in every style: each day of BE 2540–2600, every 29th day of BE 2400–2843', () => {
    const styles: FormatThaiDateOptions[] = [];
    for (const digits of ['arabic', 'thai'] as const) {
      for (const month of ['long', 'short', 'numeric'] as const) styles.push({ digits, month });
    }
    const days: PlainDate[] = [];
    for (let d = date(1997, 1, 1); d.year <= 2057; d = addDays(d, 1)) days.push(d);
    for (let d = date(1857, 1, 1); d.year <= 2300; d = addDays(d, 29)) days.push(d);
    days.push(date(2300, 12, 31));

    const mismatches: string[] = [];
    for (const d of days) {
      for (const style of styles) {
        const text = formatThaiDate(d, style);
        const parsed = parseThaiDate(text);
        if (
          !parsed.ok ||
          parsed.value.year !== d.year ||
          parsed.value.month !== d.month ||
          parsed.value.day !== d.day
        ) {
          mismatches.push(`${text} read back as ${JSON.stringify(parsed)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(days.length).toBeGreaterThan(27_000);
  });
});
