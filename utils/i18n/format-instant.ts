import { bangkokDateTimeParts } from '../calendar/bangkok';
import { formatThaiDate } from '../thai/date';
import { ENGLISH_MONTHS } from '../thai/months';
import type { Language } from './translate';

/**
 * A moment as a person in Bangkok reads it, whatever the computer's zone: `23 พ.ย. 2569 14:05 น.` in Thai
 * (Buddhist Era), `23 Nov 2026, 14:05` in English.
 */
export function formatInstant(language: Language, ms: number): string {
  const p = bangkokDateTimeParts(ms);
  const time = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  if (language === 'th') {
    return `${formatThaiDate({ year: p.year, month: p.month, day: p.day }, { month: 'short' })} ${time} น.`;
  }
  return `${p.day} ${ENGLISH_MONTHS[p.month - 1]!.slice(0, 3)} ${p.year}, ${time}`;
}
