import { describe, expect, it } from 'vitest';
import { withEnglish } from '../../utils/i18n/accessible-name';

describe('accessible names', () => {
  it('starts with the visible Thai text and carries the English name', () => {
    expect(withEnglish('ส่งออกไฟล์สำรอง', 'Export backup')).toBe('ส่งออกไฟล์สำรอง (Export backup)');
  });

  it('says an English name once when it is what the button shows', () => {
    expect(withEnglish('Export backup', 'Export backup')).toBe('Export backup');
  });

  it('keeps a different English visible text, then the stable name', () => {
    expect(withEnglish('Back up now', 'Export backup')).toBe('Back up now (Export backup)');
  });
});
