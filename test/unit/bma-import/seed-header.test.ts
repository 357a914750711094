import { describe, expect, it } from 'vitest';
import { BmaReportSchema } from '../../../utils/bma-import/bma-report';
import { parseBmaReport } from '../../../utils/bma-import/parse-bma-report';
import { SEED_004 } from './seed-fixture';

function seedReport() {
  const result = parseBmaReport(SEED_004);
  if (result.report === null) throw new Error('the seed was not read as a report');
  return { ...result, report: result.report };
}

describe('seed 004: the header fields (values checked by reading the seed, lines 11–47)', () => {
  it('reads the whole seed as a complete report that fits its schema', () => {
    const { status, report, problems } = seedReport();
    expect(status).toBe('complete');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(BmaReportSchema.parse(report)).toEqual(report);
  });

  it('reads the project code, name and fiscal year (lines 11 and 13)', () => {
    const { report } = seedReport();
    expect(report.projectCode).toBe('03000000-6917');
    expect(report.name).toBe(
      'โครงการการบูรณาการช่องทางและระบบการร้องเรียนเกี่ยวกับพฤติกรรมคอร์รัปชันและแสดงผลการร้องเรียนเปิดเผยต่อสาธารณชน',
    );
    expect(report.fiscalYear).toBe(2566);
  });

  it('reads the start and end dates printed as 2022-10-01 00:00:00 and 2023-09-30 00:00:00', () => {
    const { report } = seedReport();
    expect(report.startDate).toEqual({ year: 2022, month: 10, day: 1 });
    expect(report.endDate).toEqual({ year: 2023, month: 9, day: 30 });
  });

  it('reads the budget received and spent (0 บาท each), sharing lines with the dates after a tab', () => {
    const { report, sources } = seedReport();
    expect(report.budgetReceived).toBe(0);
    expect(report.budgetSpent).toBe(0);
    expect(sources.budgetReceived).toEqual({ first: 14, last: 14 });
    expect(sources.budgetSpent).toEqual({ first: 15, last: 15 });
  });

  it('reads the responsible unit and person as printed, the second " : " inside the person kept', () => {
    const { report } = seedReport();
    expect(report.responsibleUnit).toBe(
      'สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร / กองวินัยและส่งเสริมจริยธรรม / กองวินัยและส่งเสริมจริยธรรม',
    );
    expect(report.responsiblePerson).toBe(
      'กองวินัยและเสริมสร้างจริยธรรม ผู้ประสานงาน สยป : นางสาวอุทัยวิริยะห์ คล้อยวิถี โทร 1512',
    );
  });

  it('reads the objective (1.4), target (1.5) and the three paragraphs of the rationale (1.3)', () => {
    const { report, sources } = seedReport();
    expect(report.objective).toBe(
      'เพื่อเพิ่มประสิทธิภาพระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบให้ทุกหน่วยงานและส่วนราชการในสังกัดสำนักปลัดกรุงเทพมหานครสามารถรายงานผ่านระบบการร้องเรียนฯ ได้',
    );
    expect(report.target).toBe(
      'บูรณาการช่องทางและระบบการร้องเรียนเกี่ยวกับพฤติกรรมคอร์รัปชัน ให้เชื่อมโยงเป็นระบบและมีประสิทธิภาพ รวมทั้งมีการแสดงผลการร้องเรียนเปิดเผยต่อสาธารณชน',
    );
    expect(report.rationale).toMatch(/^โดยที่กรุงเทพมหานครมีศูนย์ปฏิบัติการต่อต้านการทุจริต/);
    expect(report.rationale).toContain('ลงวันที่ 17 มิถุนายน 2562 แต่เนื่องจากปัจจุบัน');
    expect(report.rationale).toMatch(/จึงเห็นควรดำเนินกิจกรรมการบูรณาการ.*เปิดเผยต่อสาธารณชน$/);
    expect(sources.rationale).toEqual({ first: 25, last: 29 });
  });

  it('reads section 1.6 with its Thai digits and its damaged character kept as printed', () => {
    const { report } = seedReport();
    expect(report.strategy).toEqual({
      issue: 'ยุทธศาสตร์ที่ ๕ ?ส่งเสริมการสร้างเมืองประชาธิปไตยแบบมีส่วนร่วม',
      subIssue: '๕.๔ - เมืองสีขาว',
      goal: '๕.๔.๑ กรุงเทพมหานคร มีกลไกการร้องเรียน ตรวจสอบ และแก้ไขเรื่องการทุจริตที่เข้าถึงง่าย สะดวก รวดเร็วมี',
      indicator:
        'มิติที่1 โครงการการบูรณาการช่องทางและระบบการร้องเรียนเกี่ยวกับพฤติกรรมคอร์รัปชันและแสดงผลการร้องเรียนเปิดเผยต่อสาธารณชน',
    });
  });

  it('says which line each header field came from, for the side-by-side view', () => {
    const { sources } = seedReport();
    expect(sources).toMatchObject({
      name: { first: 11, last: 11 },
      projectCode: { first: 13, last: 13 },
      fiscalYear: { first: 13, last: 13 },
      startDate: { first: 14, last: 14 },
      endDate: { first: 15, last: 15 },
      responsibleUnit: { first: 19, last: 19 },
      responsiblePerson: { first: 21, last: 21 },
      objective: { first: 33, last: 33 },
      'strategy.issue': { first: 41, last: 41 },
    });
  });
});
