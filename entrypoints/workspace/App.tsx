import { useEffect, useState } from 'react';
import { BackupPanel } from '../../components/BackupPanel';
import { BmaImportPanel } from '../../components/BmaImportPanel';
import { UnitChooser } from '../../components/UnitChooser';
import { MappingPanel } from '../../components/MappingPanel';
import { DeadlineChip } from '../../components/DeadlineChip';
import { LifecycleChip } from '../../components/LifecycleChip';
import { fiscalYearOf } from '../../utils/calendar/fiscal-year';
import { roundsOfFiscalYear } from '../../utils/calendar/rounds';
import { unitByCode } from '../../utils/catalogue/units';
import { LANGUAGES } from '../../utils/i18n/translate';
import { useLanguage } from '../../utils/i18n/use-language';
import type { Project } from '../../utils/model/project';
import type { RoundReport } from '../../utils/model/round-report';
import type { DraftStore } from '../../utils/store/draft-store';
import { openSharedStore } from '../../utils/store/open-shared-store';
import { readReminderInputs } from '../../utils/reminders/reminder-inputs';
import { roundStandings } from '../../utils/reminders/round-standing';
import { META_KEYS } from '../../utils/store/meta-keys';

interface Loaded {
  store: DraftStore;
  unitCode: string | undefined;
  projects: Project[];
  reports: RoundReport[];
  /** Projects with a report not yet submitted in a round the reminders track (due soon or overdue). */
  outstandingIds: Set<string>;
}

async function loadWorkspace(now: number): Promise<Loaded> {
  const store = await openSharedStore();
  const inputs = await readReminderInputs(store);
  const standings = roundStandings({ ...inputs, nowMs: now, overrides: inputs.settings.deadlineOverrides });
  return {
    store,
    unitCode: inputs.unitCode,
    projects: inputs.projects,
    reports: inputs.reports,
    outstandingIds: new Set(standings.flatMap((s) => s.outstandingProjectIds)),
  };
}

/** `workspace.html#outstanding` (where a deadline notification leads): only what still needs reporting. */
function readOutstandingFilter(): boolean {
  return location.hash === '#outstanding';
}

/** The draft workspace: the unit's projects and where each round's report stands this fiscal year. */
export function App() {
  const { language, setLanguage, t } = useLanguage();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [now] = useState(() => Date.now());
  const [onlyOutstanding, setOnlyOutstanding] = useState(readOutstandingFilter);
  const [changingUnit, setChangingUnit] = useState(false);
  const [importing, setImporting] = useState(false);
  useEffect(() => {
    const follow = () => setOnlyOutstanding(readOutstandingFilter());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const fiscalYear = fiscalYearOf(now);
  const schedules = roundsOfFiscalYear(fiscalYear);

  useEffect(() => {
    let current = true;
    loadWorkspace(now).then(
      (data) => current && setLoaded(data),
      (e: unknown) => current && setError((e as Error).message),
    );
    return () => {
      current = false;
    };
  }, [reloads, now]);

  const unit = loaded?.unitCode ? unitByCode(loaded.unitCode) : undefined;
  const chooseUnit = async (code: string) => {
    await loaded?.store.setMeta(META_KEYS.unitCode, code);
    setChangingUnit(false);
    setReloads((n) => n + 1);
  };
  const reportOf = (projectId: string, round: 1 | 2) =>
    loaded?.reports.find(
      (r) => r.projectId === projectId && r.fiscalYear === fiscalYear && r.round === round,
    );

  return (
    <div className="page">
      <header className="top">
        <div>
          <h1>{t('appName')}</h1>
          <p className="muted">{t('appTagline')}</p>
        </div>
        <label className="language">
          {t('language')}{' '}
          <select
            aria-label="Language"
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as 'th' | 'en')}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'th' ? 'ไทย' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>

      <main>
        {error && <p role="alert">{t('storeError', { message: error })}</p>}
        {!loaded && !error && <p>{t('loading')}</p>}
        {loaded && (!loaded.unitCode || changingUnit) && (
          <UnitChooser
            current={loaded.unitCode}
            onChoose={(code) => void chooseUnit(code)}
            onCancel={loaded.unitCode ? () => setChangingUnit(false) : undefined}
            t={t}
          />
        )}
        {loaded && loaded.unitCode && !changingUnit && (
          <>
            <p className="unit-line">
              <strong>{t('unit')}:</strong> {unit ? `${unit.nameTh} (${unit.code})` : loaded.unitCode}{' '}
              <button type="button" onClick={() => setChangingUnit(true)}>
                {t('changeUnit')}
              </button>{' '}
              <button
                type="button"
                aria-label="Import BMA report"
                aria-expanded={importing}
                onClick={() => setImporting((open) => !open)}
              >
                {t('importBmaReport')}
              </button>
            </p>
            {importing && (
              <BmaImportPanel
                store={loaded.store}
                unitCode={loaded.unitCode}
                projects={loaded.projects}
                reports={loaded.reports}
                now={now}
                language={language}
                onSaved={() => setReloads((n) => n + 1)}
                onClose={() => setImporting(false)}
                t={t}
              />
            )}
            <section aria-labelledby="projects-heading" className="panel">
              <h2 id="projects-heading">
                {t('projects')} · {t('fiscalYear', { year: fiscalYear })}
              </h2>
              {onlyOutstanding && (
                <p className="filter-note" role="status">
                  {t('filterOutstanding')}{' '}
                  <button
                    type="button"
                    onClick={() => {
                      history.replaceState(null, '', location.pathname);
                      setOnlyOutstanding(false);
                    }}
                  >
                    {t('showAllProjects')}
                  </button>
                </p>
              )}
              {loaded.projects.length === 0 ? (
                <p className="muted">{t('noProjects')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('projects')}</th>
                      {schedules.map((s) => (
                        <th scope="col" key={s.round}>
                          {t(s.round === 1 ? 'round1' : 'round2')}
                          <br />
                          <DeadlineChip schedule={s} now={now} language={language} t={t} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.projects
                      .filter((p) => !onlyOutstanding || loaded.outstandingIds.has(p.id))
                      .map((p) => (
                        <tr key={p.id}>
                          <th scope="row">{p.name}</th>
                          {schedules.map((s) => (
                            <td key={s.round}>
                              <LifecycleChip lifecycle={reportOf(p.id, s.round)?.lifecycle} t={t} />
                            </td>
                          ))}
                        </tr>
                      ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
        {loaded && (
          <>
            <BackupPanel store={loaded.store} onImported={() => setReloads((n) => n + 1)} t={t} />
            <MappingPanel store={loaded.store} t={t} />
          </>
        )}
      </main>
    </div>
  );
}
