import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepPlanDrawn, type PlanDrawingPlatform } from '../../../utils/workspace/keep-plan-drawn';

const QUIET_MS = 500;

/** A platform whose answers the test sets, counting the drawings; each drawing lasts until `finish`. */
function fakePlatform() {
  const state = { open: false, needed: true, drawings: 0, idleWaits: 0 };
  let finishDrawing: () => void = () => undefined;
  const platform: PlanDrawingPlatform = {
    idle: async () => {
      state.idleWaits += 1;
    },
    workspaceOpen: async () => state.open,
    drawingNeeded: async () => state.needed,
    drawOutOfSight: () => {
      state.drawings += 1;
      return new Promise<void>((done) => (finishDrawing = done));
    },
  };
  return { state, platform, finish: () => finishDrawing() };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keeping the plan drawn while no workspace is open', () => {
  it('draws once things are quiet, once for a burst of changes, after the work that comes first', async () => {
    const { state, platform, finish } = fakePlatform();
    const { schedule } = keepPlanDrawn(platform, { quietMs: QUIET_MS, onError: () => undefined });
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
    schedule(); // an import writes many records
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(state.drawings).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.idleWaits).toBe(1);
    expect(state.drawings).toBe(1);
    finish();
  });

  it('waits for the work that comes first (the recount) before it looks', async () => {
    const { state, platform, finish } = fakePlatform();
    let recountDone: () => void = () => undefined;
    const recount = new Promise<void>((done) => (recountDone = done));
    const { schedule } = keepPlanDrawn(
      { ...platform, idle: () => recount },
      { quietMs: QUIET_MS, onError: () => undefined },
    );
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 10);
    expect(state.drawings).toBe(0);
    recountDone();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.drawings).toBe(1);
    finish();
  });

  it('draws nothing while a workspace is open (it keeps its own) or when nothing needs drawing', async () => {
    const { state, platform } = fakePlatform();
    const { schedule } = keepPlanDrawn(platform, { quietMs: QUIET_MS, onError: () => undefined });
    state.open = true;
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    state.open = false;
    state.needed = false; // current, or no unit chosen
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(state.drawings).toBe(0);
  });

  it('looks again after a drawing when asked while it was under way', async () => {
    const { state, platform, finish } = fakePlatform();
    const { schedule } = keepPlanDrawn(platform, { quietMs: QUIET_MS, onError: () => undefined });
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(state.drawings).toBe(1);
    schedule(); // a change made while the plan was being drawn
    await vi.advanceTimersByTimeAsync(QUIET_MS * 4);
    expect(state.drawings).toBe(1); // one at a time
    finish();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(state.drawings).toBe(2);
    finish();
  });

  it('reports a failed drawing and still draws when asked later', async () => {
    const { state, platform } = fakePlatform();
    const errors: unknown[] = [];
    let fail = true;
    const { schedule } = keepPlanDrawn(
      {
        ...platform,
        drawOutOfSight: async () => {
          state.drawings += 1;
          if (fail) throw new Error('no offscreen document');
        },
      },
      { quietMs: QUIET_MS, onError: (error) => errors.push(error) },
    );
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(errors).toHaveLength(1);
    fail = false;
    schedule();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(state.drawings).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
