import { exportBackup, serializeBackup } from '../utils/store/backup';
import type { DraftStore } from '../utils/store/draft-store';
import { META_KEYS } from '../utils/store/meta-keys';
import { saveJsonFile } from './save-json-file';

/** Saves everything to one JSON file through the browser's download, and records when. */
export async function downloadBackup(store: DraftStore): Promise<void> {
  const backup = await exportBackup(store);
  saveJsonFile(
    `eplan-backup-${backup.unitCode ?? 'unit'}-${backup.exportedAt.slice(0, 10)}.json`,
    serializeBackup(backup),
  );
  await store.setMeta(META_KEYS.lastBackupAt, Date.now());
}
