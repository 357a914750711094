import { useState } from 'react';
import type { MessageKey } from '../utils/i18n/strings';
import { exportBackup, importBackup, parseBackup, serializeBackup } from '../utils/store/backup';
import type { DraftStore } from '../utils/store/draft-store';
import { META_KEYS } from '../utils/store/meta-keys';

interface Props {
  store: DraftStore;
  onImported: () => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/** Export everything to one JSON file; import one back after checking all of it. */
export function BackupPanel({ store, onImported, t }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  async function download() {
    const backup = await exportBackup(store);
    const blob = new Blob([serializeBackup(backup)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `eplan-backup-${backup.unitCode ?? 'unit'}-${backup.exportedAt.slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    await store.setMeta(META_KEYS.lastBackupAt, Date.now());
  }

  async function upload(file: File) {
    setMessage(null);
    setProblems([]);
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    try {
      const summary = await importBackup(store, parsed.backup);
      setMessage(t('importDone', { ...summary }));
      onImported();
    } catch (error) {
      setProblems([(error as Error).message]);
    }
  }

  return (
    <section aria-labelledby="backup-heading" className="panel">
      <h2 id="backup-heading">{t('backup')}</h2>
      <div className="row">
        <button type="button" aria-label="Export backup" onClick={() => void download()}>
          {t('exportBackup')}
        </button>
        <label className="file-button">
          {t('importBackup')}
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import backup"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
      </div>
      {message && (
        <p role="status" className="ok">
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <p>{t('importRejected')}</p>
          <ul>
            {problems.slice(0, 50).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
