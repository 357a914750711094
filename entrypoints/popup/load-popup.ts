import { bangkokDateOf } from '../../utils/calendar/bangkok';
import type { PlainDate } from '../../utils/calendar/plain-date';
import { unitByCode, type Unit } from '../../utils/catalogue/units';
import { readLastBackupAt } from '../../utils/workspace/backup-due';
import { readReminderInputs } from '../../utils/reminders/reminder-inputs';
import { roundStandings, type RoundStanding } from '../../utils/reminders/round-standing';
import type { Settings } from '../../utils/settings/settings';
import type { DraftStore } from '../../utils/store/draft-store';
import { META_KEYS } from '../../utils/store/meta-keys';
import { openSharedStore } from '../../utils/store/open-shared-store';

export interface PopupData {
  store: DraftStore;
  unit: Unit | undefined;
  /** Projects on this computer, readable or not. */
  projectCount: number;
  standings: RoundStanding[];
  settings: Settings;
  /** Bangkok day of the last backup, if any. */
  lastBackup: PlainDate | undefined;
}

/**
 * What the popup shows first, read from the store at `nowMs`: the same computation as the badge, from
 * index keys. How many records cannot be read is counted after (`countUnreadableRecords`, for the same
 * rounds), since that means reading them whole.
 */
export async function loadPopup(nowMs: number): Promise<PopupData> {
  const store = await openSharedStore();
  const [inputs, projectCount, lastBackupAt] = await Promise.all([
    readReminderInputs(store, nowMs),
    store.db.count('projects'),
    store.getMeta(META_KEYS.lastBackupAt),
  ]);
  const backupAt = readLastBackupAt(lastBackupAt);
  return {
    store,
    unit: inputs.unitCode ? unitByCode(inputs.unitCode) : undefined,
    projectCount,
    standings: roundStandings({ ...inputs, nowMs, overrides: inputs.settings.deadlineOverrides }),
    settings: inputs.settings,
    lastBackup: backupAt === undefined ? undefined : bangkokDateOf(backupAt),
  };
}
