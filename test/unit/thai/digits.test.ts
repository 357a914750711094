import { describe, expect, it } from 'vitest';
import { asciiDigitsToThai, thaiDigitsToAscii } from '../../../utils/thai/digits';

describe('Thai digits', () => {
  it('maps each of ๐–๙ to 0–9', () => {
    expect(thaiDigitsToAscii('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(asciiDigitsToThai('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
  });

  it('leaves every other character alone', () => {
    expect(thaiDigitsToAscii('๕๐,๐๐๐ บาท')).toBe('50,000 บาท');
    expect(thaiDigitsToAscii('วันที่ ๑๗ มีนาคม ๒๕๖๔')).toBe('วันที่ 17 มีนาคม 2564');
    expect(thaiDigitsToAscii('กท ๐๓๐๖/๔๕๑ and 12')).toBe('กท 0306/451 and 12');
    expect(asciiDigitsToThai('17 มีนาคม 2564')).toBe('๑๗ มีนาคม ๒๕๖๔');
    expect(thaiDigitsToAscii('')).toBe('');
  });

  it('round-trips', () => {
    const text = 'งบประมาณ 1,234,567.50 บาท (ครั้งที่ 2)';
    expect(thaiDigitsToAscii(asciiDigitsToThai(text))).toBe(text);
  });
});
