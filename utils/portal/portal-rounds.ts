// zod/mini: the content script sends these, and its start-up code must stay small.
import * as z from 'zod/mini';

/**
 * What the portal itself showed about a project's round: saved (the report list's round cell, or the report
 * page's status line) and locked (completed, so every field is disabled). Kept apart from the drafts: it is
 * what the portal has, not what the user wrote. Keyed by portal project id, fiscal year and round.
 */
export const PortalRoundStateSchema = z.strictObject({
  portalId: z.string().check(z.regex(/^\d{1,12}$/)),
  fiscalYear: z.int().check(z.minimum(2500), z.maximum(2700)),
  round: z.union([z.literal(1), z.literal(2)]),
  saved: z.boolean(),
  locked: z.boolean(),
  /** When the portal was first seen showing the round so. */
  seenAt: z.int().check(z.nonnegative()),
});
export type PortalRoundState = z.infer<typeof PortalRoundStateSchema>;

export const PortalRoundsSchema = z.record(z.string().check(z.maxLength(40)), PortalRoundStateSchema);
export type PortalRounds = z.infer<typeof PortalRoundsSchema>;

export function portalRoundKey(portalId: string, fiscalYear: number, round: 1 | 2): string {
  return `${portalId}:${fiscalYear}:${round}`;
}

/**
 * What the portal showed, read entry by entry from the store (only `keys`, if given): an unreadable entry is
 * left out, and the drafts alone decide that round.
 */
export function readablePortalRounds(raw: unknown, keys?: Iterable<string>): PortalRounds {
  const rounds: PortalRounds = {};
  if (typeof raw !== 'object' || raw === null) return rounds;
  const entries = raw as Record<string, unknown>;
  for (const key of keys ?? Object.keys(entries)) {
    const state = PortalRoundStateSchema.safeParse(entries[key]);
    if (state.success) rounds[key] = state.data;
  }
  return rounds;
}

/**
 * Adds newly seen states; a later sighting that shows a round differently replaces the earlier one. A round
 * seen again as it was keeps its first sighting (`seenAt` is when the portal first showed it so), so a
 * portal page visited again changes nothing in the store: the workspace's plan as last drawn stays current
 * and the reminders are not recounted. A sighting older than the one it would replace is out of date and
 * ignored: a report page shows its round as the portal had it when the page loaded, and is read only when
 * the person stirs on it (`seenAt` is then the page's load), maybe after the round was saved elsewhere.
 */
export function mergePortalRounds(known: PortalRounds, seen: readonly PortalRoundState[]): PortalRounds {
  const next = { ...known };
  for (const state of seen) {
    const key = portalRoundKey(state.portalId, state.fiscalYear, state.round);
    const earlier = next[key];
    if (earlier?.saved === state.saved && earlier.locked === state.locked) continue;
    if (earlier && state.seenAt < earlier.seenAt) continue;
    next[key] = state;
  }
  return next;
}

/**
 * True when the portal showed this round as saved, or the project as completed in either round of that
 * year: once a round is saved as completed, the portal locks both rounds' reports (PORTAL.md), so the
 * other round can't be reported and is not owed.
 */
export function isSavedOnPortal(
  rounds: PortalRounds,
  portalId: string,
  fiscalYear: number,
  round: 1 | 2,
): boolean {
  const state = rounds[portalRoundKey(portalId, fiscalYear, round)];
  if (state?.saved || state?.locked) return true;
  return rounds[portalRoundKey(portalId, fiscalYear, round === 1 ? 2 : 1)]?.locked === true;
}
