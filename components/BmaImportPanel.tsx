import { useDeferredValue, useId, useMemo, useState } from 'react';
import { hasErrors, problemMessage } from '../utils/bma-import/import-problem';
import { parseBmaReport } from '../utils/bma-import/parse-bma-report';
import { noteMessage } from '../utils/bma-import/proposal-note';
import { proposeRoundDraft } from '../utils/bma-import/propose-round-draft';
import { fiscalYearOf } from '../utils/calendar/fiscal-year';
import { plainDateToIso, type PlainDate } from '../utils/calendar/plain-date';
import { roundKey, type Round } from '../utils/calendar/rounds';
import { REPORT_STATUSES } from '../utils/catalogue/report-statuses';
import { unitByCode } from '../utils/catalogue/units';
import type { MessageKey } from '../utils/i18n/strings';
import type { Language } from '../utils/i18n/language';
import type { Project } from '../utils/model/project';
import type { RoundReport } from '../utils/model/round-report';
import type { DraftStore } from '../utils/store/draft-store';
import { formatBaht } from '../utils/thai/amount';
import { formatThaiDate } from '../utils/thai/date';
import { withEnglish } from '../utils/i18n/accessible-name';
import { findProjectOf, findRoundReport, saveBmaImport } from './save-bma-import';
import { labelIn } from '../utils/catalogue/catalogue-entry';

