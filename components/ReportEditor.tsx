import { useRef, useState } from 'react';
import type { Round } from '../utils/calendar/rounds';
import { REASONS } from '../utils/catalogue/reasons';
import { REPORT_STATUSES } from '../utils/catalogue/report-statuses';
import { formatInstant } from '../utils/i18n/format-instant';
import type { Translator } from '../utils/i18n/translate';
import type { Language } from '../utils/i18n/language';
import type { Project } from '../utils/model/project';
import type { RoundReport, RoundReportFields } from '../utils/model/round-report';
import { roundName } from '../utils/reminders/deadline-text';
import { checkReport } from '../utils/rules/check-report';
import type { ReportField } from '../utils/rules/report-field';
import { findingMessage } from '../utils/rules/rule';
import { fieldsOf, type DraftStore } from '../utils/store/draft-store';
import { formatBaht } from '../utils/thai/amount';
import { REPORT_FIELD_LABELS } from '../utils/workspace/field-labels';
import {
  readReportForm,
  reportCheckInputOfForm,
  reportFormOf,
  type ReportForm,
} from '../utils/workspace/report-form';
import { routeHash, type WorkspaceRoute } from '../utils/workspace/route';
import type { WorkspaceData } from '../entrypoints/workspace/load-workspace';
import { FieldMessages, FieldSet, FormField } from './FormField';
import { HistoryPanel } from './HistoryPanel';
import { LifecycleChip } from './LifecycleChip';
import { AmountHint } from './AmountHint';
import { ProjectNotFound } from './ProjectNotFound';
import { SaveStatus } from './SaveStatus';
import { useAutosave, type SaveOutcome } from './use-autosave';
import { textTooLongMessage } from '../utils/workspace/text-limit';
import { readClock } from './read-clock';
import { SavedElsewhereNotice } from './SavedElsewhereNotice';
import { useFollowSavedElsewhere } from './use-follow-saved-elsewhere';
import { emptyRoundReport } from '../utils/model/round-report';
import { withEnglish } from '../utils/i18n/accessible-name';
import { labelIn } from '../utils/catalogue/catalogue-entry';

interface Props {
  store: DraftStore;
  data: WorkspaceData;
  projectId: string;
  fiscalYear: number;
  round: Round;
  language: Language;
  go: (route: WorkspaceRoute) => void;
  t: Translator;
}

/** One round's report for one project: the portal's report form, checked as the person types. */
export function ReportEditor(props: Props) {
  const { data, projectId, fiscalYear, round, t } = props;
  const project = data.projects.find((p) => p.id === projectId);
  if (!project) {
    return <ProjectNotFound t={t} />;
  }
  const existing = data.reports.find(
    (r) => r.projectId === projectId && r.fiscalYear === fiscalYear && r.round === round,
  );
  return <ReportDraftForm {...props} project={project} existing={existing} />;
}

