import type { Translator } from '../i18n/translate';
import { formatCount } from '../thai/amount';

/** A text longer than the store keeps: how long it is, and the most that can be kept. */
export interface TextTooLong {
  length: number;
  max: number;
}

/**
 * The text to store for a field: as typed when it fits, else the stored text (the form keeps what was
 * typed, and says beside the field that it is too long to save, so nothing is cut off unseen).
 */
export function withinLimit(
  typed: string,
  stored: string,
  max: number,
): { value: string; tooLong: TextTooLong | null } {
  if (typed.length <= max) return { value: typed, tooLong: null };
  return { value: stored, tooLong: { length: typed.length, max } };
}

/** What the form says beside a text too long to keep. */
export function textTooLongMessage(tooLong: TextTooLong, t: Translator): string {
  return t('formTextTooLong', { length: formatCount(tooLong.length), max: formatCount(tooLong.max) });
}
