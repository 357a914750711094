import type { RoundSchedule } from '../utils/calendar/rounds';
import { daysLeft } from '../utils/calendar/rounds';
import type { MessageKey } from '../utils/i18n/strings';
import { formatThaiDate } from '../utils/thai/date';

interface Props {
  schedule: RoundSchedule;
  now: number;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/** "due 30 เม.ย. 2570 · 12 days left", coloured by how close the deadline is. */
export function DeadlineChip({ schedule, now, t }: Props) {
  const days = daysLeft(now, schedule.due);
  const tone = days < 0 ? 'overdue' : days <= 7 ? 'soon' : 'calm';
  const left =
    days < 0 ? t('daysOverdue', { days: -days }) : days === 0 ? t('dueToday') : t('daysLeft', { days });
  return (
    <span className={`chip chip-${tone}`}>
      {t('dueOn', { date: formatThaiDate(schedule.due, { month: 'short' }) })} · {left}
    </span>
  );
}
