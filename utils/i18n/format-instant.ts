import { bangkokDateTimeParts } from '../calendar/bangkok';
import { BANGKOK_OFFSET_MS } from '../calendar/bangkok-day';
import { shortDate } from '../reminders/deadline-text';
import type { Language } from './language';

/**
 * A moment as a person in Bangkok reads it, whatever the computer's zone: `23 พ.ย. 2569 14:05 น.` in Thai
 * (Buddhist Era), `23 Nov 2026, 14:05` in English.
 */
export function formatInstant(language: Language, ms: number): string {
  // Not a moment a date can hold (a damaged value read from somewhere unchecked): shown as unknown.
  if (!Number.isFinite(new Date(ms + BANGKOK_OFFSET_MS).getTime())) return '—';
  const { hour, minute, ...date } = bangkokDateTimeParts(ms);
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return language === 'th'
    ? `${shortDate(language, date)} ${time} น.`
    : `${shortDate(language, date)}, ${time}`;
}
