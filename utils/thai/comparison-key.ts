import { thaiDigitsToAscii } from './digits';

/** Nikhahit (ํ) then a tone mark (่ ้ ๊ ๋): Unicode orders neither, so both orders occur in typed text. */
const NIKHAHIT_BEFORE_TONE_MARK = /(\u0e4d)([\u0e48-\u0e4b])/g;
/** Sara ae (แ) typed as two sara e (เเ), as many do: the two look the same on screen. */
const TWO_SARA_E = /\u0e40\u0e40/g;
/** A tone mark typed before an upper vowel (ท่ี for ที่): Unicode orders neither, Thai writes the vowel first. */
const TONE_MARK_BEFORE_UPPER_VOWEL = /([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37])/g;

/**
 * Thai text as a person means it, for telling whether two texts say the same (a project's name on the
 * portal and in a draft, in a CSV row and in the store) and for search:
 * - compatibility-normalised (NFKC), so sara am typed as one character (ำ) or as nikhahit + sara aa (ํา),
 *   as some keyboards and PDFs produce it, compares equal; and a tone mark typed after the nikhahit
 *   (นํ้า) is put before it, where sara am's own order has it (น้ำ), and one typed before an upper vowel
 *   (ท่ี) after it (ที่), and two sara e (เเ) read as the sara ae (แ) they look like;
 * - Thai digits read as 0–9;
 * - no spaces or zero-width characters at all (Thai writes none between words, so people put them anywhere);
 * - lower case, for the Latin parts (codes, "ITA").
 */
export function comparisonKey(text: string): string {
  // Spaces and zero-width characters go first: one between two marks (เ, zero-width space, เ) must not keep them apart.
  return thaiDigitsToAscii(text.normalize('NFKC'))
    .replace(/[\s\u200b-\u200d\u2060]/g, '')
    .replace(NIKHAHIT_BEFORE_TONE_MARK, '$2$1')
    .replace(TONE_MARK_BEFORE_UPPER_VOWEL, '$2$1')
    .replace(TWO_SARA_E, '\u0e41')
    .toLowerCase();
}
