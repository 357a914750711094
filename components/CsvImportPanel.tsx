import { useId, useMemo, useState } from 'react';
import { DIMENSIONS } from '../utils/catalogue/dimensions';
import { TARGET_GROUPS } from '../utils/catalogue/target-groups';
import { WORK_TYPES } from '../utils/catalogue/work-types';
import { CSV_COLUMNS, type CsvField } from '../utils/csv-import/csv-columns';
import { csvProblemMessage, hasCsvErrors, type CsvProblem } from '../utils/csv-import/csv-problem';
import { CSV_TEMPLATE_FILE_NAME, csvTemplateText } from '../utils/csv-import/csv-template';
import { checkCsvFileSize, decodeCsvBytes, type CsvEncoding } from '../utils/csv-import/decode-csv-bytes';
import { parseProjectCsv, type ParsedCsv } from '../utils/csv-import/parse-project-csv';
import { planCsvImport, type CsvRowAction, type PlannedCsvRow } from '../utils/csv-import/plan-csv-import';
import type { MessageKey } from '../utils/i18n/strings';
import type { Translator } from '../utils/i18n/translate';
import type { Language } from '../utils/i18n/language';
import type { Project, ProjectFields } from '../utils/model/project';
import type { DraftStore } from '../utils/store/draft-store';
import { formatBaht } from '../utils/thai/amount';
import { PROJECT_FIELD_LABELS } from '../utils/workspace/field-labels';
import { withEnglish } from '../utils/i18n/accessible-name';
import { labelIn } from '../utils/catalogue/catalogue-entry';
import { saveTextFile } from './save-text-file';

interface Props {
  store: DraftStore;
  unitCode: string;
  projects: readonly Project[];
  language: Language;
  /** After projects were saved. */
  onSaved: () => void;
  onClose: () => void;
  t: Translator;
}

/** A file as read: its name, how its bytes were decoded, the rows (null if refused) and what it says. */
interface ReadFile {
  name: string;
  encoding: CsvEncoding | null;
  parsed: ParsedCsv | null;
  problems: CsvProblem[];
}

const ACTION_LABELS: Record<CsvRowAction, MessageKey> = {
  add: 'csvImportActionAdd',
  update: 'csvImportActionUpdate',
  unchanged: 'csvImportActionUnchanged',
  duplicate: 'csvImportActionDuplicate',
  invalid: 'csvImportActionInvalid',
};

const ENCODING_LABELS: Record<CsvEncoding, MessageKey> = {
  'utf-8': 'csvImportEncodingUtf8',
  'utf-16le': 'csvImportEncodingUtf16',
  'utf-16be': 'csvImportEncodingUtf16',
  'windows-874': 'csvImportEncodingWindows874',
};

const NOT_GIVEN = '—';

/**
 * Import a unit's project list from a CSV file: see each row as it will be saved (new, update, unchanged)
 * with the problems found at their row and column, then save every valid row in one transaction. The
 * template (header row and one example) can be downloaded here.
 */
