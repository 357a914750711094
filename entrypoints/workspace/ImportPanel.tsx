import { lazy, Suspense } from 'react';
import type { Language } from '../../utils/i18n/language';
import type { Translator } from '../../utils/i18n/translate';
import type { DraftStore } from '../../utils/store/draft-store';
import type { WorkspaceData } from './load-workspace';

// The import panels (and their parsers) load when first opened.
const BmaImportPanel = lazy(() =>
  import('../../components/BmaImportPanel').then((m) => ({ default: m.BmaImportPanel })),
);
const CsvImportPanel = lazy(() =>
  import('../../components/CsvImportPanel').then((m) => ({ default: m.CsvImportPanel })),
);

export type ImportKind = 'bma' | 'csv';

export interface ImportPanelProps {
  kind: ImportKind;
  store: DraftStore;
  unitCode: string;
  data: WorkspaceData;
  now: number;
  language: Language;
  /** Saved: the BMA import gives the fiscal year of the round it saved, which the plan turns to. */
  onSaved: (year?: number) => void;
  onClose: () => void;
  t: Translator;
}

/**
 * The plan's import panel opened: a BMA progress report, or a project list in CSV. Apart from the plan
 * (PlanView.tsx), which the background also draws (plan-markup.tsx) and which opens with neither.
 */
export function ImportPanel({
  kind,
  store,
  unitCode,
  data,
  now,
  language,
  onSaved,
  onClose,
  t,
}: ImportPanelProps) {
  return (
    <Suspense fallback={<p>{t('loading')}</p>}>
      {kind === 'bma' ? (
        <BmaImportPanel
          store={store}
          unitCode={unitCode}
          projects={data.projects}
          reports={data.reports}
          now={now}
          language={language}
          onSaved={onSaved}
          onClose={onClose}
          t={t}
        />
      ) : (
        <CsvImportPanel
          store={store}
          unitCode={unitCode}
          projects={data.projects}
          language={language}
          onSaved={() => onSaved()}
          onClose={onClose}
          t={t}
        />
      )}
    </Suspense>
  );
}
