import { translate } from '../i18n/translate';
import { type Language } from '../i18n/language';
import { daysLeftText, shortDate, outstandingLine, roundName } from './deadline-text';
import type { DueReminder } from './due-reminders';

export interface ReminderNotificationContent {
  title: string;
  message: string;
  /** The small line under the message: which extension is speaking. */
  contextMessage: string;
  /** The one button: open the portal's report list (the body opens the workspace). */
  openPortalButton: string;
}

/** `รอบ 12 เดือน ปีงบประมาณ 2569: เลยกำหนด 22 วัน` / `ยังไม่ส่ง 2 รายงาน (…)` + the due date. */
export function reminderNotificationContent(
  language: Language,
  { standing }: DueReminder,
): ReminderNotificationContent {
  const { schedule, daysLeft, counts } = standing;
  return {
    title: translate(language, 'reminderNotificationTitle', {
      round: roundName(language, schedule),
      left: daysLeftText(language, daysLeft),
    }),
    message: translate(language, 'reminderNotificationMessage', {
      outstanding: outstandingLine(language, counts),
      date: shortDate(language, schedule.due),
    }),
    contextMessage: translate(language, 'appName'),
    openPortalButton: translate(language, 'reminderOpenPortal'),
  };
}
