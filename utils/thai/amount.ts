import { asciiDigitsToThai, thaiDigitsToAscii } from './digits';
import { fail, ok, type ParseResult } from './parse-result';
import { collapseWhitespace } from './whitespace';

/** Above this, doubles stop counting every baht exactly. */
const MAX_BAHT = Number.MAX_SAFE_INTEGER;
/** Ten trillion baht, more than the whole national budget: the largest amount read or stored. */
export const MAX_AMOUNT_BAHT = 1e13;

/** `บาท`, or `บาทถ้วน` ("baht exactly") as official letters write it, at the end of the amount. */
const TRAILING_UNIT = /\s*บาท(?:\s*ถ้วน)?$/;
/** `.-` after whole baht (`50,000.-`), as Thai forms and letters write it. */
const WHOLE_BAHT_MARK = /\.-$/;
/** ฿ in front, as some spreadsheets print it. */
const LEADING_SYMBOL = /^฿\s*/;
const GROUPED_INTEGER = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Reads an amount of baht as people write it: `50000`, `1,234,567.50`, `๕๐,๐๐๐ บาท`, `฿ 1,500`, `50,000.-`.
 * Commas must group by thousands, satang are at most 2 digits, and nothing is guessed: anything else is a
 * typed error quoting the input.
 */
export function parseBahtAmount(input: string): ParseResult<number> {
  const text = collapseWhitespace(thaiDigitsToAscii(input));
  if (text === '') return fail('empty', input, 'no amount was given');

  const number = text.replace(TRAILING_UNIT, '').replace(LEADING_SYMBOL, '').replace(WHOLE_BAHT_MARK, '');
  if (number === '') return fail('invalid-format', input, 'there is no number before the unit');
  if (/^[-−–]/.test(number)) return fail('negative', input, 'an amount of baht cannot be negative');

  const badCharacter = /[^0-9,. ]/.exec(number);
  if (badCharacter) {
    return fail(
      'invalid-characters',
      input,
      `${JSON.stringify(badCharacter[0])} cannot be part of an amount (use digits, commas and one decimal point)`,
    );
  }
  if (number.includes(' ')) return fail('invalid-format', input, 'there are spaces inside the number');

  const parts = number.split('.');
  if (parts.length > 2) return fail('invalid-format', input, `it has ${parts.length - 1} decimal points`);
  const [integerPart = '', fraction] = parts;

  if (fraction !== undefined && !/^\d{1,2}$/.test(fraction)) {
    return fail(
      'invalid-format',
      input,
      fraction.includes(',')
        ? 'commas cannot come after the decimal point'
        : 'write 1 or 2 digits (satang) after the decimal point',
    );
  }
  if (integerPart === '')
    return fail('invalid-format', input, 'there are no digits before the decimal point');
  if (integerPart.includes(',') && !GROUPED_INTEGER.test(integerPart)) {
    return fail('invalid-format', input, 'commas must separate groups of three digits, as in 1,234,567');
  }

  const baht = Number(`${integerPart.replace(/,/g, '')}.${fraction ?? '0'}`);
  if (baht > MAX_AMOUNT_BAHT) {
    return fail('out-of-range', input, 'the amount is more than ten trillion baht, larger than any budget');
  }
  return ok(baht);
}

/**
 * The portal's amount inputs accept whole baht as plain digits (their keypress filter allows 0–9 only).
 * A fractional amount is an error, not rounded: the user decides what to report.
 */
export function toPortalAmount(baht: number): ParseResult<string> {
  const input = String(baht);
  if (!Number.isFinite(baht)) return fail('not-finite', input, 'an amount must be a finite number');
  if (baht < 0) return fail('negative', input, 'an amount of baht cannot be negative');
  if (baht > MAX_BAHT) return fail('out-of-range', input, 'the amount is too large to be exact');
  if (!Number.isInteger(baht)) {
    return fail(
      'fractional-baht',
      input,
      'the portal takes whole baht only; round the amount yourself before filling it in',
    );
  }
  return ok(String(baht + 0)); // + 0 turns -0 into 0
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A whole count with its thousands grouped, as amounts are: `20,001`. */
export function formatCount(n: number): string {
  return groupThousands(String(Math.trunc(n)));
}

/**
 * `50,000`, `1,234,567.50`, `๕๐,๐๐๐ บาท`: thousands grouped, satang shown only when the amount is not whole.
 * Formatted by hand rather than with Intl so the output never depends on the browser's locale.
 */
export function formatBaht(baht: number, opts: { thaiDigits?: boolean; unit?: boolean } = {}): string {
  if (!Number.isFinite(baht)) throw new RangeError(`cannot format ${baht} as baht`);
  if (Math.abs(baht) > MAX_BAHT) throw new RangeError(`${baht} baht is too large to format exactly`);
  const sign = baht < 0 ? '-' : '';
  const [whole = '0', satang] = (
    Number.isInteger(baht) ? String(Math.abs(baht)) : Math.abs(baht).toFixed(2)
  ).split('.');
  let text = sign + groupThousands(whole) + (satang === undefined ? '' : `.${satang}`);
  if (opts.thaiDigits) text = asciiDigitsToThai(text);
  return opts.unit ? `${text} บาท` : text;
}
