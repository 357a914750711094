import { bangkokDateOf } from './bangkok';
import { beToCe, ceToBe } from './era';
import type { PlainDate } from './plain-date';

/** October starts the next fiscal year. */
const FIRST_MONTH_OF_FISCAL_YEAR = 10;

/**
 * The Thai fiscal year (ปีงบประมาณ) containing a date, in BE. It runs 1 Oct – 30 Sep and is named after the
 * year it ends in: 1 Oct 2020 – 30 Sep 2021 is FY 2564.
 */
export function fiscalYearOfDate(d: PlainDate): number {
  return ceToBe(d.month >= FIRST_MONTH_OF_FISCAL_YEAR ? d.year + 1 : d.year);
}

/** The fiscal year (BE) at an instant, judged on the Bangkok calendar, since that is where the deadlines are. */
export function fiscalYearOf(instantMs: number): number {
  return fiscalYearOfDate(bangkokDateOf(instantMs));
}

export function fiscalYearRange(fyBe: number): { start: PlainDate; end: PlainDate } {
  if (!Number.isSafeInteger(fyBe)) throw new RangeError(`fiscal year ${fyBe} is not a whole number`);
  const endCe = beToCe(fyBe);
  return {
    start: { year: endCe - 1, month: FIRST_MONTH_OF_FISCAL_YEAR, day: 1 },
    end: { year: endCe, month: 9, day: 30 },
  };
}
