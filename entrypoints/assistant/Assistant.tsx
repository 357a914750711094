import { useEffect, useMemo, useRef, useState } from 'react';
import browser, { type Runtime } from 'webextension-polyfill';
import { askPage, ownTabId } from '../../utils/assistant/page-link';
import { ASSISTANT_REVIEW } from '../../utils/messaging/assistant-review';
import { loadAssistant, pageFromHash, type AssistantData } from '../../utils/assistant/load-assistant';
import { plannedBudgetFromPage, projectFromPage } from '../../utils/assistant/project-from-page';
import { formatInstant } from '../../utils/i18n/format-instant';
import type { MessageKey } from '../../utils/i18n/strings';
import { useLanguage } from '../../utils/i18n/use-language';
import type { FillAction, PageSnapshot } from '../../utils/messaging/page-protocol';
import { emptyRoundReport, type RoundReportFields } from '../../utils/model/round-report';
import { findDraftCandidates, type DraftCandidate } from '../../utils/portal/draft-candidates';
import { matchControls } from '../../utils/portal/match-controls';
import { planProjectFill, planReportFill, type PreviewState } from '../../utils/portal/plan-fill';
import { planRecovery } from '../../utils/portal/plan-recovery';
import type { PageProfile } from '../../utils/portal/profiles/page-profile';
import { PLAN_PROFILE } from '../../utils/portal/profiles/plan-profile';
import { REPORT_PROFILE } from '../../utils/portal/profiles/report-profile';
import { readProjectFields, readReportFields } from '../../utils/portal/read-into-draft';
import type { PortalPage } from '../../utils/portal/page-kind';
import { ProjectFieldsSchema } from '../../utils/model/project';
import { describeZodIssues } from '../../utils/validation/describe-zod-issues';
import { fieldsOf } from '../../utils/store/draft-store';
import { controlOfField, reportCheckInputFromPage } from '../../utils/portal/check-input-from-page';
import { checkReport, type CheckResult } from '../../utils/rules/check-report';
import type { ReportPeriod } from '../../utils/rules/report-check-input';
import { findingMessage, type Finding } from '../../utils/rules/rule';
import { FindingsList } from './FindingsList';
import { ReviewDialog } from './ReviewDialog';
import { sendRequest } from '../../utils/messaging/send-request';
import { withEnglish } from '../../utils/i18n/accessible-name';

const STATE_KEY: Record<PreviewState, MessageKey> = {
  fill: 'stateFill',
  same: 'stateSame',
  disabled: 'stateDisabled',
  'not-in-draft': 'stateNotInDraft',
  'not-needed': 'stateNotNeeded',
  invalid: 'stateInvalid',
};

type Notice = { tone: 'ok' | 'warn'; text: string } | null;

/** Which fields a page has: the report form's, or the plan form's. */
function profileOf(page: PortalPage): PageProfile {
  return page.kind === 'plan' ? PLAN_PROFILE : REPORT_PROFILE;
}

/** A promise with its resolver at hand (resolving twice keeps the first value). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Everything the assistant shows for a page, worked out from the drafts and the page's controls. */
function computeView(data: AssistantData, snapshot: PageSnapshot | null, chosen: number | null) {
  const page = data.page;
  const profile = profileOf(page);
  // A report page belongs to one project (found by id or name); on the plan form the person picks one.
  const candidates: DraftCandidate[] =
    page.kind === 'report'
      ? findDraftCandidates(page, snapshot?.heading ?? '', data.projects, data.reports)
      : data.projects.map((project) => ({ project, report: undefined, matchedBy: 'name' }));
  const index = chosen ?? (page.kind === 'report' ? 0 : -1);
  const candidate = index >= 0 ? candidates[Math.min(index, candidates.length - 1)] : undefined;
  const controls = snapshot?.controls ?? [];
  const match = matchControls(profile, controls, data.taught, snapshot?.hiddenNames);
  const plan = !snapshot
    ? null
    : page.kind === 'plan'
      ? candidate && planProjectFill(match, fieldsOf(candidate.project))
      : candidate?.report && planReportFill(match, fieldsOf(candidate.report));
  const recoveryActions = data.recovery && snapshot ? planRecovery(data.recovery, controls) : [];
  const locked = controls.length > 0 && controls.every((c) => c.disabled);
  return { page, profile, candidates, candidate, match, plan: plan ?? null, recoveryActions, locked };
}

