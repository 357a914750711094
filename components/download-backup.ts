import { exportBackup, serializeBackup } from '../utils/store/backup';
import type { DraftStore } from '../utils/store/draft-store';
import { META_KEYS } from '../utils/store/meta-keys';

/** Saves everything to one JSON file through the browser's download, and records when. */
export async function downloadBackup(store: DraftStore): Promise<void> {
  const backup = await exportBackup(store);
  const blob = new Blob([serializeBackup(backup)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `eplan-backup-${backup.unitCode ?? 'unit'}-${backup.exportedAt.slice(0, 10)}.json`;
  // Recorded before the download starts: in the toolbar popup, the download bubble may close the popup (and
  // end this script) at once.
  await store.setMeta(META_KEYS.lastBackupAt, Date.now());
  link.click();
  // The download has its own copy once started; revoking later lets a slow browser start it first.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
