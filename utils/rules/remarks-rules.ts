import { OTHER_REASON } from '../catalogue/reasons';
import { CANNOT_PROCEED_STATUS, COMPLETED_STATUS } from '../catalogue/report-statuses';
import { collapseWhitespace } from '../thai/whitespace';
import { findDamagedCharacters, findPlaceholders, type TextDamage } from './damaged-text';
import type { ReportCheckInput } from './report-check-input';
import type { ReportField } from './report-field';
import { defineRule, type Detection, type Rule, type RuleMessageKey } from './rule';
import { excerptAround } from './text-excerpt';

/** The remarks are the only narrative the portal takes: in progress or stuck, they are the report. */
export const REMARKS_GIVEN: Rule = defineRule({
  id: 'remarks.empty',
  severity: 'warning',
  fields: ['remarks'],
  messageKeys: ['ruleRemarksEmptyInProgress', 'ruleRemarksEmptyCannotProceed'],
  detect({ status, remarks }) {
    if (status === null || status === COMPLETED_STATUS || collapseWhitespace(remarks) !== '') return null;
    return {
      messageKey:
        status === CANNOT_PROCEED_STATUS ? 'ruleRemarksEmptyCannotProceed' : 'ruleRemarksEmptyInProgress',
    };
  },
});

type TextField = Extract<ReportField, 'otherReason' | 'remarks'>;

/** The free texts that would be saved, in the form's order: the other reason counts only for reason 4. */
function textsSent(input: ReportCheckInput): { field: TextField; text: string }[] {
  const texts: { field: TextField; text: string }[] = [];
  if (input.status === CANNOT_PROCEED_STATUS && input.reason === OTHER_REASON) {
    texts.push({ field: 'otherReason', text: input.otherReason });
  }
  texts.push({ field: 'remarks', text: input.remarks });
  return texts;
}

/** A finding per text that has any, quoting the first place and marking all of them. */
function textRule(
  id: string,
  messages: Readonly<Record<TextField, RuleMessageKey>>,
  find: (text: string) => TextDamage[],
  { saysHowMany }: { saysHowMany: boolean },
): Rule {
  return defineRule({
    id,
    severity: 'warning',
    fields: ['otherReason', 'remarks'],
    messageKeys: [messages.otherReason, messages.remarks],
    detect(input) {
      const found: Detection[] = [];
      for (const { field, text } of textsSent(input)) {
        const damage = find(text);
        const first = damage[0];
        if (first === undefined) continue;
        const excerpt = excerptAround(text, first);
        found.push({
          messageKey: messages[field],
          fields: [field],
          params: saysHowMany ? { count: damage.length, excerpt } : { excerpt },
          ranges: damage.map(({ start, end }) => ({ start, end })),
        });
      }
      return found.length > 0 ? found : null;
    },
  });
}

/** Text copied from PDFs loses characters (`ชื่อ ? สกุล`); published as is, it reads as carelessness. */
export const TEXT_UNDAMAGED: Rule = textRule(
  'text.damaged',
  { otherReason: 'ruleOtherReasonDamaged', remarks: 'ruleRemarksDamaged' },
  findDamagedCharacters,
  { saysHowMany: true },
);

export const TEXT_NOT_PLACEHOLDER: Rule = textRule(
  'text.placeholder',
  { otherReason: 'ruleOtherReasonPlaceholder', remarks: 'ruleRemarksPlaceholder' },
  findPlaceholders,
  { saysHowMany: false },
);

export const REMARKS_RULES: readonly Rule[] = [REMARKS_GIVEN, TEXT_UNDAMAGED, TEXT_NOT_PLACEHOLDER];