type View = ReturnType<typeof computeView>;
type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Reads the page afresh and runs the report rules on what its form would send. */
async function checkPage(data: AssistantData, chosen: number | null, filledFrom: ReportPeriod | null) {
  const snap = await askPage({ type: 'page.collect' });
  const view = computeView(data, snap, chosen);
  const project = view.candidate?.project;
  const input = reportCheckInputFromPage({
    match: view.match,
    page: data.page,
    plannedBudget: project ? project.plannedBudget : plannedBudgetFromPage(snap),
    projectReports: project ? data.reports.filter((r) => r.projectId === project.id) : [],
    filledFrom,
  });
  return input ? { snap, view, result: checkReport(input) } : null;
}

/** Outlines each problem's control on the page, with its message beside it. */
async function markFindings(view: View, result: CheckResult, t: Translate): Promise<void> {
  const marks = result.findings.flatMap((f) => {
    const control = f.fields[0] ? controlOfField(view.match, f.fields[0]) : undefined;
    const text = findingMessage(f, t);
    return control ? [{ key: control.key, text, severity: f.severity }] : [];
  });
  await askPage({ type: 'page.mark', marks });
}

/** Scrolls to and focuses a finding's control. */
async function showFinding(view: View, finding: Finding): Promise<void> {
  const control = finding.fields[0] ? controlOfField(view.match, finding.fields[0]) : undefined;
  if (control) await askPage({ type: 'page.focus', key: control.key });
}

/** Remembers what is being sent, so the portal's success text can mark the draft submitted. */
async function recordSubmitting(snap: PageSnapshot, view: View): Promise<void> {
  const { fiscalYear, round } = view.page;
  if (!fiscalYear || !round) return;
  const values = Object.fromEntries(
    snap.controls
      .filter((c) => !c.disabled && c.name && ((c.type !== 'radio' && c.type !== 'checkbox') || c.checked))
      .map((c) => [c.name, c.value]),
  );
  await sendRequest({
    type: 'report.submitting',
    submission: {
      reportId: view.candidate?.report?.id ?? null,
      projectId: view.candidate?.project.id ?? null,
      fiscalYear,
      round,
      values,
      status: readReportFields(view.match).fields.status ?? null,
      at: Date.now(),
    },
  });
}

