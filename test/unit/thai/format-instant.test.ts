import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../utils/i18n/format-instant';
import { EpochMsSchema } from '../../../utils/model/record-meta';

// Runs under the machine's zone, UTC and Los Angeles (tz project): the answer is Bangkok time every time.
describe('formatInstant', () => {
  const lateEvening = Date.UTC(2026, 10, 22, 16, 5); // 22 Nov 2026 23:05 in Bangkok

  it('writes Bangkok wall-clock time with the Buddhist Era year in Thai', () => {
    expect(formatInstant('th', lateEvening)).toBe('22 พ.ย. 2569 23:05 น.');
  });

  it('writes the Common Era year in English', () => {
    expect(formatInstant('en', lateEvening)).toBe('22 Nov 2026, 23:05');
  });

  it('is already the next day in Bangkok when it is still evening in UTC', () => {
    expect(formatInstant('th', Date.UTC(2026, 10, 22, 17, 30))).toBe('23 พ.ย. 2569 00:30 น.');
  });

  it('pads the minutes and hours', () => {
    expect(formatInstant('en', Date.UTC(2027, 2, 31, 2, 7))).toBe('31 Mar 2027, 09:07');
  });

  it('shows a moment no date can hold as unknown, and the stored records refuse such moments', () => {
    expect(formatInstant('th', 8.64e15)).toBe('—');
    expect(formatInstant('en', Number.NaN)).toBe('—');
    expect(EpochMsSchema.safeParse(8.64e15).success).toBe(false);
    expect(EpochMsSchema.safeParse(Date.UTC(2199, 11, 31)).success).toBe(true);
  });
});
