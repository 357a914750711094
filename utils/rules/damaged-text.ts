import type { TextRange } from './text-range';

/**
 * - `lost-character`: a `?` standing where a PDF extraction lost a Thai character (`ชื่อ ? สกุล`, `?ส่งเสริม`);
 * - `replacement-character`: U+FFFD, what a decoder writes for bytes it could not read;
 * - `mojibake`: Thai UTF-8 read as Latin-1/Windows-1252 (`à¸ªà¸³`), or U+FFFD read that way (`ï¿½`);
 * - `placeholder`: text nobody meant to publish (`-`, `xxx`, `ทดสอบ`, `TODO`, `รอข้อมูล`, a `.......` blank).
 */
export type TextDamageKind = 'lost-character' | 'replacement-character' | 'mojibake' | 'placeholder';

export interface TextDamage extends TextRange {
  kind: TextDamageKind;
}

const THAI = /[\u0e00-\u0e7f]/;
const QUESTION_MARKS = /\?+/g;
/** Spaces within a line: a `?` at the end of a line is punctuation, whatever the next line starts with. */
const HORIZONTAL_SPACE = /[ \t\u00a0\u200b]/;
const WHITESPACE = /\s/;
const REPLACEMENT_CHARACTERS = /\ufffd+/g;
/** UTF-8 Thai is E0 B8 xx / E0 B9 xx, which Latin-1 shows as `à¸x` / `à¹x`; U+FFFD becomes `ï¿½`. */
const MOJIBAKE = /(?:à[¸¹][^\s]?)+|(?:ï¿½)+/g;

/** The whole text is only this (compared after trimming, case-insensitively). */
const WHOLE_TEXT_PLACEHOLDER = new RegExp(
  '^(?:' +
    [
      '[-–—_.…·*/\\\\?!x\\s]+', // dashes, dots, x's, question marks
      '(?:(?:ทดสอบ|test(?:ing)?|todo|tbd|asdf|lorem ipsum)[\\s\\d.…!-]*)+',
      'n/?a',
      'รอ(?:ข้อมูล)?',
    ].join('|') +
    ')$',
  'i',
);
/**
 * Markers that are placeholders wherever they appear. `รอข้อมูล` and `ทดสอบ` are not among them: "อยู่ระหว่าง
 * รอข้อมูลจากสำนักงานเขต" and "ทดสอบระบบ" are real narratives.
 */
const EMBEDDED_PLACEHOLDERS =
  /(?<![A-Za-z])(?:TODO|FIXME|TBD|x{3,})(?![A-Za-z])|\.{5,}|…{2,}|_{3,}|[[<]\s*(?:ใส่|ระบุ|กรอก)[^\]>\n]{0,40}[\]>]/gi;
/** Zero-width characters count as blank, as in collapseWhitespace. */
const BLANK = /\s|\u200b|\u200c|\u200d|\u2060|\ufeff/;

/** Every damaged or placeholder stretch of a text, in reading order. The text itself is never changed. */
export function findDamagedText(text: string): TextDamage[] {
  return inReadingOrder([...findDamagedCharacters(text), ...findPlaceholders(text)]);
}

/** Characters lost or garbled on the way in (everything but placeholders), in reading order. */
export function findDamagedCharacters(text: string): TextDamage[] {
  return inReadingOrder([
    ...findLostCharacters(text),
    ...findMatches(text, REPLACEMENT_CHARACTERS, 'replacement-character'),
    ...findMatches(text, MOJIBAKE, 'mojibake'),
  ]);
}

/**
 * A run of `?` is a lost character when Thai follows it on the same line, unless it closes the word before
 * it and a space follows (`ทำไม? เพราะ…` is a question). So `ชื่อ ? สกุล`, `?ส่งเสริม` and `ก?ข` are flagged;
 * `ทำไม?`, `จริงหรือ ?` at the end, `what? ใช่` and `page.php?id=1` are not.
 */
export function findLostCharacters(text: string): TextDamage[] {
  const found: TextDamage[] = [];
  for (const match of text.matchAll(QUESTION_MARKS)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1];
    const after = text[end];
    const closesWord = before !== undefined && !WHITESPACE.test(before);
    if (closesWord && after !== undefined && WHITESPACE.test(after)) continue;
    if (THAI.test(nextOnLine(text, end))) found.push({ kind: 'lost-character', start, end });
  }
  return found;
}

/** Placeholder text: the whole text, or markers inside it. */
export function findPlaceholders(text: string): TextDamage[] {
  // Scanned by hand: a regex anchored at the end backtracks quadratically over a long blank run.
  let start = 0;
  let end = text.length;
  while (start < end && BLANK.test(text[start] ?? '')) start++;
  while (end > start && BLANK.test(text[end - 1] ?? '')) end--;
  if (start === end) return [];
  if (WHOLE_TEXT_PLACEHOLDER.test(text.slice(start, end))) return [{ kind: 'placeholder', start, end }];
  return findMatches(text, EMBEDDED_PLACEHOLDERS, 'placeholder');
}

/** The first character after `from` that is not a space on the same line ('' at a line's end). */
function nextOnLine(text: string, from: number): string {
  let i = from;
  while (i < text.length && HORIZONTAL_SPACE.test(text[i] ?? '')) i++;
  return text[i] ?? '';
}

function inReadingOrder(found: TextDamage[]): TextDamage[] {
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

function findMatches(text: string, pattern: RegExp, kind: TextDamageKind): TextDamage[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}
