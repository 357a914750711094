import { describe, expect, it } from 'vitest';
import { RULE_STRINGS } from '../../../utils/i18n/strings/rules';
import { translate } from '../../../utils/i18n/translate';
import { LANGUAGES } from '../../../utils/i18n/language';
import { checkReport } from '../../../utils/rules/check-report';
import { REPORT_RULES } from '../../../utils/rules/report-rules';
import { oddInputs } from './odd-inputs';
import { cleanInput, twelveMonthInput } from './report-check-fixtures';

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

describe('rule messages', () => {
  it('exist, non-empty, in Thai and English for every message of every rule', () => {
    for (const rule of REPORT_RULES) {
      expect(rule.messageKeys.length, rule.id).toBeGreaterThan(0);
      for (const key of rule.messageKeys) {
        expect(RULE_STRINGS.th[key].trim(), `${rule.id} th ${key}`).not.toBe('');
        expect(RULE_STRINGS.en[key].trim(), `${rule.id} en ${key}`).not.toBe('');
        expect(placeholdersOf(RULE_STRINGS.en[key]), key).toEqual(placeholdersOf(RULE_STRINGS.th[key]));
      }
    }
  });

  it('are all used by some rule (or by a failed check)', () => {
    const used = new Set<string>(REPORT_RULES.flatMap((r) => r.messageKeys));
    used.add('ruleCheckFailed');
    expect(Object.keys(RULE_STRINGS.th).filter((key) => !used.has(key))).toEqual([]);
  });

  it('get exactly the params their placeholders need, in both languages', () => {
    const inputs = [
      ...oddInputs(),
      twelveMonthInput({ disbursedText: '100' }),
      twelveMonthInput({ disbursedText: '100', sixMonth: { disbursed: 500, source: 'draft' } }),
      cleanInput({ status: '3', disbursedText: '0' }),
      cleanInput({ ordinanceBudgetText: '๕๐,๐๐๐ บาท', disbursedText: '60,001.5' }),
      cleanInput({ ordinanceBudgetText: '50,000.25', status: '4', reason: null }),
    ];
    const seen = new Set<string>();
    for (const input of inputs) {
      for (const finding of checkReport(input).findings) {
        seen.add(finding.messageKey);
        for (const language of LANGUAGES) {
          const template = RULE_STRINGS[language][finding.messageKey];
          expect(Object.keys(finding.params).sort(), finding.messageKey).toEqual(placeholdersOf(template));
          const text = translate(language, finding.messageKey, finding.params);
          expect(text.replace(/"[^"]*"/g, ''), finding.messageKey).not.toMatch(PLACEHOLDER);
        }
      }
    }
    // Every message was produced at least once above, so every one was checked.
    expect([...seen].sort()).toEqual(REPORT_RULES.flatMap((r) => r.messageKeys).sort());
  });
});
