import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../../../utils/thai/comparison-key';

describe('comparisonKey', () => {
  it('treats sara am typed as one character or as nikhahit + sara aa alike', () => {
    expect(comparisonKey('การดำเนินงาน')).toBe(comparisonKey('การด\u0e4d\u0e32เนินงาน'));
  });

  it('treats a tone mark typed before or after the nikhahit of sara am alike', () => {
    expect(comparisonKey('น้ำประปา')).toBe(comparisonKey('น\u0e4d\u0e49\u0e32ประปา'));
    expect(comparisonKey('น้ำ')).not.toBe(comparisonKey('นำ'));
  });

  it('treats a tone mark typed before or after an upper vowel alike (ท่ี, ที่)', () => {
    expect(comparisonKey('เหตุผลท\u0e48\u0e35ไม่สามารถ')).toBe(comparisonKey('เหตุผลที่ไม่สามารถ'));
    expect(comparisonKey('ป\u0e49\u0e31น')).toBe(comparisonKey('ปั้น'));
    expect(comparisonKey('ที่')).not.toBe(comparisonKey('ทิ่'));
  });

  it('reads two sara e (เเ) as the sara ae (แ) they look like', () => {
    expect(comparisonKey('เเผนงาน')).toBe(comparisonKey('แผนงาน'));
    expect(comparisonKey('เผน')).not.toBe(comparisonKey('แผน'));
    // Also with a space or a zero-width character between them, which are ignored everywhere else.
    expect(comparisonKey('เ\u200bเผน')).toBe(comparisonKey('แผน'));
    expect(comparisonKey('เ เผน')).toBe(comparisonKey('แผน'));
  });

  it('reads Thai digits as 0–9', () => {
    expect(comparisonKey('รุ่นที่ ๒ ปี ๒๕๗๐')).toBe(comparisonKey('รุ่นที่ 2 ปี 2570'));
  });

  it('ignores every kind of space, zero-width ones too', () => {
    const key = comparisonKey('คุณธรรมจริยธรรม');
    for (const spaced of [
      'คุณธรรม จริยธรรม',
      ' คุณธรรม\nจริยธรรม ',
      'คุณธรรม\u00a0จริยธรรม',
      'คุณธรรม\u200bจริยธรรม',
      '\ufeffคุณธรรม\u2060จริยธรรม',
    ])
      expect(comparisonKey(spaced)).toBe(key);
  });

  it('ignores case in the Latin parts, and keeps different words apart', () => {
    expect(comparisonKey('ยกระดับผล ITA')).toBe(comparisonKey('ยกระดับผล ita'));
    expect(comparisonKey('คุณธรรม')).not.toBe(comparisonKey('จริยธรรม'));
    expect(comparisonKey('  \u200b ')).toBe('');
  });
});
