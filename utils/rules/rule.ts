import type { MessageKey } from '../i18n/strings';
import type { RULE_STRINGS } from '../i18n/strings/rules';
import type { Translator } from '../i18n/translate';
import type { AmountReadings } from './normalise-amounts';
import type { ReportCheckInput } from './report-check-input';
import type { ReportField } from './report-field';
import type { TextRange } from './text-range';

export type RuleSeverity = 'error' | 'warning';
export type RuleMessageKey = keyof typeof RULE_STRINGS.th;
export type MessageParams = Readonly<Record<string, string | number>>;

/** One thing a rule found, ready to show: translate(language, messageKey, params). */
export interface Finding {
  ruleId: string;
  severity: RuleSeverity;
  /** The fields to mark; a subset of the rule's fields. */
  fields: readonly ReportField[];
  messageKey: RuleMessageKey;
  params: MessageParams;
  /** The user must confirm explicitly before saving (a warning alone is only shown). */
  requiresConfirmation?: boolean;
  /** Where in the field's text the problem is, for highlighting. */
  ranges?: readonly TextRange[];
}

/** A finding in the interface's language. */
export function findingMessage(finding: Finding, t: Translator): string {
  return t(finding.messageKey as MessageKey, finding.params as Record<string, string | number>);
}

export interface Rule {
  id: string;
  severity: RuleSeverity;
  /** Every field the rule may point at. */
  fields: readonly ReportField[];
  /** Every message the rule may give, so tests can prove each exists in both languages. */
  messageKeys: readonly RuleMessageKey[];
  check(input: ReportCheckInput, amounts: AmountReadings): Finding | Finding[] | null;
}

/** What a rule's detector says; defineRule adds the rule's id, severity and defaults. */
export interface Detection {
  messageKey: RuleMessageKey;
  /** Defaults to all of the rule's fields. */
  fields?: readonly ReportField[];
  params?: MessageParams;
  ranges?: readonly TextRange[];
}

export interface RuleSpec {
  id: string;
  severity: RuleSeverity;
  fields: readonly ReportField[];
  messageKeys: readonly RuleMessageKey[];
  requiresConfirmation?: boolean;
  detect(input: ReportCheckInput, amounts: AmountReadings): Detection | readonly Detection[] | null;
}

/**
 * Makes a rule from its data and a detector, so a finding's id, severity and confirmation always come from
 * the rule itself and cannot drift from what the rule list says.
 */
export function defineRule(spec: RuleSpec): Rule {
  const toFinding = (detection: Detection): Finding => ({
    ruleId: spec.id,
    severity: spec.severity,
    fields: detection.fields ?? spec.fields,
    messageKey: detection.messageKey,
    params: detection.params ?? {},
    ...(spec.requiresConfirmation ? { requiresConfirmation: true } : {}),
    ...(detection.ranges ? { ranges: detection.ranges } : {}),
  });
  return {
    id: spec.id,
    severity: spec.severity,
    fields: spec.fields,
    messageKeys: spec.messageKeys,
    check(input, amounts) {
      const detected = spec.detect(input, amounts);
      if (detected === null) return null;
      return isDetectionList(detected) ? detected.map(toFinding) : toFinding(detected);
    },
  };
}

function isDetectionList(detected: Detection | readonly Detection[]): detected is readonly Detection[] {
  return Array.isArray(detected);
}