interface Props {
  store: DraftStore;
  unitCode: string;
  projects: readonly Project[];
  reports: readonly RoundReport[];
  now: number;
  language: Language;
  /** Told the fiscal year saved, so the plan can show it. */
  onSaved: (fiscalYear: number) => void;
  onClose: () => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

/** The fiscal years offered: a few before this one and the next, plus the report's own. */
function yearChoices(current: number, reportYear: number | null): number[] {
  const years = new Set<number>();
  for (let y = current + 1; y >= current - 5; y--) years.add(y);
  if (reportYear !== null) years.add(reportYear);
  return [...years].sort((a, b) => b - a);
}

/**
 * Paste (or open) the text of a BMA progress report, see what was read and what to check beside it, and
 * the round draft it proposes; nothing is saved until "Save drafts".
 */
export function BmaImportPanel({
  store,
  unitCode,
  projects,
  reports,
  now,
  language,
  onSaved,
  onClose,
  t,
}: Props) {
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [round, setRound] = useState<Round>(1);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const headingId = useId();

  const parsed = useMemo(
    () => (deferredText.trim() === '' ? null : parseBmaReport(deferredText)),
    [deferredText],
  );
  const report = parsed?.report ?? null;
  const currentYear = fiscalYearOf(now);
  const fiscalYear = chosenYear ?? report?.fiscalYear ?? currentYear;
  const proposal = useMemo(
    () => (report ? proposeRoundDraft(report, fiscalYear, round) : null),
    [report, fiscalYear, round],
  );
  const errors = parsed ? hasErrors(parsed.problems) : false;
  const existingProject = report ? findProjectOf(report, projects) : undefined;
  const existingReport = existingProject
    ? findRoundReport(reports, existingProject.id, fiscalYear, round)
    : undefined;
  const unit = unitByCode(unitCode);
  const roundName = t(roundKey(round));

  const date = (d: PlainDate | null) =>
    d === null
      ? t('importBmaUnknown')
      : language === 'th'
        ? formatThaiDate(d, { month: 'short' })
        : plainDateToIso(d);
  const baht = (amount: number | null) =>
    amount === null ? t('importBmaUnknown') : t('importBmaBaht', { amount: formatBaht(amount) });
  const shown = (value: string | number | null) => (value === null ? t('importBmaUnknown') : String(value));
  const statusLabel = (value: string | null) => {
    const status = REPORT_STATUSES.find((s) => s.value === value);
    return status ? labelIn(language, status) : t('importBmaNotChosen');
  };

  function edit(next: string) {
    setText(next);
    setOutcome(null);
  }

  async function save() {
    if (!report || errors) return;
    setSaving(true);
    setOutcome(null);
    try {
      const saved = await saveBmaImport(store, report, unitCode, fiscalYear, round);
      setOutcome({
        ok: true,
        message: t('importBmaSaved', { name: saved.project.name, round: roundName, year: fiscalYear }),
      });
      onSaved(fiscalYear);
    } catch (error) {
      setOutcome({ ok: false, message: t('importBmaSaveFailed', { message: (error as Error).message }) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="panel bma-import">
      <div className="panel-head">
        <h2 id={headingId}>{t('importBmaTitle')}</h2>
        <button type="button" onClick={onClose}>
          {t('importBmaClose')}
        </button>
      </div>
      <p className="muted">{t('importBmaIntro')}</p>
      <label className="field">
        {t('importBmaTextLabel')}
        <textarea
          aria-label={withEnglish(t('importBmaTextLabel'), 'BMA progress report text')}
          rows={8}
          value={text}
          spellCheck={false}
          onChange={(e) => edit(e.currentTarget.value)}
        />
      </label>
      <div className="row">
        <label className="file-button">
          {t('importBmaOpenFile')}
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (file) edit(await file.text());
            }}
          />
        </label>
        <label>
          {t('importBmaFiscalYear')}{' '}
          <select value={fiscalYear} onChange={(e) => setChosenYear(Number(e.currentTarget.value))}>
            {yearChoices(currentYear, report?.fiscalYear ?? null).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('importBmaRound')}{' '}
          <select value={round} onChange={(e) => setRound(e.currentTarget.value === '2' ? 2 : 1)}>
            <option value="1">{t('round1')}</option>
            <option value="2">{t('round2')}</option>
          </select>
        </label>
      </div>

      {parsed?.status === 'not-a-report' && (
        <ul className="problems" role="alert">
          {parsed.problems.map((p, i) => (
            <li key={i}>{problemMessage(p, language)}</li>
          ))}
        </ul>
      )}

      {parsed && report && (
        <>
          <div className="side-by-side">
            <section aria-label={t('importBmaRead')} className="read">
              <h3>{t('importBmaRead')}</h3>
              <dl className="read-values">
                <dt>{t('importBmaProjectCode')}</dt>
                <dd data-field="projectCode">{shown(report.projectCode)}</dd>
                <dt>{t('importBmaProjectName')}</dt>
                <dd data-field="name">{shown(report.name)}</dd>
                <dt>{t('importBmaReportYear')}</dt>
                <dd data-field="fiscalYear">{shown(report.fiscalYear)}</dd>
                <dt>{t('importBmaDates')}</dt>
                <dd data-field="dates">
                  {date(report.startDate)} – {date(report.endDate)}
                </dd>
                <dt>{t('importBmaBudgetReceived')}</dt>
                <dd data-field="budgetReceived">{baht(report.budgetReceived)}</dd>
                <dt>{t('importBmaBudgetSpent')}</dt>
                <dd data-field="budgetSpent">{baht(report.budgetSpent)}</dd>
                <dt>{t('importBmaResponsibleUnit')}</dt>
                <dd data-field="responsibleUnit">{shown(report.responsibleUnit)}</dd>
                <dt>{t('importBmaResponsiblePerson')}</dt>
                <dd data-field="responsiblePerson">{shown(report.responsiblePerson)}</dd>
              </dl>
              <table className="entries">
                <caption>{t('importBmaEntries', { count: report.entries.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('importBmaEntryNumber')}</th>
                    <th scope="col">{t('importBmaEntryDate')}</th>
                    <th scope="col">{t('importBmaEntryPercent')}</th>
                    <th scope="col">{t('importBmaEntryDisbursed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.entries.map((entry, i) => (
                    <tr key={i} title={entry.narrative}>
                      <th scope="row">{entry.number}</th>
                      <td>{entry.date === null ? t('importBmaNoDate') : date(entry.date)}</td>
                      <td>{shown(entry.percent)}</td>
                      <td>
                        {entry.disbursed === null ? t('importBmaUnknown') : formatBaht(entry.disbursed)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section aria-label={t('importBmaProblems')} className="found-problems">
              <h3>{t('importBmaProblems')}</h3>
              {parsed.problems.length === 0 ? (
                <p className="ok">{t('importBmaNoProblems')}</p>
              ) : (
                <ul>
                  {parsed.problems.map((p, i) => (
                    <li key={i} className={`problem problem-${p.severity}`} data-code={p.code}>
                      <strong>{t(p.severity === 'error' ? 'importBmaError' : 'importBmaWarning')}:</strong>{' '}
                      {problemMessage(p, language)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>

          {proposal && (
            <section
              aria-label={t('importBmaProposal', { round: roundName, year: fiscalYear })}
              className="proposal"
            >
              <h3>{t('importBmaProposal', { round: roundName, year: fiscalYear })}</h3>
              <dl className="read-values">
                <dt>{t('importBmaRemarks')}</dt>
                <dd data-field="remarks" className="remarks">
                  {proposal.fields.remarks || t('importBmaNotChosen')}
                </dd>
                <dt>{t('importBmaDisbursed')}</dt>
                <dd data-field="disbursed">{baht(proposal.fields.disbursed)}</dd>
                <dt>{t('importBmaStatus')}</dt>
                <dd data-field="status">{statusLabel(proposal.fields.status)}</dd>
              </dl>
              <h4>{t('importBmaNotes')}</h4>
              <ul className="notes">
                {proposal.notes.map((note, i) => (
                  <li key={i}>{noteMessage(note, language)}</li>
                ))}
              </ul>
              <p className="muted">
                {existingProject
                  ? t('importBmaProjectExisting', { name: existingProject.name })
                  : t('importBmaProjectNew', { unit: unit ? `${unit.nameTh} (${unit.code})` : unitCode })}
                {existingReport && ` ${t('importBmaReportExisting')}`}
              </p>
            </section>
          )}

          {errors && (
            <p className="problems" role="alert">
              {t('importBmaCannotSave')}
            </p>
          )}
          <div className="row">
            <button type="button" className="primary" disabled={errors || saving} onClick={() => void save()}>
              {saving ? t('importBmaSaving') : t('importBmaSave')}
            </button>
          </div>
        </>
      )}
      {outcome && (
        <p role="status" className={outcome.ok ? 'ok' : 'problems'}>
          {outcome.message}
        </p>
      )}
    </section>
  );
}