function ReportDraftForm({
  store,
  data,
  fiscalYear,
  round,
  language,
  go,
  t,
  project,
  existing,
}: Props & { project: Project; existing: RoundReport | undefined }) {
  const where = { projectId: project.id, fiscalYear, round };
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  // The stored version: a ref for saves (they chain, faster than renders), state for what the form shows.
  const stored = useRef<RoundReportFields | null>(existing ? fieldsOf(existing) : null);
  const [storedView, setStoredView] = useState<RoundReportFields | null>(
    existing ? fieldsOf(existing) : null,
  );
  const keepStored = (fields: RoundReportFields) => {
    stored.current = fields;
    setStoredView(fields);
  };
  const [confirmingReady, setConfirmingReady] = useState(false);
  const sixMonthRecord =
    round === 2
      ? data.reports.find((r) => r.projectId === project.id && r.fiscalYear === fiscalYear && r.round === 1)
      : undefined;
  const sixMonth = sixMonthRecord ? fieldsOf(sixMonthRecord) : null;

  async function save(form: ReportForm): Promise<SaveOutcome> {
    const reading = readReportForm(form, where, stored.current);
    const saved = await store.saveReport(reading.fields, id);
    elsewhere.savedHere(saved.revision);
    keepStored(reading.fields);
    // The rest is stored; a text too long to keep is not, so the form stays unsaved (and leaving asks).
    if (Object.keys(reading.tooLong).length > 0) return { stored: false, reason: t('formNotSaved') };
    return { stored: true, at: saved.updatedAt };
  }

  const { form, setForm, state, unsaved, flush, undo, canUndo, adopt } = useAutosave<ReportForm>({
    initial: reportFormOf(existing ? fieldsOf(existing) : emptyRoundReport(project.id, fiscalYear, round)),
    save,
  });
  const reading = readReportForm(form, where, storedView);
  const result = checkReport(reportCheckInputOfForm(form, reading, project, sixMonth));
  const messagesOf = (field: ReportField) => {
    const messages = result.findings
      .filter((f) => f.fields.includes(field))
      .map((f) => ({ tone: f.severity, text: findingMessage(f, t) }));
    const tooLong = field === 'otherReason' || field === 'remarks' ? reading.tooLong[field] : undefined;
    if (tooLong) messages.unshift({ tone: 'error', text: textTooLongMessage(tooLong, t) });
    return messages;
  };
  const set = <K extends keyof ReportForm>(key: K, value: ReportForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const hasBudget = project.plannedBudget !== null;
  const current = data.reports.find((r) => r.id === id);
  /** A version stored elsewhere (restored from the history, saved in another window) becomes the form. */
  const takeStored = (record: RoundReport) => {
    const fields = fieldsOf(record);
    keepStored(fields);
    adopt(reportFormOf(fields));
  };
  const elsewhere = useFollowSavedElsewhere({
    current,
    initialRevision: existing?.revision ?? 0,
    typing: unsaved,
    take: takeStored,
  });
  const label = (field: keyof RoundReportFields) => t(REPORT_FIELD_LABELS[field]);
  const lifecycle = storedView?.lifecycle ?? 'draft';
  const pageMessages = messagesOf('page');

  async function setReady(ready: boolean) {
    await flush();
    const base = stored.current ?? readReportForm(form, where, null).fields;
    const next: RoundReportFields = { ...base, lifecycle: ready ? 'ready' : 'draft' };
    if (ready) next.readyAt = readClock();
    else delete next.readyAt;
    elsewhere.savedHere((await store.saveReport(next, id)).revision);
    keepStored(next);
    setConfirmingReady(false);
  }

  async function remove() {
    await flush();
    if (stored.current) await store.delete('report', id);
    go({ view: 'project', projectId: project.id });
  }

  const canMarkReady = result.errors.length === 0 && state.kind !== 'failed';

  return (
    <section className="panel editor" aria-labelledby="editor-heading" onBlur={() => void flush()}>
      <nav className="breadcrumb">
        <a href="#">{t('backToPlan')}</a> ›{' '}
        <a href={routeHash({ view: 'project', projectId: project.id })}>{project.name}</a>
      </nav>
      <div className="editor-head">
        <h2 id="editor-heading">
          {roundName(language, { fiscalYear, round })}
          <span className="subtitle">{project.name}</span>
        </h2>
        <SaveStatus state={state} language={language} t={t} />
      </div>
      <SavedElsewhereNotice notice={elsewhere.notice} t={t} />
      <p className="project-facts muted">
        {hasBudget
          ? t('projectWithBudget', { amount: formatBaht(project.plannedBudget ?? 0) })
          : t('projectWithoutBudget')}
      </p>

      <div className="editor-actions">
        <LifecycleChip lifecycle={lifecycle} t={t} />
        {lifecycle === 'draft' && (
          <button
            type="button"
            className="primary"
            aria-label={withEnglish(t('markReady'), 'Mark ready')}
            aria-describedby="ready-why"
            disabled={!canMarkReady}
            onClick={() => (result.warnings.length > 0 ? setConfirmingReady(true) : void setReady(true))}
          >
            {t('markReady')}
          </button>
        )}
        {lifecycle === 'ready' && (
          <button
            type="button"
            aria-label={withEnglish(t('backToDraft'), 'Back to draft')}
            onClick={() => void setReady(false)}
          >
            {t('backToDraft')}
          </button>
        )}
        <button
          type="button"
          aria-label={withEnglish(t('undoLastChange'), 'Undo last change')}
          disabled={!canUndo}
          onClick={() => void undo()}
        >
          {t('undoLastChange')}
        </button>
        {current && (
          <button
            type="button"
            className="danger"
            aria-label={withEnglish(t('deleteRoundDraft'), 'Delete round draft')}
            onClick={() => void remove()}
          >
            {t('deleteRoundDraft')}
          </button>
        )}
      </div>
      <p id="ready-why" className="muted">
        {lifecycle === 'submitted'
          ? t('reportSubmittedNote', {
              when: current?.submittedAt ? formatInstant(language, current.submittedAt) : '—',
            })
          : result.errors.length > 0
            ? t('readyBlocked', { count: result.errors.length })
            : result.warnings.length > 0
              ? t('readyWithWarnings', { count: result.warnings.length })
              : t('readyAllClear')}
      </p>
      {confirmingReady && (
        <div className="notice notice-warn" role="alertdialog" aria-labelledby="confirm-ready-text">
          <p id="confirm-ready-text">{t('confirmReadyWithWarnings', { count: result.warnings.length })}</p>
          <button
            type="button"
            className="primary"
            aria-label={withEnglish(t('markReadyAnyway'), 'Mark ready anyway')}
            onClick={() => void setReady(true)}
          >
            {t('markReadyAnyway')}
          </button>{' '}
          <button
            type="button"
            aria-label={withEnglish(t('cancel'), 'Cancel')}
            onClick={() => setConfirmingReady(false)}
          >
            {t('cancel')}
          </button>
        </div>
      )}
      <FieldMessages messages={pageMessages} />

      <form className="draft-form" onSubmit={(e) => e.preventDefault()} aria-label="Round report">
        <div className="field-row">
          {(['ordinanceBudget', 'disbursed'] as const).map((field) => (
            <FormField
              key={field}
              label={label(field)}
              hint={hasBudget ? <AmountHint typed={form[field]} t={t} /> : t('noBudgetNoAmounts')}
              messages={messagesOf(field)}
            >
              {({ id: fieldId, describedBy }) => (
                <input
                  id={fieldId}
                  aria-describedby={describedBy}
                  inputMode="decimal"
                  disabled={!hasBudget}
                  value={form[field]}
                  onChange={(e) => set(field, e.currentTarget.value)}
                />
              )}
            </FormField>
          ))}
        </div>
        <FieldSet legend={label('inPlan')} messages={messagesOf('inPlan')}>
          <label className="choice">
            <input
              type="checkbox"
              checked={form.inPlan}
              onChange={(e) => set('inPlan', e.currentTarget.checked)}
            />
            {t('inPlanYes')}
          </label>
        </FieldSet>
        <FieldSet legend={label('status')} messages={messagesOf('status')}>
          {REPORT_STATUSES.map((s) => (
            <label key={s.value} className="choice block">
              <input
                type="radio"
                name="status"
                checked={form.status === s.value}
                onChange={() => set('status', s.value)}
              />
              {labelIn(language, s)}
            </label>
          ))}
        </FieldSet>
        {form.status === '4' && (
          <FieldSet legend={label('reason')} messages={messagesOf('reason')}>
            {REASONS.map((r) => (
              <label key={r.value} className="choice block">
                <input
                  type="radio"
                  name="reason"
                  checked={form.reason === r.value}
                  onChange={() => set('reason', r.value)}
                />
                {labelIn(language, r)}
              </label>
            ))}
          </FieldSet>
        )}
        {form.status === '4' && form.reason === '4' && (
          <FormField label={label('otherReason')} messages={messagesOf('otherReason')}>
            {({ id: fieldId, describedBy }) => (
              <input
                id={fieldId}
                aria-describedby={describedBy}
                value={form.otherReason}
                onChange={(e) => set('otherReason', e.currentTarget.value)}
              />
            )}
          </FormField>
        )}
        <FormField label={label('remarks')} messages={messagesOf('remarks')} hint={t('remarksHint')}>
          {({ id: fieldId, describedBy }) => (
            <textarea
              id={fieldId}
              aria-describedby={describedBy}
              rows={8}
              value={form.remarks}
              onChange={(e) => set('remarks', e.currentTarget.value)}
            />
          )}
        </FormField>
      </form>

      {current && (
        <HistoryPanel
          store={store}
          kind="report"
          id={id}
          current={current}
          language={language}
          onRestored={(record) => {
            elsewhere.savedHere(record.revision);
            takeStored(record as RoundReport);
          }}
          t={t}
        />
      )}
    </section>
  );
}
