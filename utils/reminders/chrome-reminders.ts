import browser from 'webextension-polyfill';
import { languageFromBrowser } from '../i18n/language';
import { BADGE_COLOURS, type BadgeView } from './badge';
import { DAILY_ALARM, DAILY_PERIOD_MINUTES, dailyAlarmNeedsReset, nextDailyAlarmAt } from './daily-alarm';
import { NOTIFICATION_ID_PREFIX } from './due-reminders';
import { PORTAL_REPORT_LIST_URL, WORKSPACE_OUTSTANDING_PATH } from './open-targets';
import type { ReminderPlatform } from './refresh-reminders';
import type { ReminderNotificationContent } from './reminder-notification';

// Thin adapters between the pure reminder logic and the browser's APIs. Nothing here decides anything.

/** Chrome's MV3 `action`; Firefox's MV2 build calls the toolbar button `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

async function paintBadge(view: BadgeView): Promise<void> {
  const button = toolbarButton();
  await button.setTitle({ title: view.title });
  await button.setBadgeText({ text: view.text });
  if (view.tone === null) return;
  const colours = BADGE_COLOURS[view.tone];
  await button.setBadgeBackgroundColor({ color: colours.background });
  // Chrome 110+ and Firefox 63+; older ones keep their white text.
  await button.setBadgeTextColor?.({ color: colours.text });
}

async function showNotification(id: string, content: ReminderNotificationContent): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: content.title,
    message: content.message,
    contextMessage: content.contextMessage,
    // Firefox's notifications take no buttons; there the body's click opens the workspace only.
    ...(import.meta.env.FIREFOX ? {} : { buttons: [{ title: content.openPortalButton }] }),
  });
}

export const chromeReminderPlatform: ReminderPlatform = {
  paintBadge,
  showNotification,
  browserLanguage: () => languageFromBrowser(navigator.languages),
};

/** Makes the daily recount alarm again if it is missing or has drifted from just after Bangkok midnight. */
export async function ensureDailyAlarm(nowMs: number = Date.now()): Promise<void> {
  const alarm = await browser.alarms.get(DAILY_ALARM);
  if (!dailyAlarmNeedsReset(alarm, nowMs)) return;
  await browser.alarms.create(DAILY_ALARM, {
    when: nextDailyAlarmAt(nowMs),
    periodInMinutes: DAILY_PERIOD_MINUTES,
  });
}

/**
 * A click on one of our reminders: the body opens the workspace filtered to what is outstanding, the button
 * the portal's report list. Other notifications are not ours to answer.
 */
export async function openFromReminder(notificationId: string, target: 'body' | 'portal'): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_ID_PREFIX)) return;
  const url =
    target === 'portal' ? PORTAL_REPORT_LIST_URL : browser.runtime.getURL(WORKSPACE_OUTSTANDING_PATH);
  await browser.tabs.create({ url });
  await browser.notifications.clear(notificationId);
}
