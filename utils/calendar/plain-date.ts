import { z } from 'zod';

/** A calendar date with no time zone: what a Thai document or a deadline means by "a day". */
export interface PlainDate {
  /** Common Era (Gregorian) year; Buddhist Era years are converted at the edges (see era.ts). */
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function isLeapYear(yearCe: number): boolean {
  return (yearCe % 4 === 0 && yearCe % 100 !== 0) || yearCe % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(yearCe: number, month: number): number {
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined || !Number.isInteger(month)) throw new RangeError(`month ${month} is not 1–12`);
  return month === 2 && isLeapYear(yearCe) ? 29 : days;
}

export function isValidPlainDate(d: PlainDate): boolean {
  return (
    Number.isSafeInteger(d.year) &&
    Number.isInteger(d.month) &&
    d.month >= 1 &&
    d.month <= 12 &&
    Number.isInteger(d.day) &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

function assertValid(d: PlainDate): void {
  // Arithmetic on an impossible date would quietly roll over into another one; fail loudly instead.
  if (!isValidPlainDate(d)) throw new RangeError(`not a real date: ${JSON.stringify(d)}`);
}

export function comparePlainDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), so differences between dates are plain subtraction.
 * Pure integer arithmetic (H. Hinnant's days_from_civil): no Date object, so no time zone can leak in.
 */
export function dayNumber(d: PlainDate): number {
  assertValid(d);
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = d.month > 2 ? d.month - 3 : d.month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of dayNumber (H. Hinnant's civil_from_days). */
export function plainDateFromDayNumber(n: number): PlainDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`day number ${n} is not a whole number`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function addDays(d: PlainDate, n: number): PlainDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`cannot add ${n} days: not a whole number`);
  return plainDateFromDayNumber(dayNumber(d) + n);
}

/** '2026-10-01': the stable, sortable form for storage keys and logs (never shown to users). */
export function plainDateToIso(d: PlainDate): string {
  assertValid(d);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export const PlainDateSchema = z
  .object({
    year: z.number().int().min(1800).max(2300),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  })
  .superRefine((d, ctx) => {
    // Field checks already reported a bad month; only a day past the month's end is left to catch here.
    if (d.month < 1 || d.month > 12 || !Number.isInteger(d.month) || isValidPlainDate(d)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['day'],
      message: `${plainDateLabel(d)} does not exist (that month has ${daysInMonth(d.year, d.month)} days)`,
    });
  });

function plainDateLabel(d: PlainDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
