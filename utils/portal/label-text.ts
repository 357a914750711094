import { comparisonKey } from '../thai/comparison-key';

/**
 * Label text reduced to what identifies it: compared as Thai text is (utils/thai/comparison-key.ts: sara am
 * either way, ASCII digits, no spaces), without dots, colons, stars or brackets.
 */
export function normaliseLabel(text: string): string {
  return comparisonKey(text).replace(/[.:*()]/g, '');
}

/** True when the words of `wanted` appear in `text`, ignoring spacing and Thai/ASCII digit differences. */
export function labelContains(text: string, wanted: string): boolean {
  const needle = normaliseLabel(wanted);
  return needle !== '' && normaliseLabel(text).includes(needle);
}
