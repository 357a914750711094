import { comparePlainDates, type PlainDate } from '../calendar/plain-date';
import type { BmaProgressEntry } from './bma-report';

/** An entry a round's draft is built from. */
export interface UsedBmaEntry {
  /** Index in report.entries */
  index: number;
  number: number;
  date: PlainDate | null;
  /** `dated`: its date is in the round; `between-neighbours`: undated, but the next dated entry is. */
  placement: 'dated' | 'between-neighbours';
}

export interface LeftOutBmaEntry {
  index: number;
  number: number;
  reason: 'after-cut-off' | 'before-fiscal-year' | 'undated-uncertain';
}

export interface RoundEntries {
  used: UsedBmaEntry[];
  leftOut: LeftOutBmaEntry[];
}

function within(date: PlainDate, from: PlainDate, to: PlainDate): boolean {
  return comparePlainDates(date, from) >= 0 && comparePlainDates(date, to) <= 0;
}

/**
 * The entries dated from the fiscal year's start to the round's cut-off. An undated entry was reported
 * after the one before it and before the one after it (the system numbers them in order), so it belongs to
 * the round when the next dated entry does (and the one before it is not from an earlier year); otherwise it
 * could fall either side of a boundary and is left out for the user to decide.
 */
export function selectRoundEntries(
  entries: readonly BmaProgressEntry[],
  periodStart: PlainDate,
  cutOff: PlainDate,
): RoundEntries {
  const used: UsedBmaEntry[] = [];
  const leftOut: LeftOutBmaEntry[] = [];
  entries.forEach((entry, index) => {
    const { number, date } = entry;
    if (date !== null) {
      if (within(date, periodStart, cutOff)) used.push({ index, number, date, placement: 'dated' });
      else {
        const reason = comparePlainDates(date, periodStart) < 0 ? 'before-fiscal-year' : 'after-cut-off';
        leftOut.push({ index, number, reason });
      }
      return;
    }
    const nextDate = entries.slice(index + 1).find((later) => later.date !== null)?.date ?? null;
    const previousDate = entries.slice(0, index).findLast((earlier) => earlier.date !== null)?.date ?? null;
    const startsInYear = previousDate === null || comparePlainDates(previousDate, periodStart) >= 0;
    if (nextDate !== null && within(nextDate, periodStart, cutOff) && startsInYear) {
      used.push({ index, number, date: null, placement: 'between-neighbours' });
    } else if (nextDate !== null && comparePlainDates(nextDate, periodStart) < 0) {
      leftOut.push({ index, number, reason: 'before-fiscal-year' });
    } else {
      leftOut.push({ index, number, reason: 'undated-uncertain' });
    }
  });
  return { used, leftOut };
}
