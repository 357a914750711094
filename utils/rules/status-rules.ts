import { OTHER_REASON } from '../catalogue/reasons';
import { CANNOT_PROCEED_STATUS, COMPLETED_STATUS } from '../catalogue/report-statuses';
import { collapseWhitespace } from '../thai/whitespace';
import { defineRule, type Rule } from './rule';

// The first three are the portal's own checks (the server's, then checkReason()'s), caught before its alert.

export const STATUS_CHOSEN: Rule = defineRule({
  id: 'status.missing',
  severity: 'error',
  fields: ['status'],
  messageKeys: ['ruleStatusMissing'],
  detect: ({ status }) => (status === null ? { messageKey: 'ruleStatusMissing' } : null),
});

export const REASON_FOR_CANNOT_PROCEED: Rule = defineRule({
  id: 'status.reason-missing',
  severity: 'error',
  fields: ['reason'],
  messageKeys: ['ruleReasonMissing'],
  detect: ({ status, reason }) =>
    status === CANNOT_PROCEED_STATUS && reason === null ? { messageKey: 'ruleReasonMissing' } : null,
});

export const TEXT_FOR_OTHER_REASON: Rule = defineRule({
  id: 'status.other-reason-missing',
  severity: 'error',
  fields: ['otherReason'],
  messageKeys: ['ruleOtherReasonMissing'],
  detect: ({ status, reason, otherReason }) =>
    status === CANNOT_PROCEED_STATUS && reason === OTHER_REASON && collapseWhitespace(otherReason) === ''
      ? { messageKey: 'ruleOtherReasonMissing' }
      : null,
});

/** Saving "completed" locks the project's pages for the whole year: nothing said after can be corrected. */
export const COMPLETED_LOCKS_THE_YEAR: Rule = defineRule({
  id: 'status.completed-locks',
  severity: 'warning',
  fields: ['status'],
  messageKeys: ['ruleCompletedLocks'],
  requiresConfirmation: true,
  detect: ({ status, fiscalYear }) =>
    status === COMPLETED_STATUS ? { messageKey: 'ruleCompletedLocks', params: { fiscalYear } } : null,
});

export const STATUS_RULES: readonly Rule[] = [
  STATUS_CHOSEN,
  REASON_FOR_CANNOT_PROCEED,
  TEXT_FOR_OTHER_REASON,
  COMPLETED_LOCKS_THE_YEAR,
];
