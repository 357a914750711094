import { describe, expect, it } from 'vitest';
import { bangkokDateTimeParts } from '../../utils/calendar/bangkok';
import { fiscalYearOf } from '../../utils/calendar/fiscal-year';
import { daysLeft, isLate, roundSchedule } from '../../utils/calendar/rounds';

// The `tz` project reruns the calendar and Thai tests under TZ=UTC, America/Los_Angeles and Pacific/Kiritimati.
// These checks make sure such a run really happened in that zone, and that Bangkok answers never move with it.

/** What the ICU time-zone database says the Bangkok wall clock reads at an instant. */
function icuBangkokParts(instantMs: number) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Bangkok',
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instantMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

describe('time zone of this run', () => {
  it('is the zone TZ names, or, with TZ unset, the fixed Bangkok answers hold in the machine zone', () => {
    const tz = process.env.TZ;
    if (tz) {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
      // The Date machinery (not only Intl) must be in that zone too, or local-time bugs could hide.
      const instant = Date.parse('2021-04-30T16:59:00Z');
      const localHour = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hour: 'numeric',
        hourCycle: 'h23',
      }).format(instant);
      expect(new Date(instant).getHours()).toBe(Number(localHour));
    } else {
      // No zone forced: the machine's own zone is in effect, and Bangkok answers must still be the fixed ones.
      const now = Date.now();
      expect(bangkokDateTimeParts(now)).toEqual(icuBangkokParts(now));
      expect(fiscalYearOf(Date.parse('2026-09-30T17:00:00Z'))).toBe(2570);
      expect(fiscalYearOf(Date.parse('2026-09-30T16:59:00Z'))).toBe(2569);
    }
  });
});

describe('Bangkok answers, whatever the machine zone', () => {
  it('match the ICU time-zone database for Asia/Bangkok at every 7h13m from 1970 to 2040', () => {
    const step = (7 * 60 + 13) * 60_000;
    const mismatches: string[] = [];
    for (let t = Date.parse('1970-01-01T00:00:00Z'); t < Date.parse('2040-01-01T00:00:00Z'); t += step * 97) {
      const ours = bangkokDateTimeParts(t);
      const icu = icuBangkokParts(t);
      if (JSON.stringify(ours) !== JSON.stringify(icu)) mismatches.push(`${new Date(t).toISOString()}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('keep the deadline boundaries in Bangkok time', () => {
    const round1 = roundSchedule(2564, 1);
    expect(fiscalYearOf(Date.parse('2026-09-30T16:59:00Z'))).toBe(2569);
    expect(fiscalYearOf(Date.parse('2026-09-30T17:00:00Z'))).toBe(2570);
    expect(isLate(Date.parse('2021-04-30T16:59:59.999Z'), round1)).toBe(false);
    expect(isLate(Date.parse('2021-04-30T17:00:00Z'), round1)).toBe(true);
    expect(daysLeft(Date.parse('2021-04-29T17:00:00Z'), round1.due)).toBe(0);
    expect(daysLeft(Date.parse('2021-04-30T16:59:00Z'), round1.due)).toBe(0);
    expect(daysLeft(Date.parse('2021-04-30T17:00:00Z'), round1.due)).toBe(-1);
  });
});
