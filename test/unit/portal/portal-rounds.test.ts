import { describe, expect, it } from 'vitest';
import {
  isSavedOnPortal,
  mergePortalRounds,
  portalRoundKey,
  PortalRoundsSchema,
  type PortalRoundState,
} from '../../../utils/portal/portal-rounds';

function state(overrides: Partial<PortalRoundState> = {}): PortalRoundState {
  return {
    portalId: '1201',
    fiscalYear: 2570,
    round: 1,
    saved: false,
    locked: false,
    seenAt: 1_000,
    ...overrides,
  };
}

describe('portalRoundKey', () => {
  it('keys a round by portal id, fiscal year and round', () => {
    expect(portalRoundKey('1201', 2570, 2)).toBe('1201:2570:2');
  });
});

describe('mergePortalRounds', () => {
  it('adds newly seen rounds to what was known', () => {
    const known = mergePortalRounds({}, [state()]);
    const merged = mergePortalRounds(known, [state({ round: 2, saved: true })]);
    expect(Object.keys(merged)).toEqual(['1201:2570:1', '1201:2570:2']);
    expect(merged['1201:2570:2']).toEqual(state({ round: 2, saved: true }));
  });

  it('replaces an earlier sighting of the same round, keeping the others', () => {
    const known = mergePortalRounds({}, [state(), state({ portalId: '1202' })]);
    const merged = mergePortalRounds(known, [state({ saved: true, locked: true, seenAt: 2_000 })]);
    expect(merged['1201:2570:1']).toEqual(state({ saved: true, locked: true, seenAt: 2_000 }));
    expect(merged['1202:2570:1']).toEqual(state({ portalId: '1202' }));
  });

  it('keeps the first sighting of a round seen again as it was, so nothing is written', () => {
    const known = mergePortalRounds({}, [state({ saved: true })]);
    const merged = mergePortalRounds(known, [state({ saved: true, seenAt: 9_000 })]);
    expect(merged).toEqual(known);
    expect(merged['1201:2570:1']?.seenAt).toBe(1_000);
  });

  it('ignores a sighting older than the one it would replace: a page loaded before the round was saved', () => {
    const known = mergePortalRounds({}, [state({ saved: true, seenAt: 2_000 })]);
    expect(mergePortalRounds(known, [state({ saved: false, seenAt: 1_500 })])).toEqual(known);
    expect(mergePortalRounds(known, [state({ saved: true, locked: true, seenAt: 2_500 })])).toEqual({
      '1201:2570:1': state({ saved: true, locked: true, seenAt: 2_500 }),
    });
  });

  it('keeps the last of one round seen twice in a batch', () => {
    const merged = mergePortalRounds({}, [state({ saved: false }), state({ saved: true, seenAt: 1_500 })]);
    expect(merged).toEqual({ '1201:2570:1': state({ saved: true, seenAt: 1_500 }) });
  });

  it('leaves what was known untouched', () => {
    const known = mergePortalRounds({}, [state()]);
    const copy = structuredClone(known);
    mergePortalRounds(known, [state({ saved: true }), state({ round: 2 })]);
    expect(known).toEqual(copy);
  });

  it('gives what the schema accepts', () => {
    const merged = mergePortalRounds({}, [state(), state({ fiscalYear: 2569, round: 2, saved: true })]);
    expect(PortalRoundsSchema.parse(merged)).toEqual(merged);
  });
});

describe('isSavedOnPortal', () => {
  const rounds = mergePortalRounds({}, [
    state({ round: 1, saved: true }),
    state({ round: 2, saved: false }),
    state({ portalId: '1204', saved: false, locked: true }),
    state({ portalId: '1204', round: 2, saved: true, locked: true }),
  ]);

  it('is true for a round the portal showed as saved', () => {
    expect(isSavedOnPortal(rounds, '1201', 2570, 1)).toBe(true);
    expect(isSavedOnPortal(rounds, '1204', 2570, 2)).toBe(true);
  });

  it('is true for a round of a project the portal showed as completed for the year', () => {
    expect(isSavedOnPortal(rounds, '1204', 2570, 1)).toBe(true);
  });

  it('is true for the other round of a year in which the portal showed the project completed', () => {
    // Only round 1 was seen, locked: the portal locks round 2's page too, so round 2 can't be owed.
    const roundOneLocked = mergePortalRounds({}, [state({ portalId: '1300', locked: true })]);
    expect(isSavedOnPortal(roundOneLocked, '1300', 2570, 2)).toBe(true);
    const roundTwoLocked = mergePortalRounds({}, [state({ portalId: '1300', round: 2, locked: true })]);
    expect(isSavedOnPortal(roundTwoLocked, '1300', 2570, 1)).toBe(true);
    expect(isSavedOnPortal(roundOneLocked, '1300', 2571, 2)).toBe(false);
  });

  it('is false for a round shown as not saved', () => {
    expect(isSavedOnPortal(rounds, '1201', 2570, 2)).toBe(false);
  });

  it('is false for rounds never seen: another year, project or round', () => {
    expect(isSavedOnPortal(rounds, '1201', 2569, 1)).toBe(false);
    expect(isSavedOnPortal(rounds, '1202', 2570, 1)).toBe(false);
    expect(isSavedOnPortal({}, '1201', 2570, 1)).toBe(false);
  });
});
