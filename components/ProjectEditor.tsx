import { useEffect, useRef, useState } from 'react';
import { fiscalYearOf } from '../utils/calendar/fiscal-year';
import { DIMENSIONS } from '../utils/catalogue/dimensions';
import { TARGET_GROUPS, type TargetGroup } from '../utils/catalogue/target-groups';
import { WORK_TYPES } from '../utils/catalogue/work-types';
import type { Translator } from '../utils/i18n/translate';
import type { Language } from '../utils/i18n/language';
import type { Project, ProjectFields } from '../utils/model/project';
import { fieldsOf, type DraftStore } from '../utils/store/draft-store';
import { PROJECT_FIELD_LABELS } from '../utils/workspace/field-labels';
import {
  newProjectForm,
  projectFormOf,
  readProjectForm,
  type ProjectForm,
  type ProjectFormField,
} from '../utils/workspace/project-form';
import { routeHash, type WorkspaceRoute } from '../utils/workspace/route';
import type { WorkspaceData } from '../entrypoints/workspace/load-workspace';
import { AmountHint } from './AmountHint';
import { FieldSet, FormField } from './FormField';
import { HistoryPanel } from './HistoryPanel';
import { LifecycleChip } from './LifecycleChip';
import { ProjectNotFound } from './ProjectNotFound';
import { SaveStatus } from './SaveStatus';
import { useAutosave, type SaveOutcome } from './use-autosave';
import { textTooLongMessage } from '../utils/workspace/text-limit';
import { readClock } from './read-clock';
import { SavedElsewhereNotice } from './SavedElsewhereNotice';
import { useFollowSavedElsewhere } from './use-follow-saved-elsewhere';
import { readyNoLongerPassing } from '../utils/workspace/ready-no-longer-passing';
import { withEnglish } from '../utils/i18n/accessible-name';
import { labelIn } from '../utils/catalogue/catalogue-entry';
import { formatInstant } from '../utils/i18n/format-instant';
import { META_KEYS } from '../utils/store/meta-keys';
import { stableJson } from '../utils/store/stable-json';
import { UnnamedProjectSchema } from '../utils/workspace/unnamed-project';

interface Props {
  store: DraftStore;
  data: WorkspaceData;
  unitCode: string;
  projectId: string | 'new';
  now: number;
  language: Language;
  go: (route: WorkspaceRoute) => void;
  t: Translator;
}

