import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../utils/thai/whitespace';

describe('collapseWhitespace', () => {
  it('turns tabs, newlines and non-breaking spaces into single spaces, trimmed', () => {
    expect(collapseWhitespace('  17\u00a0มีนาคม\t\t2564\n')).toBe('17 มีนาคม 2564');
  });

  it('drops zero-width characters that editors put between Thai words', () => {
    expect(collapseWhitespace('มี\u200bนาคม\ufeff')).toBe('มีนาคม');
  });

  it('leaves ordinary text as it is', () => {
    expect(collapseWhitespace('29/12/2565')).toBe('29/12/2565');
    expect(collapseWhitespace('   ')).toBe('');
  });
});
