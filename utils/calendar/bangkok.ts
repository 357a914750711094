import { assertInstant, BANGKOK_OFFSET_MS, bangkokDayNumber, DAY_MS } from './bangkok-day';
import { dayNumber, plainDateFromDayNumber, type PlainDate } from './plain-date';

export interface BangkokDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The date on a Bangkok wall calendar at this instant. */
export function bangkokDateOf(instantMs: number): PlainDate {
  return plainDateFromDayNumber(bangkokDayNumber(instantMs));
}

/** Epoch ms of 00:00 Bangkok time on this date. */
export function startOfBangkokDay(d: PlainDate): number {
  return dayNumber(d) * DAY_MS - BANGKOK_OFFSET_MS;
}

/** Bangkok wall-clock reading of an instant, for display ("saved 30 Apr 2564 16:05"). */
export function bangkokDateTimeParts(instantMs: number): BangkokDateTimeParts {
  assertInstant(instantMs);
  // getUTC* on a shifted instant reads Bangkok time without consulting the machine's zone.
  const shifted = new Date(instantMs + BANGKOK_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}
