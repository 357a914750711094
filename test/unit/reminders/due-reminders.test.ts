import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { dueReminders, logAfter } from '../../../utils/reminders/due-reminders';
import { OVERDUE_STAGE, type NotificationLog } from '../../../utils/reminders/notification-log';
import { roundStandings } from '../../../utils/reminders/round-standing';
import { bangkok, project, report } from './fixtures';

const projects = [project('p1', [2569, 2570])];
const done2569 = [report('p1', 2569, 2, 'submitted')];

/** Simulates the background at each Bangkok instant, carrying the log between runs as the store would. */
function runDays(wallClocks: string[], settings = DEFAULT_SETTINGS, reports = done2569) {
  let log: NotificationLog = {};
  const shown: string[] = [];
  for (const wallClock of wallClocks) {
    const standings = roundStandings({ projects, reports, portalRounds: {}, nowMs: bangkok(wallClock) });
    const today = wallClock.slice(0, 10);
    const due = dueReminders(standings, settings, log, today);
    log = logAfter(log, due, standings, today);
    shown.push(...due.map((r) => `${today} ${r.key} ${r.stage} ${r.standing.daysLeft}`));
  }
  return shown;
}

describe('dueReminders', () => {
  it('notifies at 14, 7, 3 and 1 days before and on the due day, and not in between', () => {
    const days = Array.from({ length: 20 }, (_, i) => `2027-04-${String(11 + i).padStart(2, '0')} 09:00`);
    expect(runDays(days)).toEqual([
      '2027-04-16 2570-r1 14 14',
      '2027-04-23 2570-r1 7 7',
      '2027-04-27 2570-r1 3 3',
      '2027-04-29 2570-r1 1 1',
      '2027-04-30 2570-r1 0 0',
    ]);
  });

  it('shows at most one per deadline per day, however often it runs', () => {
    expect(runDays(['2027-04-23 00:01', '2027-04-23 09:00', '2027-04-23 23:59'])).toEqual([
      '2027-04-23 2570-r1 7 7',
    ]);
  });

  it('catches up on a lead time missed while the computer was off, once', () => {
    expect(runDays(['2027-04-10 09:00', '2027-04-25 09:00', '2027-04-26 09:00'])).toEqual([
      '2027-04-25 2570-r1 7 5',
    ]);
  });

  it('notifies once a day while overdue, and not at all when that is switched off', () => {
    expect(runDays(['2027-05-01 08:00', '2027-05-01 20:00', '2027-05-02 08:00'])).toEqual([
      `2027-05-01 2570-r1 ${OVERDUE_STAGE} -1`,
      `2027-05-02 2570-r1 ${OVERDUE_STAGE} -2`,
    ]);
    expect(runDays(['2027-05-01 08:00'], { ...DEFAULT_SETTINGS, remindWhileOverdue: false })).toEqual([]);
  });

  it('is silent when quiet, and for a round with nothing outstanding', () => {
    expect(runDays(['2027-04-23 09:00'], { ...DEFAULT_SETTINGS, quiet: true })).toEqual([]);
    expect(
      runDays(['2027-04-23 09:00'], DEFAULT_SETTINGS, [...done2569, report('p1', 2570, 1, 'submitted')]),
    ).toEqual([]);
  });

  it('follows the chosen lead times', () => {
    const days = ['2027-04-20 09:00', '2027-04-21 09:00', '2027-04-30 09:00'];
    expect(runDays(days, { ...DEFAULT_SETTINGS, leadDays: [9] })).toEqual(['2027-04-21 2570-r1 9 9']);
  });

  it('starts the lead times afresh when NACC moves the deadline, from the next day', () => {
    const moved = { '2570': { round1: { year: 2027, month: 5, day: 7 } } };
    const standingsAt = (wallClock: string, overrides = {}) =>
      roundStandings({ projects, reports: done2569, portalRounds: {}, nowMs: bangkok(wallClock), overrides });
    const first = dueReminders(standingsAt('2027-04-27 09:00'), DEFAULT_SETTINGS, {}, '2027-04-27');
    expect(first.map((r) => r.stage)).toEqual([3]);
    const log = logAfter({}, first, standingsAt('2027-04-27 09:00'), '2027-04-27');
    // Moved the same day: still one a day. The next day, 9 days before the new date, the 14-day lead again.
    expect(dueReminders(standingsAt('2027-04-27 10:00', moved), DEFAULT_SETTINGS, log, '2027-04-27')).toEqual(
      [],
    );
    const nextDay = dueReminders(standingsAt('2027-04-28 09:00', moved), DEFAULT_SETTINGS, log, '2027-04-28');
    expect(nextDay.map((r) => [r.stage, r.standing.daysLeft])).toEqual([[14, 9]]);
  });

  it('names each notification by deadline and Bangkok day, and keeps the log to the tracked rounds', () => {
    const standings = roundStandings({
      projects,
      reports: [],
      portalRounds: {},
      nowMs: bangkok('2026-11-22 09:00'),
    });
    const due = dueReminders(standings, DEFAULT_SETTINGS, {}, '2026-11-22');
    expect(due.map((r) => r.notificationId)).toEqual(['eplan-deadline:2569-r2:2026-11-22']);
    const stale = { '2568-r1': { day: '2025-05-02', stage: OVERDUE_STAGE, due: '2025-04-30' } };
    expect(Object.keys(logAfter(stale, due, standings, '2026-11-22'))).toEqual(['2569-r2']);
  });
});
