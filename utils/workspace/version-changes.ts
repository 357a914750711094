import { roundKey } from '../calendar/rounds';
import { DIMENSIONS } from '../catalogue/dimensions';
import { LIFECYCLES } from '../catalogue/lifecycles';
import { REASONS } from '../catalogue/reasons';
import { REPORT_STATUSES } from '../catalogue/report-statuses';
import { TARGET_GROUPS } from '../catalogue/target-groups';
import { unitByCode } from '../catalogue/units';
import { WORK_TYPES } from '../catalogue/work-types';
import { formatInstant } from '../i18n/format-instant';
import type { MessageKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { type Language } from '../i18n/language';
import type { Project, ProjectFields } from '../model/project';
import type { RoundReport, RoundReportFields } from '../model/round-report';
import type { RecordKind } from '../store/schema';
import { stableJson } from '../store/stable-json';
import { formatBaht } from '../thai/amount';
import { collapseWhitespace } from '../thai/whitespace';
import { PROJECT_FIELD_LABELS, REPORT_FIELD_LABELS } from './field-labels';
import { labelIn } from '../catalogue/catalogue-entry';

/** A field a person fills in a project or a round draft (never the store's bookkeeping). */
export type DraftField = keyof ProjectFields | keyof RoundReportFields;

const LABELS_OF_KIND: Record<RecordKind, Partial<Record<DraftField, MessageKey>>> = {
  project: PROJECT_FIELD_LABELS,
  report: REPORT_FIELD_LABELS,
};

/** How long a text may be in a version's details before it is shortened. */
export const SHORT_TEXT_LENGTH = 240;

/**
 * The fields whose values differ between two versions of one record, in the order the form shows them.
 * The store's bookkeeping (id, revision, createdAt, updatedAt) is not a change a person made.
 */
export function changedFields(
  kind: RecordKind,
  older: Project | RoundReport,
  newer: Project | RoundReport,
): DraftField[] {
  const a = older as Record<string, unknown>;
  const b = newer as Record<string, unknown>;
  return fieldOrder(kind).filter((field) => stableJson(a[field]) !== stableJson(b[field]));
}

/**
 * The names to show for changed fields, each once: a round's lifecycle, ready and submitted times and the
 * values sent are all its "draft state".
 */
export function changedFieldLabels(kind: RecordKind, fields: readonly DraftField[]): MessageKey[] {
  return [...new Set(fields.map((field) => fieldLabel(kind, field)))];
}

export function fieldLabel(kind: RecordKind, field: DraftField): MessageKey {
  const label = LABELS_OF_KIND[kind][field];
  if (!label) throw new Error(`${field} is not a field of a ${kind} draft`);
  return label;
}

export interface VersionValue {
  label: MessageKey;
  /** The fields shown in this row (a round's state folds in its ready and submitted times). */
  fields: DraftField[];
  text: string;
}

/**
 * What one version holds, a row per field in the form's order, each value short enough to scan. A round's
 * project is left out (the panel sits on that project's page); its lifecycle row carries the times.
 */
export function versionValues(
  kind: RecordKind,
  record: Project | RoundReport,
  language: Language,
): VersionValue[] {
  return kind === 'project'
    ? projectValues(record as Project, language)
    : reportValues(record as RoundReport, language);
}

function projectValues(p: Project, language: Language): VersionValue[] {
  const row = (field: keyof ProjectFields, text: string): VersionValue => ({
    label: PROJECT_FIELD_LABELS[field],
    fields: [field],
    text,
  });
  const say = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  return [
    row('name', shortText(language, p.name)),
    row('portalId', p.portalId ?? say('historyValueNotEntered')),
    row('bmaCode', p.bmaCode ?? say('historyValueNotEntered')),
    row('unitCode', unitText(p.unitCode)),
    row('planYears', p.planYears.join(', ')),
    row('workType', catalogueLabel(WORK_TYPES, p.workType, language)),
    row('dimension', catalogueLabel(DIMENSIONS, p.dimension, language)),
    row('budgetYear', p.budgetYear === undefined ? say('historyValueNotEntered') : String(p.budgetYear)),
    row(
      'plannedBudget',
      p.plannedBudget === null ? say('historyValueNoBudget') : bahtText(language, p.plannedBudget),
    ),
    row(
      'quarter',
      p.quarter === undefined
        ? say('historyValueNotEntered')
        : say('historyValueQuarter', { quarter: p.quarter }),
    ),
    row(
      'targetGroups',
      p.targetGroups.length === 0
        ? say('historyValueNone')
        : p.targetGroups.map((g) => catalogueLabel(TARGET_GROUPS, g, language)).join(', '),
    ),
    row('objective', shortText(language, p.objective)),
    row('remark', shortText(language, p.remark)),
  ];
}

function reportValues(r: RoundReport, language: Language): VersionValue[] {
  const row = (field: keyof RoundReportFields, text: string, more: (keyof RoundReportFields)[] = []) => ({
    label: REPORT_FIELD_LABELS[field],
    fields: [field, ...more],
    text,
  });
  const say = (key: MessageKey) => translate(language, key);
  const amount = (baht: number | null) =>
    baht === null ? say('historyValueNotEntered') : bahtText(language, baht);
  return [
    row('fiscalYear', String(r.fiscalYear)),
    row('round', say(roundKey(r.round))),
    row('ordinanceBudget', amount(r.ordinanceBudget)),
    row('disbursed', amount(r.disbursed)),
    row('inPlan', say(r.inPlan ? 'historyValueYes' : 'historyValueNo')),
    row(
      'status',
      r.status === null ? say('historyValueNotEntered') : catalogueLabel(REPORT_STATUSES, r.status, language),
    ),
    row('reason', r.reason === null ? say('historyValueNone') : catalogueLabel(REASONS, r.reason, language)),
    row('otherReason', shortText(language, r.otherReason)),
    row('remarks', shortText(language, r.remarks)),
    row('lifecycle', lifecycleText(r, language), ['readyAt', 'submittedAt', 'submittedValues']),
  ];
}

/** `ส่งแล้ว · ส่งเมื่อ 23 พ.ย. 2569 14:05 น. · ค่าที่ส่ง 6 ช่อง`. */
function lifecycleText(r: RoundReport, language: Language): string {
  const parts = [catalogueLabel(LIFECYCLES, r.lifecycle, language)];
  if (r.readyAt !== undefined) {
    parts.push(translate(language, 'historyValueReadyAt', { time: formatInstant(language, r.readyAt) }));
  }
  if (r.submittedAt !== undefined) {
    parts.push(
      translate(language, 'historyValueSubmittedAt', { time: formatInstant(language, r.submittedAt) }),
    );
  }
  if (r.submittedValues !== undefined) {
    const count = Object.keys(r.submittedValues).length;
    parts.push(translate(language, 'historyValueSubmittedFields', { count }));
  }
  return parts.join(' · ');
}

/** `50,000 บาท` / `50,000 baht`. */
export function bahtText(language: Language, baht: number): string {
  return translate(language, 'historyValueBaht', { amount: formatBaht(baht) });
}

/**
 * A person's text on one line, cut at a word boundary (Thai has no spaces between words, so the cut
 * follows the language's word breaks) when longer than `max`; an empty text says so.
 */
export function shortText(language: Language, text: string, max = SHORT_TEXT_LENGTH): string {
  const line = collapseWhitespace(text);
  if (line === '') return translate(language, 'historyValueEmptyText');
  if (line.length <= max) return line;
  let cut = '';
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'word' }).segment(line)) {
    if (cut.length + segment.length > max - 1) break;
    cut += segment;
  }
  if (cut.trim() === '') cut = cutAtCharacter(line, max - 1);
  return `${cut.trimEnd()}…`;
}

/** For a single "word" longer than the limit: whole characters only, so no vowel mark loses its letter. */
function cutAtCharacter(line: string, max: number): string {
  let cut = '';
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(line)) {
    if (cut.length + segment.length > max) break;
    cut += segment;
  }
  return cut;
}

function unitText(code: string): string {
  const unit = unitByCode(code);
  return unit ? `${unit.nameTh} (${code})` : code;
}

function catalogueLabel(
  catalogue: readonly { value: string; labelTh: string; labelEn: string }[],
  value: string,
  language: Language,
): string {
  const entry = catalogue.find((e) => e.value === value);
  if (!entry) return value;
  return labelIn(language, entry);
}

/** The fields of a kind in the form's order (the labels' order); bookkeeping has no label. */
function fieldOrder(kind: RecordKind): DraftField[] {
  return Object.keys(LABELS_OF_KIND[kind]) as DraftField[];
}
