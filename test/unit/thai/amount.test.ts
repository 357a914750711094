import { describe, expect, it } from 'vitest';
import { formatBaht, parseBahtAmount, toPortalAmount } from '../../../utils/thai/amount';
import type { ParseResult, ThaiTextErrorCode } from '../../../utils/thai/parse-result';

function errorOf<T>(result: ParseResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function expectValue<T>(result: ParseResult<T>, value: T) {
  if (!result.ok) throw result.error;
  expect(result.value).toBe(value);
}

describe('parseBahtAmount: what people write', () => {
  it.each([
    ['50000', 50_000],
    ['0', 0],
    ['0 บาท', 0], // seed 004: งบประมาณที่ได้รับ : 0 บาท
    ['๕๐,๐๐๐ บาท', 50_000], // DOMAIN.md
    ['๕๐,๐๐๐.๐๐ บาท', 50_000],
    ['1,234,567.50', 1_234_567.5],
    ['1,234,567.5', 1_234_567.5],
    ['1234567.05', 1_234_567.05],
    ['1,000', 1_000],
    ['999', 999],
    ['0.50', 0.5],
    ['  1,500  ', 1_500],
    ['1500บาท', 1_500],
    ['1,500 บาทถ้วน', 1_500],
    ['฿1,500', 1_500],
    ['฿ 1,500.25', 1_500.25],
    ['1,500\u00a0บาท', 1_500],
    ['007', 7],
    ['10,000,000,000,000', 1e13],
    // ".-" after whole baht, as Thai forms and letters write it.
    ['50,000.-', 50_000],
    ['50,000.- บาท', 50_000],
    ['๕๐,๐๐๐.-บาท', 50_000],
  ])('%j → %d', (input, value) => {
    expectValue(parseBahtAmount(input), value);
  });
});

describe('parseBahtAmount: errors, each beside its nearest valid input', () => {
  it.each<[string, ThaiTextErrorCode, string]>([
    ['', 'empty', '0'],
    ['   ', 'empty', ' 0 '],
    ['บาท', 'invalid-format', '0 บาท'],
    ['-500', 'negative', '500'],
    ['−500 บาท', 'negative', '500 บาท'],
    ['abc', 'invalid-characters', '123'],
    ['12a', 'invalid-characters', '12'],
    ['1,5OO', 'invalid-characters', '1,500'], // letter O typed for zero
    ['50,000 ดอลลาร์', 'invalid-characters', '50,000 บาท'],
    ['1?500', 'invalid-characters', '1500'], // a character lost in PDF extraction
    ['1.2.3', 'invalid-format', '1.23'],
    ['1,234.56.7', 'invalid-format', '1,234.56'],
    ['1,23,4', 'invalid-format', '1,234'],
    ['1,2345', 'invalid-format', '12,345'],
    ['1234,567', 'invalid-format', '1,234,567'],
    [',123', 'invalid-format', '123'],
    ['1,000,', 'invalid-format', '1,000'],
    ['1.234', 'invalid-format', '1.23'],
    ['1.', 'invalid-format', '1.0'],
    ['.5', 'invalid-format', '0.5'],
    ['1.5,0', 'invalid-format', '1.50'],
    ['1 000', 'invalid-format', '1000'],
    ['10,000,000,000,001', 'out-of-range', '10,000,000,000,000'],
    ['10,000,000,000,000.50', 'out-of-range', '10,000,000,000,000'],
    ['9,007,199,254,740,991', 'out-of-range', '9,007,199,254,740'],
  ])('%j is %s (%j is fine)', (input, code, nearestValid) => {
    const error = errorOf(parseBahtAmount(input));
    expect(error.code).toBe(code);
    expect(error.input).toBe(input);
    expect(error.message.startsWith(`${JSON.stringify(input)}: `)).toBe(true);
    expect(parseBahtAmount(nearestValid).ok).toBe(true);
  });

  it('says plainly what was wrong', () => {
    expect(errorOf(parseBahtAmount('1,23,4')).message).toBe(
      '"1,23,4": commas must separate groups of three digits, as in 1,234,567',
    );
    expect(errorOf(parseBahtAmount('1.2.3')).message).toBe('"1.2.3": it has 2 decimal points');
    expect(errorOf(parseBahtAmount('12a')).message).toBe(
      '"12a": "a" cannot be part of an amount (use digits, commas and one decimal point)',
    );
  });
});

describe('toPortalAmount', () => {
  it('gives whole baht as plain digits', () => {
    expectValue(toPortalAmount(50_000), '50000');
    expectValue(toPortalAmount(1_234_567), '1234567');
    expectValue(toPortalAmount(0), '0');
    expectValue(toPortalAmount(-0), '0');
  });

  it('takes what parseBahtAmount read', () => {
    const parsed = parseBahtAmount('๕๐,๐๐๐ บาท');
    if (!parsed.ok) throw parsed.error;
    expectValue(toPortalAmount(parsed.value), '50000');
  });

  it('refuses satang rather than rounding them away', () => {
    const error = errorOf(toPortalAmount(1_234_567.5));
    expect(error.code).toBe('fractional-baht');
    expect(error.message).toContain('"1234567.5"');
    expect(errorOf(toPortalAmount(0.1 + 0.2)).code).toBe('fractional-baht');
  });

  it('refuses negative, infinite, NaN and inexactly large amounts', () => {
    expect(errorOf(toPortalAmount(-1)).code).toBe('negative');
    expect(errorOf(toPortalAmount(Number.NaN)).code).toBe('not-finite');
    expect(errorOf(toPortalAmount(Number.POSITIVE_INFINITY)).code).toBe('not-finite');
    expect(errorOf(toPortalAmount(2 ** 53)).code).toBe('out-of-range');
    expectValue(toPortalAmount(2 ** 53 - 1), '9007199254740991');
  });
});

describe('formatBaht', () => {
  it('groups thousands and shows satang only when the amount is not whole', () => {
    expect(formatBaht(50_000)).toBe('50,000');
    expect(formatBaht(1_234_567.5)).toBe('1,234,567.50');
    expect(formatBaht(1_234_567.05)).toBe('1,234,567.05');
    expect(formatBaht(0)).toBe('0');
    expect(formatBaht(999)).toBe('999');
    expect(formatBaht(1_000)).toBe('1,000');
    expect(formatBaht(100_000)).toBe('100,000');
    expect(formatBaht(0.5)).toBe('0.50');
    expect(formatBaht(-1_500)).toBe('-1,500');
    expect(formatBaht(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991');
  });

  it('writes Thai digits and the unit on request', () => {
    expect(formatBaht(50_000, { thaiDigits: true, unit: true })).toBe('๕๐,๐๐๐ บาท');
    expect(formatBaht(50_000, { unit: true })).toBe('50,000 บาท');
    expect(formatBaht(1_234_567.5, { thaiDigits: true })).toBe('๑,๒๓๔,๕๖๗.๕๐');
  });

  it('refuses what is not an amount', () => {
    expect(() => formatBaht(Number.NaN)).toThrow(RangeError);
    expect(() => formatBaht(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatBaht(2 ** 53)).toThrow(RangeError);
  });

  it('is read back exactly by parseBahtAmount, in every style', () => {
    const amounts: number[] = [];
    for (let baht = 0; baht < 2_000_000; baht = baht * 3 + 7) amounts.push(baht);
    for (let satang = 0; satang < 100; satang++)
      amounts.push(1_234 + satang / 100, 98_765_432 + satang / 100);
    for (const amount of amounts) {
      for (const thaiDigits of [false, true]) {
        for (const unit of [false, true]) {
          expectValue(parseBahtAmount(formatBaht(amount, { thaiDigits, unit })), amount);
        }
      }
    }
  });
});
