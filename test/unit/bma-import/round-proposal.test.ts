import { describe, expect, it } from 'vitest';
import type { BmaProgressEntry, BmaReport } from '../../../utils/bma-import/bma-report';
import { parseBmaReport } from '../../../utils/bma-import/parse-bma-report';
import { noteMessage } from '../../../utils/bma-import/proposal-note';
import { proposeRoundDraft } from '../../../utils/bma-import/propose-round-draft';
import { RoundReportFieldsSchema } from '../../../utils/model/round-report';
import { SEED_004 } from './seed-fixture';

function seedReport(): BmaReport {
  const { report } = parseBmaReport(SEED_004);
  if (report === null) throw new Error('the seed was not read as a report');
  return report;
}

const date = (year: number, month: number, day: number) => ({ year, month, day });

function entry(number: number, fields: Partial<BmaProgressEntry>): BmaProgressEntry {
  return {
    number,
    date: null,
    narrative: `ผลการดำเนินงานครั้งที่ ${number}`,
    percent: number * 10,
    disbursed: 0,
    onPlan: true,
    onTarget: true,
    layout: 'label-with-narrative',
    sourceLines: { first: number * 2, last: number * 2 + 1 },
    progressLine: number * 2 + 1,
    ...fields,
  };
}

function reportWith(entries: BmaProgressEntry[], header: Partial<BmaReport> = {}): BmaReport {
  return {
    ...seedReport(),
    budgetReceived: 100_000,
    budgetSpent: null,
    ...header,
    entries,
  };
}

