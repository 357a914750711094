import { describe, expect, it } from 'vitest';
import { openingPlanYear } from '../../../utils/workspace/opening-plan-year';

const bangkok = (wallClock: string) => Date.parse(`${wallClock.replace(' ', 'T')}:00+07:00`);

describe('the fiscal year the plan opens on', () => {
  const planned = (...planYears: number[]) => ({ planYears });

  it('is the year of the next round to fall due', () => {
    // 22 Nov 2026: FY 2570's 6-month round is next.
    expect(openingPlanYear(bangkok('2026-11-22 09:00'), {}, [planned(2569, 2570)], [])).toBe(2570);
    // 15 Oct 2027, in FY 2571: FY 2570's 12-month round, due 31 October, is still to come.
    expect(openingPlanYear(bangkok('2027-10-15 09:00'), {}, [planned(2570, 2571)], [])).toBe(2570);
  });

  it('follows a moved deadline', () => {
    // FY 2570's 12 months moved to 30 November 2570: on 15 November it is still the next.
    const moved = { '2570': { round2: { year: 2027, month: 11, day: 30 } } };
    expect(openingPlanYear(bangkok('2027-11-15 09:00'), moved, [planned(2570, 2571)], [])).toBe(2570);
  });

  it('is the latest earlier year with projects while none is planned for that year yet', () => {
    const at = bangkok('2027-11-15 09:00'); // FY 2571's 6-month round is next
    expect(openingPlanYear(at, {}, [planned(2569, 2570)], [])).toBe(2570);
    expect(openingPlanYear(at, {}, [planned(2569)], [{ fiscalYear: 2570 }])).toBe(2570);
    expect(openingPlanYear(at, {}, [], [])).toBe(2571);
    expect(openingPlanYear(at, {}, [planned(2573)], [])).toBe(2573);
  });
});
