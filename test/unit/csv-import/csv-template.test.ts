import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../utils/csv-import/csv-columns';
import { CSV_TEMPLATE_FILE_NAME, csvTemplateText } from '../../../utils/csv-import/csv-template';
import { decodeCsvBytes } from '../../../utils/csv-import/decode-csv-bytes';
import { parseProjectCsv } from '../../../utils/csv-import/parse-project-csv';

describe('the CSV template', () => {
  const text = csvTemplateText();

  it('starts with a BOM and the Thai header row, so Excel shows Thai', () => {
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.map((c) => c.headerTh).join(','));
    expect(text.slice(1).startsWith('ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน,')).toBe(true);
    expect(CSV_TEMPLATE_FILE_NAME).toBe('eplan-projects-template.csv');
  });

  it('reads back as its example project, without a problem', () => {
    const decoded = decodeCsvBytes(new TextEncoder().encode(text));
    if (!decoded.ok) throw new Error('the template did not decode');
    expect(decoded.problems).toEqual([]);
    const parsed = parseProjectCsv(decoded.text, '3100300');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]?.problems).toEqual([]);
    expect(parsed.rows[0]?.fields).toEqual({
      name: 'โครงการเสริมสร้างคุณธรรมและความโปร่งใสของบุคลากร',
      bmaCode: '03000000-0001',
      unitCode: '3100300',
      planYears: [2569, 2570],
      workType: '1',
      dimension: '1',
      budgetYear: 2570,
      plannedBudget: 150_000,
      quarter: '2',
      targetGroups: ['3', '5'],
      objective: 'เพื่อให้บุคลากรมีความรู้ความเข้าใจเรื่องการป้องกันการทุจริตและผลประโยชน์ทับซ้อน',
      remark: '',
    });
  });
});
