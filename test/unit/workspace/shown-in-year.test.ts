import { describe, expect, it } from 'vitest';
import { shownInYear } from '../../../utils/workspace/shown-in-year';

describe('which projects the plan of a fiscal year lists', () => {
  const planned = { planYears: [2568, 2569, 2570] };

  it('lists a project planned for the year, and not one planned for other years only', () => {
    expect(shownInYear(planned, 2570, false)).toBe(true);
    expect(shownInYear(planned, 2571, false)).toBe(false);
  });

  it('still lists it when it has a report of that year', () => {
    expect(shownInYear(planned, 2571, true)).toBe(true);
  });

  it('lists a project with no plan years in every year', () => {
    expect(shownInYear({ planYears: [] }, 2575, false)).toBe(true);
  });
});
