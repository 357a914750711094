import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../utils/csv-import/csv-columns';
import type { CsvProblem } from '../../../utils/csv-import/csv-problem';
import { decodeCsvBytes } from '../../../utils/csv-import/decode-csv-bytes';
import { MAX_CSV_ROWS, parseProjectCsv } from '../../../utils/csv-import/parse-project-csv';
import { toWindows874 } from './windows-874';

const UNIT = '3100300';
const parse = (lines: string[]) => parseProjectCsv(lines.join('\r\n'), UNIT);
/** A problem as the preview places it: row, Excel column letter, code. */
const where = (p: CsvProblem) => `${p.row ?? '-'}${p.column ? p.column.letter : ''} ${p.code}`;

describe('reading a project list from CSV text', () => {
  it('reads the template headers in Thai into project fields', () => {
    const parsed = parse([
      CSV_COLUMNS.map((c) => c.headerTh).join(','),
      'โครงการคุณธรรม,03000000-0001,2569 2570,โครงการ,มิติที่ 1,2570,"150,000",2,"3, 5",เพื่อความโปร่งใส,,1201',
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        row: 2,
        problems: [],
        cells: expect.any(Object),
        fields: {
          name: 'โครงการคุณธรรม',
          bmaCode: '03000000-0001',
          portalId: '1201',
          unitCode: UNIT,
          planYears: [2569, 2570],
          workType: '1',
          dimension: '1',
          budgetYear: 2570,
          plannedBudget: 150_000,
          quarter: '2',
          targetGroups: ['3', '5'],
          objective: 'เพื่อความโปร่งใส',
          remark: '',
        },
      },
    ]);
  });

  it('accepts every header alias, in English too, in any column order', () => {
    for (const column of CSV_COLUMNS) {
      for (const header of [column.headerTh, column.headerEn, ...column.aliases]) {
        const parsed = parseProjectCsv(`${header}\r\nx\r\n`, UNIT);
        expect(parsed.columns[0]?.column?.field, header).toBe(column.field);
      }
    }
    const english = parse([
      'Plan years,Dimension,Type,Name,Planned budget,Target groups',
      '2569,2,Measure,Anti-bribery measure,No budget,Government agencies',
    ]);
    expect(english.problems).toEqual([]);
    expect(english.rows[0]?.fields).toMatchObject({
      name: 'Anti-bribery measure',
      planYears: [2569],
      dimension: '2',
      workType: '3',
      plannedBudget: null,
      targetGroups: ['7'],
    });
  });

  it('reads headers written with stray spaces, a unit in brackets, a star or Thai digits', () => {
    const parsed = parse(['  ชื่อโครงการ * , ประเภท ,มิติที่ ,ปีที่ดำเนินการ (พ.ศ.),งบประมาณ (บาท)', 'ก,1,1,2569,100']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]?.fields).toMatchObject({ name: 'ก', plannedBudget: 100 });
  });

  it('keeps commas, quotes and line breaks inside quoted cells, and numbers rows as Excel does', () => {
    const parsed = parseProjectCsv(
      [
        'ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ,วัตถุประสงค์',
        '"โครงการ ""โปร่งใส"", ปี 2569",1,1,2569,"ข้อแรก',
        'ข้อสอง, และข้อสาม"',
        '',
        ',,,,',
        'โครงการที่สอง,2,2,2570,',
        '',
      ].join('\r\n'),
      UNIT,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(parsed.rows[0]?.fields).toMatchObject({
      name: 'โครงการ "โปร่งใส", ปี 2569',
      objective: 'ข้อแรก\nข้อสอง, และข้อสาม',
    });
    expect(parsed.rows[1]?.fields?.name).toBe('โครงการที่สอง');
  });

  it('reads semicolon- and tab-separated files too', () => {
    for (const separator of [';', '\t']) {
      const parsed = parse([
        `ชื่อโครงการ${separator}ประเภท${separator}มิติ${separator}ปีที่ดำเนินการ`,
        `ก${separator}1${separator}1${separator}2569`,
      ]);
      expect(parsed.rows[0]?.fields?.name, JSON.stringify(separator)).toBe('ก');
    }
  });

  it('names each problem by row and column, and keeps rows with errors out', () => {
    const parsed = parse([
      'ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ,งบประมาณ,กลุ่มเป้าหมาย',
      'ดี,1,1,2569,0,',
      ',9,มิติที่ 7,2026,ห้าหมื่น,นักท่องเที่ยว',
      'ข้อความ??? เสีย,1,1,2569,,',
    ]);
    expect(parsed.rows.map((r) => r.problems.map(where))).toEqual([
      ['2E budget-zero'],
      [
        '3A required-empty',
        '3B work-type-unknown',
        '3C dimension-unknown',
        '3D year-looks-ce',
        '3E budget-unreadable',
        '3F target-group-unknown',
      ],
      ['4A question-marks'],
    ]);
    expect(parsed.rows.map((r) => r.fields !== null)).toEqual([true, false, true]);
    expect(parsed.rows[1]?.problems[1]).toMatchObject({
      severity: 'error',
      params: { value: '9' },
      column: { letter: 'B', header: 'ประเภท', field: 'workType' },
    });
    expect(parsed.rows[1]?.cells.workType).toBe('9');
  });

  it('warns about unknown columns, unnamed columns with values and cells past the header, and reads on', () => {
    const parsed = parse([
      'ชื่อโครงการ,ผู้รับผิดชอบ,ประเภท,มิติ,ปีที่ดำเนินการ,',
      'ก,นาย ข,1,1,2569,x,y',
      'ค,,1,1,2569,,',
    ]);
    expect(parsed.problems.map(where)).toEqual(['1B unknown-column', '1F unnamed-column']);
    expect(parsed.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(parsed.rows.map((r) => r.problems.map(where))).toEqual([['2 extra-cells'], []]);
    expect(parsed.rows.map((r) => r.fields?.name)).toEqual(['ก', 'ค']);
  });

  it('refuses a file without the required columns, naming them in Thai and English', () => {
    const parsed = parse(['ชื่อโครงการ,หมายเหตุ', 'ก,ข']);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toMatchObject([
      {
        code: 'missing-columns',
        severity: 'error',
        params: { columns: '“ปีที่ดำเนินการ” (Plan years), “ประเภท” (Type), “มิติ” (Dimension)' },
      },
    ]);
  });

  it('refuses two columns for one field, a header without rows, an unclosed quote and too many rows', () => {
    expect(parse(['ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ,Name', 'ก,1,1,2569,ข']).problems.map(where)).toEqual([
      '1E duplicate-column',
    ]);
    expect(parse(['ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ', '', ',,,']).problems.map(where)).toEqual(['- no-rows']);
    expect(parse(['ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ', '"ก,1,1,2569']).problems.map(where)).toEqual([
      '- csv-syntax',
    ]);
    const many = [
      'ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ',
      ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `ก${i},1,1,2569`),
    ];
    expect(parse(many).problems.map(where)).toEqual(['- too-many-rows']);
  });

  it('checks what the readers let through against the project model', () => {
    const parsed = parse(['ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ,หมายเหตุ', `ก,1,1,2569,${'ข'.repeat(20_001)}`]);
    expect(parsed.rows[0]?.problems).toMatchObject([
      { code: 'text-too-long', params: { max: 20_000 }, row: 2, column: { letter: 'E' } },
    ]);
    expect(parsed.rows[0]?.fields).toBeNull();
  });

  it('reads a file saved by Excel on Thai Windows (windows-874) as it reads the same file in UTF-8', () => {
    const text =
      'ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ,กลุ่มเป้าหมาย\r\nโครงการเปิดเผยข้อมูล,กิจกรรม,มิติที่ 3,๒๕๖๙,ประชาชน/ภาคประชาสังคม\r\n';
    const decoded = decodeCsvBytes(toWindows874(text));
    if (!decoded.ok) throw new Error('not decoded');
    const fromWindows = parseProjectCsv(decoded.text, UNIT);
    expect(fromWindows).toEqual(parseProjectCsv(text, UNIT));
    expect(fromWindows.rows[0]?.fields).toMatchObject({
      name: 'โครงการเปิดเผยข้อมูล',
      workType: '2',
      dimension: '3',
      planYears: [2569],
      targetGroups: ['5'],
    });
  });
});
