import { describe, expect, it } from 'vitest';
import { coalescingRunner } from '../../../utils/reminders/coalescing-runner';

describe('coalescingRunner', () => {
  it('runs once more after a burst of requests, never two at a time', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const run = coalescingRunner(
      async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        runs += 1;
        active -= 1;
      },
      () => undefined,
    );
    await Promise.all(Array.from({ length: 50 }, () => run()));
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
    await run();
    expect(runs).toBe(3);
  });

  it('reports a failed run and keeps working', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const run = coalescingRunner(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('store closed');
      },
      (e) => errors.push(e),
    );
    await run();
    await run();
    expect(calls).toBe(2);
    expect(errors).toEqual([new Error('store closed')]);
  });
});
