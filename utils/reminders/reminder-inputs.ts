import { readablePortalRounds, type PortalRounds } from '../portal/portal-rounds';
import type { Settings } from '../settings/settings';
import { readSettings } from '../settings/settings-store';
import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { readRoundStandingKeys } from './read-round-standing-keys';
import type { StandingProject, StandingReport } from './round-standing';
import { trackedRounds } from './tracked-rounds';

/** Everything reminders are computed from, read fresh from the store each time (nothing kept in memory). */
export interface ReminderInputs {
  /** Every project planning a tracked round's fiscal year, whichever unit it names. */
  projects: StandingProject[];
  /** The reports of the rounds the reminders track at that instant (`trackedRounds`): no others count. */
  reports: StandingReport[];
  portalRounds: PortalRounds;
  settings: Settings;
  unitCode: string | undefined;
}

/**
 * Reads what the reminders count at `nowMs`: the tracked rounds' standings from index keys alone
 * (`readRoundStandingKeys`). The background does this after every change, while pages read the store, and
 * reading and parsing every unit's projects and reports was about a second of it.
 */
export async function readReminderInputs(store: DraftStore, nowMs: number): Promise<ReminderInputs> {
  const settings = await readSettings(store);
  const [keys, portalRounds, unitCode] = await Promise.all([
    readRoundStandingKeys(store.db, trackedRounds(nowMs, settings.deadlineOverrides)),
    store.getMeta(META_KEYS.portalRounds),
    store.getMeta<unknown>(META_KEYS.unitCode),
  ]);
  return {
    ...keys,
    portalRounds: readablePortalRounds(portalRounds),
    settings,
    unitCode: typeof unitCode === 'string' ? unitCode : undefined,
  };
}

/**
 * How many of the records behind the reminders cannot be read: every project, and these rounds' reports
 * (the workspace reports any other under its project). Shown to the user, since a lost project would hide
 * its deadlines. Reads them whole: at the scale of every unit's plan, about a second.
 */
export async function countUnreadableRecords(
  store: DraftStore,
  rounds: readonly { fiscalYear: number; round: 1 | 2 }[],
): Promise<number> {
  const [projects, reports] = await Promise.all([store.list('project'), store.listReportsOfRounds(rounds)]);
  return projects.unreadable.length + reports.unreadable.length;
}
