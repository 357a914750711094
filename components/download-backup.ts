import { exportBackup, serializeBackup } from '../utils/store/backup';
import type { DraftStore } from '../utils/store/draft-store';
import { META_KEYS } from '../utils/store/meta-keys';
import { saveTextFile } from './save-text-file';

/** Saves everything to one JSON file through the browser's download, and records when. */
export async function downloadBackup(store: DraftStore): Promise<void> {
  const backup = await exportBackup(store);
  // Recorded before the download starts: in the toolbar popup, the download bubble may close the popup (and
  // end this script) at once.
  await store.setMeta(META_KEYS.lastBackupAt, Date.now());
  saveTextFile(
    `eplan-backup-${backup.unitCode ?? 'unit'}-${backup.exportedAt.slice(0, 10)}.json`,
    serializeBackup(backup),
    'application/json',
  );
}
