/** Thai month names as official letters write them, index 0 = January (มกราคม). */
export const THAI_MONTHS_LONG = [
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
] as const;

export const THAI_MONTHS_SHORT = [
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
] as const;

/** For error messages, which are written in English. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Other spellings people really type: the spoken short form without the suffix (เมษา), and the
 * common misspelling of July with ฏ instead of ฎ. None of them collides with another month.
 */
const EXTRA_SPELLINGS: readonly (readonly [string, number])[] = [
  ['มกรา', 1],
  ['กุมภา', 2],
  ['มีนา', 3],
  ['เมษา', 4],
  ['พฤษภา', 5],
  ['มิถุนา', 6],
  ['กรกฎา', 7],
  ['กรกฏา', 7],
  ['กรกฏาคม', 7],
  ['สิงหา', 8],
  ['กันยา', 9],
  ['ตุลา', 10],
  ['พฤศจิกา', 11],
  ['ธันวา', 12],
];

export function thaiMonthName(month: number, style: 'long' | 'short' = 'long'): string {
  const name = (style === 'long' ? THAI_MONTHS_LONG : THAI_MONTHS_SHORT)[month - 1];
  if (name === undefined || !Number.isInteger(month)) throw new RangeError(`month ${month} is not 1–12`);
  return name;
}

export function englishMonthName(month: number): string {
  const name = ENGLISH_MONTHS[month - 1];
  if (name === undefined || !Number.isInteger(month)) throw new RangeError(`month ${month} is not 1–12`);
  return name;
}

/** Dots are dropped before lookup, so เม.ย. / เม.ย / เมย / มิ.ย all find their month. */
function lookupKey(word: string): string {
  return word.replace(/[.\s]/g, '');
}

const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map([
  ...THAI_MONTHS_LONG.map((name, i) => [lookupKey(name), i + 1] as const),
  ...THAI_MONTHS_SHORT.map((name, i) => [lookupKey(name), i + 1] as const),
  ...EXTRA_SPELLINGS.map(([name, month]) => [lookupKey(name), month] as const),
]);

/** The month (1–12) a Thai month word names, or undefined if it names none. */
export function monthFromThaiName(word: string): number | undefined {
  return MONTH_BY_KEY.get(lookupKey(word));
}
