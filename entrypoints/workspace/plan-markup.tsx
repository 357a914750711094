import { renderToString } from 'react-dom/server';
import type { Language } from '../../utils/i18n/language';
import { translate } from '../../utils/i18n/translate';
import type { DraftStore } from '../../utils/store/draft-store';
import type { WorkspaceData } from './load-workspace';
import { PlanView } from './PlanView';
import { WorkspaceFrame } from './WorkspaceFrame';

/** What the plan is drawn from, as the workspace draws it when it opens. */
export interface PlanAtOpening {
  store: DraftStore;
  data: WorkspaceData;
  unitCode: string;
  /** The count of damaged records the plan warns of. */
  unreadable: number;
  /** Drawn for `#outstanding`: "needs attention" on. */
  outstanding: boolean;
  now: number;
  language: Language;
}

/** Nothing is done from a drawing made with no page: it only ever becomes markup. */
const inert = () => undefined;
/** The plan opens with no import panel open; their code stays out of the background. */
const NoImportPanel = () => null;

/**
 * The markup of the workspace page's content showing the plan as it opens, drawn with no page (in the
 * background) by the same components the page draws: what `drawnMarkup` takes from an open workspace.
 */
export function planMarkup({ store, data, unitCode, unreadable, outstanding, now, language }: PlanAtOpening) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params);
  return renderToString(
    <WorkspaceFrame language={language} setLanguage={inert} t={t}>
      <PlanView
        store={store}
        data={data}
        unreadable={unreadable}
        unitCode={unitCode}
        outstanding={outstanding}
        now={now}
        language={language}
        go={inert}
        onChangeUnit={inert}
        onChanged={inert}
        importPanel={NoImportPanel}
        t={t}
      />
    </WorkspaceFrame>,
  );
}
