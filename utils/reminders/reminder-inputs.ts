import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import { readablePortalRounds, type PortalRounds } from '../portal/portal-rounds';
import type { Settings } from '../settings/settings';
import { readSettings } from '../settings/settings-store';
import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { trackedRounds } from './tracked-rounds';

/** Everything reminders are computed from, read fresh from the store each time (nothing kept in memory). */
export interface ReminderInputs {
  projects: Project[];
  /** The reports of the rounds the reminders track at that instant (`trackedRounds`): no others count. */
  reports: RoundReport[];
  portalRounds: PortalRounds;
  settings: Settings;
  unitCode: string | undefined;
  /**
   * Records that could not be read: shown to the user, since a lost project would hide its deadlines. Every
   * project, and the tracked rounds' reports (the workspace reports any other under its project).
   */
  unreadable: number;
}

/**
 * Reads what the reminders count at `nowMs`. Only the tracked rounds' reports: the standings look at no
 * others, and a store with every unit's plan holds three years of them, whose reading and parsing was most
 * of each recount's time (which the background spends after every change, while pages read the store).
 */
export async function readReminderInputs(store: DraftStore, nowMs: number): Promise<ReminderInputs> {
  const settings = await readSettings(store);
  const [projects, reports, portalRounds, unitCode] = await Promise.all([
    store.list('project'),
    store.listReportsOfRounds(trackedRounds(nowMs, settings.deadlineOverrides)),
    store.getMeta(META_KEYS.portalRounds),
    store.getMeta<unknown>(META_KEYS.unitCode),
  ]);
  return {
    projects: projects.records,
    reports: reports.records,
    portalRounds: readablePortalRounds(portalRounds),
    settings,
    unitCode: typeof unitCode === 'string' ? unitCode : undefined,
    unreadable: projects.unreadable.length + reports.unreadable.length,
  };
}
