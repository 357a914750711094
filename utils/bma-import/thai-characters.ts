/**
 * Character classes of Thai script by code point (U+0E00–U+0E7F). Code points rather than regex classes,
 * because a class listing Thai vowel signs reads as combined characters to people and linters alike.
 */

function codeOf(character: string | undefined): number {
  return character === undefined ? -1 : (character.codePointAt(0) ?? -1);
}

export function isThai(character: string | undefined): boolean {
  const code = codeOf(character);
  return code >= 0x0e00 && code <= 0x0e7f;
}

/** ก–ฮ */
export function isThaiConsonant(character: string | undefined): boolean {
  const code = codeOf(character);
  return code >= 0x0e01 && code <= 0x0e2e;
}

/** Letters, vowels and signs (ก … ๎), not digits or ๏ ๚ ๛. */
export function isThaiLetterOrSign(character: string | undefined): boolean {
  const code = codeOf(character);
  return code >= 0x0e01 && code <= 0x0e4e;
}

/** Vowels and marks written above or below a consonant: ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎ */
export function isCombiningThaiMark(character: string | undefined): boolean {
  const code = codeOf(character);
  return code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
}

/** เ แ โ ใ ไ: written before the consonant they follow in speech. */
export function isLeadingVowel(character: string | undefined): boolean {
  const code = codeOf(character);
  return code >= 0x0e40 && code <= 0x0e44;
}

/** What can only come after a consonant: the combining marks, ะ า ำ ๅ, and ฯ. */
export function isFollowingSign(character: string | undefined): boolean {
  const code = codeOf(character);
  return isCombiningThaiMark(character) || [0x0e2f, 0x0e30, 0x0e32, 0x0e33, 0x0e45].includes(code);
}

/** C0 and C1 control characters other than tab and line breaks. */
export function isControlCharacter(character: string | undefined): boolean {
  const code = codeOf(character);
  return (
    (code >= 0 && code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f)
  );
}

/** Thai PDF fonts map shifted tone marks and vowels into the private use area; extracted, they are noise. */
export function isPrivateUse(character: string | undefined): boolean {
  const code = codeOf(character);
  return code >= 0xe000 && code <= 0xf8ff;
}

/** `index`, moved back off vowel signs and tone marks so a slice from it starts on the letter they sit on. */
export function letterStartAtOrBefore(text: string, index: number): number {
  let start = Math.max(0, index);
  while (start > 0 && isCombiningThaiMark(text[start])) start--;
  return start;
}
