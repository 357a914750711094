import { AMOUNT_RULES } from './amount-rules';
import { BUDGET_RULES } from './budget-rules';
import { CONTEXT_RULES } from './context-rules';
import { REMARKS_RULES } from './remarks-rules';
import type { Rule } from './rule';
import { STATUS_RULES } from './status-rules';

/**
 * Every check a round report gets, on the portal page and in the workspace alike. The list is the truth:
 * findings come in this order (the wrong page first, since nothing else matters there), and a rule that is
 * not here does not run.
 */
export const REPORT_RULES: readonly Rule[] = [
  ...CONTEXT_RULES,
  ...STATUS_RULES,
  ...AMOUNT_RULES,
  ...BUDGET_RULES,
  ...REMARKS_RULES,
];
