import { useState } from 'react';
import type { MessageKey } from '../utils/i18n/strings';
import { importBackup, parseBackup } from '../utils/store/backup';
import type { DraftStore } from '../utils/store/draft-store';
import { downloadBackup, savedBackupText } from './download-backup';
import { JsonFileButtons } from './JsonFileButtons';

interface Props {
  store: DraftStore;
  onImported: () => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/** Export everything to one JSON file; import one back after checking all of it. */
export function BackupPanel({ store, onImported, t }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [exportNote, setExportNote] = useState<{ ok: boolean; text: string } | null>(null);

  async function download() {
    setExportNote(null);
    try {
      const { leftOut } = await downloadBackup(store);
      setExportNote({ ok: leftOut === 0, text: savedBackupText(t('exportDone'), leftOut, t) });
    } catch (error) {
      setExportNote({ ok: false, text: t('exportFailed', { message: (error as Error).message }) });
    }
  }

  async function upload(file: File) {
    setMessage(null);
    setProblems([]);
    // A whole unit's years of drafts can take a while to check and write: say so, so nobody closes the tab.
    setBusy(true);
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        setProblems(parsed.problems);
        return;
      }
      const summary = await importBackup(store, parsed.backup);
      setMessage(t('importDone', { ...summary }));
      onImported();
    } catch (error) {
      setProblems([(error as Error).message]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backup-heading" className="panel">
      <h2 id="backup-heading">{t('backup')}</h2>
      <JsonFileButtons
        exportLabel={t('exportBackup')}
        exportName="Export backup"
        importLabel={t('importBackup')}
        importName="Import backup"
        onExport={() => void download()}
        onImport={(file) => void upload(file)}
        message={message}
        problems={problems}
        rejectedText={t('importRejected')}
      />
      {exportNote && (
        <p role={exportNote.ok ? 'status' : 'alert'} className={exportNote.ok ? 'ok' : 'problems'}>
          {exportNote.text}
        </p>
      )}
      {busy && (
        <p role="status" className="muted">
          {t('importBusy')}
        </p>
      )}
    </section>
  );
}
