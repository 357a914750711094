import { describe, expect, it } from 'vitest';
import type { BmaReport } from '../../../utils/bma-import/bma-report';
import { problemMessage } from '../../../utils/bma-import/import-problem';
import { parseBmaReport } from '../../../utils/bma-import/parse-bma-report';
import { proposeRoundDraft } from '../../../utils/bma-import/propose-round-draft';
import { SEED_004, SEED_004_LINES } from './seed-fixture';

const original = parseBmaReport(SEED_004);

/** The report without where it was read from, to compare texts laid out differently. */
function withoutLines(report: BmaReport | null) {
  if (report === null) throw new Error('not read as a report');
  return {
    ...report,
    entries: report.entries.map(({ sourceLines: _lines, progressLine: _progress, ...entry }) => entry),
  };
}

const firstLines = (count: number) => SEED_004_LINES.slice(0, count).join('\n');

describe('the same report pasted differently', () => {
  it('reads Windows line endings exactly as Unix ones, with the same line and column numbers', () => {
    const crlf = parseBmaReport(SEED_004.replace(/\n/g, '\r\n'));
    expect(crlf.status).toBe('complete');
    expect(crlf.report).toEqual(original.report);
    expect(crlf.problems).toEqual(original.problems);
    expect(crlf.sources).toEqual(original.sources);
  });

  it('reads the same values with extra blank lines, indentation, a byte-order mark and trailing spaces', () => {
    const untidy =
      '\ufeff   \n\n' +
      SEED_004.split('\n')
        .map((line) => (line === '' ? line : `   ${line}  \t`))
        .join('\n\n') +
      '\n\n \t \n';
    const result = parseBmaReport(untidy);
    expect(result.status).toBe('complete');
    expect(withoutLines(result.report)).toEqual(withoutLines(original.report));
    expect(result.problems.map((p) => [p.code, p.field])).toEqual(
      original.problems.map((p) => [p.code, p.field]),
    );
  });

  it('still points a damaged character at its line and column when lines are indented', () => {
    const indented = SEED_004.split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    const damaged = parseBmaReport(indented).problems.filter((p) => p.code === 'damaged-character');
    expect(damaged.map((p) => [p.line, p.column])).toEqual([
      [41, 39],
      [55, 108],
    ]);
  });
});

