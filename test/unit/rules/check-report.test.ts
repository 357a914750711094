import { describe, expect, it } from 'vitest';
import { CHECK_FAILED_RULE_ID, checkReport } from '../../../utils/rules/check-report';
import { REPORT_FIELDS } from '../../../utils/rules/report-field';
import { REPORT_RULES } from '../../../utils/rules/report-rules';
import { defineRule } from '../../../utils/rules/rule';
import { oddInputs } from './odd-inputs';
import { cleanInput, ruleIdsOf } from './report-check-fixtures';

describe('checkReport', () => {
  it('finds nothing in a clean report, which can be submitted without confirmation', () => {
    expect(checkReport(cleanInput())).toEqual({
      findings: [],
      errors: [],
      warnings: [],
      normalised: { ordinanceBudget: '50000', disbursed: '12500' },
      canSubmit: true,
      needsConfirmation: false,
    });
  });

  it('gives findings in rule-list order, then field order, whatever order the problems were made in', () => {
    const input = cleanInput({
      page: { fiscalYear: 2569, round: 1 },
      ordinanceBudgetText: '๖๐,๐๐๐',
      disbursedText: '70,000',
      inPlan: false,
      status: '3',
      remarks: 'ชื่อ ? สกุล TODO',
    });
    expect(checkReport(input).findings.map((f) => `${f.ruleId}:${f.fields.join('+')}`)).toEqual([
      'context.page-mismatch:page',
      'status.completed-locks:status',
      'amount.normalised:ordinanceBudget',
      'amount.normalised:disbursed',
      'budget.disbursed-over-ordinance:disbursed+ordinanceBudget',
      'budget.over-planned:ordinanceBudget',
      'budget.over-planned:disbursed',
      'budget.in-plan-unticked:inPlan',
      'text.damaged:remarks',
      'text.placeholder:remarks',
    ]);
    expect(ruleIdsOf(input)).toEqual(ruleIdsOf(structuredClone(input)));
  });

  it('splits errors from warnings, and blocks only on errors', () => {
    const result = checkReport(cleanInput({ status: null, inPlan: false }));
    expect(result.errors.map((f) => f.ruleId)).toEqual(['status.missing']);
    expect(result.warnings.map((f) => f.ruleId)).toEqual(['budget.in-plan-unticked']);
    expect(result.canSubmit).toBe(false);
    expect(checkReport(cleanInput({ inPlan: false })).canSubmit).toBe(true);
  });

  it('never throws on an input the schema allows, and keeps every finding well formed', () => {
    for (const input of oddInputs()) {
      const result = checkReport(input);
      for (const finding of result.findings) {
        const rule = REPORT_RULES.find((r) => r.id === finding.ruleId);
        expect(rule, finding.ruleId).toBeDefined();
        expect(finding.severity).toBe(rule?.severity);
        expect(rule?.messageKeys).toContain(finding.messageKey);
        for (const field of finding.fields) expect(rule?.fields).toContain(field);
      }
      expect(result.canSubmit).toBe(result.errors.length === 0);
    }
  });

  it('turns a rule that throws into a warning to confirm, and runs the others', () => {
    const broken = defineRule({
      id: 'test.broken',
      severity: 'error',
      fields: ['remarks'],
      messageKeys: ['ruleRemarksDamaged'],
      detect: () => {
        throw new Error('bug');
      },
    });
    const result = checkReport(cleanInput({ status: null }), [broken, ...REPORT_RULES]);
    expect(result.findings.map((f) => f.ruleId)).toEqual([CHECK_FAILED_RULE_ID, 'status.missing']);
    expect(result.findings[0]).toMatchObject({
      severity: 'warning',
      fields: ['remarks'],
      messageKey: 'ruleCheckFailed',
      params: { ruleId: 'test.broken' },
      requiresConfirmation: true,
    });
    expect(result.needsConfirmation).toBe(true);
  });
});

describe('REPORT_RULES', () => {
  it('has unique ids, and fields that the page and the workspace know', () => {
    const ids = REPORT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of REPORT_RULES) {
      expect(rule.fields.length, rule.id).toBeGreaterThan(0);
      for (const field of rule.fields) expect(REPORT_FIELDS, rule.id).toContain(field);
    }
  });

  it('covers everything the requirement lists', () => {
    expect(REPORT_RULES.map((r) => [r.id, r.severity])).toEqual([
      ['context.page-mismatch', 'error'],
      ['status.missing', 'error'],
      ['status.reason-missing', 'error'],
      ['status.other-reason-missing', 'error'],
      ['status.completed-locks', 'warning'],
      ['amount.empty', 'error'],
      ['amount.unreadable', 'error'],
      ['amount.fractional', 'error'],
      ['amount.normalised', 'warning'],
      ['budget.disbursed-over-ordinance', 'error'],
      ['budget.over-planned', 'warning'],
      ['budget.twelve-month-below-six-month', 'warning'],
      ['budget.in-plan-unticked', 'warning'],
      ['budget.completed-round-one-nothing-disbursed', 'warning'],
      ['remarks.empty', 'warning'],
      ['text.damaged', 'warning'],
      ['text.placeholder', 'warning'],
    ]);
  });
});
