// The plan stamp's value (plan-stamp.ts): new at every write that changes what the plan shows. It names the
// moment of that write, so a page can tell a plan changed a moment ago, which the background is drawing
// (entrypoints/workspace/draw-plan-ahead.ts), from one changed long since. Stamps are compared whole.

/** A new plan stamp for a write made at `now`. */
export function newPlanStamp(now: number): string {
  return `${now.toString(36)}.${crypto.randomUUID()}`;
}

/** When the write that put this stamp was made; nothing for a stamp of an earlier version (a bare id). */
export function planStampTime(stamp: unknown): number | undefined {
  if (typeof stamp !== 'string') return undefined;
  const time = /^([0-9a-z]+)\./.exec(stamp)?.[1];
  return time === undefined ? undefined : parseInt(time, 36);
}
