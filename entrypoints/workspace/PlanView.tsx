import { useDeferredValue, useMemo, useState, type ComponentType } from 'react';
import { BackupReminder } from '../../components/BackupReminder';
import { BackupPanel } from '../../components/BackupPanel';
import { DeadlineChip } from '../../components/DeadlineChip';
import { LifecycleChip } from '../../components/LifecycleChip';
import { MappingPanel } from '../../components/MappingPanel';
import { fiscalYearOf } from '../../utils/calendar/fiscal-year';
import { daysLeft, roundKey, roundsOfFiscalYear, type Round } from '../../utils/calendar/rounds';
import { DIMENSIONS } from '../../utils/catalogue/dimensions';
import { unitByCode } from '../../utils/catalogue/units';
import { WORK_TYPES } from '../../utils/catalogue/work-types';
import type { MessageKey } from '../../utils/i18n/strings';
import type { Translator } from '../../utils/i18n/translate';
import type { Language } from '../../utils/i18n/language';
import type { Project } from '../../utils/model/project';
import type { RoundReport } from '../../utils/model/round-report';
import type { DraftStore } from '../../utils/store/draft-store';
import { openingPlanYear, yearsInPlan } from '../../utils/workspace/opening-plan-year';
import { shownInYear } from '../../utils/workspace/shown-in-year';
import { attentionOf, type Attention } from '../../utils/workspace/needs-attention';
import { searchableProjects, searchProjects, type SearchPlace } from '../../utils/workspace/project-search';
import { routeHash, type WorkspaceRoute } from '../../utils/workspace/route';
import { deadlineTone } from '../../utils/reminders/badge';
import { daysLeftText, roundName } from '../../utils/reminders/deadline-text';
import type { WorkspaceData } from './load-workspace';
import type { ImportKind, ImportPanelProps } from './ImportPanel';
import { useKeepPlanSnapshot } from './use-keep-plan-snapshot';
import { withEnglish } from '../../utils/i18n/accessible-name';
import { labelIn } from '../../utils/catalogue/catalogue-entry';

interface Props {
  store: DraftStore;
  data: WorkspaceData;
  /** Records the user cannot see: the unit's damaged ones, and projects with no usable unit code. */
  unreadable: number;
  unitCode: string;
  /** Opened at `#outstanding`: start with "needs attention" on. */
  outstanding: boolean;
  now: number;
  language: Language;
  go: (route: WorkspaceRoute) => void;
  onChangeUnit: () => void;
  onChanged: () => void;
  /** The import panels, when opened (ImportPanel.tsx): the page's, not the background's (plan-markup.tsx). */
  importPanel: ComponentType<ImportPanelProps>;
  t: Translator;
}

const PLACE_KEY: Record<SearchPlace, MessageKey> = {
  name: 'foundInName',
  code: 'foundInCode',
  objective: 'foundInObjective',
  remark: 'foundInRemark',
  reportRemarks: 'foundInReportRemarks',
};

/** The years worth offering: this one and the next, the one the plan opened on, and every year a draft mentions. */
function yearChoices(
  current: number,
  opening: number,
  projects: readonly Project[],
  reports: readonly RoundReport[],
) {
  const years = yearsInPlan(projects, reports)
    .add(current)
    .add(current + 1)
    .add(opening);
  return [...years].sort((a, b) => b - a);
}

/**
 * The unit's plan for one fiscal year: every project, grouped by dimension, with where each round's report
 * stands and the deadlines; search, "needs attention", imports and the backup.
 */
