import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import { readablePortalRounds, type PortalRounds } from '../portal/portal-rounds';
import type { Settings } from '../settings/settings';
import { readSettings } from '../settings/settings-store';
import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';

/** Everything reminders are computed from, read fresh from the store each time (nothing kept in memory). */
export interface ReminderInputs {
  projects: Project[];
  reports: RoundReport[];
  portalRounds: PortalRounds;
  settings: Settings;
  unitCode: string | undefined;
  /** Records that could not be read: shown to the user, since a lost project would hide its deadlines. */
  unreadable: number;
}

export async function readReminderInputs(store: DraftStore): Promise<ReminderInputs> {
  const [projects, reports, portalRounds, settings, unitCode] = await Promise.all([
    store.list('project'),
    store.list('report'),
    store.getMeta(META_KEYS.portalRounds),
    readSettings(store),
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
