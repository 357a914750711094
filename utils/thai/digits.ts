/** Thai digits ๐–๙ are U+0E50–U+0E59, in the same order as 0–9. */
const THAI_ZERO = 0x0e50;
const ASCII_ZERO = 0x30;

export function thaiDigitsToAscii(s: string): string {
  return s.replace(/[๐-๙]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - THAI_ZERO + ASCII_ZERO));
}

export function asciiDigitsToThai(s: string): string {
  return s.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - ASCII_ZERO + THAI_ZERO));
}
