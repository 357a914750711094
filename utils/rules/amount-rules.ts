import { AMOUNT_FIELDS, type AmountField, type AmountReading } from './normalise-amounts';
import { defineRule, type Detection, type Rule, type RuleMessageKey, type RuleSpec } from './rule';

type AmountMessages = Readonly<Record<AmountField, RuleMessageKey>>;

/** Long enough for any real amount, short enough that a pasted paragraph doesn't flood the message. */
const MAX_QUOTED = 40;

/** What was typed, as typed (spaces included, so a normalisation that only drops them still makes sense). */
function quoted(typed: string): string {
  return typed.length > MAX_QUOTED ? `${typed.slice(0, MAX_QUOTED)}…` : typed;
}

/**
 * One rule per way a typed amount can read (see readAmount), each giving a finding per amount field, so
 * `๕๐,๐๐๐ บาท` and a fractional disbursed amount are two findings about two fields.
 */
function amountRule(
  spec: Pick<RuleSpec, 'id' | 'severity'>,
  messages: AmountMessages,
  detect: (reading: AmountReading) => Detection['params'] | null,
): Rule {
  return defineRule({
    ...spec,
    fields: AMOUNT_FIELDS,
    messageKeys: AMOUNT_FIELDS.map((field) => messages[field]),
    detect(_input, amounts) {
      const found: Detection[] = [];
      for (const field of AMOUNT_FIELDS) {
        const params = detect(amounts[field]);
        if (params) found.push({ messageKey: messages[field], fields: [field], params });
      }
      return found.length > 0 ? found : null;
    },
  });
}

/** The inputs are `required` and the server reads an empty one as 0: an audited figure is typed, even 0. */
export const AMOUNT_ENTERED: Rule = amountRule(
  { id: 'amount.empty', severity: 'error' },
  { ordinanceBudget: 'ruleAmountEmptyOrdinanceBudget', disbursed: 'ruleAmountEmptyDisbursed' },
  (reading) => (reading.state === 'empty' ? {} : null),
);

export const AMOUNT_READABLE: Rule = amountRule(
  { id: 'amount.unreadable', severity: 'error' },
  { ordinanceBudget: 'ruleAmountUnreadableOrdinanceBudget', disbursed: 'ruleAmountUnreadableDisbursed' },
  (reading) => (reading.state === 'unreadable' ? { typed: quoted(reading.typed) } : null),
);

/** Satang are never rounded for the user: which way to round is the unit's decision. */
export const AMOUNT_WHOLE_BAHT: Rule = amountRule(
  { id: 'amount.fractional', severity: 'error' },
  { ordinanceBudget: 'ruleAmountFractionalOrdinanceBudget', disbursed: 'ruleAmountFractionalDisbursed' },
  (reading) => (reading.state === 'fractional' ? { typed: quoted(reading.typed) } : null),
);

/** Not a mistake, but the figure the portal receives differs from what was typed: shown, never silent. */
export const AMOUNT_NORMALISED: Rule = amountRule(
  { id: 'amount.normalised', severity: 'warning' },
  { ordinanceBudget: 'ruleAmountNormalisedOrdinanceBudget', disbursed: 'ruleAmountNormalisedDisbursed' },
  (reading) =>
    reading.state === 'whole' && reading.changed
      ? { typed: quoted(reading.typed), portalValue: reading.portalValue }
      : null,
);

export const AMOUNT_RULES: readonly Rule[] = [
  AMOUNT_ENTERED,
  AMOUNT_READABLE,
  AMOUNT_WHOLE_BAHT,
  AMOUNT_NORMALISED,
];
