import type { ProjectFields } from '../utils/model/project';
import { emptyRoundReport, type RoundReportFields } from '../utils/model/round-report';
import { SAMPLE_IDS } from '../test/fixtures/portal/replica';

/**
 * Sample drafts for the demo, made from the seed documents: the BMA monitoring report (seed 004, สำนักงาน ก.ก.)
 * and the replica portal's projects, so the drafts match what the replica shows.
 */
export const DEMO_UNIT = '3100300';

export const DEMO_PROJECTS: (ProjectFields & { key: string })[] = [
  {
    key: 'budget',
    portalId: String(SAMPLE_IDS.budget),
    name: 'โครงการฝึกอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน สำหรับข้าราชการกรุงเทพมหานคร',
    unitCode: DEMO_UNIT,
    planYears: [2569, 2570],
    workType: '1',
    dimension: '1',
    plannedBudget: 50_000,
    targetGroups: ['3'],
    objective: 'เพื่อเสริมสร้างความรู้ความเข้าใจเรื่องการป้องกันผลประโยชน์ทับซ้อน',
    remark: '',
  },
  {
    key: 'seed004',
    portalId: String(SAMPLE_IDS.nonBudget),
    bmaCode: '03000000-6917',
    name: 'โครงการการบูรณาการช่องทางและระบบการร้องเรียนเกี่ยวกับพฤติกรรมคอร์รัปชันและแสดงผลการร้องเรียนเปิดเผยต่อสาธารณชน',
    unitCode: DEMO_UNIT,
    planYears: [2569, 2570],
    workType: '1',
    dimension: '3',
    plannedBudget: null,
    targetGroups: ['3', '5'],
    objective:
      'เพื่อเพิ่มประสิทธิภาพระบบการร้องเรียนเกี่ยวกับพฤติกรรมทุจริตประพฤติมิชอบให้ทุกหน่วยงานและส่วนราชการในสังกัดสำนักปลัดกรุงเทพมหานครสามารถรายงานผ่านระบบการร้องเรียนฯ ได้',
    remark: 'ข้อมูลจากระบบติดตามผลของกรุงเทพมหานคร รหัสโครงการ 03000000-6917',
  },
  {
    key: 'saved',
    portalId: String(SAMPLE_IDS.saved),
    name: 'กิจกรรมเผยแพร่ประมวลจริยธรรมข้าราชการกรุงเทพมหานครผ่านสื่อออนไลน์',
    unitCode: DEMO_UNIT,
    planYears: [2569, 2570],
    workType: '2',
    dimension: '1',
    plannedBudget: 120_000,
    targetGroups: ['3', '5'],
    objective: 'เพื่อเผยแพร่ประมวลจริยธรรมให้ข้าราชการและประชาชนรับทราบ',
    remark: '',
  },
];

export function demoReports(projectIdOf: (key: string) => string): RoundReportFields[] {
  return [
    {
      ...emptyRoundReport(projectIdOf('budget'), 2570, 1),
      ordinanceBudget: 50_000,
      disbursed: 12_500,
      inPlan: true,
      status: '2',
      remarks: 'จัดอบรมรุ่นที่ 1 แล้ว ผู้เข้าร่วม 120 คน อยู่ระหว่างเตรียมการอบรมรุ่นที่ 2',
    },
    {
      ...emptyRoundReport(projectIdOf('seed004'), 2570, 1),
      ordinanceBudget: 0,
      disbursed: 0,
      status: '2',
      // From seed 004's progress entries up to 31 March (entries 1–4), as the BMA importer will compose them.
      remarks:
        '29/12/2565 กองวินัยและเสริมสร้างจริยธรรมได้ประสานสำนักยุทธศาสตร์และประเมินผลเพื่อวิเคราะห์และพัฒนาระบบการร้องเรียน\n20/03/2566 อยู่ระหว่างกำหนดสิทธิให้เจ้าหน้าที่ที่มีหน้าที่รายงานเรื่องร้องเรียนฯ เข้าใช้งานระบบ',
      lifecycle: 'ready',
      readyAt: Date.parse('2026-11-20T03:00:00Z'),
    },
    {
      ...emptyRoundReport(projectIdOf('saved'), 2570, 1),
      ordinanceBudget: 120_000,
      disbursed: 35_500,
      inPlan: true,
      status: '2',
      remarks: 'เผยแพร่ประมวลจริยธรรมทางเว็บไซต์และสื่อสังคมออนไลน์ของหน่วยงาน',
      lifecycle: 'submitted',
      submittedAt: Date.parse('2026-11-15T03:00:00Z'),
    },
  ];
}
