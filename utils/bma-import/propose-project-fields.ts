import type { ProjectFields } from '../model/project';
import type { BmaReport } from './bma-report';

const BMA_CODE = /^\d{8}-\d{4}$/;

/**
 * The plan-form fields a BMA report really states, for a new project draft of `unitCode`: name, BMA code,
 * objective (1.4), budget year and planned budget. The budget received stands for the planned budget: more
 * than 0 is the amount, 0 means the project runs without a budget (null), as the portal's plan form puts it.
 * Anything the report does not say (work type, dimension, plan years, target groups) is left out.
 */
export function proposeProjectFields(report: BmaReport, unitCode: string): Partial<ProjectFields> {
  const fields: Partial<ProjectFields> = { unitCode };
  if (report.name !== null) fields.name = report.name;
  if (report.projectCode !== null && BMA_CODE.test(report.projectCode)) fields.bmaCode = report.projectCode;
  if (report.objective !== null) fields.objective = report.objective;
  if (report.fiscalYear !== null) fields.budgetYear = report.fiscalYear;
  if (report.budgetReceived !== null) {
    fields.plannedBudget = report.budgetReceived > 0 ? report.budgetReceived : null;
  }
  return fields;
}