/** Plan years the form offers: the cycle around this year, and any year the project already has. */
function planYearChoices(current: number, chosen: readonly number[]): number[] {
  const years = new Set<number>();
  for (let y = current - 3; y <= current + 4; y++) years.add(y);
  for (const y of chosen) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** The project form, mirroring the portal's plan form; saves itself as the person types. */
export function ProjectEditor({ store, data, unitCode, projectId, now, language, go, t }: Props) {
  const existing = projectId === 'new' ? undefined : data.projects.find((p) => p.id === projectId);
  if (projectId !== 'new' && !existing) {
    return <ProjectNotFound t={t} />;
  }
  return (
    <ProjectDraftForm
      key={existing?.id ?? 'new'}
      store={store}
      data={data}
      unitCode={unitCode}
      existing={existing}
      now={now}
      language={language}
      go={go}
      t={t}
    />
  );
}

function ProjectDraftForm({
  store,
  data,
  unitCode,
  existing,
  now,
  language,
  go,
  t,
}: Omit<Props, 'projectId'> & { existing: Project | undefined }) {
  const fiscalYear = fiscalYearOf(now);
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  // The stored version: a ref for saves (they chain, faster than renders), state for what the form shows.
  const stored = useRef<ProjectFields | null>(existing ? fieldsOf(existing) : null);
  const [storedView, setStoredView] = useState<ProjectFields | null>(existing ? fieldsOf(existing) : null);
  const keepStored = (fields: ProjectFields) => {
    stored.current = fields;
    setStoredView(fields);
  };
  const label = (field: ProjectFormField) =>
    t(PROJECT_FIELD_LABELS[field === 'usesBudget' ? 'plannedBudget' : field]);

  async function save(form: ProjectForm): Promise<SaveOutcome> {
    const reading = readProjectForm(form, unitCode, stored.current);
    const tooLong = Object.keys(reading.tooLong).length > 0;
    if (!reading.fields) {
      // A new project with text but no name yet: the text is kept aside until it has one.
      if (stored.current === null) {
        const blank = stableJson(form) === stableJson(newProjectForm(fiscalYear));
        // The same text kept aside again (left again, brought back) keeps the time it was typed.
        const aside = UnnamedProjectSchema.safeParse(await store.getMeta(META_KEYS.unnamedProject));
        const same = aside.success && stableJson(aside.data.form) === stableJson(form);
        const savedAt = same ? aside.data.savedAt : readClock();
        await store.setMeta(META_KEYS.unnamedProject, blank ? null : { form, savedAt });
      }
      const first = Object.values(reading.problems)[0];
      return { stored: false, reason: first && !tooLong ? t(first) : t('formNotSaved') };
    }
    const saved = await store.saveProject(reading.fields, id);
    elsewhere.savedHere(saved.revision);
    const isNew = stored.current === null;
    keepStored(reading.fields);
    // A new planned budget can make a ready round draft fail its checks: it is a draft again.
    const ownDrafts = data.reports
      .filter((r) => r.projectId === id)
      .map((r) => ({ id: r.id, fields: fieldsOf(r) }));
    const demoted = readyNoLongerPassing(reading.fields, ownDrafts);
    if (demoted.length > 0) await store.saveMany('report', demoted);
    if (isNew) {
      // The address follows the new project without reopening the form (the cursor stays where it is).
      history.replaceState(null, '', routeHash({ view: 'project', projectId: id }));
      await store.setMeta(META_KEYS.unnamedProject, null);
    }
    // The rest is stored; a text too long to keep is not, so the form stays unsaved (and leaving asks).
    if (tooLong) return { stored: false, reason: t('formNotSaved') };
    return { stored: true, at: saved.updatedAt };
  }

  const { form, setForm, state, unsaved, flush, undo, canUndo, adopt } = useAutosave<ProjectForm>({
    initial: existing ? projectFormOf(existing) : newProjectForm(fiscalYear),
    save,
  });
  const created = storedView !== null;
  const [unnamedSince, setUnnamedSince] = useState<number | null>(null);
  // "New project" again after leaving one with text but no name: that text comes back.
  useEffect(() => {
    if (existing) return;
    let live = true;
    void store.getMeta(META_KEYS.unnamedProject).then((raw) => {
      const kept = UnnamedProjectSchema.safeParse(raw);
      if (!live || !kept.success) return;
      const blank = stableJson(newProjectForm(fiscalYear));
      // Only into a form still blank: whatever was typed meanwhile stays, and nothing is said.
      let takenBack = false;
      setForm((f) => {
        if (stableJson(f) !== blank) return f;
        takenBack = true;
        return kept.data.form;
      });
      if (!takenBack) return;
      setUnnamedSince(kept.data.savedAt);
    });
    return () => {
      live = false;
    };
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function startBlank() {
    setUnnamedSince(null);
    setForm(newProjectForm(fiscalYear));
  }
  const { problems, tooLong } = readProjectForm(form, unitCode, storedView);
  const messagesOf = (field: ProjectFormField) => {
    const key = problems[field];
    const long = field === 'name' || field === 'objective' || field === 'remark' ? tooLong[field] : undefined;
    return [
      ...(long ? [{ tone: 'error' as const, text: textTooLongMessage(long, t) }] : []),
      ...(key ? [{ tone: 'error' as const, text: t(key) }] : []),
    ];
  };
  const set = <K extends keyof ProjectForm>(key: K, value: ProjectForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);
  const current = data.projects.find((p) => p.id === id);
  /** A version stored elsewhere (restored from the history, saved in another window) becomes the form. */
  const takeStored = (record: Project) => {
    const fields = fieldsOf(record);
    keepStored(fields);
    adopt(projectFormOf(fields));
  };
  const elsewhere = useFollowSavedElsewhere({
    current,
    initialRevision: existing?.revision ?? 0,
    typing: unsaved,
    take: takeStored,
  });
  const ownReports = data.reports.filter((r) => r.projectId === id);
  const reportYears = [...new Set([...form.planYears, ...ownReports.map((r) => r.fiscalYear)])].sort(
    (a, b) => b - a,
  );

  async function remove() {
    await flush();
    if (!created) {
      go({ view: 'plan', outstanding: false });
      return;
    }
    await store.delete('project', id);
    go({ view: 'trash' });
  }

  return (
    <section className="panel editor" aria-labelledby="editor-heading" onBlur={() => void flush()}>
      <nav className="breadcrumb">
        <a href="#">{t('backToPlan')}</a>
      </nav>
      <div className="editor-head">
        <h2 id="editor-heading">{created ? form.name || t('untitledProject') : t('newProjectTitle')}</h2>
        <SaveStatus state={state} language={language} t={t} />
      </div>
      <SavedElsewhereNotice notice={elsewhere.notice} t={t} />
      <div className="editor-actions">
        <button
          type="button"
          aria-label={withEnglish(t('undoLastChange'), 'Undo last change')}
          disabled={!canUndo}
          onClick={() => void undo()}
        >
          {t('undoLastChange')}
        </button>
        {created && (
          <button
            type="button"
            className="danger"
            aria-label={withEnglish(t('deleteProject'), 'Delete project')}
            onClick={() => void remove()}
          >
            {t('deleteProject')}
          </button>
        )}
      </div>

      {unnamedSince !== null && !created && (
        <div className="notice notice-warn" role="status">
          <p>{t('unnamedProjectBack', { when: formatInstant(language, unnamedSince) })}</p>
          <button type="button" aria-label={withEnglish(t('startBlank'), 'Start blank')} onClick={startBlank}>
            {t('startBlank')}
          </button>
        </div>
      )}
      <form className="draft-form" onSubmit={(e) => e.preventDefault()} aria-label="Project">
        <FormField label={label('name')} messages={messagesOf('name')}>
          {({ id: fieldId, describedBy }) => (
            <textarea
              id={fieldId}
              aria-describedby={describedBy}
              aria-invalid={problems.name || tooLong.name ? true : undefined}
              aria-required
              rows={2}
              value={form.name}
              onChange={(e) => set('name', e.currentTarget.value)}
            />
          )}
        </FormField>
        <div className="field-row">
          <FormField label={label('bmaCode')} messages={messagesOf('bmaCode')} hint={t('bmaCodeHint')}>
            {({ id: fieldId, describedBy }) => (
              <input
                id={fieldId}
                aria-describedby={describedBy}
                inputMode="numeric"
                value={form.bmaCode}
                onChange={(e) => set('bmaCode', e.currentTarget.value)}
              />
            )}
          </FormField>
          <FormField label={label('portalId')} messages={messagesOf('portalId')} hint={t('portalIdHint')}>
            {({ id: fieldId, describedBy }) => (
              <input
                id={fieldId}
                aria-describedby={describedBy}
                inputMode="numeric"
                value={form.portalId}
                onChange={(e) => set('portalId', e.currentTarget.value)}
              />
            )}
          </FormField>
        </div>
        <FieldSet legend={label('planYears')} messages={messagesOf('planYears')}>
          {planYearChoices(fiscalYear, form.planYears).map((y) => (
            <label key={y} className="choice">
              <input
                type="checkbox"
                checked={form.planYears.includes(y)}
                onChange={(e) => set('planYears', toggle(form.planYears, y, e.currentTarget.checked))}
              />
              {y}
            </label>
          ))}
        </FieldSet>
        <FieldSet legend={label('workType')}>
          {WORK_TYPES.map((w) => (
            <label key={w.value} className="choice">
              <input
                type="radio"
                name="workType"
                checked={form.workType === w.value}
                onChange={() => set('workType', w.value)}
              />
              {labelIn(language, w)}
            </label>
          ))}
        </FieldSet>
        <FieldSet legend={label('dimension')}>
          {DIMENSIONS.map((d) => (
            <label key={d.value} className="choice block">
              <input
                type="radio"
                name="dimension"
                checked={form.dimension === d.value}
                onChange={() => set('dimension', d.value)}
              />
              {labelIn(language, d)}
            </label>
          ))}
        </FieldSet>
        <div className="field-row">
          <FormField label={label('quarter')}>
            {({ id: fieldId }) => (
              <select
                id={fieldId}
                value={form.quarter}
                onChange={(e) => set('quarter', e.currentTarget.value as ProjectForm['quarter'])}
              >
                <option value="">{t('notChosen')}</option>
                {(['1', '2', '3', '4'] as const).map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={label('budgetYear')}>
            {({ id: fieldId }) => (
              <select
                id={fieldId}
                value={form.budgetYear}
                onChange={(e) => set('budgetYear', e.currentTarget.value)}
              >
                <option value="">{t('notChosen')}</option>
                {planYearChoices(fiscalYear, form.budgetYear ? [Number(form.budgetYear)] : []).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <FieldSet legend={label('plannedBudget')} messages={messagesOf('plannedBudget')}>
          <label className="choice block">
            <input
              type="radio"
              name="budget"
              checked={!form.usesBudget}
              onChange={() => set('usesBudget', false)}
            />
            {t('noBudget')}
          </label>
          <label className="choice block">
            <input
              type="radio"
              name="budget"
              checked={form.usesBudget}
              onChange={() => set('usesBudget', true)}
            />
            {t('withBudget')}
          </label>
          {form.usesBudget && (
            <FormField label={t('budgetAmount')} hint={<AmountHint typed={form.plannedBudget} t={t} />}>
              {({ id: fieldId, describedBy }) => (
                <input
                  id={fieldId}
                  aria-describedby={describedBy}
                  aria-invalid={problems.plannedBudget ? true : undefined}
                  inputMode="decimal"
                  value={form.plannedBudget}
                  onChange={(e) => set('plannedBudget', e.currentTarget.value)}
                />
              )}
            </FormField>
          )}
        </FieldSet>
        <FieldSet legend={label('targetGroups')}>
          {TARGET_GROUPS.map((g) => (
            <label key={g.value} className="choice block">
              <input
                type="checkbox"
                checked={form.targetGroups.includes(g.value)}
                onChange={(e) =>
                  set(
                    'targetGroups',
                    toggle<TargetGroup>(form.targetGroups, g.value, e.currentTarget.checked),
                  )
                }
              />
              {labelIn(language, g)}
            </label>
          ))}
        </FieldSet>
        <FormField label={label('objective')} messages={messagesOf('objective')}>
          {({ id: fieldId, describedBy }) => (
            <textarea
              id={fieldId}
              aria-describedby={describedBy}
              rows={4}
              value={form.objective}
              onChange={(e) => set('objective', e.currentTarget.value)}
            />
          )}
        </FormField>
        <FormField label={label('remark')} messages={messagesOf('remark')}>
          {({ id: fieldId, describedBy }) => (
            <textarea
              id={fieldId}
              aria-describedby={describedBy}
              rows={3}
              value={form.remark}
              onChange={(e) => set('remark', e.currentTarget.value)}
            />
          )}
        </FormField>
      </form>

      {created && (
        <section aria-labelledby="rounds-heading" className="rounds">
          <h3 id="rounds-heading">{t('roundDrafts')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('fieldFiscalYear')}</th>
                <th scope="col">{t('round1')}</th>
                <th scope="col">{t('round2')}</th>
              </tr>
            </thead>
            <tbody>
              {reportYears.map((year) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {([1, 2] as const).map((round) => {
                    const r = ownReports.find((x) => x.fiscalYear === year && x.round === round);
                    return (
                      <td key={round}>
                        <a
                          className="round-link"
                          href={routeHash({ view: 'report', projectId: id, fiscalYear: year, round })}
                        >
                          <LifecycleChip lifecycle={r?.lifecycle} t={t} />
                          <span className="round-action">{t(r ? 'openRoundDraft' : 'createRoundDraft')}</span>
                        </a>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {created && current && (
        <HistoryPanel
          store={store}
          kind="project"
          id={id}
          current={current}
          language={language}
          onRestored={(record) => {
            elsewhere.savedHere(record.revision);
            takeStored(record as Project);
          }}
          t={t}
        />
      )}
    </section>
  );
}