export function CsvImportPanel({ store, unitCode, projects, language, onSaved, onClose, t }: Props) {
  const [file, setFile] = useState<ReadFile | null>(null);
  const [reading, setReading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  // What the store held after our last save, until the workspace hands over a newer list of projects.
  const [afterSave, setAfterSave] = useState<{ basedOn: readonly Project[]; list: Project[] } | null>(null);
  const headingId = useId();
  const introId = useId();

  const known = afterSave && afterSave.basedOn === projects ? afterSave.list : projects;
  const parsed = file?.parsed ?? null;
  const plan = useMemo(() => (parsed ? planCsvImport(parsed, known) : null), [parsed, known]);
  const shownFields = parsed ? CSV_COLUMNS.map((c) => c.field).filter((f) => parsed.givenFields.has(f)) : [];
  const keptFields = parsed ? CSV_COLUMNS.map((c) => c.field).filter((f) => !parsed.givenFields.has(f)) : [];
  const fileProblems = file?.problems ?? [];
  const refused = file !== null && parsed === null;

  const label = (entry: { labelTh: string; labelEn: string }) => labelIn(language, entry);
  const requiredColumns = CSV_COLUMNS.filter((c) => c.required)
    .map((c) => (language === 'th' ? `“${c.headerTh}”` : `“${c.headerTh}” (${c.headerEn})`))
    .join(', ');

  function place(problem: CsvProblem): string | null {
    const column = problem.column;
    if (problem.row !== null && column) {
      return t('csvImportPlaceCell', { row: problem.row, column: column.letter, header: column.header });
    }
    if (column) return t('csvImportPlaceColumn', { column: column.letter, header: column.header });
    return problem.row === null ? null : t('csvImportPlaceRow', { row: problem.row });
  }

  function shownValue(fields: ProjectFields, field: CsvField): string {
    switch (field) {
      case 'planYears':
        return fields.planYears.join(' ');
      case 'workType':
        return label(WORK_TYPES.find((w) => w.value === fields.workType)!);
      case 'dimension':
        return label(DIMENSIONS.find((d) => d.value === fields.dimension)!);
      case 'plannedBudget':
        return fields.plannedBudget === null
          ? t('csvImportNoBudget')
          : t('csvImportBaht', { amount: formatBaht(fields.plannedBudget) });
      case 'targetGroups':
        return (
          TARGET_GROUPS.filter((g) => fields.targetGroups.includes(g.value))
            .map(label)
            .join(', ') || NOT_GIVEN
        );
      default: {
        const value = fields[field];
        return value === undefined || value === '' ? NOT_GIVEN : String(value);
      }
    }
  }

  async function open(chosen: File) {
    setOutcome(null);
    const tooLarge = checkCsvFileSize(chosen.size);
    if (tooLarge) {
      setFile({ name: chosen.name, encoding: null, parsed: null, problems: [tooLarge] });
      return;
    }
    setReading(true);
    try {
      const decoded = decodeCsvBytes(new Uint8Array(await chosen.arrayBuffer()));
      if (!decoded.ok) {
        setFile({ name: chosen.name, encoding: null, parsed: null, problems: decoded.problems });
        return;
      }
      const read = parseProjectCsv(decoded.text, unitCode);
      const problems = [...decoded.problems, ...read.problems];
      setFile({
        name: chosen.name,
        encoding: decoded.encoding,
        parsed: hasCsvErrors(read.problems) ? null : read,
        problems,
      });
    } catch (error) {
      setFile(null);
      setOutcome({ ok: false, message: t('csvImportReadFailed', { message: (error as Error).message }) });
    } finally {
      setReading(false);
    }
  }

  async function save() {
    if (!parsed) return;
    setSaving(true);
    setOutcome(null);
    try {
      // Matched again against the store as it is now: another tab may have saved since the preview.
      const current = planCsvImport(parsed, (await store.listProjectsOfUnit(unitCode)).records);
      await store.saveMany('project', current.writes);
      setAfterSave({ basedOn: projects, list: (await store.listProjectsOfUnit(unitCode)).records });
      setOutcome({
        ok: true,
        message: t('csvImportSaved', {
          added: current.counts.add,
          updated: current.counts.update,
          unchanged: current.counts.unchanged,
        }),
      });
      onSaved();
    } catch (error) {
      setOutcome({ ok: false, message: t('csvImportSaveFailed', { message: (error as Error).message }) });
    } finally {
      setSaving(false);
    }
  }

  const problemItem = (problem: CsvProblem, i: number, withPlace: boolean) => {
    // Inside a row's own cell the row is known: the column is named by its header, as in the file.
    const column = problem.column;
    const where = withPlace ? place(problem) : column ? `“${column.header}” (${column.letter})` : null;
    return (
      <li key={i} className={`problem problem-${problem.severity}`} data-code={problem.code}>
        <strong>{t(problem.severity === 'error' ? 'csvImportError' : 'csvImportWarning')}:</strong>{' '}
        {where && `${where}: `}
        {csvProblemMessage(problem, language)}
      </li>
    );
  };

  const rowCells = (row: PlannedCsvRow) =>
    shownFields.map((field) => {
      const problem = row.problems.find((p) => p.column?.field === field);
      const text = row.fields ? shownValue(row.fields, field) : (row.cells[field] ?? '').trim() || NOT_GIVEN;
      return (
        <td
          key={field}
          data-field={field}
          className={[
            field === 'objective' || field === 'remark' ? 'csv-long' : '',
            problem ? `csv-cell-${problem.severity}` : '',
            row.fields ? '' : 'csv-as-written',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          {text}
        </td>
      );
    });

  return (
    <section aria-labelledby={headingId} aria-describedby={introId} className="panel csv-import">
      <div className="panel-head">
        <h2 id={headingId}>{t('csvImportTitle')}</h2>
        <button type="button" aria-label={withEnglish(t('csvImportClose'), 'Close')} onClick={onClose}>
          {t('csvImportClose')}
        </button>
      </div>
      <p id={introId} className="muted">
        {t('csvImportIntro')}
      </p>
      <p className="muted">{t('csvImportColumns', { required: requiredColumns })}</p>
      <div className="row">
        <button
          type="button"
          aria-label={withEnglish(t('csvImportDownloadTemplate'), 'Download CSV template')}
          onClick={() => saveTextFile(CSV_TEMPLATE_FILE_NAME, csvTemplateText(), 'text/csv;charset=utf-8')}
        >
          {t('csvImportDownloadTemplate')}
        </button>
        <label className="file-button">
          {t('csvImportChooseFile')}
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label={withEnglish(t('csvImportChooseFile'), 'Import projects from CSV')}
            disabled={reading || saving}
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              // Cleared, so choosing the same file again (after editing it, or to check) reads it again.
              e.currentTarget.value = '';
              if (chosen) void open(chosen);
            }}
          />
        </label>
      </div>

      {reading && <p className="muted">{t('csvImportReading')}</p>}

      {file && (
        <p className="csv-file-line">
          {t('csvImportFileRead', {
            file: file.name,
            rows: parsed?.rows.length ?? 0,
            encoding: file.encoding ? t(ENCODING_LABELS[file.encoding]) : NOT_GIVEN,
          })}
        </p>
      )}

      {fileProblems.length > 0 && (
        <section
          aria-label={t('csvImportFileProblems')}
          className={refused ? 'csv-file-problems problems' : 'csv-file-problems'}
          role={refused ? 'alert' : undefined}
        >
          <h3>{refused ? t('csvImportRejected') : t('csvImportFileProblems')}</h3>
          <ul>{fileProblems.map((p, i) => problemItem(p, i, true))}</ul>
        </section>
      )}

      {plan && (
        <>
          <div
            className="csv-table-wrap"
            role="region"
            aria-label={t('csvImportPreview', { count: plan.rows.length })}
            tabIndex={0}
          >
            <table className="csv-preview">
              <caption>{t('csvImportPreview', { count: plan.rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('csvImportRowNumber')}</th>
                  <th scope="col">{t('csvImportOutcome')}</th>
                  {/* Beside the outcome, so what keeps a row out is seen without scrolling sideways. */}
                  <th scope="col">{t('csvImportProblems')}</th>
                  {shownFields.map((field) => (
                    <th scope="col" key={field}>
                      {t(PROJECT_FIELD_LABELS[field])}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => (
                  <tr
                    key={row.row}
                    data-row={row.row}
                    data-action={row.action}
                    className={`csv-row-${row.action}`}
                  >
                    <th scope="row">{row.row}</th>
                    <td>
                      <span className={`chip csv-action csv-action-${row.action}`}>
                        {t(ACTION_LABELS[row.action])}
                      </span>
                      {row.action === 'update' && row.existing && row.existing.name !== row.fields?.name && (
                        <div className="muted small">
                          {t('csvImportUpdates', { name: row.existing.name })}
                        </div>
                      )}
                    </td>
                    <td className="csv-row-problems">
                      {row.problems.length === 0 ? (
                        <span className="muted">{t('csvImportNoProblems')}</span>
                      ) : (
                        <ul>{row.problems.map((p, i) => problemItem(p, i, false))}</ul>
                      )}
                    </td>
                    {rowCells(row)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {plan.counts.update > 0 && keptFields.length > 0 && (
            <p className="muted small">
              {t('csvImportKeptFields', {
                fields: keptFields.map((f) => t(PROJECT_FIELD_LABELS[f])).join(', '),
              })}
            </p>
          )}
          <p className="csv-summary">
            {plan.writes.length === 0
              ? t('csvImportNothingToSave')
              : t('csvImportSummary', {
                  save: plan.writes.length,
                  total: plan.rows.length,
                  add: plan.counts.add,
                  update: plan.counts.update,
                  unchanged: plan.counts.unchanged,
                  skipped: plan.counts.invalid + plan.counts.duplicate,
                })}
          </p>
          <div className="row">
            <button
              type="button"
              className="primary"
              aria-label={withEnglish(saving ? t('csvImportSaving') : t('csvImportSave'), 'Save projects')}
              disabled={saving || plan.writes.length === 0}
              onClick={() => void save()}
            >
              {saving ? t('csvImportSaving') : t('csvImportSave')}
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
