import { useState } from 'react';
import { formatInstant } from '../utils/i18n/format-instant';
import type { Translator } from '../utils/i18n/translate';
import type { Language } from '../utils/i18n/language';
import type { DraftStore } from '../utils/store/draft-store';
import { backupIsDue } from '../utils/workspace/backup-due';
import { downloadBackup, savedBackupText } from './download-backup';
import { withEnglish } from '../utils/i18n/accessible-name';

interface Props {
  store: DraftStore;
  lastBackupAt: number | undefined;
  hasDrafts: boolean;
  now: number;
  language: Language;
  t: Translator;
}

/** "No backup in 30 days": one click saves the file, and the reminder goes until the next 30 days pass. */
export function BackupReminder({ store, lastBackupAt, hasDrafts, now, language, t }: Props) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (!backupIsDue(lastBackupAt, hasDrafts, now) && outcome === null) return null;

  async function backUp() {
    try {
      const { leftOut } = await downloadBackup(store);
      setOutcome({ ok: true, text: savedBackupText(t('backupReminderDone'), leftOut, t) });
    } catch (e) {
      setOutcome({ ok: false, text: t('backupReminderFailed', { message: (e as Error).message }) });
    }
  }

  if (outcome?.ok) {
    return (
      <p className="notice notice-ok" role="status">
        {outcome.text}
      </p>
    );
  }
  return (
    <div className="notice notice-warn" role="region" aria-label="Backup reminder">
      <p>
        {lastBackupAt === undefined
          ? t('backupReminderNever')
          : t('backupReminderStale', { date: formatInstant(language, lastBackupAt) })}
      </p>
      <button
        type="button"
        aria-label={withEnglish(t('backupReminderAction'), 'Back up now')}
        onClick={() => void backUp()}
      >
        {t('backupReminderAction')}
      </button>
      {outcome && <p role="alert">{outcome.text}</p>}
    </div>
  );
}
