/**
 * Asia/Bangkok is UTC+7 all year (no daylight saving since 1920), so a fixed offset on epoch milliseconds
 * gives Bangkok wall-clock time whatever zone the user's computer is set to. Kept apart from the calendar's
 * dates (utils/calendar/bangkok.ts builds on it) so the smallest page code can tell one day from the next.
 */
export const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

export const DAY_MS = 24 * 60 * 60 * 1000;

export function assertInstant(instantMs: number): void {
  if (!Number.isFinite(instantMs)) throw new RangeError(`not a point in time: ${instantMs}`);
}

/** Which Bangkok calendar day an instant falls on, counted from 1 January 1970 (day 0). */
export function bangkokDayNumber(instantMs: number): number {
  assertInstant(instantMs);
  return Math.floor((instantMs + BANGKOK_OFFSET_MS) / DAY_MS);
}
