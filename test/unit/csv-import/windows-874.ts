/**
 * Text as Excel on Thai Windows saves it (windows-874 / TIS-620), made by hand so the test does not trust
 * the decoder it checks: ASCII stays, and the Thai letters U+0E01–U+0E5B sit at 0xA1–0xFB, in the same order.
 */
const THAI_FIRST = 0x0e01;
const THAI_LAST = 0x0e5b;
const BYTE_OF_THAI_FIRST = 0xa1;

export function toWindows874(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= THAI_FIRST && code <= THAI_LAST) bytes.push(code - THAI_FIRST + BYTE_OF_THAI_FIRST);
    else throw new Error(`${char} has no windows-874 byte in this table`);
  }
  return Uint8Array.from(bytes);
}
