import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeView, deadlineTone } from '../../../utils/reminders/badge';
import { roundStandings } from '../../../utils/reminders/round-standing';
import { bangkok, project, report } from './fixtures';

const projects = [project('p1', [2569, 2570]), project('p2', [2569, 2570])];

function badgeAt(
  wallClock: string,
  reports = [report('p1', 2569, 2, 'submitted'), report('p2', 2569, 2, 'submitted')],
  language: 'th' | 'en' = 'th',
  warningDays = 30,
) {
  const standings = roundStandings({ projects, reports, portalRounds: {}, nowMs: bangkok(wallClock) });
  return badgeView(standings, { warningDays, language });
}

describe('badgeView', () => {
  it('shows nothing when the only open round is beyond the warning window, and names the next deadline', () => {
    expect(badgeAt('2026-11-22 09:00')).toEqual({
      text: '',
      tone: null,
      title: [
        'ผู้ช่วย e-Plan',
        'ไม่มีรายงานค้างส่งที่ครบกำหนดภายใน 30 วัน',
        'กำหนดส่งถัดไป: รอบ 6 เดือน ปีงบประมาณ 2570 ครบกำหนด 30 เม.ย. 2570 (อีก 159 วัน)',
      ].join('\n'),
    });
  });

  it('counts a round from the first day of the warning window (30 days before its due day)', () => {
    expect(badgeAt('2027-03-30 23:59').text).toBe('');
    expect(badgeAt('2027-03-31 00:00')).toMatchObject({ text: '2', tone: 'calm' });
  });

  it('turns amber 7 days before, stays amber through the due day, red the day after', () => {
    expect(badgeAt('2027-04-22 23:59').tone).toBe('calm');
    expect(badgeAt('2027-04-23 00:00').tone).toBe('soon');
    expect(badgeAt('2027-04-30 23:59')).toMatchObject({ text: '2', tone: 'soon' });
    expect(badgeAt('2027-05-01 00:00')).toMatchObject({ text: '2', tone: 'overdue' });
  });

  it('names the nearest deadline in Thai, as the circular writes dates, with the counts', () => {
    const reports = [
      report('p1', 2570, 1, 'draft'),
      report('p2', 2570, 1, 'ready'),
      report('p1', 2569, 2, 'submitted'),
      report('p2', 2569, 2, 'submitted'),
    ];
    expect(badgeAt('2027-04-18 10:00', reports).title).toBe(
      [
        'ผู้ช่วย e-Plan',
        'รอบ 6 เดือน ปีงบประมาณ 2570 ครบกำหนด 30 เม.ย. 2570 (อีก 12 วัน)',
        'ยังไม่ส่ง 2 รายงาน (ยังไม่มีร่าง 0 · ร่าง 1 · พร้อมส่ง 1)',
      ].join('\n'),
    );
  });

  it('is red with an overdue round, listing it first, and adds English after the Thai when asked', () => {
    const view = badgeAt('2026-11-22 09:00', [report('p1', 2569, 2, 'draft')], 'en', 200);
    expect(view.text).toBe('4'); // 2 overdue (FY 2569 round 2) + 2 due in 159 days (window of 200)
    expect(view.tone).toBe('overdue');
    expect(view.title.split('\n')).toEqual([
      'ผู้ช่วย e-Plan',
      'รอบ 12 เดือน ปีงบประมาณ 2569 ครบกำหนด 31 ต.ค. 2569 (เลยกำหนด 22 วัน)',
      'ยังไม่ส่ง 2 รายงาน (ยังไม่มีร่าง 1 · ร่าง 1 · พร้อมส่ง 0)',
      'รอบ 6 เดือน ปีงบประมาณ 2570 ครบกำหนด 30 เม.ย. 2570 (อีก 159 วัน)',
      'ยังไม่ส่ง 2 รายงาน (ยังไม่มีร่าง 2 · ร่าง 0 · พร้อมส่ง 0)',
      '',
      'e-Plan Assistant',
      '12-month round, fiscal year 2569, due 31 Oct 2026 (22 days overdue)',
      '2 reports not submitted (1 no draft · 1 draft · 0 ready)',
      '6-month round, fiscal year 2570, due 30 Apr 2027 (159 days left)',
      '2 reports not submitted (2 no draft · 0 draft · 0 ready)',
    ]);
  });

  it('shows no badge once everything is submitted, even when overdue', () => {
    const all = [
      report('p1', 2570, 1, 'submitted'),
      report('p2', 2570, 1, 'submitted'),
      report('p1', 2569, 2, 'submitted'),
      report('p2', 2569, 2, 'submitted'),
    ];
    expect(badgeAt('2027-05-03 09:00', all)).toMatchObject({ text: '', tone: null });
  });

  it('keeps every colour readable against its text', () => {
    expect(deadlineTone(-1)).toBe('overdue');
    expect(deadlineTone(0)).toBe('soon');
    expect(deadlineTone(7)).toBe('soon');
    expect(deadlineTone(8)).toBe('calm');
    for (const { background, text } of Object.values(BADGE_COLOURS)) {
      expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

/** WCAG contrast ratio of two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
