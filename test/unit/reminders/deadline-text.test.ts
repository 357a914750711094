import { describe, expect, it } from 'vitest';
import { roundSchedule } from '../../../utils/calendar/rounds';
import {
  daysLeftText,
  deadlineLine,
  outstandingLine,
  shortDate,
} from '../../../utils/reminders/deadline-text';

describe('deadline text', () => {
  it('says a deadline as the issue and the circular do, in Thai', () => {
    expect(deadlineLine('th', roundSchedule(2570, 1), 12)).toBe(
      'รอบ 6 เดือน ปีงบประมาณ 2570 ครบกำหนด 30 เม.ย. 2570 (อีก 12 วัน)',
    );
    expect(deadlineLine('th', roundSchedule(2569, 2), -22)).toBe(
      'รอบ 12 เดือน ปีงบประมาณ 2569 ครบกำหนด 31 ต.ค. 2569 (เลยกำหนด 22 วัน)',
    );
    expect(daysLeftText('th', 0)).toBe('ครบกำหนดวันนี้');
  });

  it('says it in English with Common Era dates and proper singulars', () => {
    expect(deadlineLine('en', roundSchedule(2570, 1), 1)).toBe(
      '6-month round, fiscal year 2570, due 30 Apr 2027 (1 day left)',
    );
    expect(daysLeftText('en', -1)).toBe('1 day overdue');
    expect(daysLeftText('en', -3)).toBe('3 days overdue');
    expect(daysLeftText('en', 0)).toBe('due today');
    expect(shortDate('en', { year: 2026, month: 10, day: 31 })).toBe('31 Oct 2026');
    expect(outstandingLine('en', { noDraft: 1, draft: 0, ready: 0, submitted: 4 })).toBe(
      '1 report not submitted (1 no draft · 0 draft · 0 ready)',
    );
  });
});