describe('a report cut short', () => {
  it('in the middle of report 8: reports 1–8 are read, report 8 has an error for its missing percent', () => {
    const result = parseBmaReport(firstLines(100));
    expect(result.status).toBe('incomplete');
    const entries = result.report?.entries ?? [];
    expect(entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entries[7]).toMatchObject({
      date: { year: 2023, month: 7, day: 24 },
      percent: null,
      disbursed: null,
    });
    expect(entries[7]?.narrative).toMatch(/^สำนักยุทธศาสตร์และประเมินผลได้จัดส่งคู่มือ.*อยู่ระหว่างเสนอร่างหนังสือเวียน/);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.field])).toEqual([['entry-progress-missing', 'entries[7].percent']]);
    expect(errors[0] && problemMessage(errors[0], 'en')).toBe(
      'Report 8 has no progress line (ความก้าวหน้าของงานฯ = … %), so its percent, disbursed amount and plan status are unknown; the text may be cut short',
    );
    expect(result.problems.map((p) => p.code)).toContain('certification-missing');
  });

  it('in the middle of a percent line: the percent and amount that are cut off are errors', () => {
    const line115 = SEED_004_LINES[114] ?? '';
    const cut = `${firstLines(114)}\n${line115.slice(0, line115.indexOf('95.00') + 4)}`;
    expect(cut.endsWith('รายงานครั้งที่10 :: ความก้าวหน้าของงานฯ = 95.0')).toBe(true);
    const result = parseBmaReport(cut);
    expect(result.status).toBe('incomplete');
    expect(result.report?.entries.at(-1)).toMatchObject({ number: 9, percent: null, disbursed: null });
    expect(
      result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.field, p.line]),
    ).toEqual([
      ['entry-percent-unreadable', 'entries[8].percent', 115],
      ['entry-disbursed-unreadable', 'entries[8].disbursed', 115],
    ]);
  });

  it('inside the header: the fields that never came are errors, and no entries is an error too', () => {
    const result = parseBmaReport(firstLines(14));
    expect(result.status).toBe('incomplete');
    expect(result.report).toMatchObject({
      projectCode: '03000000-6917',
      fiscalYear: 2566,
      budgetReceived: 0,
      endDate: null,
      budgetSpent: null,
      responsibleUnit: null,
      entries: [],
    });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.field])).toEqual([
      ['field-missing', 'endDate'],
      ['field-missing', 'budgetSpent'],
      ['field-missing', 'responsibleUnit'],
      ['field-missing', 'responsiblePerson'],
      ['no-entries', 'entries'],
    ]);
    const missing = result.problems.find((p) => p.field === 'endDate');
    expect(missing && problemMessage(missing, 'th')).toBe('ไม่พบ “สิ้นสุดโครงการ” ในข้อความ');
  });

  it('still proposes a round from what it could read', () => {
    const { report } = parseBmaReport(firstLines(100));
    if (report === null) throw new Error('not read');
    const proposal = proposeRoundDraft(report, 2566, 2);
    expect(proposal.fields.status).toBe('2');
    expect(proposal.notes.map((n) => n.code)).toContain('progress-unknown');
    expect(proposal.fields.remarks.split('\n').at(-1)).toBe('ความก้าวหน้าของงาน ร้อยละ 80 (ณ 16 มิ.ย. 2566)');
  });
});

describe('values that cannot be read', () => {
  it('reports an unreadable date, year and amount with the line and the text it saw', () => {
    const damaged = SEED_004.replace('2023-09-30 00:00:00', '2023-02-30 00:00:00')
      .replace('ปีงบประมาณ พ.ศ. : 2566', 'ปีงบประมาณ พ.ศ. : 25?6')
      .replace('งบประมาณที่ได้รับ : 0 บาท', 'งบประมาณที่ได้รับ : 1,00 บาท')
      .replace('รายงานครั้งที่4\t:: 20/03/2566', 'รายงานครั้งที่4\t:: 2?/03/2566');
    const result = parseBmaReport(damaged);
    expect(result.status).toBe('incomplete');
    expect(result.report).toMatchObject({ endDate: null, fiscalYear: null, budgetReceived: null });
    expect(result.report?.entries[3]).toMatchObject({ number: 4, date: null, percent: 55 });
    expect(
      result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.field, p.line]),
    ).toEqual([
      ['field-unreadable', 'fiscalYear', 13],
      ['field-unreadable', 'budgetReceived', 14],
      ['field-unreadable', 'endDate', 15],
      ['entry-date-unreadable', 'entries[3].date', 57],
    ]);
    const year = result.problems.find((p) => p.field === 'fiscalYear');
    expect(year && problemMessage(year, 'en')).toBe('Line 13: could not read “ปีงบประมาณ พ.ศ.” from “25?6”');
  });
});

