import { describe, expect, it } from 'vitest';
import type { BmaProgressEntry } from '../../../utils/bma-import/bma-report';
import { problemMessage } from '../../../utils/bma-import/import-problem';
import { parseBmaReport } from '../../../utils/bma-import/parse-bma-report';
import { SEED_004, SEED_004_LINES } from './seed-fixture';

function seed() {
  const result = parseBmaReport(SEED_004);
  if (result.report === null) throw new Error('the seed was not read as a report');
  return { report: result.report, problems: result.problems };
}

const date = (year: number, month: number, day: number) => ({ year, month, day });

/**
 * Every entry as I read it in the seed. Percent and amount come from the percent line whose `(ครั้งที่ N)`
 * is N: for reports 5–9 that line is labelled รายงานครั้งที่N+1 (lines 77, 82, 92, 106, 115), and report
 * 10's is the second รายงานครั้งที่10 (line 124). All say 0 บาท, เป็นไปตามแผน and เป็นไปตามเป้าหมาย.
 */
const EXPECTED: readonly (Omit<BmaProgressEntry, 'narrative' | 'disbursed' | 'onPlan' | 'onTarget'> & {
  starts: string;
  ends: string;
})[] = [
  {
    number: 1,
    date: date(2022, 12, 29),
    percent: 30,
    layout: 'label-with-narrative',
    sourceLines: { first: 51, last: 52 },
    progressLine: 52,
    starts: 'กองวินัยและเสริมสร้างจริยธรรมได้ประสานสำนักยุทธศาสตร์และประเมินผล',
    ends: 'ส่งให้กองวินัยและเสริมสร้างจริยธรรมแล้ว',
  },
  {
    number: 2,
    date: null,
    percent: 40,
    layout: 'label-with-narrative',
    sourceLines: { first: 53, last: 54 },
    progressLine: 54,
    starts: 'อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่',
    ends: 'เกี่ยวกับพฤติกรรมทุจริตหรือประพฤติมิชอบ',
  },
  {
    number: 3,
    date: date(2023, 2, 20),
    percent: 45,
    layout: 'label-with-narrative',
    sourceLines: { first: 55, last: 56 },
    progressLine: 56,
    starts: 'อยู่ระหว่างรวบรวมข้อมูลรายชื่อรายชื่อหน่วยงานและส่วนราชการ พร้อมทั้งชื่อ ? สกุล',
    ends: 'ที่ไม่มีหน้าที่ในการเข้าใช้งานระบบ',
  },
  {
    number: 4,
    date: date(2023, 3, 20),
    percent: 55,
    layout: 'label-with-narrative',
    sourceLines: { first: 57, last: 58 },
    progressLine: 58,
    starts: 'อยู่ระหว่างกำหนดสิทธิให้เจ้าหน้าที่ที่มีหน้าที่รายงานเรื่องร้องเรียนฯ',
    ends: 'เข้าใช้งานระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบ',
  },
  {
    number: 5,
    date: date(2023, 4, 18),
    percent: 70,
    layout: 'label-with-narrative',
    sourceLines: { first: 59, last: 77 },
    progressLine: 77,
    starts: 'ดำเนินการกำหนดรหัสให้เจ้าหน้าที่ที่มีหน้าที่รายงานเรื่องร้องเรียนฯ',
    ends: 'การรักษาความลับ และวิธีการรายงานของหน่วยงานในระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบ',
  },
  {
    number: 6,
    date: date(2023, 5, 16),
    percent: 75,
    layout: 'label-with-percent',
    sourceLines: { first: 79, last: 82 },
    progressLine: 82,
    starts: 'อยู่ระหว่างจัดทำหนังสือแจ้งข้อมูลในการเข้าใช้งานระบบการรายงานการร้องเรียน',
    ends: 'ให้ผู้มีรหัสเข้าใช้งาน เพื่อเข้ารายงานในระบบฯ ต่อไป',
  },
  {
    number: 7,
    date: date(2023, 6, 16),
    percent: 80,
    layout: 'label-with-percent',
    sourceLines: { first: 84, last: 92 },
    progressLine: 92,
    starts: 'มอบของเอกสารปิดผนึกแจ้ง username และ password ให้ผู้มีรหัสเข้าใช้งาน',
    ends: 'เพื่อนำไปปรับปรุงระบบให้มีความสมบูรณ์ยิ่งขึ้นต่อไป',
  },
  {
    number: 8,
    date: date(2023, 7, 24),
    percent: 85,
    layout: 'label-with-percent',
    sourceLines: { first: 94, last: 106 },
    progressLine: 106,
    starts: 'สำนักยุทธศาสตร์และประเมินผลได้จัดส่งคู่มือระบบรายงานการร้องเรียน',
    ends: 'ดำเนินการรายงานเรื่องร้องเรียนดังกล่าว ในระบบต่อไป',
  },
  {
    number: 9,
    date: date(2023, 8, 16),
    percent: 95,
    layout: 'label-with-percent',
    sourceLines: { first: 108, last: 115 },
    progressLine: 115,
    starts: 'กองวินัยและเสริมสร้างจริยธรรมอยู่ระหว่างรวบรวมข้อมูลเรื่องร้องเรียน',
    ends: 'ลงข้อมูลดังกล่าวในเว็บไซต์ของสำนักงาน ก.ก. เรียบร้อยแล้ว',
  },
  {
    number: 10,
    date: date(2023, 8, 21),
    percent: 100,
    layout: 'label-with-percent',
    sourceLines: { first: 117, last: 124 },
    progressLine: 124,
    starts: 'กองวินัยและเสริมสร้างจริยธรรมได้รวบรวมข้อมูลเรื่องร้องเรียนจากหน่วยงาน',
    ends: 'ได้ดำเนินการลงข้อมูลดังกล่าวในเว็บไซต์ของสำนักงาน ก.ก. เรียบร้อยแล้ว',
  },
];

