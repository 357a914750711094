import type { MessageKey } from '../i18n/strings';
import type { ProjectFields } from '../model/project';
import type { RoundReportFields } from '../model/round-report';

/** Which string names each field a person fills in a project draft. */
export const PROJECT_FIELD_LABELS: Record<keyof ProjectFields, MessageKey> = {
  name: 'fieldProjectName',
  portalId: 'fieldPortalId',
  bmaCode: 'fieldBmaCode',
  unitCode: 'fieldUnitCode',
  planYears: 'fieldPlanYears',
  workType: 'fieldWorkType',
  dimension: 'fieldDimension',
  budgetYear: 'fieldBudgetYear',
  plannedBudget: 'fieldPlannedBudget',
  quarter: 'fieldQuarter',
  targetGroups: 'fieldTargetGroups',
  objective: 'fieldObjective',
  remark: 'fieldRemark',
};

/** Which string names each field of a round draft (bookkeeping such as `submittedValues` included). */
export const REPORT_FIELD_LABELS: Record<keyof RoundReportFields, MessageKey> = {
  projectId: 'fieldProjectName',
  fiscalYear: 'fieldFiscalYear',
  round: 'fieldRound',
  ordinanceBudget: 'fieldOrdinanceBudget',
  disbursed: 'fieldDisbursed',
  inPlan: 'fieldInPlan',
  status: 'fieldStatus',
  reason: 'fieldReason',
  otherReason: 'fieldOtherReason',
  remarks: 'fieldRemarks',
  lifecycle: 'fieldLifecycle',
  readyAt: 'fieldLifecycle',
  submittedAt: 'fieldLifecycle',
  submittedValues: 'fieldLifecycle',
};
