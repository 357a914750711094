import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../utils/bma-import/import-problem';
import { parseBmaReport } from '../../../utils/bma-import/parse-bma-report';
import { LAYOUT_LABEL_WITH_NARRATIVE, LAYOUT_LABEL_WITH_PERCENT } from './synthetic-reports';

function problemsOf(text: string) {
  return parseBmaReport(text).problems.map((p) => ({
    code: p.code,
    field: p.field,
    line: p.line,
    en: problemMessage(p, 'en'),
  }));
}

describe('entries that disagree with themselves are read, and flagged', () => {
  it('keeps the label printed with the text when its percent line names another report', () => {
    const text = LAYOUT_LABEL_WITH_NARRATIVE.replace('(ครั้งที่ ๒)', '(ครั้งที่ ๕)');
    const result = parseBmaReport(text);
    expect(result.report?.entries.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(problemsOf(text)).toContainEqual({
      code: 'entry-number-mismatch',
      field: 'entries[1].number',
      line: 18,
      en: 'Line 18: this entry is read as report 2, but it is also marked 5; check which number is right',
    });
  });

  it('takes the number from the percent line in the second layout, where the label is only the next one’s', () => {
    const text = LAYOUT_LABEL_WITH_PERCENT.replace('(ครั้งที่ ๒)', '(ครั้งที่ ๔)');
    const result = parseBmaReport(text);
    expect(result.report?.entries.map((e) => e.number)).toEqual([1, 4, 3]);
    expect(problemsOf(text).map((p) => p.code)).toEqual(
      expect.arrayContaining(['entry-number-mismatch', 'entry-number-gap', 'percent-line-labelled-next']),
    );
  });

  it('warns when percents fall, dates go back, or the plan status is not one it knows', () => {
    const text = LAYOUT_LABEL_WITH_NARRATIVE.replace('= ๘๐.๐๐ %', '= ๔๐.๐๐ %')
      .replace('๑๐/๐๗/๒๕๗๐', '๑๐/๐๒/๒๕๗๐')
      .replace(
        '= ๑๐,๐๐๐ บาท : เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย',
        '= ๑๐,๐๐๐ บาท : ล่าช้ากว่าแผน : ไม่เป็นไปตามเป้าหมาย',
      );
    const result = parseBmaReport(text);
    expect(result.status).toBe('complete');
    expect(result.report?.entries[2]).toMatchObject({ percent: 40, onPlan: null, onTarget: false });
    expect(problemsOf(text).map((p) => [p.code, p.field])).toEqual([
      ['entry-dates-out-of-order', 'entries[2].date'],
      ['percent-decreased', 'entries[2].percent'],
      ['plan-status-unreadable', 'entries[2].onPlan'],
    ]);
    expect(problemsOf(text)[2]?.en).toBe(
      'Line 20: could not tell from “ล่าช้ากว่าแผน : ไม่เป็นไปตามเป้าหมาย” whether report 3 is on plan and on target',
    );
  });

  it('reports text it could not place instead of dropping it silently', () => {
    const text = LAYOUT_LABEL_WITH_NARRATIVE.replace(
      '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ',
      '2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ\nหมายเหตุ: ข้อมูล ณ สิ้นไตรมาส',
    );
    expect(problemsOf(text)).toContainEqual({
      code: 'unrecognised-line',
      field: 'report',
      line: 15,
      en: 'Line 15 was not imported: “หมายเหตุ: ข้อมูล ณ สิ้นไตรมาส”',
    });
  });

  it('keeps a percent line that has no text above it, with an error for the missing text', () => {
    const text = LAYOUT_LABEL_WITH_PERCENT.replace('๐๑/๑๒/๒๕๖๙ : เริ่มกระบวนการจัดซื้อจัดจ้าง\n', '');
    const result = parseBmaReport(text);
    expect(result.status).toBe('incomplete');
    expect(result.report?.entries[0]).toMatchObject({ number: 1, narrative: '', percent: 20 });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.field])).toEqual([
      ['entry-narrative-missing', 'entries[0].narrative'],
    ]);
  });
});
