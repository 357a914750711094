import type { Round } from '../calendar/rounds';
import { defineRule, type Rule } from './rule';

const MONTHS_OF_ROUND: Record<Round, number> = { 1: 6, 2: 12 };

/** Values filled from one round's draft into another round's page would be saved there, publicly. */
export const PAGE_MATCHES_DRAFT: Rule = defineRule({
  id: 'context.page-mismatch',
  severity: 'error',
  fields: ['page'],
  messageKeys: ['rulePageMismatch'],
  detect({ page, filledFrom }) {
    if (page === null || filledFrom === null) return null;
    if (page.fiscalYear === filledFrom.fiscalYear && page.round === filledFrom.round) return null;
    return {
      messageKey: 'rulePageMismatch',
      params: {
        pageYear: page.fiscalYear,
        pageMonths: MONTHS_OF_ROUND[page.round],
        draftYear: filledFrom.fiscalYear,
        draftMonths: MONTHS_OF_ROUND[filledFrom.round],
      },
    };
  },
});

export const CONTEXT_RULES: readonly Rule[] = [PAGE_MATCHES_DRAFT];