/** The in-page assistant: find this page's draft, preview and fill it, save the page back, recover text. */
export function Assistant() {
  const { language, t } = useLanguage();
  // Opened straight away when the person pressed the page's assistant button to bring it here.
  const [open, setOpen] = useState(() => new URLSearchParams(location.search).has('open'));
  const [data, setData] = useState<AssistantData | null>(null);
  const [snapshot, setSnapshot] = useState<PageSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [picking, setPicking] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Drafts load at once (from the store); the page's form is read only when the assistant is opened, or
  // when there is typed text to offer back, so a closed assistant costs the portal page nothing.
  useEffect(() => {
    let current = true;
    (async () => {
      const loaded = await loadAssistant(pageFromHash(location.hash));
      if (!current) return;
      setData(loaded);
      firstLoad.current.resolve(loaded);
      if (open || loaded.recovery) {
        const collected = await askPage({ type: 'page.collect' });
        if (current) setSnapshot(collected);
      }
    })().catch((e: unknown) => current && setError((e as Error).message));
    return () => {
      current = false;
    };
  }, [reloads, open]);

  // The iframe grows and shrinks with what it shows.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      void askPage({
        type: 'assistant.resize',
        height: Math.ceil(el.getBoundingClientRect().height) + 2,
        modal: modal.current,
      });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const view = useMemo(() => (data ? computeView(data, snapshot, chosen) : null), [data, snapshot, chosen]);
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [review, setReview] = useState<{
    result: CheckResult;
    decide: (d: 'submit' | 'back') => void;
  } | null>(null);
  const [filledFrom, setFilledFrom] = useState<ReportPeriod | null>(null);
  const latest = useRef({ data, chosen, filledFrom, t });
  useEffect(() => {
    latest.current = { data, chosen, filledFrom, t };
  });
  const modal = useRef(false);
  const firstLoad = useRef(deferred<AssistantData>());

  // The content script holds the portal's submit and asks here: check, and when anything was found let the
  // person decide in a dialog over the page ("Review before submit").
  useEffect(() => {
    let tab: number | undefined;
    const reviewBeforeSubmit = async (): Promise<{ decision: 'submit' | 'back' }> => {
      const { chosen: choice, filledFrom: from, t: tr } = latest.current;
      const current = latest.current.data ?? (await firstLoad.current.promise);
      const found = await checkPage(current, choice, from);
      // A locked page can't be changed: its save goes to the portal, whose own check answers.
      if (!found || found.view.locked) return { decision: 'submit' };
      let decision: 'submit' | 'back' = 'submit';
      if (found.result.findings.length > 0) {
        await markFindings(found.view, found.result, tr);
        modal.current = true;
        await askPage({ type: 'assistant.resize', height: 0, modal: true });
        decision = await new Promise((decide) => setReview({ result: found.result, decide }));
        setReview(null);
        modal.current = false;
        await askPage({ type: 'assistant.resize', height: root.current?.offsetHeight ?? 0, modal: false });
      }
      if (decision === 'submit') await recordSubmitting(found.snap, found.view);
      setSnapshot(found.snap);
      setChecked(found.result);
      return { decision };
    };
    const listener = (message: unknown, sender: Runtime.MessageSender) => {
      if ((message as { type?: unknown } | null)?.type !== ASSISTANT_REVIEW) return undefined;
      if (tab === undefined || sender.tab?.id !== tab) return undefined;
      return reviewBeforeSubmit();
    };
    browser.runtime.onMessage.addListener(listener);
    // Once the drafts are loaded, the page's save can wait for a review here: say so.
    void firstLoad.current.promise
      .then(() => ownTabId())
      .then((id) => {
        tab = id;
        return askPage({ type: 'assistant.ready' });
      });
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  const reload = () => setReloads((n) => n + 1);

  async function run(action: () => Promise<Notice>) {
    try {
      setNotice(await action());
    } catch (e) {
      setNotice({ tone: 'warn', text: t('assistantError', { message: (e as Error).message }) });
    }
    reload();
  }

  async function apply(actions: FillAction[], summaryKey: 'filledSummary' | 'recovered'): Promise<Notice> {
    const { results } = await askPage({ type: 'page.apply', actions });
    const filled = results.filter((r) => r.ok).length;
    const disabled = results.filter((r) => r.reason === 'disabled').length;
    const changed = results.some((r) => r.reason === 'changed' || r.reason === 'missing');
    const parts = [t(summaryKey, { filled, count: filled })];
    if (disabled) parts.push(t('skippedDisabled', { count: disabled }));
    if (changed) parts.push(t('pageChanged'));
    return { tone: changed || disabled ? 'warn' : 'ok', text: parts.join(' · ') };
  }

  async function saveAsDraft(): Promise<Notice> {
    if (!data || !view) return null;
    const page = view.page;
    if (page.kind === 'plan') return saveProjectAsDraft();
    const { fields, unreadable } = readReportFields(view.match);
    let projectId = view.candidate?.project.id;
    if (!projectId) {
      const project = data.unitCode && snapshot ? projectFromPage(snapshot, data.unitCode) : null;
      if (!project) return { tone: 'warn', text: t('saveNeedsUnit') };
      projectId = (await sendRequest({ type: 'project.save', fields: project })).project.id;
    }
    const base: RoundReportFields = view.candidate?.report
      ? fieldsOf(view.candidate.report)
      : emptyRoundReport(projectId, page.fiscalYear ?? 0, page.round ?? 1);
    await sendRequest({
      type: 'report.save',
      fields: { ...base, ...fields },
      id: view.candidate?.report?.id,
    });
    return unreadable.length
      ? {
          tone: 'warn',
          text: `${t('savedAsDraft')} · ${t('saveUnreadable', { fields: unreadable.join(', ') })}`,
        }
      : { tone: 'ok', text: t('savedAsDraft') };
  }

  async function saveProjectAsDraft(): Promise<Notice> {
    if (!data || !view) return null;
    const { fields, unreadable } = readProjectFields(view.match);
    const base = view.candidate
      ? fieldsOf(view.candidate.project)
      : { unitCode: data.unitCode ?? '', targetGroups: [], objective: '', remark: '', plannedBudget: null };
    const merged = ProjectFieldsSchema.safeParse({ ...base, ...fields });
    if (!merged.success) {
      return {
        tone: 'warn',
        text: t('saveIncomplete', { problems: describeZodIssues(merged.error).join('; ') }),
      };
    }
    await sendRequest({ type: 'project.save', fields: merged.data, id: view.candidate?.project.id });
    return unreadable.length
      ? {
          tone: 'warn',
          text: `${t('savedAsDraft')} · ${t('saveUnreadable', { fields: unreadable.join(', ') })}`,
        }
      : { tone: 'ok', text: t('savedAsDraft') };
  }

  async function pick(choice: string): Promise<Notice> {
    if (!data) return null;
    const [field, option] = choice.split(':') as [string, string | undefined];
    setPicking(choice);
    const { control } = await askPage({ type: 'page.pick' }).finally(() => setPicking(null));
    if (!control) return { tone: 'warn', text: t('pickCancelled') };
    const binding = {
      pageKind: view?.page.kind === 'plan' ? ('plan' as const) : ('report' as const),
      field,
      ...(option ? { option } : {}),
      control: {
        type: control.type,
        name: control.name,
        id: control.id,
        labelAbove: control.labelAbove,
        textAfter: control.textAfter,
        ...((control.type === 'radio' || control.type === 'checkbox') && { value: control.value }),
      },
    };
    await sendRequest({ type: 'taught.save', binding });
    const spec = view?.profile.fields.find((f) => f.field === field);
    return { tone: 'ok', text: t('pickSaved', { field: spec?.labelTh ?? field }) };
  }

  const when = data?.recovery ? formatInstant(language, data.recovery.savedAt) : '';

  return (
    <div ref={root} className={review ? 'review-root' : open ? 'assistant open' : 'assistant'}>
      {review && view ? (
        <ReviewDialog
          result={review.result}
          t={t}
          onShow={(f) => void showFinding(view, f)}
          onDecide={review.decide}
        />
      ) : (
        <>
          <header className="bar">
            <strong>{t('assistantTitle')}</strong>
            <span className="summary">
              {view && (view.candidate?.report ? t('assistantDraftFound') : t('assistantNoDraft'))}
              {view && view.recoveryActions.length > 0 && !open && ` · ${t('recover')}`}
            </span>
            <button
              type="button"
              aria-expanded={open}
              aria-label={open ? t('assistantClose') : t('assistantOpen')}
              onClick={() => setOpen(!open)}
            >
              {open ? '▾' : '▴'}
            </button>
          </header>
          {open && (
            <div className="body">
              {error && <p role="alert">{t('assistantError', { message: error })}</p>}
              {notice && (
                <p role="status" className={`notice ${notice.tone}`}>
                  {notice.text}
                </p>
              )}
              {view && data && (
                <>
                  {view.locked && <p className="notice warn">{t('lockedPage')}</p>}
                  {view.recoveryActions.length > 0 && (
                    <div className="recover">
                      <p>
                        {t(data.recovery?.answeredAt === undefined ? 'recoverOffer' : 'recoverOfferSent', {
                          when,
                        })}
                      </p>
                      <button
                        type="button"
                        aria-label={withEnglish(t('recover'), 'Recover')}
                        onClick={() => void run(() => apply(view.recoveryActions, 'recovered'))}
                      >
                        {t('recover')}
                      </button>
                    </div>
                  )}
                  {(view.candidates.length > 1 || view.page.kind === 'plan') && (
                    <label className="choose">
                      {t('assistantChooseDraft')}
                      <select
                        aria-label={withEnglish(t('assistantChooseDraft'), 'Choose draft')}
                        value={chosen ?? (view.page.kind === 'report' ? 0 : -1)}
                        onChange={(e) => setChosen(Number(e.currentTarget.value))}
                      >
                        {view.page.kind === 'plan' && <option value={-1}>{t('newProjectFromPage')}</option>}
                        {view.candidates.map((c, i) => (
                          <option key={c.project.id} value={i}>
                            {c.project.name}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                  {view.candidate && <p className="project">{view.candidate.project.name}</p>}
                  {view.plan && (
                    <table className="preview">
                      <thead>
                        <tr>
                          <th scope="col">{t('previewField')}</th>
                          <th scope="col">{t('previewNow')}</th>
                          <th scope="col">{t('previewDraft')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {view.plan.preview.map((row) => (
                          <tr key={row.field} className={`state-${row.state}`}>
                            <th scope="row">{row.labelTh}</th>
                            <td>{row.current || '—'}</td>
                            <td>
                              {row.state === 'fill' ? `→ ${row.next}` : row.next || '—'}
                              <small>{t(STATE_KEY[row.state])}</small>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <div className="actions">
                    <button
                      type="button"
                      className="primary"
                      aria-label={withEnglish(t('fillFromDraft'), 'Fill from draft')}
                      disabled={!view.plan || view.plan.actions.length === 0}
                      onClick={() =>
                        view.plan &&
                        void run(async () => {
                          const notice = await apply(view.plan!.actions, 'filledSummary');
                          const from = view.candidate?.report;
                          if (from) setFilledFrom({ fiscalYear: from.fiscalYear, round: from.round });
                          return notice;
                        })
                      }
                    >
                      {t('fillFromDraft')}
                    </button>
                    <button
                      type="button"
                      aria-label={withEnglish(t('undoFill'), 'Undo fill')}
                      onClick={() =>
                        void run(async () => {
                          const { restored } = await askPage({ type: 'page.undo' });
                          return { tone: 'ok', text: t('undone', { count: restored }) };
                        })
                      }
                    >
                      {t('undoFill')}
                    </button>
                    <button
                      type="button"
                      aria-label={withEnglish(t('saveAsDraft'), 'Save as draft')}
                      onClick={() => void run(saveAsDraft)}
                    >
                      {t('saveAsDraft')}
                    </button>
                    {view.page.kind === 'report' && (
                      <button
                        type="button"
                        aria-label={withEnglish(t('checkEntries'), 'Check entries')}
                        onClick={() =>
                          void run(async () => {
                            if (!data) return null;
                            const found = await checkPage(data, chosen, filledFrom);
                            if (!found) return null;
                            await markFindings(found.view, found.result, t);
                            setChecked(found.result);
                            const { errors, warnings } = found.result;
                            return errors.length + warnings.length === 0
                              ? { tone: 'ok', text: t('checkNoProblems') }
                              : {
                                  tone: 'warn',
                                  text: t('checkSummary', {
                                    errors: errors.length,
                                    warnings: warnings.length,
                                  }),
                                };
                          })
                        }
                      >
                        {t('checkEntries')}
                      </button>
                    )}
                  </div>
                  {checked && checked.findings.length > 0 && (
                    <FindingsList
                      findings={checked.findings}
                      t={t}
                      onShow={(f) => void showFinding(view, f)}
                    />
                  )}
                  {snapshot && (
                    <MatchReport
                      view={view}
                      t={t}
                      picking={picking}
                      onPick={(c) => void run(() => pick(c))}
                    />
                  )}
                </>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}

interface MatchReportProps {
  view: { match: ReturnType<typeof matchControls>; profile: PageProfile };
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  picking: string | null;
  onPick: (choice: string) => void;
}

/** What could not be matched, both ways, and the way to teach a binding by clicking the page. */
function MatchReport({ view, t, picking, onPick }: MatchReportProps) {
  const [choice, setChoice] = useState('');
  const { unmatchedFields, unmatchedControls } = view.match;
  const choices = view.profile.fields.flatMap((f) =>
    f.kind === 'radio' || f.kind === 'checkbox-set'
      ? f.options.map((o) => ({
          value: `${f.field}:${o.value}`,
          label: `${f.labelTh}: ${o.labels[0] ?? o.value}`,
        }))
      : [{ value: f.field, label: f.labelTh }],
  );
  return (
    <section className="mapping" aria-label="Field mapping">
      {unmatchedFields.length === 0 && unmatchedControls.length === 0 ? (
        <p className="muted">{t('allMatched')}</p>
      ) : (
        <>
          {unmatchedFields.length > 0 && (
            <>
              <h3>{t('unmatchedFields')}</h3>
              <ul className="unmatched-fields">
                {unmatchedFields.map((f) => (
                  <li key={f.field}>{f.labelTh}</li>
                ))}
              </ul>
            </>
          )}
          {unmatchedControls.length > 0 && (
            <>
              <h3>{t('unmatchedControls')}</h3>
              <ul className="unmatched-controls">
                {unmatchedControls.map((c) => (
                  <li key={c.key}>
                    {[c.labelAbove, c.textBefore, c.textAfter].filter(Boolean).join(' · ') ||
                      c.name ||
                      c.type}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <details open={picking !== null || undefined}>
        <summary>{t('fixFieldMapping')}</summary>
        <p className="muted">{t('pickFieldPrompt')}</p>
        <label>
          {t('pickField')}{' '}
          <select
            aria-label={withEnglish(t('pickField'), 'Draft field')}
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
          >
            <option value="" />
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-label={withEnglish(t('fixFieldMapping'), 'Fix field mapping')}
          disabled={!choice || picking !== null}
          onClick={() => onPick(choice)}
        >
          {picking ? t('pickNow') : t('pickStart')}
        </button>
      </details>
    </section>
  );
}
