import { useState } from 'react';
import type { MessageKey } from '../utils/i18n/strings';
import { importBackup, parseBackup } from '../utils/store/backup';
import type { DraftStore } from '../utils/store/draft-store';
import { downloadBackup } from './download-backup';

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
    await downloadBackup(store);
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
