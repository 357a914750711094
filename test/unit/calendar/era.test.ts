import { describe, expect, it } from 'vitest';
import { BE_OFFSET, beToCe, ceToBe } from '../../../utils/calendar/era';

describe('Buddhist Era conversion', () => {
  it('is 543 years ahead of the Common Era', () => {
    expect(BE_OFFSET).toBe(543);
    expect(beToCe(2564)).toBe(2021);
    expect(ceToBe(2021)).toBe(2564);
    expect(ceToBe(2026)).toBe(2569);
  });

  it('round-trips', () => {
    for (let be = 2400; be <= 2843; be++) expect(ceToBe(beToCe(be))).toBe(be);
  });
});
