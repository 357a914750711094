import { bangkokDateOf, startOfBangkokDay } from '../calendar/bangkok';
import { addDays } from '../calendar/plain-date';

/** The alarm that recounts deadlines when the Bangkok day changes. */
export const DAILY_ALARM = 'reminders-daily';
export const DAILY_PERIOD_MINUTES = 24 * 60;
/** A minute after midnight, so "today" is surely the new day whatever the clock's jitter. */
const AFTER_MIDNIGHT_MS = 60_000;

/** 00:01 Bangkok time on the next Bangkok day, as epoch ms. */
export function nextDailyAlarmAt(nowMs: number): number {
  return startOfBangkokDay(addDays(bangkokDateOf(nowMs), 1)) + AFTER_MIDNIGHT_MS;
}

export interface ScheduledAlarm {
  scheduledTime: number;
  periodInMinutes?: number;
}

/**
 * True when the daily alarm must be made again: it is missing, not daily, or set later than the next
 * 00:01 Bangkok (a periodic alarm that fired late after the computer slept keeps the late hour; the clock
 * may have been wrong when it was set). One already due but not yet fired is fine.
 */
export function dailyAlarmNeedsReset(alarm: ScheduledAlarm | undefined, nowMs: number): boolean {
  if (!alarm) return true;
  if (alarm.periodInMinutes !== DAILY_PERIOD_MINUTES) return true;
  return alarm.scheduledTime > nextDailyAlarmAt(nowMs);
}
