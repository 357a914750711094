import { bangkokDateOf } from '../../utils/calendar/bangkok';
import type { PlainDate } from '../../utils/calendar/plain-date';
import { unitByCode, type Unit } from '../../utils/catalogue/units';
import { EpochMsSchema } from '../../utils/model/record-meta';
import { readRecordHealth, readReminderInputs } from '../../utils/reminders/reminder-inputs';
import { roundStandings, type RoundStanding } from '../../utils/reminders/round-standing';
import { trackedRounds } from '../../utils/reminders/tracked-rounds';
import type { Settings } from '../../utils/settings/settings';
import { readSettings } from '../../utils/settings/settings-store';
import type { DraftStore } from '../../utils/store/draft-store';
import { META_KEYS } from '../../utils/store/meta-keys';
import { openSharedStore } from '../../utils/store/open-shared-store';

export interface PopupData {
  store: DraftStore;
  unit: Unit | undefined;
  projectCount: number;
  standings: RoundStanding[];
  settings: Settings;
  unreadable: number;
  /** Bangkok day of the last backup, if any. */
  lastBackup: PlainDate | undefined;
}

/** Everything the popup shows, read from the store at `nowMs` (the same computation as the badge). */
export async function loadPopup(nowMs: number): Promise<PopupData> {
  const store = await openSharedStore();
  // One read of the settings, so both counts are of the same rounds.
  const settings = await readSettings(store);
  const [inputs, health, lastBackupAt] = await Promise.all([
    readReminderInputs(store, nowMs, settings),
    readRecordHealth(store, trackedRounds(nowMs, settings.deadlineOverrides)),
    store.getMeta(META_KEYS.lastBackupAt),
  ]);
  const backupAt = EpochMsSchema.safeParse(lastBackupAt);
  return {
    store,
    unit: inputs.unitCode ? unitByCode(inputs.unitCode) : undefined,
    projectCount: health.projects,
    standings: roundStandings({ ...inputs, nowMs, overrides: inputs.settings.deadlineOverrides }),
    settings: inputs.settings,
    unreadable: health.unreadable,
    lastBackup: backupAt.success ? bangkokDateOf(backupAt.data) : undefined,
  };
}
