import { describe, expect, it } from 'vitest';
import { EN, FEATURE_STRING_TABLES, TH } from '../../utils/i18n/strings';
import { translate } from '../../utils/i18n/translate';
import { languageFromBrowser } from '../../utils/i18n/language';

describe('i18n', () => {
  it('has every string in Thai and English, none empty, with the same placeholders', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(TH).sort());
    for (const key of Object.keys(TH) as (keyof typeof TH)[]) {
      expect(TH[key].trim(), key).not.toBe('');
      expect(EN[key].trim(), key).not.toBe('');
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(EN[key]), key).toEqual(holes(TH[key]));
      // A `{name:one|other}` choice picks by a number the string is given: one of its placeholders.
      for (const text of [TH[key], EN[key]]) {
        for (const [, name] of text.matchAll(/\{(\w+):[^|{}]*\|[^{}]*\}/g)) {
          expect(holes(text), `${key}: {${name}:…}`).toContain(`{${name}}`);
        }
      }
    }
  });

  it('gives each key to one feature only', () => {
    const keys = FEATURE_STRING_TABLES.flatMap((table) => Object.keys(table.th));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('fills placeholders', () => {
    expect(translate('th', 'reminderDaysLeft', { days: 12 })).toBe('อีก 12 วัน');
    expect(translate('en', 'fiscalYear', { year: 2570 })).toBe('Fiscal year 2570');
  });

  it('chooses the English singular for a count of one', () => {
    expect(translate('en', 'trashEmptied', { count: 1 })).toBe('Deleted 1 item for good');
    expect(translate('en', 'trashEmptied', { count: 3 })).toBe('Deleted 3 items for good');
    expect(translate('en', 'historyShowAll', { count: 1 })).toBe('Show all (1 more version)');
    expect(translate('en', 'unitMatches', { count: 0 })).toBe('0 units found');
    expect(translate('en', 'csvProblemExtraCells', { count: 1 })).toBe(
      '1 cell beyond the last column of the header is not imported',
    );
    expect(translate('th', 'trashEmptied', { count: 1 })).toBe('ลบถาวรแล้ว 1 รายการ');
  });

  it('follows the browser, Thai when it prefers neither', () => {
    expect(languageFromBrowser(['en-US', 'th'])).toBe('en');
    expect(languageFromBrowser(['th-TH'])).toBe('th');
    expect(languageFromBrowser(['fr-FR', 'de'])).toBe('th');
  });
});
