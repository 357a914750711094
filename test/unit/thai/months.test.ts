import { describe, expect, it } from 'vitest';
import {
  englishMonthName,
  monthFromThaiName,
  THAI_MONTHS_LONG,
  THAI_MONTHS_SHORT,
  thaiMonthName,
} from '../../../utils/thai/months';

const LONG = 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม';
const SHORT = 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.';

describe('Thai month names', () => {
  it('lists the twelve long and short names in calendar order (as in DOMAIN.md)', () => {
    expect(THAI_MONTHS_LONG.join(' ')).toBe(LONG);
    expect(THAI_MONTHS_SHORT.join(' ')).toBe(SHORT);
    expect(thaiMonthName(3)).toBe('มีนาคม');
    expect(thaiMonthName(4, 'short')).toBe('เม.ย.');
    expect(englishMonthName(2)).toBe('February');
  });

  it('refuses a month number that does not exist', () => {
    expect(() => thaiMonthName(0)).toThrow(RangeError);
    expect(() => thaiMonthName(13, 'short')).toThrow(RangeError);
    expect(() => englishMonthName(13)).toThrow(RangeError);
  });
});

describe('monthFromThaiName', () => {
  it('finds every long and short name', () => {
    THAI_MONTHS_LONG.forEach((name, i) => expect(monthFromThaiName(name)).toBe(i + 1));
    THAI_MONTHS_SHORT.forEach((name, i) => expect(monthFromThaiName(name)).toBe(i + 1));
  });

  it('tolerates short names without dots or without the final dot', () => {
    THAI_MONTHS_SHORT.forEach((name, i) => {
      expect(monthFromThaiName(name.replace(/\./g, ''))).toBe(i + 1);
      expect(monthFromThaiName(name.slice(0, -1))).toBe(i + 1);
    });
    expect(monthFromThaiName('เม.ย')).toBe(4);
    expect(monthFromThaiName('เมย')).toBe(4);
    expect(monthFromThaiName('มิ.ย')).toBe(6);
  });

  it('knows the spoken forms and the common misspelling of July', () => {
    expect(monthFromThaiName('เมษา')).toBe(4);
    expect(monthFromThaiName('กุมภา')).toBe(2);
    expect(monthFromThaiName('กรกฏาคม')).toBe(7);
  });

  it('returns undefined for words that name no month', () => {
    expect(monthFromThaiName('')).toBeUndefined();
    expect(monthFromThaiName('มีนาคมม')).toBeUndefined();
    expect(monthFromThaiName('มาร์ช')).toBeUndefined();
    expect(monthFromThaiName('ค.')).toBeUndefined();
    expect(monthFromThaiName('March')).toBeUndefined();
  });
});
