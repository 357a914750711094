import { collapseWhitespace } from '../thai/whitespace';
import type { TextRange } from './text-range';

/** Thai vowels and tone marks written above or below a consonant: an excerpt must not start with one. */
const THAI_COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;
/** Thai vowels written before their consonant (เ แ โ ใ ไ): an excerpt must not end with one. */
const THAI_LEADING_VOWEL = /[\u0e40-\u0e44]/;
const LOW_SURROGATE = /[\udc00-\udfff]/;
const SPACE = /\s/;
const MAX_MARKED = 40;
/** How far a cut may move to reach a space; past that, the phrase is cut. */
const MAX_STRETCH = 12;

/**
 * A short piece of `text` around `range`, for a message that quotes where a problem is:
 * `…พร้อมทั้งชื่อ ? สกุล ตำแหน่ง…`. Cuts at a space when one is near (Thai puts spaces between phrases, not
 * words), and never splits a consonant from its vowels and tone marks, nor a surrogate pair.
 * (Intl.Segmenter would find Thai words, but costs ~20 ms to set up: ten times the budget of a whole check.)
 */
export function excerptAround(text: string, range: TextRange, radius = 12): string {
  const markedEnd = Math.min(range.end, range.start + MAX_MARKED);
  let start = Math.max(0, range.start - radius);
  let end = Math.min(text.length, markedEnd + radius);
  start = spaceBefore(text, start);
  end = spaceAfter(text, end);
  while (start > 0 && cutsCluster(text, start)) start--;
  while (end < text.length && cutsCluster(text, end)) end++;
  const piece = collapseWhitespace(text.slice(start, end));
  return `${start > 0 ? '…' : ''}${piece}${end < text.length ? '…' : ''}`;
}

/** Just after the nearest space at or before `index`, if near. */
function spaceBefore(text: string, index: number): number {
  for (let i = index; i > 0 && index - i <= MAX_STRETCH; i--) {
    if (SPACE.test(text[i - 1] ?? '')) return i;
  }
  return index;
}

/** The nearest space at or after `index`, if near. */
function spaceAfter(text: string, index: number): number {
  for (let i = index; i < text.length && i - index <= MAX_STRETCH; i++) {
    if (SPACE.test(text[i] ?? '')) return i;
  }
  return index;
}

/** Cutting before `index` would split a cluster: a mark from its consonant, or a leading vowel from it. */
function cutsCluster(text: string, index: number): boolean {
  const c = text[index] ?? '';
  return THAI_COMBINING.test(c) || LOW_SURROGATE.test(c) || THAI_LEADING_VOWEL.test(text[index - 1] ?? '');
}
