import { bangkokDateOf } from '../calendar/bangkok';
import { plainDateToIso } from '../calendar/plain-date';
import type { Language } from '../i18n/language';
import type { Settings } from '../settings/settings';
import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { stableJson } from '../store/stable-json';
import { badgeView, type BadgeView } from './badge';
import { dueReminders, logAfter, type DueReminder } from './due-reminders';
import { notificationLogFromStored } from './notification-log';
import { readReminderInputs } from './reminder-inputs';
import { reminderNotificationContent, type ReminderNotificationContent } from './reminder-notification';
import { roundStandings, type RoundStanding } from './round-standing';

/** What refreshing needs from the browser; chrome-reminders.ts is the real one, tests pass a fake. */
export interface ReminderPlatform {
  paintBadge(view: BadgeView): Promise<void>;
  showNotification(id: string, content: ReminderNotificationContent): Promise<void>;
  browserLanguage(): Language;
}

export interface RefreshOutcome {
  standings: RoundStanding[];
  badge: BadgeView;
  shown: DueReminder[];
}

/**
 * Recounts the tracked rounds from the store, paints the badge, and shows the reminders that are due and
 * not shown yet today. Safe to run any number of times: what was shown is claimed in the store first.
 */
export async function refreshReminders(
  store: DraftStore,
  platform: ReminderPlatform,
  nowMs: number = Date.now(),
): Promise<RefreshOutcome> {
  const inputs = await readReminderInputs(store, nowMs);
  const { settings } = inputs;
  const standings = roundStandings({ ...inputs, nowMs, overrides: settings.deadlineOverrides });
  const language = settings.language ?? platform.browserLanguage();
  const badge = badgeView(standings, { warningDays: settings.warningDays, language });
  await platform.paintBadge(badge);

  const shown = await claimDueReminders(store, standings, settings, plainDateToIso(bangkokDateOf(nowMs)));
  for (const reminder of shown) {
    await platform.showNotification(reminder.notificationId, reminderNotificationContent(language, reminder));
  }
  return { standings, badge, shown };
}

/**
 * Reads the log, decides what is due and writes the log back in one transaction, so two refreshes racing
 * (a store change and the daily alarm) cannot both show today's reminder. A claimed reminder that then fails
 * to show is not retried today: at most one a day is the promise. The write is not announced as a store
 * change: nothing else displays the log, and the background would only recount for its own bookkeeping.
 */
async function claimDueReminders(
  store: DraftStore,
  standings: readonly RoundStanding[],
  settings: Settings,
  todayIso: string,
): Promise<DueReminder[]> {
  const tx = store.db.transaction('meta', 'readwrite');
  const log = notificationLogFromStored((await tx.store.get(META_KEYS.notificationLog))?.value);
  const due = dueReminders(standings, settings, log, todayIso);
  const next = logAfter(log, due, standings, todayIso);
  if (stableJson(next) !== stableJson(log))
    await tx.store.put({ key: META_KEYS.notificationLog, value: next });
  await tx.done;
  return due;
}
