import { isFollowingSign, isLeadingVowel, isThaiLetterOrSign } from './thai-characters';

/**
 * The printout wraps long Thai text at a fixed width, sometimes inside a word (`…กองวินัยและเส` /
 * `ริมสร้างจริยธรรม`, `…การทุจริตแ` / `ละประพฤติมิชอบ`), and sometimes where the writer had a space. Thai puts
 * no spaces between words, so the join is decided from the characters on both sides of the break.
 */

/** Characters each side handed to the word segmenter: enough for the longest Thai words in these reports. */
const CONTEXT = 24;

const thaiWords: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('th', { granularity: 'word' })
    : null;

/** True when the dictionary-based segmenter sees one word running across `before|after`. */
function breakFallsInsideAWord(before: string, after: string): boolean {
  if (thaiWords === null) return false;
  const left = before.slice(-CONTEXT);
  const joined = left + after.slice(0, CONTEXT);
  for (const { index, segment } of thaiWords.segment(joined)) {
    if (index === left.length) return false;
    if (index < left.length && index + segment.length > left.length) return true;
  }
  return false;
}

/**
 * What goes between the text so far and the next wrapped line: nothing when the break cut a word, a space
 * otherwise. Without Intl.Segmenter only the spelling rules apply, and a cut word keeps a space (readable,
 * never glued wrongly).
 */
export function wrappedLineSeparator(before: string, after: string): '' | ' ' {
  if (before === '' || after === '') return '';
  const last = before.at(-1);
  const first = after[0];
  // A line ending in เ แ โ ใ ไ stops mid-syllable; one starting with a vowel sign or tone mark continues one.
  if (isLeadingVowel(last) || isFollowingSign(first)) return '';
  if (isThaiLetterOrSign(last) && isThaiLetterOrSign(first)) {
    return breakFallsInsideAWord(before, after) ? '' : ' ';
  }
  return ' ';
}