describe('labels and dates damaged in ways a copy can damage them', () => {
  it('reads a report whose label lost its number to a stray "?" as the next report, with its date', () => {
    const result = parseBmaReport(SEED_004.replace('รายงานครั้งที่3\t', 'รายงานครั้งที่?\t'));
    const third = result.report?.entries[2];
    expect(third).toMatchObject({ number: 3, date: { year: 2023, month: 2, day: 20 } });
    expect(third?.narrative.startsWith('อยู่ระหว่างรวบรวมข้อมูล')).toBe(true);
    expect(result.report?.entries.map((e) => e.number)).toEqual(
      original.report?.entries.map((e) => e.number),
    );
    // The remarks proposed for the portal carry the report's own text, not the printout's markup.
    expect(proposeRoundDraft(result.report!, 2566, 1).fields.remarks).not.toContain('รายงานครั้งที่');
  });

  it('reads a label that lost one colon of its "::" the same way', () => {
    const result = parseBmaReport(SEED_004.replace('รายงานครั้งที่3\t::', 'รายงานครั้งที่3\t:'));
    expect(withoutLines(result.report).entries).toEqual(withoutLines(original.report).entries);
  });

  it.each([
    ['its number became "?"', 'รายงานครั้งที่? ::'],
    ['it lost one colon of "::"', 'รายงานครั้งที่6 :'],
  ])('reads a percent line as one, not as a new report, when %s', (_why, damaged) => {
    // Seed line 77: `รายงานครั้งที่6 :: ความก้าวหน้าของงานฯ = 70.00 % …` (report 5's, labelled as the next).
    const result = parseBmaReport(SEED_004.replace('รายงานครั้งที่6 ::', damaged));
    const entries = result.report?.entries ?? [];
    expect(entries.map((e) => e.number)).toEqual(original.report?.entries.map((e) => e.number));
    expect(entries.some((e) => e.narrative.startsWith('ความก้าวหน้าของงาน'))).toBe(false);
    expect(proposeRoundDraft(result.report!, 2566, 2).fields.remarks).not.toContain('= 70.00 %');
  });

  it.each([
    ['abbreviated', '29 ธ.ค. 2565'],
    ['in full, in Thai digits', '๒๙ ธันวาคม ๒๕๖๕'],
    ['with พ.ศ.', '29 ธันวาคม พ.ศ. 2565'],
  ])('reads an entry date re-typed in words, %s', (_how, worded) => {
    const result = parseBmaReport(SEED_004.replace('29/12/2565', worded));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.report?.entries[0]?.date).toEqual({ year: 2022, month: 12, day: 29 });
    expect(result.report?.entries[0]?.narrative).toBe(original.report?.entries[0]?.narrative);
  });

  it('keeps a line that starts with a number and a word, but is no date, in the narrative', () => {
    // A continuation line of report 1 (seed line 51) that a looser date matcher would take for a new entry.
    const line = '3 หน่วยงาน 2566 : ส่งรายชื่อแล้ว';
    const lines = [...SEED_004_LINES];
    lines.splice(51, 0, line);
    const result = parseBmaReport(lines.join('\n'));
    expect(result.report?.entries.map((e) => e.number)).toEqual(
      original.report?.entries.map((e) => e.number),
    );
    expect(result.report?.entries[0]?.narrative).toContain(line);
  });

  it('reads an entry date printed with spaces around the slashes', () => {
    const result = parseBmaReport(SEED_004.replace('29/12/2565', '29 / 12 / 2565'));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.report?.entries[0]?.date).toEqual({ year: 2022, month: 12, day: 29 });
  });
});

describe('text that is not a BMA report', () => {
  it.each([
    ['a letter', 'เรียน ผู้อำนวยการเขต\n\nตามที่สำนักงาน ป.ป.ช. ขอให้รายงานผลการดำเนินงาน จึงเรียนมาเพื่อโปรดทราบ'],
    ['an empty paste', ''],
    ['only whitespace', ' \r\n\t\n'],
    ['a backup file', '{"format":"eplan-assistant-backup","formatVersion":2,"projects":[]}'],
  ])('%s is refused with one clear error, not an exception', (_what, text) => {
    const result = parseBmaReport(text);
    expect(result.status).toBe('not-a-report');
    expect(result.report).toBeNull();
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ code: 'not-a-report', severity: 'error', field: 'report' });
    expect(problem && problemMessage(problem, 'th')).toMatch(/^ข้อความนี้ไม่ใช่แบบแสดงรายงานความก้าวหน้า/);
    expect(problem && problemMessage(problem, 'en')).toMatch(/^This text is not a progress report/);
  });
});
