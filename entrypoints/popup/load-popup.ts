import { bangkokDateOf } from '../../utils/calendar/bangkok';
import type { PlainDate } from '../../utils/calendar/plain-date';
import type { RoundSchedule } from '../../utils/calendar/rounds';
import { unitByCode, type Unit } from '../../utils/catalogue/units';
import { EpochMsSchema } from '../../utils/model/record-meta';
import { readReminderInputs } from '../../utils/reminders/reminder-inputs';
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
  /** Projects on this computer, readable or not. */
  projectCount: number;
  standings: RoundStanding[];
  /** The rounds those standings are of (`countUnreadableRecords` counts the same). */
  rounds: RoundSchedule[];
  settings: Settings;
  /** Bangkok day of the last backup, if any. */
  lastBackup: PlainDate | undefined;
}

/**
 * What the popup shows first, read from the store at `nowMs`: the same computation as the badge, from
 * index keys. How many records cannot be read is counted after (`countUnreadableRecords`), since that
 * means reading them whole.
 */
export async function loadPopup(nowMs: number): Promise<PopupData> {
  const store = await openSharedStore();
  const settings = await readSettings(store);
  const [inputs, projectCount, lastBackupAt] = await Promise.all([
    readReminderInputs(store, nowMs, settings),
    store.db.count('projects'),
    store.getMeta(META_KEYS.lastBackupAt),
  ]);
  const backupAt = EpochMsSchema.safeParse(lastBackupAt);
  return {
    store,
    unit: inputs.unitCode ? unitByCode(inputs.unitCode) : undefined,
    projectCount,
    standings: roundStandings({ ...inputs, nowMs, overrides: settings.deadlineOverrides }),
    rounds: trackedRounds(nowMs, settings.deadlineOverrides),
    settings,
    lastBackup: backupAt.success ? bangkokDateOf(backupAt.data) : undefined,
  };
}
