import { thaiDigitsToAscii } from './digits';

/**
 * Thai text as a person means it, for telling whether two texts say the same (a project's name on the
 * portal and in a draft, in a CSV row and in the store) and for search:
 * - compatibility-normalised (NFKC), so sara am typed as one character (ำ) or as nikhahit + sara aa (ํา),
 *   as some keyboards and PDFs produce it, compares equal;
 * - Thai digits read as 0–9;
 * - no spaces or zero-width characters at all (Thai writes none between words, so people put them anywhere);
 * - lower case, for the Latin parts (codes, "ITA").
 */
export function comparisonKey(text: string): string {
  return thaiDigitsToAscii(text.normalize('NFKC'))
    .replace(/[\s\u200b-\u200d\u2060]/g, '')
    .toLowerCase();
}
