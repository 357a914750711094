import { plainDateToIso } from '../calendar/plain-date';
import type { Settings } from '../settings/settings';
import { deadlineKey, OVERDUE_STAGE, type NotificationLog } from './notification-log';
import type { RoundStanding } from './round-standing';

/** One notification to show now. */
export interface DueReminder {
  /** `eplan-deadline:2570-r1:2026-11-22`: one id per deadline per Bangkok day. */
  notificationId: string;
  key: string;
  /** The lead time reached (days before the due day), or OVERDUE_STAGE. */
  stage: number;
  standing: RoundStanding;
}

export const NOTIFICATION_ID_PREFIX = 'eplan-deadline:';

/**
 * Which reminders are due at this moment, given what was already shown (the log).
 * - Nothing when quiet, and nothing for a round with nothing outstanding.
 * - Before the deadline: the closest lead time reached (days left ≤ lead), once per lead time. A computer
 *   switched off on the 7-days day still gets "5 days left" when it starts, not silence until the 3-days day.
 * - Overdue: once a day while `remindWhileOverdue` is on.
 * - Never twice for one deadline on one Bangkok day, whatever the stage, even if its date was just moved
 *   (the user who moved it knows); from the next day a moved due date starts the lead times afresh.
 */
export function dueReminders(
  standings: readonly RoundStanding[],
  settings: Pick<Settings, 'quiet' | 'leadDays' | 'remindWhileOverdue'>,
  log: NotificationLog,
  todayIso: string,
): DueReminder[] {
  if (settings.quiet) return [];
  const due: DueReminder[] = [];
  for (const standing of standings) {
    if (standing.outstanding === 0) continue;
    const stage = standing.overdue
      ? settings.remindWhileOverdue
        ? OVERDUE_STAGE
        : undefined
      : closestLeadReached(settings.leadDays, standing.daysLeft);
    if (stage === undefined) continue;
    const key = deadlineKey(standing.schedule);
    const last = log[key];
    if (last?.day === todayIso) continue;
    const sameDueDate = last?.due === plainDateToIso(standing.schedule.due);
    if (sameDueDate && stage !== OVERDUE_STAGE && last!.stage <= stage) continue;
    due.push({ notificationId: `${NOTIFICATION_ID_PREFIX}${key}:${todayIso}`, key, stage, standing });
  }
  return due;
}

/** The smallest lead time not yet passed: with leads 14, 7, 3, 1, 0 and 5 days left, 7. */
function closestLeadReached(leadDays: readonly number[], daysLeft: number): number | undefined {
  let closest: number | undefined;
  for (const lead of leadDays) {
    if (daysLeft <= lead && (closest === undefined || lead < closest)) closest = lead;
  }
  return closest;
}

/**
 * The log after showing `shown`: their entries replaced, entries of rounds no longer tracked dropped (so
 * the log stays as small as the tracked rounds).
 */
export function logAfter(
  log: NotificationLog,
  shown: readonly DueReminder[],
  standings: readonly RoundStanding[],
  todayIso: string,
): NotificationLog {
  const tracked = new Set(standings.map((s) => deadlineKey(s.schedule)));
  const next: NotificationLog = {};
  for (const [key, entry] of Object.entries(log)) if (tracked.has(key)) next[key] = entry;
  for (const reminder of shown) {
    next[reminder.key] = {
      day: todayIso,
      stage: reminder.stage,
      due: plainDateToIso(reminder.standing.schedule.due),
    };
  }
  return next;
}
