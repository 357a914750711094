import { COMPLETED_STATUS } from '../catalogue/report-statuses';
import { formatBaht } from '../thai/amount';
import { wholeBaht } from './normalise-amounts';
import { defineRule, type Detection, type Rule } from './rule';

// Comparisons use only amounts that can be sent; an unreadable one already has its own error.

export const DISBURSED_WITHIN_ORDINANCE: Rule = defineRule({
  id: 'budget.disbursed-over-ordinance',
  severity: 'error',
  fields: ['disbursed', 'ordinanceBudget'],
  messageKeys: ['ruleDisbursedOverOrdinance'],
  detect(_input, amounts) {
    const ordinanceBudget = wholeBaht(amounts.ordinanceBudget);
    const disbursed = wholeBaht(amounts.disbursed);
    if (ordinanceBudget === null || disbursed === null || disbursed <= ordinanceBudget) return null;
    return {
      messageKey: 'ruleDisbursedOverOrdinance',
      params: { disbursed: formatBaht(disbursed), ordinanceBudget: formatBaht(ordinanceBudget) },
    };
  },
});

/** More than planned can be true (a larger allocation), so it is a warning asking for a word of explanation. */
export const WITHIN_PLANNED_BUDGET: Rule = defineRule({
  id: 'budget.over-planned',
  severity: 'warning',
  fields: ['ordinanceBudget', 'disbursed'],
  messageKeys: ['ruleOrdinanceOverPlanned', 'ruleDisbursedOverPlanned'],
  detect({ project }, amounts) {
    const planned = project.plannedBudget;
    if (planned === null) return null;
    const ordinanceBudget = wholeBaht(amounts.ordinanceBudget);
    const disbursed = wholeBaht(amounts.disbursed);
    const plannedBudget = formatBaht(planned);
    const found: Detection[] = [];
    if (ordinanceBudget !== null && ordinanceBudget > planned) {
      found.push({
        messageKey: 'ruleOrdinanceOverPlanned',
        fields: ['ordinanceBudget'],
        params: { ordinanceBudget: formatBaht(ordinanceBudget), plannedBudget },
      });
    }
    if (disbursed !== null && disbursed > planned) {
      found.push({
        messageKey: 'ruleDisbursedOverPlanned',
        fields: ['disbursed'],
        params: { disbursed: formatBaht(disbursed), plannedBudget },
      });
    }
    return found.length > 0 ? found : null;
  },
});

/** Disbursed counts the whole fiscal year, so the 12-month figure should not be below the 6-month one. */
export const TWELVE_MONTHS_NOT_BELOW_SIX: Rule = defineRule({
  id: 'budget.twelve-month-below-six-month',
  severity: 'warning',
  fields: ['disbursed'],
  messageKeys: ['ruleTwelveMonthBelowSubmitted', 'ruleTwelveMonthBelowDraft'],
  detect({ round, sixMonth }, amounts) {
    const disbursed = wholeBaht(amounts.disbursed);
    if (round !== 2 || sixMonth === null || sixMonth.disbursed === null || disbursed === null) return null;
    if (disbursed >= sixMonth.disbursed) return null;
    return {
      messageKey:
        sixMonth.source === 'submitted' ? 'ruleTwelveMonthBelowSubmitted' : 'ruleTwelveMonthBelowDraft',
      params: { disbursed: formatBaht(disbursed), sixMonthDisbursed: formatBaht(sixMonth.disbursed) },
    };
  },
});

export const BUDGET_PROJECT_IN_PLAN: Rule = defineRule({
  id: 'budget.in-plan-unticked',
  severity: 'warning',
  fields: ['inPlan'],
  messageKeys: ['ruleInPlanUnticked'],
  detect: ({ project, inPlan }) =>
    project.plannedBudget !== null && !inPlan ? { messageKey: 'ruleInPlanUnticked' } : null,
});

/** Finishing a budget project by March without spending anything is rare, and locks the year once saved. */
export const COMPLETED_EARLY_WITH_SPENDING: Rule = defineRule({
  id: 'budget.completed-round-one-nothing-disbursed',
  severity: 'warning',
  fields: ['disbursed', 'status'],
  messageKeys: ['ruleCompletedRoundOneNothingDisbursed'],
  detect: ({ round, status, project }, amounts) =>
    round === 1 &&
    status === COMPLETED_STATUS &&
    project.plannedBudget !== null &&
    wholeBaht(amounts.disbursed) === 0
      ? { messageKey: 'ruleCompletedRoundOneNothingDisbursed' }
      : null,
});

export const BUDGET_RULES: readonly Rule[] = [
  DISBURSED_WITHIN_ORDINANCE,
  WITHIN_PLANNED_BUDGET,
  TWELVE_MONTHS_NOT_BELOW_SIX,
  BUDGET_PROJECT_IN_PLAN,
  COMPLETED_EARLY_WITH_SPENDING,
];