describe('seed 004: every progress entry', () => {
  it('reads ten entries, numbered 1–10 once each, despite รายงานครั้งที่10 printed twice', () => {
    const { report } = seed();
    expect(report.entries.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(EXPECTED.map((expected, i) => [expected.number, i, expected] as const))(
    'report %i: date, percent, amount, plan and target, layout, lines and text',
    (_number, i, expected) => {
      const entry = seed().report.entries[i];
      if (entry === undefined) throw new Error(`no entry ${i}`);
      const { starts, ends, ...fields } = expected;
      expect(entry).toMatchObject({ ...fields, disbursed: 0, onPlan: true, onTarget: true });
      expect(entry.narrative.startsWith(starts), entry.narrative).toBe(true);
      expect(entry.narrative.endsWith(ends), entry.narrative).toBe(true);
    },
  );

  it('pairs each percent line with the text above it: percents rise with the dates, 100 % is the last', () => {
    const { report } = seed();
    expect(report.entries.map((entry) => entry.percent)).toEqual([30, 40, 45, 55, 70, 75, 80, 85, 95, 100]);
    // Each percent line's own "(ครั้งที่ N)" names the entry it was given to.
    for (const entry of report.entries) {
      const line = SEED_004_LINES[(entry.progressLine ?? 0) - 1] ?? '';
      expect(line).toContain(`(ครั้งที่ ${entry.number})`);
    }
  });

  it('gives no entry text from a percent line, a page header or the certification at the end', () => {
    const { report } = seed();
    for (const { narrative } of report.entries) {
      expect(narrative).not.toMatch(/ความก้าวหน้าของงาน|รายงานครั้งที่|แบบแสดงรายงาน|\*\*|ขอรับรองว่า|ลงชื่อ|ตำแหน่ง$/);
      expect(narrative).not.toMatch(/\s{2}|\t|^\s|\s$/);
    }
  });

  it('joins words the printout broke across lines (เส|ริมสร้าง, แ|ละ) and keeps spaces between phrases', () => {
    const { report } = seed();
    const [, , , , , six, seven, eight, , ten] = report.entries;
    expect(eight?.narrative).toContain('ให้กองวินัยและเสริมสร้างจริยธรรม สำนักงาน ก.ก. เรียบร้อยแล้ว');
    expect(eight?.narrative).toContain('สำนักงาน ก.ก. อยู่ระหว่างเสนอร่างหนังสือเวียน');
    expect(ten?.narrative).toContain('สรุปผลการร้องเรียนการทุจริตและประพฤติมิชอบในเว็บไซต์');
    expect(six?.narrative).toContain('หรือประพฤติชอบ พร้อมมอบของเอกสารปิดผนึก');
    expect(seven?.narrative).toContain('ปัญหาต่าง ๆ ที่อาจพบได้');
  });

  it('continues report 5 across the page break (lines 61–67) and warns at the join', () => {
    const { report, problems } = seed();
    expect(report.entries[4]?.narrative).toContain(
      'ในสังกัดสำนักปลัดกรุงเทพมหานคร หาครทราบและถือปฏิบัติ ซึ่งมาตรการดังกล่าว ประกอบด้วย',
    );
    const join = problems.find((p) => p.code === 'page-break-in-narrative');
    expect(join).toMatchObject({ field: 'entries[4].narrative', severity: 'warning', line: 66 });
    expect(join && problemMessage(join, 'th')).toBe(
      'รายงานครั้งที่ 5 ต่อข้ามหน้าที่บรรทัด 66: “…ลัดกรุงเทพมหานคร” กับ “หาครทราบและถือป…” โปรดตรวจว่าคำตรงรอยต่อไม่ขาดหายหรือซ้ำ',
    );
  });

  it('keeps report 2 without a date, with a warning on its date', () => {
    const { report, problems } = seed();
    expect(report.entries[1]?.date).toBeNull();
    expect(problems.filter((p) => p.code === 'entry-date-missing')).toMatchObject([
      { field: 'entries[1].date', severity: 'warning', line: 53 },
    ]);
  });

  it('warns where a percent line carries the next report’s label, and at the repeated รายงานครั้งที่10', () => {
    const { problems } = seed();
    expect(
      problems
        .filter((p) => p.code === 'percent-line-labelled-next')
        .map((p) => [p.field, p.line, p.params.number, p.params.label]),
    ).toEqual([
      ['entries[4].percent', 77, 5, 6],
      ['entries[5].percent', 82, 6, 7],
      ['entries[6].percent', 92, 7, 8],
      ['entries[7].percent', 106, 8, 9],
      ['entries[8].percent', 115, 9, 10],
    ]);
    const duplicate = problems.find((p) => p.code === 'duplicate-report-label');
    expect(duplicate).toMatchObject({
      field: 'entries[9].percent',
      line: 124,
      params: { lines: '115, 124' },
    });
    expect(duplicate && problemMessage(duplicate, 'en')).toBe(
      'รายงานครั้งที่10 appears on lines 115, 124; line 124 says (ครั้งที่ 10), so it is read as the progress line of report 10',
    );
  });
});

describe('seed 004: damaged characters', () => {
  it('warns at both stray ? with their exact line, column and place in the value, keeping the text', () => {
    const { report, problems } = seed();
    const damaged = problems.filter((p) => p.code === 'damaged-character');
    expect(
      damaged.map(({ field, line, column, index, severity }) => ({ field, line, column, index, severity })),
    ).toEqual([
      { field: 'strategy.issue', line: 41, column: 37, index: 16, severity: 'warning' },
      { field: 'entries[2].narrative', line: 55, column: 106, index: 73, severity: 'warning' },
    ]);
    // The positions point at the ? in the pasted text and in the value read.
    expect(SEED_004_LINES[40]?.[36]).toBe('?');
    expect(SEED_004_LINES[54]?.[105]).toBe('?');
    expect(report.strategy.issue?.[16]).toBe('?');
    expect(report.entries[2]?.narrative[73]).toBe('?');
  });

  it('tells the user in Thai and English where the damage is', () => {
    const damaged = seed().problems.filter((p) => p.code === 'damaged-character');
    expect(damaged.map((p) => problemMessage(p, 'th'))).toEqual([
      'บรรทัด 41 ตำแหน่งที่ 37: “ศาสตร์ที่ ๕ ?ส่งเสริมการส” มีอักขระที่เสียหาย (?) ระบบคงข้อความไว้ตามต้นฉบับ โปรดตรวจกับเอกสารจริงก่อนบันทึก',
      'บรรทัด 55 ตำแหน่งที่ 106: “ร้อมทั้งชื่อ ? สกุล ตำแหน่” มีอักขระที่เสียหาย (?) ระบบคงข้อความไว้ตามต้นฉบับ โปรดตรวจกับเอกสารจริงก่อนบันทึก',
    ]);
    expect(damaged.map((p) => problemMessage(p, 'en'))[0]).toBe(
      'Line 41, column 37: “ศาสตร์ที่ ๕ ?ส่งเสริมการส” has a damaged character (?); it is kept as printed, check it against the original before saving',
    );
  });
});

describe('seed 004: the problems as a whole', () => {
  it('lists only warnings, in the order of the text, each with a filled message in both languages', () => {
    const { problems } = seed();
    expect(problems.map((p) => `${p.code} ${p.line}`)).toEqual([
      'damaged-character 41',
      'entry-date-missing 53',
      'damaged-character 55',
      'page-break-in-narrative 66',
      'percent-line-labelled-next 77',
      'percent-line-labelled-next 82',
      'percent-line-labelled-next 92',
      'percent-line-labelled-next 106',
      'percent-line-labelled-next 115',
      'duplicate-report-label 124',
    ]);
    for (const problem of problems) {
      expect(problem.severity).toBe('warning');
      for (const language of ['th', 'en'] as const) {
        expect(problemMessage(problem, language)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
