import { beToCe, ceToBe } from '../calendar/era';
import { daysInMonth, isLeapYear, isValidPlainDate, type PlainDate } from '../calendar/plain-date';
import { asciiDigitsToThai, thaiDigitsToAscii } from './digits';
import { englishMonthName, monthFromThaiName, thaiMonthName } from './months';
import { fail, ok, type ParseResult } from './parse-result';
import { collapseWhitespace } from './whitespace';

/**
 * 4-digit years: 2400 and later are Buddhist Era, 1900–2199 are Common Era; between them nothing real is
 * dated, so those are refused rather than guessed. 2843 BE is 2300 CE, the last year PlainDateSchema takes.
 */
const FIRST_BE_YEAR = 2400;
const LAST_BE_YEAR = 2843;
const FIRST_CE_YEAR = 1900;
const LAST_CE_YEAR = 2199;
/** A 2-digit year (๖๓ in ๒๕ มิ.ย. ๖๓) is the BE year 25xx, as in Thai letters of this era. */
const TWO_DIGIT_YEAR_CENTURY_BE = 2500;

const LEADING_DATE_WORD = /^(?:ลง)?วันที่ ?/;
/** A space after an abbreviation's dot, before its next letters (`ต. ค.`, `พ. ศ.`): dropped. */
const SPACE_INSIDE_ABBREVIATION = /(?<=[\u0e01-\u0e4f]\.) (?=[\u0e01-\u0e4f]{1,2}\.)/g;
const ALLOWED_CHARACTERS = /[^0-9\u0e00-\u0e7f /.\-:T]/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/;
// The month word is lazy so that a พ.ศ. written without a space still counts as the era marker.
const WORDED_DATE = /^(\d{1,2}) ?([\u0e01-\u0e4f.]+?) ?(?:(พ\.ศ\.?) ?)?(\d+)$/;
const WORDED_DATE_WITHOUT_YEAR = /^\d{1,2} ?[\u0e01-\u0e4f.]+$/;

type YearResult =
  { ok: true; ce: number } | { ok: false; code: 'invalid-format' | 'out-of-range'; detail: string };

function resolveYear(digits: string, markedBe: boolean): YearResult {
  const n = Number(digits);
  if (digits.length === 2) return { ok: true, ce: beToCe(TWO_DIGIT_YEAR_CENTURY_BE + n) };
  if (digits.length !== 4) {
    return { ok: false, code: 'invalid-format', detail: `the year "${digits}" should have 4 digits (or 2)` };
  }
  if (n >= FIRST_BE_YEAR && n <= LAST_BE_YEAR) return { ok: true, ce: beToCe(n) };
  if (markedBe) {
    return {
      ok: false,
      code: 'out-of-range',
      detail: `พ.ศ. ${n} is not a Buddhist Era year this tool accepts (${FIRST_BE_YEAR}–${LAST_BE_YEAR})`,
    };
  }
  if (n >= FIRST_CE_YEAR && n <= LAST_CE_YEAR) return { ok: true, ce: n };
  return {
    ok: false,
    code: 'out-of-range',
    detail: `year ${n} is neither a Buddhist Era year (${FIRST_BE_YEAR}–${LAST_BE_YEAR}) nor a Common Era year (${FIRST_CE_YEAR}–${LAST_CE_YEAR})`,
  };
}

function checkedDate(input: string, yearDigits: string, markedBe: boolean, month: number, day: number) {
  const year = resolveYear(yearDigits, markedBe);
  if (!year.ok) return fail<PlainDate>(year.code, input, year.detail);
  if (month < 1 || month > 12) return fail<PlainDate>('out-of-range', input, `month ${month} is not 1–12`);
  if (day < 1 || day > 31) return fail<PlainDate>('out-of-range', input, `day ${day} is not 1–31`);
  if (day > daysInMonth(year.ce, month)) {
    const leapNote =
      month === 2 && day === 29 && !isLeapYear(year.ce) ? ` (${year.ce} is not a leap year)` : '';
    return fail<PlainDate>(
      'nonexistent-date',
      input,
      `${day} ${englishMonthName(month)} ${year.ce} does not exist${leapNote}`,
    );
  }
  return ok<PlainDate>({ year: year.ce, month, day });
}

function isValidTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * Reads a date as Thai documents and BMA's system write it:
 * `29/12/2565` (day first, BE; `-` and `.` also separate), `๑๗ มีนาคม ๒๕๖๔`, `21 เม.ย 2563`,
 * `๒๕ มิ.ย. ๖๓` (2-digit BE year), `1 ต. ค. 2565` (a space inside the abbreviation), an optional leading
 * `วันที่` and `พ.ศ.`, and `2022-10-01 00:00:00` (ISO; the time must be valid but is ignored). Impossible
 * dates are errors, never rolled over.
 */
export function parseThaiDate(input: string): ParseResult<PlainDate> {
  const normalized = collapseWhitespace(thaiDigitsToAscii(input));
  if (normalized === '') return fail('empty', input, 'no date was given');
  const text = normalized.replace(LEADING_DATE_WORD, '').replace(SPACE_INSIDE_ABBREVIATION, '');
  if (text === '') return fail('invalid-format', input, 'there is no date after วันที่');

  const badCharacter = ALLOWED_CHARACTERS.exec(text);
  if (badCharacter) {
    return fail('invalid-characters', input, `${JSON.stringify(badCharacter[0])} cannot be part of a date`);
  }

  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year = '', month = '', day = '', hour, minute, second] = iso;
    if (hour !== undefined && !isValidTime(Number(hour), Number(minute), Number(second ?? '0'))) {
      const time = [hour, minute, second].filter((part) => part !== undefined).join(':');
      return fail('out-of-range', input, `${time} is not a time of day`);
    }
    return checkedDate(input, year, false, Number(month), Number(day));
  }

  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, day = '', , month = '', year = ''] = numeric;
    return checkedDate(input, year, false, Number(month), Number(day));
  }

  const worded = WORDED_DATE.exec(text);
  if (worded) {
    const [, day = '', monthWord = '', eraMarker, year = ''] = worded;
    const month = monthFromThaiName(monthWord);
    if (month === undefined) return fail('unknown-month', input, `"${monthWord}" is not a Thai month name`);
    return checkedDate(input, year, eraMarker !== undefined, month, Number(day));
  }

  if (WORDED_DATE_WITHOUT_YEAR.test(text)) return fail('invalid-format', input, 'the year is missing');
  return fail(
    'invalid-format',
    input,
    'not a date in a known form (such as 29/12/2565, 17 มีนาคม 2564, 21 เม.ย. 2563 or 2022-10-01)',
  );
}

export interface FormatThaiDateOptions {
  digits?: 'arabic' | 'thai';
  month?: 'long' | 'short' | 'numeric';
}

/**
 * `17 มีนาคม 2564` by default (BE year); `21 เม.ย. 2563` with month 'short'; `29/12/2565` with 'numeric';
 * Thai digits on request. parseThaiDate reads every form back to the same date.
 */
export function formatThaiDate(d: PlainDate, opts: FormatThaiDateOptions = {}): string {
  if (!isValidPlainDate(d)) throw new RangeError(`not a real date: ${JSON.stringify(d)}`);
  const yearBe = ceToBe(d.year);
  const style = opts.month ?? 'long';
  const text =
    style === 'numeric'
      ? `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${yearBe}`
      : `${d.day} ${thaiMonthName(d.month, style)} ${yearBe}`;
  return opts.digits === 'thai' ? asciiDigitsToThai(text) : text;
}
