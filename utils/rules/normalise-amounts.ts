import { parseBahtAmount, toPortalAmount } from '../thai/amount';
import type { ThaiTextErrorCode } from '../thai/parse-result';
import type { ReportCheckInput } from './report-check-input';

export type AmountField = 'ordinanceBudget' | 'disbursed';
/** In the form's order, which is the order findings about them come in. */
export const AMOUNT_FIELDS: readonly AmountField[] = ['ordinanceBudget', 'disbursed'];

/**
 * How a typed amount reads. Only `whole` can be sent; `changed` says the portal would receive something
 * other than what was typed (`๕๐,๐๐๐ บาท` → `50000`), which the rules show to the user rather than hide.
 */
export type AmountReading =
  | { state: 'absent' }
  | { state: 'empty'; typed: string }
  | { state: 'unreadable'; typed: string; code: ThaiTextErrorCode }
  | { state: 'fractional'; typed: string; baht: number }
  | { state: 'whole'; typed: string; baht: number; portalValue: string; changed: boolean };

export type AmountReadings = Readonly<Record<AmountField, AmountReading>>;

/** Reads one amount as typed. Never rounds: satang are the user's decision. */
export function readAmount(typed: string): AmountReading {
  const parsed = parseBahtAmount(typed);
  if (!parsed.ok) {
    return parsed.error.code === 'empty'
      ? { state: 'empty', typed }
      : { state: 'unreadable', typed, code: parsed.error.code };
  }
  const portal = toPortalAmount(parsed.value);
  if (portal.ok) {
    return {
      state: 'whole',
      typed,
      baht: parsed.value,
      portalValue: portal.value,
      changed: portal.value !== typed,
    };
  }
  return portal.error.code === 'fractional-baht'
    ? { state: 'fractional', typed, baht: parsed.value }
    : { state: 'unreadable', typed, code: portal.error.code };
}

const ABSENT: AmountReading = { state: 'absent' };

/** Both amounts of a report; `absent` for a project whose page has no amount inputs. */
export function normaliseAmounts(
  input: Pick<ReportCheckInput, 'amountFieldsPresent' | 'ordinanceBudgetText' | 'disbursedText'>,
): AmountReadings {
  if (!input.amountFieldsPresent) return { ordinanceBudget: ABSENT, disbursed: ABSENT };
  return {
    ordinanceBudget: readAmount(input.ordinanceBudgetText),
    disbursed: readAmount(input.disbursedText),
  };
}

/** What the portal would receive for each amount: digits only, or null when absent or not sendable. */
export function portalAmounts(readings: AmountReadings): Record<AmountField, string | null> {
  return {
    ordinanceBudget: portalValueOf(readings.ordinanceBudget),
    disbursed: portalValueOf(readings.disbursed),
  };
}

function portalValueOf(reading: AmountReading): string | null {
  return reading.state === 'whole' ? reading.portalValue : null;
}

/** The amount in whole baht when it can be sent, for comparisons between fields. */
export function wholeBaht(reading: AmountReading): number | null {
  return reading.state === 'whole' ? reading.baht : null;
}
