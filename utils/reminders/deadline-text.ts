import type { Round, RoundSchedule } from '../calendar/rounds';
import type { PlainDate } from '../calendar/plain-date';
import type { MessageKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { type Language } from '../i18n/language';
import { ENGLISH_MONTHS } from '../thai/months';
import { formatThaiDate } from '../thai/date';
import type { RoundCounts } from './round-standing';

/** `รอบ 6 เดือน ปีงบประมาณ 2570` / `6-month round, fiscal year 2570`. */
export function roundName(
  language: Language,
  { fiscalYear, round }: Pick<RoundSchedule, 'fiscalYear' | 'round'>,
) {
  return translate(language, 'reminderRoundName', { months: monthsOf(round), year: fiscalYear });
}

function monthsOf(round: Round): number {
  return round === 1 ? 6 : 12;
}

/** `30 เม.ย. 2570` in Thai (the Buddhist Era, as the circular writes it); `30 Apr 2027` in English. */
export function shortDate(language: Language, date: PlainDate): string {
  if (language === 'th') return formatThaiDate(date, { month: 'short' });
  return `${date.day} ${ENGLISH_MONTHS[date.month - 1]!.slice(0, 3)} ${date.year}`;
}

/** `อีก 12 วัน`, `ครบกำหนดวันนี้`, `เลยกำหนด 3 วัน` (English says "1 day", not "1 days"). */
export function daysLeftText(language: Language, days: number): string {
  if (days === 0) return translate(language, 'reminderDueToday');
  const count = Math.abs(days);
  const key: MessageKey =
    days > 0
      ? count === 1
        ? 'reminderOneDayLeft'
        : 'reminderDaysLeft'
      : count === 1
        ? 'reminderOneDayOverdue'
        : 'reminderDaysOverdue';
  return translate(language, key, { days: count });
}

/** `รอบ 6 เดือน ปีงบประมาณ 2570 ครบกำหนด 30 เม.ย. 2570 (อีก 12 วัน)`. */
export function deadlineLine(language: Language, schedule: RoundSchedule, days: number): string {
  return translate(language, 'reminderDeadline', {
    round: roundName(language, schedule),
    date: shortDate(language, schedule.due),
    left: daysLeftText(language, days),
  });
}

/** `ยังไม่ส่ง 3 รายงาน (ยังไม่มีร่าง 1 · ร่าง 1 · พร้อมส่ง 1)`. */
export function outstandingLine(language: Language, counts: RoundCounts): string {
  const outstanding = counts.noDraft + counts.draft + counts.ready;
  return translate(language, outstanding === 1 ? 'reminderOneOutstanding' : 'reminderOutstanding', {
    count: outstanding,
    noDraft: counts.noDraft,
    draft: counts.draft,
    ready: counts.ready,
  });
}
