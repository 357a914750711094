import { describe, expect, it } from 'vitest';
import {
  DAILY_PERIOD_MINUTES,
  dailyAlarmNeedsReset,
  nextDailyAlarmAt,
} from '../../../utils/reminders/daily-alarm';
import { bangkok } from './fixtures';

describe('the daily alarm', () => {
  it('is set for 00:01 Bangkok time on the next Bangkok day', () => {
    expect(nextDailyAlarmAt(bangkok('2026-11-22 09:00'))).toBe(bangkok('2026-11-23 00:01'));
    expect(nextDailyAlarmAt(bangkok('2026-11-22 23:59'))).toBe(bangkok('2026-11-23 00:01'));
    expect(nextDailyAlarmAt(bangkok('2026-11-23 00:00'))).toBe(bangkok('2026-11-24 00:01'));
    expect(nextDailyAlarmAt(bangkok('2027-09-30 12:00'))).toBe(bangkok('2027-10-01 00:01'));
  });

  it('is made again when missing, not daily, or drifted later than the next 00:01', () => {
    const now = bangkok('2026-11-22 09:00');
    const daily = (at: string) => ({ scheduledTime: bangkok(at), periodInMinutes: DAILY_PERIOD_MINUTES });
    expect(dailyAlarmNeedsReset(undefined, now)).toBe(true);
    expect(dailyAlarmNeedsReset({ scheduledTime: bangkok('2026-11-23 00:01') }, now)).toBe(true);
    expect(dailyAlarmNeedsReset(daily('2026-11-23 09:00'), now)).toBe(true);
    expect(dailyAlarmNeedsReset(daily('2026-11-23 00:01'), now)).toBe(false);
    // Due but not fired yet (the computer just woke): it will fire; leave it.
    expect(dailyAlarmNeedsReset(daily('2026-11-22 00:01'), now)).toBe(false);
  });
});
