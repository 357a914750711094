import { useState } from 'react';
import type { MessageKey } from '../utils/i18n/strings';
import { mappingFileOf, parseMappingFile } from '../utils/portal/mapping-file';
import { loadTaughtBindings, saveTaughtBindings } from '../utils/portal/taught-bindings-store';
import type { DraftStore } from '../utils/store/draft-store';
import { JsonFileButtons } from './JsonFileButtons';
import { saveTextFile } from './save-text-file';

interface Props {
  store: DraftStore;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/**
 * The field bindings taught on the portal ("Fix field mapping"), as a file: one overseer fixes a changed
 * portal page once and sends the file to every unit.
 */
export function MappingPanel({ store, t }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  async function download() {
    const file = mappingFileOf(await loadTaughtBindings(store));
    saveTextFile(
      `eplan-field-mappings-${file.exportedAt.slice(0, 10)}.json`,
      JSON.stringify(file, null, 1),
      'application/json',
    );
  }

  async function upload(file: File) {
    setMessage(null);
    setProblems([]);
    const parsed = parseMappingFile(await file.text());
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    try {
      await saveTaughtBindings(store, parsed.file.bindings);
    } catch (error) {
      setProblems([t('mappingsSaveFailed', { error: (error as Error).message })]);
      return;
    }
    setMessage(t('mappingsImported', { count: parsed.file.bindings.length }));
  }

  return (
    <section aria-labelledby="mappings-heading" className="panel">
      <h2 id="mappings-heading">{t('mappingsTitle')}</h2>
      <p className="muted">{t('mappingsHelp')}</p>
      <JsonFileButtons
        exportLabel={t('mappingsExport')}
        exportName={`${t('mappingsExport')} (Export field mappings)`}
        importLabel={t('mappingsImport')}
        importName={`${t('mappingsImport')} (Import field mappings)`}
        onExport={() => void download()}
        onImport={(file) => void upload(file)}
        message={message}
        problems={problems}
        rejectedText={t('mappingsRejected')}
      />
    </section>
  );
}