describe('seed 004, FY 2566 round 1 (6 months, cut-off 31 March 2023)', () => {
  const proposal = proposeRoundDraft(seedReport(), 2566, 1, { projectId: 'p-6917' });

  it('uses reports 1–4 (up to 20/03/2566), undated report 2 placed between 1 and 3', () => {
    expect(proposal.cutOff).toEqual(date(2023, 3, 31));
    expect(proposal.used.map((u) => [u.number, u.placement])).toEqual([
      [1, 'dated'],
      [2, 'between-neighbours'],
      [3, 'dated'],
      [4, 'dated'],
    ]);
    expect(proposal.leftOut.map((l) => l.number)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('proposes in progress at 55 %, 0 baht disbursed and no ordinance budget (0 received)', () => {
    expect(RoundReportFieldsSchema.parse(proposal.fields)).toEqual(proposal.fields);
    expect(proposal.fields).toMatchObject({
      projectId: 'p-6917',
      fiscalYear: 2566,
      round: 1,
      status: '2',
      disbursed: 0,
      ordinanceBudget: null,
      inPlan: false,
      lifecycle: 'draft',
    });
  });

  it('writes the remarks as one line per report with the Thai date, then the progress reached', () => {
    const lines = proposal.fields.remarks.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^29 ธ.ค. 2565 : กองวินัยและเสริมสร้างจริยธรรมได้ประสาน/);
    expect(lines[1]).toMatch(/^อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่/);
    expect(lines[2]).toMatch(/^20 ก.พ. 2566 : อยู่ระหว่างรวบรวมข้อมูล.*ชื่อ \? สกุล/);
    expect(lines[3]).toMatch(/^20 มี.ค. 2566 : อยู่ระหว่างกำหนดสิทธิ/);
    expect(lines[4]).toBe('ความก้าวหน้าของงาน ร้อยละ 55 (ณ 20 มี.ค. 2566)');
    expect(proposal.fields.remarks).not.toContain('18 เม.ย. 2566');
  });

  it('explains every assumption: the undated report, the amounts all 0, the damaged ? carried over', () => {
    expect(proposal.disbursedBasis).toEqual({ reading: 'per-report', because: 'all-zero' });
    expect(proposal.notes.map((n) => n.code)).toEqual([
      'cut-off',
      'undated-placed',
      'after-cut-off',
      'disbursed-per-report',
      'disbursed-all-zero',
      'status-in-progress',
      'damaged-text',
      'no-budget',
    ]);
    expect(proposal.notes.map((n) => noteMessage(n, 'th'))).toEqual([
      'รอบ 6 เดือน ใช้รายงานที่ลงวันที่ 1 ต.ค. 2565 ถึง 31 มี.ค. 2566',
      'รายงานครั้งที่ 2 ไม่ระบุวันที่ แต่รายงานถัดไป (ครั้งที่ 3 ลงวันที่ 20 ก.พ. 2566) อยู่ในรอบนี้ จึงนับรวมด้วย',
      'รายงานครั้งที่ 5, 6, 7, 8, 9, 10 ลงวันที่หลัง 31 มี.ค. 2566 จึงเป็นของรอบถัดไป',
      'งบประมาณที่เบิกจ่าย 0 บาท คือผลรวมของรายงานครั้งที่ 1, 2, 3, 4 (อ่าน “งบประมาณที่เบิกใช้ (ครั้งที่ N)” เป็นยอดเบิกของครั้งนั้น)',
      'ทุกครั้งของรอบนี้ระบุงบประมาณที่เบิกใช้ 0 บาท ไม่ว่าจะอ่านเป็นยอดของแต่ละครั้งหรือยอดสะสม ผลก็คือ 0 บาท',
      'รายงานล่าสุดของรอบนี้ (ครั้งที่ 4) มีความก้าวหน้าร้อยละ 55 สถานะจึงเป็น “อยู่ระหว่างดำเนินการ”',
      'ข้อความของรายงานครั้งที่ 3 มีอักขระที่เสียหาย (เช่น ? ที่หลงมา) และถูกคัดลอกลงหมายเหตุตามต้นฉบับ โปรดแก้ไขก่อนบันทึก',
      'รายงานระบุงบประมาณที่ได้รับ 0 บาท จึงเว้นช่องงบประมาณตามข้อบัญญัติไว้',
    ]);
  });
});

describe('seed 004, FY 2566 round 2 (12 months, cut-off 30 September 2023)', () => {
  const proposal = proposeRoundDraft(seedReport(), 2566, 2);

  it('uses all ten reports and proposes completed, since report 10 reached 100 %', () => {
    expect(proposal.cutOff).toEqual(date(2023, 9, 30));
    expect(proposal.used.map((u) => u.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(proposal.leftOut).toEqual([]);
    expect(proposal.fields).toMatchObject({ status: '3', disbursed: 0, ordinanceBudget: null, round: 2 });
  });

  it('warns that completed locks the project, and says where the remarks end', () => {
    const completed = proposal.notes.find((n) => n.code === 'status-completed');
    expect(completed && noteMessage(completed, 'en')).toBe(
      'Report 10 reached 100 %, so the status is “completed” (ดำเนินการแล้วเสร็จ). Once saved in the portal, every field of this project is locked for the year',
    );
    const lines = proposal.fields.remarks.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[4]).toMatch(/^18 เม.ย. 2566 : ดำเนินการกำหนดรหัส.*หาครทราบและถือปฏิบัติ/);
    expect(lines[9]).toMatch(/^21 ส.ค. 2566 : กองวินัยและเสริมสร้างจริยธรรมได้รวบรวม.*เรียบร้อยแล้ว$/);
    expect(lines[10]).toBe('ความก้าวหน้าของงาน ร้อยละ 100 (ณ 21 ส.ค. 2566)');
    expect(proposal.fields.remarks.length).toBeLessThan(20_000);
  });

  it('compares the year’s disbursed amount with the header’s budget spent and finds them equal (0)', () => {
    expect(proposal.notes.map((n) => n.code)).not.toContain('disbursed-vs-spent');
  });
});

describe('proposals in other situations', () => {
  it('proposes nothing for a fiscal year the report does not cover, and says so', () => {
    const proposal = proposeRoundDraft(seedReport(), 2567, 1);
    expect(proposal.used).toEqual([]);
    expect(proposal.fields).toMatchObject({ remarks: '', disbursed: null, status: null });
    expect(proposal.notes.map((n) => n.code)).toEqual([
      'cut-off',
      'fiscal-year-mismatch',
      'before-fiscal-year',
      'no-entries',
      'no-budget',
    ]);
  });

  it('leaves out an undated report when no dated report of the round follows it', () => {
    const report = reportWith([
      entry(1, { date: date(2023, 1, 10) }),
      entry(2, { date: null }),
      entry(3, { date: date(2023, 5, 2) }),
    ]);
    const proposal = proposeRoundDraft(report, 2566, 1);
    expect(proposal.used.map((u) => u.number)).toEqual([1]);
    expect(proposal.leftOut).toEqual([
      { index: 1, number: 2, reason: 'undated-uncertain' },
      { index: 2, number: 3, reason: 'after-cut-off' },
    ]);
    const note = proposal.notes.find((n) => n.code === 'undated-left-out');
    expect(note && noteMessage(note, 'en')).toBe(
      'Report 2 has no date and no dated report of this round comes after it, so it is left out; add it yourself if it belongs to this round',
    );
  });

  it('counts a report dated on the cut-off day itself, and not one dated the day after', () => {
    const report = reportWith([entry(1, { date: date(2023, 3, 31) }), entry(2, { date: date(2023, 4, 1) })]);
    expect(proposeRoundDraft(report, 2566, 1).used.map((u) => u.number)).toEqual([1]);
  });

  it('sums per-report amounts and proposes the ordinance budget when one was received', () => {
    const report = reportWith(
      [
        entry(1, { date: date(2022, 11, 1), disbursed: 12_000.25 }),
        entry(2, { date: date(2023, 2, 1), disbursed: 8_000.5 }),
        entry(3, { date: date(2023, 6, 1), disbursed: 20_000 }),
      ],
      { budgetSpent: 40_000.75 },
    );
    const round1 = proposeRoundDraft(report, 2566, 1);
    expect(round1.disbursedBasis.because).toBe('sum-matches-spent');
    expect(round1.fields).toMatchObject({ ordinanceBudget: 100_000, disbursed: 20_000.75, status: '2' });
    expect(round1.notes.map((n) => n.code)).toContain('fractional-disbursed');
    expect(proposeRoundDraft(report, 2566, 2).fields.disbursed).toBe(40_000.75);
  });

  it('follows the caller’s reading of the amounts when given, and says it was chosen', () => {
    const report = reportWith([
      entry(1, { date: date(2022, 11, 1), disbursed: 5_000 }),
      entry(2, { date: date(2023, 2, 1), disbursed: 9_000 }),
    ]);
    const proposal = proposeRoundDraft(report, 2566, 1, { disbursedReading: 'cumulative' });
    expect(proposal.disbursedBasis).toEqual({ reading: 'cumulative', because: 'chosen' });
    expect(proposal.fields.disbursed).toBe(9_000);
    expect(proposeRoundDraft(report, 2566, 1).fields.disbursed).toBe(14_000);
  });

  it('notes when the year’s disbursed amount differs from the budget spent in the header', () => {
    const report = reportWith([entry(1, { date: date(2023, 8, 1), disbursed: 5_000 })], {
      budgetSpent: 7_000,
    });
    const proposal = proposeRoundDraft(report, 2566, 2);
    const note = proposal.notes.find((n) => n.code === 'disbursed-vs-spent');
    expect(note && noteMessage(note, 'th')).toBe(
      'งบประมาณที่เบิกจ่ายทั้งปี (5,000 บาท) ไม่ตรงกับงบประมาณที่ใช้ไปในหัวรายงาน (7,000 บาท) โปรดตรวจว่ายอดใดถูกต้อง',
    );
  });

  it('does not call 99.99 % completed', () => {
    const report = reportWith([entry(1, { date: date(2023, 8, 1), percent: 99.99 })]);
    expect(proposeRoundDraft(report, 2566, 2).fields.status).toBe('2');
  });

  it('proposes no status from a percent above 100 (a misprint), since completed locks the year', () => {
    const report = reportWith([entry(1, { date: date(2023, 3, 20), percent: 155 })]);
    const proposal = proposeRoundDraft(report, 2566, 1);
    expect(proposal.fields.status).toBeNull();
    const note = proposal.notes.find((n) => n.code === 'status-percent-impossible');
    expect(note && noteMessage(note, 'en')).toBe(
      'Report 1 is at 155 %, more than 100, so no status is proposed: check the figure in the report and choose the status yourself',
    );
    expect(
      proposeRoundDraft(reportWith([entry(1, { date: date(2023, 3, 20), percent: 100 })]), 2566, 1).fields
        .status,
    ).toBe('3');
  });

  it('bases the status on the latest readable percent when the last report has none', () => {
    const report = reportWith([
      entry(1, { date: date(2022, 12, 1), percent: 35 }),
      entry(2, { date: date(2023, 3, 1), percent: null }),
    ]);
    const proposal = proposeRoundDraft(report, 2566, 1);
    expect(proposal.fields.status).toBe('2');
    expect(proposal.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['progress-unknown']));
    expect(proposal.fields.remarks.split('\n').at(-1)).toBe('ความก้าวหน้าของงาน ร้อยละ 35 (ณ 1 ธ.ค. 2565)');
  });

  it('keeps the remarks within the limit by leaving out the oldest reports first', () => {
    const proposal = proposeRoundDraft(seedReport(), 2566, 2, { maxRemarksLength: 1_200 });
    const remarks = proposal.fields.remarks;
    expect(remarks.length).toBeLessThanOrEqual(1_200);
    expect(remarks).toMatch(/^16 ส.ค. 2566 : /);
    expect(remarks.split('\n').at(-1)).toBe('ความก้าวหน้าของงาน ร้อยละ 100 (ณ 21 ส.ค. 2566)');
    const note = proposal.notes.find((n) => n.code === 'remarks-shortened');
    expect(note?.params).toEqual({ numbers: '1, 2, 3, 4, 5, 6, 7, 8', limit: 1_200 });
  });

  it('cuts a single report that alone is too long, keeping the progress line', () => {
    const report = reportWith([
      entry(1, { date: date(2023, 1, 5), narrative: 'ก'.repeat(500), percent: 20 }),
    ]);
    const remarks = proposeRoundDraft(report, 2566, 1, { maxRemarksLength: 200 }).fields.remarks;
    expect(remarks.length).toBeLessThanOrEqual(200);
    expect(remarks).toMatch(/^5 ม.ค. 2566 : ก+…\nความก้าวหน้าของงาน ร้อยละ 20 \(ณ 5 ม.ค. 2566\)$/);
  });

  it('can leave the progress line out of the remarks', () => {
    const proposal = proposeRoundDraft(seedReport(), 2566, 1, { progressSummary: false });
    expect(proposal.fields.remarks.split('\n')).toHaveLength(4);
  });
});
