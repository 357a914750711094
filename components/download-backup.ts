import { exportBackup, serializeBackup } from '../utils/store/backup';
import type { DraftStore } from '../utils/store/draft-store';
import { META_KEYS } from '../utils/store/meta-keys';
import type { Translator } from '../utils/i18n/translate';
import { saveTextFile } from './save-text-file';

/**
 * Saves everything to one JSON file through the browser's download, and records when. Returns how many
 * stored entries were too damaged to read and so are not in the file.
 */
export async function downloadBackup(store: DraftStore): Promise<{ leftOut: number }> {
  const { backup, leftOut } = await exportBackup(store);
  // Recorded before the download starts: in the toolbar popup, the download bubble may close the popup (and
  // end this script) at once.
  await store.setMeta(META_KEYS.lastBackupAt, Date.now());
  saveTextFile(
    `eplan-backup-${backup.unitCode ?? 'unit'}-${backup.exportedAt.slice(0, 10)}.json`,
    serializeBackup(backup),
    'application/json',
  );
  return { leftOut: leftOut.length };
}

/** What is said once a backup is saved, with how many damaged entries it had to leave out, if any. */
export function savedBackupText(done: string, leftOut: number, t: Translator): string {
  return leftOut > 0 ? `${done} · ${t('exportLeftOut', { count: leftOut })}` : done;
}
