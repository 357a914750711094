import { thaiDigitsToAscii } from '../thai/digits';

/** Label text reduced to what identifies it: ASCII digits, no spaces, dots, colons or stars. */
export function normaliseLabel(text: string): string {
  return thaiDigitsToAscii(text)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.:*()\u200b]/g, '');
}

/** True when the words of `wanted` appear in `text`, ignoring spacing and Thai/ASCII digit differences. */
export function labelContains(text: string, wanted: string): boolean {
  const needle = normaliseLabel(wanted);
  return needle !== '' && normaliseLabel(text).includes(needle);
}
