import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { BackupPanel } from '../../components/BackupPanel';
import { MappingPanel } from '../../components/MappingPanel';
import { UnitChooser } from '../../components/UnitChooser';
import { useLanguage } from '../../utils/i18n/use-language';
import type { DraftStore } from '../../utils/store/draft-store';
import { META_KEYS } from '../../utils/store/meta-keys';
import { openSharedStore } from '../../utils/store/open-shared-store';
import { changeShowsOnPlan } from '../../utils/store/plan-stamp';
import { onStoreChange } from '../../utils/store/store-changes';
import { parseRoute, routeHash, type WorkspaceRoute } from '../../utils/workspace/route';
import type { FirstRead } from './first-read';
import { loadWorkspace, useProjectsWithoutUnit, type WorkspaceData } from './load-workspace';
import { dropPlanSnapshot } from './plan-snapshot-view';
import { ImportPanel } from './ImportPanel';
import { PlanView } from './PlanView';
import { useNow } from './use-now';
import { WorkspaceFrame } from './WorkspaceFrame';

// The forms and the trash load when first opened: the plan, which every visit starts on, stays quick to show.
const ProjectEditor = lazy(() =>
  import('../../components/ProjectEditor').then((m) => ({ default: m.ProjectEditor })),
);
const ReportEditor = lazy(() =>
  import('../../components/ReportEditor').then((m) => ({ default: m.ReportEditor })),
);
const TrashView = lazy(() => import('../../components/TrashView').then((m) => ({ default: m.TrashView })));

function useRoute(): [WorkspaceRoute, (next: WorkspaceRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const go = useCallback((next: WorkspaceRoute) => {
    location.hash = routeHash(next);
  }, []);
  return [route, go];
}

/**
 * The draft workspace: the unit's plan, each project's form and round drafts, the trash. Every view reads
 * the store afresh when anything changes it (this tab, another tab, the portal's content script).
 */
export function App({ firstRead }: { firstRead?: FirstRead }) {
  const { language, setLanguage, t } = useLanguage();
  const [route, go] = useRoute();
  const [store, setStore] = useState<DraftStore | null>(null);
  const [data, setData] = useState<WorkspaceData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const now = useNow();
  const [changingUnit, setChangingUnit] = useState(false);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const withoutUnit = useProjectsWithoutUnit(store, data);
  // The plan as last drawn, shown while this code loaded, goes as soon as the page shows something itself
  // (before that frame is painted).
  useLayoutEffect(() => {
    if (data || error || route.view !== 'plan') dropPlanSnapshot();
  }, [data, error, route.view]);

  useEffect(() => {
    openSharedStore().then(setStore, (e: unknown) => setError((e as Error).message));
  }, []);
  // Text kept for recovery while the user types on the portal, the page it last saw and the like change
  // nothing here: the plan beside the portal (the side panel) is not read again for them.
  useEffect(
    () =>
      onStoreChange((change) => {
        if (changeShowsOnPlan(change)) reload();
      }),
    [reload],
  );
  useEffect(() => {
    if (!store) return;
    let current = true;
    // The first load uses the read the page started before this code loaded; every reload reads afresh.
    loadWorkspace(store, now, reloads === 0 ? firstRead?.take() : undefined).then(
      (loaded) => {
        if (!current) return;
        setData(loaded);
        performance.mark('workspace:data');
      },
      (e: unknown) => current && setError((e as Error).message),
    );
    return () => {
      current = false;
    };
  }, [store, reloads, now, firstRead]);

  const chooseUnit = async (code: string) => {
    if (!store) return;
    try {
      await store.setMeta(META_KEYS.unitCode, code);
      // The chooser closes onto the new unit's plan, never for a moment onto the old one's.
      setData(await loadWorkspace(store, now));
      setChangingUnit(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <WorkspaceFrame language={language} setLanguage={setLanguage} t={t}>
      {error && <p role="alert">{t('storeError', { message: error })}</p>}
      {!data && !error && <p>{t('loading')}</p>}
      {store && data && (!data.unitCode || changingUnit) && (
        <>
          <UnitChooser
            current={data.unitCode}
            onChoose={(code) => void chooseUnit(code)}
            onCancel={data.unitCode ? () => setChangingUnit(false) : undefined}
            t={t}
          />
          {/* On a new computer, the first thing may be bringing the drafts back from a backup. */}
          {!data.unitCode && (
            <>
              <BackupPanel store={store} onImported={reload} t={t} />
              <MappingPanel store={store} t={t} />
            </>
          )}
        </>
      )}
      {store && data && data.unitCode && !changingUnit && (
        <Suspense fallback={<p>{t('loading')}</p>}>
          {route.view === 'plan' && (
            <PlanView
              store={store}
              data={data}
              unreadable={data.unreadable + withoutUnit}
              unitCode={data.unitCode}
              outstanding={route.outstanding}
              now={now}
              language={language}
              go={go}
              onChangeUnit={() => setChangingUnit(true)}
              onChanged={reload}
              importPanel={ImportPanel}
              t={t}
            />
          )}
          {route.view === 'project' && (
            <ProjectEditor
              key={route.projectId}
              store={store}
              data={data}
              unitCode={data.unitCode}
              projectId={route.projectId}
              now={now}
              language={language}
              go={go}
              t={t}
            />
          )}
          {route.view === 'report' && (
            <ReportEditor
              key={`${route.projectId}/${route.fiscalYear}/${route.round}`}
              store={store}
              data={data}
              projectId={route.projectId}
              fiscalYear={route.fiscalYear}
              round={route.round}
              language={language}
              go={go}
              t={t}
            />
          )}
          {route.view === 'trash' && <TrashView store={store} language={language} t={t} />}
        </Suspense>
      )}
    </WorkspaceFrame>
  );
}
