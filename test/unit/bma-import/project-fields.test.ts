import { describe, expect, it } from 'vitest';
import { parseBmaReport } from '../../../utils/bma-import/parse-bma-report';
import { proposeProjectFields } from '../../../utils/bma-import/propose-project-fields';
import { ProjectFieldsSchema } from '../../../utils/model/project';
import { SEED_004 } from './seed-fixture';
import { LAYOUT_LABEL_WITH_NARRATIVE } from './synthetic-reports';

function report(text: string) {
  const result = parseBmaReport(text);
  if (result.report === null) throw new Error('not read as a report');
  return result.report;
}

describe('proposeProjectFields', () => {
  it('proposes from seed 004 only what it states: name, code, objective, year, no budget', () => {
    const fields = proposeProjectFields(report(SEED_004), '3100300');
    expect(fields).toEqual({
      unitCode: '3100300',
      name: 'โครงการการบูรณาการช่องทางและระบบการร้องเรียนเกี่ยวกับพฤติกรรมคอร์รัปชันและแสดงผลการร้องเรียนเปิดเผยต่อสาธารณชน',
      bmaCode: '03000000-6917',
      objective:
        'เพื่อเพิ่มประสิทธิภาพระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบให้ทุกหน่วยงานและส่วนราชการในสังกัดสำนักปลัดกรุงเทพมหานครสามารถรายงานผ่านระบบการร้องเรียนฯ ได้',
      budgetYear: 2566,
      plannedBudget: null,
    });
    // Each proposed value passes the plan form's own rules.
    const partial = ProjectFieldsSchema.partial().safeParse(fields);
    expect(partial.success).toBe(true);
  });

  it('proposes the budget received as the planned budget when there is one', () => {
    const fields = proposeProjectFields(report(LAYOUT_LABEL_WITH_NARRATIVE), '3105000');
    expect(fields).toMatchObject({ bmaCode: '31050000-0042', plannedBudget: 50_000, budgetYear: 2570 });
  });

  it('leaves out a code that is not a BMA code and an objective the report does not have', () => {
    const text = LAYOUT_LABEL_WITH_NARRATIVE.replace('๓๑๐๕๐๐๐๐-๐๐๔๒', 'A-42').replace(
      /1\.4 วัตถุประสงค์ของโครงการ\nเพื่อเสริมสร้าง[^\n]*\n/,
      '',
    );
    const fields = proposeProjectFields(report(text), '3105000');
    expect(fields).not.toHaveProperty('bmaCode');
    expect(fields).not.toHaveProperty('objective');
    expect(parseBmaReport(text).problems.map((p) => p.code)).toContain('project-code-unusual');
  });
});
