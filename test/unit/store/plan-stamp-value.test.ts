import { describe, expect, it } from 'vitest';
import { newPlanStamp, planStampTime } from '../../../utils/store/plan-stamp-value';

describe('the plan stamp', () => {
  it('names the moment of the write that put it, and is new at every write', () => {
    const at = Date.UTC(2026, 11, 7, 4, 30);
    const stamp = newPlanStamp(at);
    expect(planStampTime(stamp)).toBe(at);
    expect(newPlanStamp(at)).not.toBe(stamp);
  });

  it('gives no moment for a stamp of an earlier version, or anything else', () => {
    expect(planStampTime('6f1d2c3a-1b2c-4d5e-8f90-123456789abc')).toBeUndefined();
    expect(planStampTime(undefined)).toBeUndefined();
    expect(planStampTime(42)).toBeUndefined();
    expect(planStampTime('zz!.x')).toBeUndefined();
  });
});
