import { describe, expect, it } from 'vitest';
import { BmaReportSchema } from '../../../utils/bma-import/bma-report';
import { parseBmaReport } from '../../../utils/bma-import/parse-bma-report';
import { proposeRoundDraft } from '../../../utils/bma-import/propose-round-draft';
import { LAYOUT_LABEL_WITH_NARRATIVE, LAYOUT_LABEL_WITH_PERCENT } from './synthetic-reports';

function read(text: string) {
  const result = parseBmaReport(text);
  if (result.report === null) throw new Error('not read as a report');
  return result;
}

describe('a report in the layout "label, date, text, then percent line", with Thai digits', () => {
  it('reads the header: Thai-digit code, year, BE dates and amounts with commas', () => {
    const { status, report, problems } = read(LAYOUT_LABEL_WITH_NARRATIVE);
    expect(status).toBe('complete');
    expect(problems).toEqual([]);
    expect(BmaReportSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      projectCode: '31050000-0042',
      name: 'โครงการอบรมเสริมสร้างคุณธรรมและจริยธรรมของบุคลากร',
      fiscalYear: 2570,
      startDate: { year: 2026, month: 10, day: 1 },
      endDate: { year: 2027, month: 9, day: 30 },
      budgetReceived: 50_000,
      budgetSpent: 35_500,
      responsibleUnit: 'สำนักงานเขตพระนคร / ฝ่ายปกครอง',
      responsiblePerson: 'หัวหน้าฝ่ายปกครอง โทร ๐๒๒๒๑๐๐๐๐',
      objective: 'เพื่อเสริมสร้างจิตสำนึกในการปฏิบัติงานอย่างซื่อสัตย์สุจริต',
    });
  });

  it('reads each entry, including "not on plan" and "not on target", and keeps Thai digits in the text', () => {
    const { report } = read(LAYOUT_LABEL_WITH_NARRATIVE);
    expect(report.entries).toMatchObject([
      {
        number: 1,
        date: { year: 2026, month: 11, day: 15 },
        narrative: 'จัดประชุมชี้แจงแนวทางการดำเนินโครงการ',
        percent: 25,
        disbursed: 10_000,
        onPlan: true,
        onTarget: true,
        layout: 'label-with-narrative',
      },
      {
        number: 2,
        date: { year: 2027, month: 3, day: 28 },
        narrative: 'จัดอบรมบุคลากรรุ่นที่ ๑ จำนวน ๘๐ คน',
        percent: 50.5,
        disbursed: 15_500,
        onPlan: false,
        onTarget: true,
      },
      {
        number: 3,
        date: { year: 2027, month: 7, day: 10 },
        narrative: 'จัดอบรมรุ่นที่ ๒ และประเมินผล',
        percent: 80,
        disbursed: 10_000,
        onPlan: true,
        onTarget: false,
      },
    ]);
  });

  it('proposes round 1 of FY 2570 with the amounts summed, since they add up to the budget spent', () => {
    const { report } = read(LAYOUT_LABEL_WITH_NARRATIVE);
    const proposal = proposeRoundDraft(report, 2570, 1);
    expect(proposal.disbursedBasis).toEqual({ reading: 'per-report', because: 'sum-matches-spent' });
    expect(proposal.fields).toMatchObject({ ordinanceBudget: 50_000, disbursed: 25_500, status: '2' });
    expect(proposal.fields.remarks).toBe(
      [
        '15 พ.ย. 2569 : จัดประชุมชี้แจงแนวทางการดำเนินโครงการ',
        '28 มี.ค. 2570 : จัดอบรมบุคลากรรุ่นที่ ๑ จำนวน ๘๐ คน',
        'ความก้าวหน้าของงาน ร้อยละ 50.50 (ณ 28 มี.ค. 2570)',
      ].join('\n'),
    );
    expect(proposeRoundDraft(report, 2570, 2).fields).toMatchObject({ disbursed: 35_500, status: '2' });
  });
});

describe('a report in the layout "percent line (labelled with the next number), then date and text"', () => {
  it('reads the entries, the first one without any label, and wrapped text across blank lines', () => {
    const { status, report, problems } = read(LAYOUT_LABEL_WITH_PERCENT);
    expect(status).toBe('complete');
    expect(report.entries).toMatchObject([
      {
        number: 1,
        date: { year: 2026, month: 12, day: 1 },
        narrative: 'เริ่มกระบวนการจัดซื้อจัดจ้าง',
        percent: 20,
        disbursed: 30_000,
        layout: 'label-with-percent',
        sourceLines: { first: 9, last: 10 },
      },
      {
        number: 2,
        date: { year: 2027, month: 3, day: 15 },
        narrative: 'ตรวจรับงาน งวดที่หนึ่งเรียบร้อยแล้ว',
        percent: 60,
        disbursed: 60_000,
        sourceLines: { first: 12, last: 15 },
      },
      {
        number: 3,
        date: { year: 2027, month: 8, day: 20 },
        narrative: 'ส่งมอบระบบและเปิดให้ประชาชนใช้งานครบถ้วน',
        percent: 100,
        disbursed: 90_000,
      },
    ]);
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual([
      'percent-line-labelled-next entries[0].percent',
      'percent-line-labelled-next entries[1].percent',
      'duplicate-report-label entries[2].percent',
    ]);
  });

  it('takes the amounts as running totals, since the last one equals the budget spent', () => {
    const { report } = read(LAYOUT_LABEL_WITH_PERCENT);
    const round1 = proposeRoundDraft(report, 2570, 1);
    expect(round1.disbursedBasis).toEqual({ reading: 'cumulative', because: 'latest-matches-spent' });
    expect(round1.fields).toMatchObject({ ordinanceBudget: 120_000, disbursed: 60_000, status: '2' });
    const round2 = proposeRoundDraft(report, 2570, 2);
    expect(round2.fields).toMatchObject({ disbursed: 90_000, status: '3' });
    expect(round2.notes.map((note) => note.code)).toContain('status-completed');
  });
});
