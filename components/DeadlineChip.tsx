import type { RoundSchedule } from '../utils/calendar/rounds';
import { daysLeft } from '../utils/calendar/rounds';
import type { MessageKey } from '../utils/i18n/strings';
import type { Language } from '../utils/i18n/language';
import { deadlineTone } from '../utils/reminders/badge';
import { daysLeftText, shortDate } from '../utils/reminders/deadline-text';

interface Props {
  schedule: RoundSchedule;
  now: number;
  language: Language;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/** "ครบกำหนด 30 เม.ย. 2570 · อีก 12 วัน", coloured by how close the deadline is (as the badge counts it). */
export function DeadlineChip({ schedule, now, language, t }: Props) {
  const days = daysLeft(now, schedule.due);
  return (
    <span className={`chip chip-${deadlineTone(days)}`}>
      {t('dueOn', { date: shortDate(language, schedule.due) })} · {daysLeftText(language, days)}
    </span>
  );
}
