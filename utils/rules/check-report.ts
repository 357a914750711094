import { normaliseAmounts, portalAmounts, type AmountField } from './normalise-amounts';
import type { ReportCheckInput } from './report-check-input';
import { REPORT_RULES } from './report-rules';
import type { Finding, Rule } from './rule';

export interface CheckResult {
  /** In rule-list order, then in the order of the fields a rule looks at. */
  findings: readonly Finding[];
  errors: readonly Finding[];
  warnings: readonly Finding[];
  /** What the portal would receive for each amount (digits only); null when absent or not sendable. */
  normalised: Readonly<Record<AmountField, string | null>>;
  /** No errors. Saving also needs the user's explicit confirmation when `needsConfirmation`. */
  canSubmit: boolean;
  needsConfirmation: boolean;
}

/** The id a finding carries when a rule itself failed. */
export const CHECK_FAILED_RULE_ID = 'check.failed';

/**
 * Runs every rule on what would be sent. Pure: the same input gives the same findings, on the page and in
 * the workspace. Expects an input the schema accepts (ReportCheckInputSchema); never throws on one.
 */
export function checkReport(input: ReportCheckInput, rules: readonly Rule[] = REPORT_RULES): CheckResult {
  const amounts = normaliseAmounts(input);
  const findings: Finding[] = [];
  for (const rule of rules) {
    let found: Finding | Finding[] | null;
    try {
      found = rule.check(input, amounts);
    } catch {
      // A bug in one rule must not hide the others' findings, nor pass silently: the user is asked to check.
      found = checkFailed(rule);
    }
    if (found === null) continue;
    if (Array.isArray(found)) findings.push(...found);
    else findings.push(found);
  }
  const errors = findings.filter((f) => f.severity === 'error');
  return {
    findings,
    errors,
    warnings: findings.filter((f) => f.severity === 'warning'),
    normalised: portalAmounts(amounts),
    canSubmit: errors.length === 0,
    needsConfirmation: findings.some((f) => f.requiresConfirmation === true),
  };
}

function checkFailed(rule: Rule): Finding {
  return {
    ruleId: CHECK_FAILED_RULE_ID,
    severity: 'warning',
    fields: rule.fields,
    messageKey: 'ruleCheckFailed',
    params: { ruleId: rule.id },
    requiresConfirmation: true,
  };
}