export function PlanView({
  store,
  data,
  unreadable,
  unitCode,
  outstanding,
  now,
  language,
  go,
  onChangeUnit,
  onChanged,
  importPanel: OpenedImport,
  t,
}: Props) {
  const currentYear = fiscalYearOf(now);
  const openingYear = useMemo(
    () => openingPlanYear(now, data.settings.deadlineOverrides, data.projects, data.reports),
    [now, data.settings.deadlineOverrides, data.projects, data.reports],
  );
  const [fiscalYear, setFiscalYear] = useState(openingYear);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [onlyAttention, setOnlyAttention] = useState(outstanding);
  // The address follows the filter and the filter the address (a notification's link while the page is
  // open), keeping the year chosen and the search typed.
  const [followed, setFollowed] = useState(outstanding);
  if (followed !== outstanding) {
    setFollowed(outstanding);
    setOnlyAttention(outstanding);
  }
  const [panel, setPanel] = useState<ImportKind | null>(null);
  useKeepPlanSnapshot(store, {
    data,
    unreadable,
    atOpening:
      fiscalYear === openingYear &&
      query === '' &&
      deferredQuery === '' &&
      onlyAttention === outstanding &&
      !panel,
    outstanding,
    now,
    language,
  });

  const unit = unitByCode(unitCode);
  const schedules = roundsOfFiscalYear(fiscalYear, data.settings.deadlineOverrides);
  const years = useMemo(
    () => yearChoices(currentYear, openingYear, data.projects, data.reports),
    [currentYear, openingYear, data.projects, data.reports],
  );
  const searchable = useMemo(
    () => searchableProjects(data.projects, data.reports),
    [data.projects, data.reports],
  );
  const reportsOfYear = useMemo(() => {
    const byProject = new Map<string, RoundReport[]>();
    for (const r of data.reports) {
      if (r.fiscalYear !== fiscalYear) continue;
      const list = byProject.get(r.projectId);
      if (list) list.push(r);
      else byProject.set(r.projectId, [r]);
    }
    return byProject;
  }, [data.reports, fiscalYear]);
  const attention = useMemo(() => {
    const map = new Map<string, Attention>();
    for (const p of data.projects) {
      const a = attentionOf(p, reportsOfYear.get(p.id) ?? [], data.owedRounds.get(p.id) ?? []);
      if (a) map.set(p.id, a);
    }
    return map;
  }, [data.projects, data.owedRounds, reportsOfYear]);

  // The year's projects; under "needs attention", every project that needs it, whatever its year (the
  // notification's link lands here on this year, and an overdue round may be last year's).
  const listed = useMemo(
    () =>
      new Set(
        data.projects
          .filter((p) =>
            onlyAttention ? attention.has(p.id) : shownInYear(p, fiscalYear, reportsOfYear.has(p.id)),
          )
          .map((p) => p.id),
      ),
    [data.projects, fiscalYear, reportsOfYear, attention, onlyAttention],
  );
  const hits = useMemo(
    () => searchProjects(searchable, deferredQuery).filter((h) => listed.has(h.project.id)),
    [searchable, deferredQuery, listed],
  );
  const groups = DIMENSIONS.map((d) => ({
    dimension: d,
    hits: hits.filter((h) => h.project.dimension === d.value),
  })).filter((g) => g.hits.length > 0);
  const reportOf = (projectId: string, round: Round) =>
    reportsOfYear.get(projectId)?.find((r) => r.round === round);
  const workTypeLabel = (p: Project) => {
    const w = WORK_TYPES.find((x) => x.value === p.workType);
    return w ? labelIn(language, w) : '';
  };
  const showAll = () => {
    setOnlyAttention(false);
    if (outstanding) go({ view: 'plan', outstanding: false });
  };

  return (
    <>
      <p className="unit-line">
        <strong>{t('unit')}:</strong> {unit ? `${unit.nameTh} (${unit.code})` : unitCode}{' '}
        <button type="button" onClick={onChangeUnit}>
          {t('changeUnit')}
        </button>
      </p>
      <BackupReminder
        lastBackupAt={data.lastBackupAt}
        hasDrafts={data.projects.length > 0}
        store={store}
        now={now}
        language={language}
        t={t}
      />
      {unreadable > 0 && (
        <p role="alert" className="notice notice-error">
          {t('unreadableRecords', { count: unreadable })}
        </p>
      )}
      <div className="toolbar" role="toolbar" aria-label={t('planActions')}>
        <button
          type="button"
          className="primary"
          aria-label={withEnglish(t('newProject'), 'New project')}
          onClick={() => go({ view: 'project', projectId: 'new' })}
        >
          + {t('newProject')}
        </button>
        <button
          type="button"
          aria-label={withEnglish(t('importBmaReport'), 'Import BMA report')}
          aria-expanded={panel === 'bma'}
          onClick={() => setPanel((open) => (open === 'bma' ? null : 'bma'))}
        >
          {t('importBmaReport')}
        </button>
        <button
          type="button"
          aria-label={withEnglish(t('importProjectsCsv'), 'Import projects (CSV)')}
          aria-expanded={panel === 'csv'}
          onClick={() => setPanel((open) => (open === 'csv' ? null : 'csv'))}
        >
          {t('importProjectsCsv')}
        </button>
        <a
          className="button-link"
          href={routeHash({ view: 'trash' })}
          aria-label={withEnglish(t('trash'), 'Trash')}
        >
          {t('trash')}
        </a>
      </div>
      {panel && (
        <OpenedImport
          kind={panel}
          store={store}
          unitCode={unitCode}
          data={data}
          now={now}
          language={language}
          onSaved={(year) => {
            // The plan turns to the year imported, where the project it saved is listed.
            if (year !== undefined) setFiscalYear(year);
            onChanged();
          }}
          onClose={() => setPanel(null)}
          t={t}
        />
      )}

      <section aria-labelledby="projects-heading" className="panel">
        <h2 id="projects-heading">
          {t('projects')} · {t('fiscalYear', { year: fiscalYear })}
        </h2>
        <div className="filters">
          <label>
            {t('searchProjects')}
            <input
              type="search"
              aria-label={withEnglish(t('searchProjects'), 'Search projects')}
              value={query}
              placeholder={t('searchPlaceholder')}
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('fieldFiscalYear')}
            <select
              aria-label={withEnglish(t('fieldFiscalYear'), 'Fiscal year')}
              value={fiscalYear}
              onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              aria-label={withEnglish(t('needsAttention'), 'Needs attention')}
              checked={onlyAttention}
              onChange={(e) => (e.currentTarget.checked ? setOnlyAttention(true) : showAll())}
            />
            {t('needsAttention')} ({attention.size})
          </label>
        </div>
        <p className="muted" role="status">
          {t('showingProjects', { shown: hits.length, total: listed.size })}
          {onlyAttention && (
            <>
              {' · '}
              {t('filterOutstanding')}{' '}
              <button type="button" onClick={showAll}>
                {t('showAllProjects')}
              </button>
            </>
          )}
        </p>
        {data.projects.length === 0 ? (
          <p className="muted">{t('noProjects')}</p>
        ) : (
          <table className="plan">
            <thead>
              <tr>
                <th scope="col">{t('projects')}</th>
                {schedules.map((s) => (
                  <th scope="col" key={s.round}>
                    {t(roundKey(s.round))}
                    <br />
                    <DeadlineChip schedule={s} now={now} language={language} t={t} />
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map(({ dimension, hits: inGroup }) => (
              <tbody key={dimension.value}>
                <tr className="group-row">
                  <th scope="colgroup" colSpan={1 + schedules.length}>
                    {labelIn(language, dimension)} <span className="muted">({inGroup.length})</span>
                  </th>
                </tr>
                {inGroup.map(({ project: p, place, report }) => {
                  const needs = attention.get(p.id);
                  return (
                    <tr key={p.id} data-project-id={p.id}>
                      <th scope="row">
                        <a href={routeHash({ view: 'project', projectId: p.id })}>{p.name}</a>
                        <div className="row-meta muted">
                          {workTypeLabel(p)}
                          {p.bmaCode && ` · ${p.bmaCode}`}
                          {place && place !== 'name' && (
                            <span className="found-in">
                              {' · '}
                              {t(PLACE_KEY[place], {
                                round: report ? t(roundKey(report.round)) : '',
                                year: report?.fiscalYear ?? '',
                              })}
                            </span>
                          )}
                        </div>
                        {needs && (
                          <div className="attention">
                            {needs.owed.map((o) => {
                              const days = daysLeft(now, o.due);
                              return (
                                <span
                                  key={`${o.fiscalYear}-${o.round}`}
                                  className={`chip chip-${deadlineTone(days)}`}
                                >
                                  {t('attentionDue', {
                                    round: roundName(language, o),
                                    days: daysLeftText(language, days),
                                  })}
                                </span>
                              );
                            })}
                            {needs.roundsWithErrors.map((round) => (
                              <span key={round} className="chip chip-soon">
                                {t('attentionErrors', { round: t(roundKey(round)) })}
                              </span>
                            ))}
                          </div>
                        )}
                      </th>
                      {schedules.map((s) => {
                        const r = reportOf(p.id, s.round);
                        return (
                          <td key={s.round}>
                            <a
                              className="round-link"
                              href={routeHash({
                                view: 'report',
                                projectId: p.id,
                                fiscalYear,
                                round: s.round,
                              })}
                            >
                              <LifecycleChip lifecycle={r?.lifecycle} t={t} />
                              <span className="round-action">
                                {t(r ? 'openRoundDraft' : 'createRoundDraft')}
                              </span>
                            </a>
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        )}
        {data.projects.length > 0 && hits.length === 0 && <p className="muted">{t('noProjectsMatch')}</p>}
      </section>
      <BackupPanel store={store} onImported={onChanged} t={t} />
      <MappingPanel store={store} t={t} />
    </>
  );
}
