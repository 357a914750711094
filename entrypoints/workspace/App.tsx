import { useEffect, useState } from 'react';
import { BackupPanel } from '../../components/BackupPanel';
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
import { META_KEYS } from '../../utils/store/meta-keys';
import { openSharedStore } from '../../utils/store/open-shared-store';

interface Loaded {
  store: DraftStore;
  unitCode: string | undefined;
  projects: Project[];
  reports: RoundReport[];
}

async function loadWorkspace(): Promise<Loaded> {
  const store = await openSharedStore();
  const [unitCode, projects, reports] = await Promise.all([
    store.getMeta<string>(META_KEYS.unitCode),
    store.list('project'),
    store.list('report'),
  ]);
  return { store, unitCode, projects: projects.records, reports: reports.records };
}

/** The draft workspace: the unit's projects and where each round's report stands this fiscal year. */
export function App() {
  const { language, setLanguage, t } = useLanguage();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [now] = useState(() => Date.now());
  const fiscalYear = fiscalYearOf(now);
  const schedules = roundsOfFiscalYear(fiscalYear);

  useEffect(() => {
    let current = true;
    loadWorkspace().then(
      (data) => current && setLoaded(data),
      (e: unknown) => current && setError((e as Error).message),
    );
    return () => {
      current = false;
    };
  }, [reloads]);

  const unit = loaded?.unitCode ? unitByCode(loaded.unitCode) : undefined;
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
        {loaded && (
          <>
            <p>
              <strong>{t('unit')}:</strong> {unit ? `${unit.nameTh} (${unit.code})` : t('noUnit')}
            </p>
            <section aria-labelledby="projects-heading" className="panel">
              <h2 id="projects-heading">
                {t('projects')} · {t('fiscalYear', { year: fiscalYear })}
              </h2>
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
                          <DeadlineChip schedule={s} now={now} t={t} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.projects.map((p) => (
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
            <BackupPanel store={loaded.store} onImported={() => setReloads((n) => n + 1)} t={t} />
            <MappingPanel store={loaded.store} t={t} />
          </>
        )}
      </main>
    </div>
  );
}
