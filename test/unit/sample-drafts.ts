import type { ProjectFields } from '../../utils/model/project';
import { emptyRoundReport, type RoundReportFields } from '../../utils/model/round-report';

/** A project as the seed 004 report describes it (สำนักงาน ก.ก., FY 2566, no budget). */
export function sampleProjectFields(overrides: Partial<ProjectFields> = {}): ProjectFields {
  return {
    bmaCode: '03000000-6917',
    name: 'โครงการการบูรณาการช่องทางและระบบการร้องเรียนเกี่ยวกับพฤติกรรมคอร์รัปชันและแสดงผลการร้องเรียนเปิดเผยต่อสาธารณชน',
    unitCode: '3100300',
    planYears: [2566, 2567, 2568, 2569, 2570],
    workType: '2',
    dimension: '1',
    plannedBudget: null,
    targetGroups: ['3', '5'],
    objective: 'เพื่อเพิ่มประสิทธิภาพระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบ',
    remark: '',
    ...overrides,
  };
}

export function sampleReportFields(
  projectId: string,
  overrides: Partial<RoundReportFields> = {},
): RoundReportFields {
  return {
    ...emptyRoundReport(projectId, 2570, 1),
    ordinanceBudget: 50_000,
    disbursed: 12_500,
    inPlan: true,
    status: '2',
    remarks: 'อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่',
    ...overrides,
  };
}

/** A database name no other test uses, so every test starts from nothing. */
export function freshDbName(): string {
  return `test-${crypto.randomUUID()}`;
}

/** What the portal showed of project 1201's 6-month round of FY 2570: saved or not, seen at `seenAt`. */
export function portalRoundSeen(saved: boolean, seenAt: number) {
  return { portalId: '1201', fiscalYear: 2570, round: 1 as const, saved, locked: false, seenAt };
}
