import { dayNumber, plainDateFromDayNumber, type PlainDate } from './plain-date';

/**
 * Asia/Bangkok is UTC+7 all year (no daylight saving since 1920), so a fixed offset on epoch milliseconds
 * gives Bangkok wall-clock time whatever zone the user's computer is set to.
 */
export const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BangkokDateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function assertInstant(instantMs: number): void {
  if (!Number.isFinite(instantMs)) throw new RangeError(`not a point in time: ${instantMs}`);
}

/** The date on a Bangkok wall calendar at this instant. */
export function bangkokDateOf(instantMs: number): PlainDate {
  assertInstant(instantMs);
  return plainDateFromDayNumber(Math.floor((instantMs + BANGKOK_OFFSET_MS) / DAY_MS));
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
