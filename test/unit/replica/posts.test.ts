import { describe, expect, it } from 'vitest';
import {
  createReplicaPortal,
  decodeFormBody,
  isLocked,
  LOCKED_TEXT,
  SAMPLE_IDS,
  sampleProjects,
  SAVED_REPORT_TEXT,
  STATUS_MISSING_TEXT,
} from '../../fixtures/portal/replica';
import { attr, controls, encodeForm, formOf, hasFlag, ORIGIN, visibleControls } from './helpers';

const ADD = `${ORIGIN}/projectreportadd.php`;

function reportBody(id: number, r: 1 | 2, y: number, extra: [string, string][]): [string, string][] {
  return [
    ['input_state', 'insert'],
    ['txtBudget', '50000'],
    ...extra,
    ['btnSubmit', ''],
    ['id', String(id)],
    ['local_goverment_id', '3100300'],
    ['dimention', '1'],
    ['non_budget', 'Y'],
    ['r', String(r)],
    ['y', String(y)],
  ];
}

describe('decodeFormBody', () => {
  it('decodes +, %-encoded UTF-8 Thai, keeps order, repeated names and empty values', () => {
    const body =
      'txtRemarkReport=%E0%B8%AD%E0%B8%A2%E0%B8%B9%E0%B9%88+%E0%B8%A3%E0%B8%B0%E0%B8%AB%E0%B8%A7%E0%B9%88%E0%B8%B2%E0%B8%87' +
      '&id=3100300&cant_reason=&id=1202&a%2Bb=1%2B1+%3D+2%25&flag';
    expect(decodeFormBody(body)).toEqual([
      ['txtRemarkReport', 'อยู่ ระหว่าง'],
      ['id', '3100300'],
      ['cant_reason', ''],
      ['id', '1202'],
      ['a+b', '1+1 = 2%'],
      ['flag', ''],
    ]);
  });

  it('survives malformed escapes and empty bodies', () => {
    expect(decodeFormBody('x=100%&y=%E0%B8')).toEqual([
      ['x', '100%'],
      ['y', '%E0%B8'],
    ]);
    expect(decodeFormBody('')).toEqual([]);
    expect(decodeFormBody(null)).toEqual([]);
  });
});

describe('replica projectreportadd.php', () => {
  it('records every POST with its path, time and exact fields', () => {
    let clock = 1_000;
    const replica = createReplicaPortal({ now: () => clock++ });
    const fields = reportBody(SAMPLE_IDS.budget, 1, 2570, [
      ['txtAmount', '45000'],
      ['txtPaid', '12500'],
      ['input_plan', 'Y'],
      ['status_process', '2'],
      ['cant_reason', ''],
      ['txtRemarkReport', 'จัดอบรมแล้ว 2 รุ่น\r\nผู้เข้าอบรม 120 คน & "ครบ" 100%'],
    ]);
    const res = replica.handle({ method: 'POST', url: ADD, postData: encodeForm(fields) });
    expect(replica.posts).toEqual([{ path: '/projectreportadd.php', at: 1_000, fields }]);
    expect(res.status).toBe(200);
    expect(res.body).toContain(SAVED_REPORT_TEXT);
    expect(res.body).toMatch(
      /setTimeout\(function \(\) \{ window\.location = 'projectdisplay\.php'; \}, 500\)/,
    );
    expect(replica.projects.find((p) => p.id === SAMPLE_IDS.budget)!.reports[2570]?.[1]).toEqual({
      budgetTrue: 45000,
      paid: 12500,
      inPlan: true,
      status: 2,
      reason: null,
      reasonText: '',
      remark: 'จัดอบรมแล้ว 2 รุ่น\r\nผู้เข้าอบรม 120 คน & "ครบ" 100%',
    });
    // The next render is the prefilled update form.
    const form = formOf(
      replica.handle({ method: 'GET', url: `${ORIGIN}/projectreport.php?id=1201&r=1&y=2570` }).body,
    );
    expect(attr(controls(form, 'input_state')[0]!, 'value')).toBe('update');
    expect(attr(controls(form, 'txtAmount')[0]!, 'value')).toBe('45000');
    expect(form).toContain('&amp; &quot;ครบ&quot; 100%</textarea>');
  });

  it('without a status answers an alert and goes back, saving nothing', () => {
    const replica = createReplicaPortal();
    const fields = reportBody(SAMPLE_IDS.budget, 1, 2570, [
      ['txtAmount', '1'],
      ['txtPaid', '1'],
    ]);
    const res = replica.handle({ method: 'POST', url: ADD, postData: encodeForm(fields) });
    expect(res.body).toContain(`alert('${STATUS_MISSING_TEXT}');`);
    expect(res.body).toContain('history.back();');
    expect(replica.posts).toHaveLength(1);
    expect(replica.projects.find((p) => p.id === SAMPLE_IDS.budget)!.reports).toEqual({});
  });

  it('saving status 3 locks both rounds of that year on the next render', () => {
    const replica = createReplicaPortal();
    replica.handle({
      method: 'POST',
      url: ADD,
      postData: encodeForm(
        reportBody(SAMPLE_IDS.budget, 2, 2569, [
          ['txtAmount', '50000'],
          ['txtPaid', '50000'],
          ['status_process', '3'],
          ['cant_reason', ''],
          ['txtRemarkReport', 'เสร็จ'],
        ]),
      ),
    });
    const project = replica.projects.find((p) => p.id === SAMPLE_IDS.budget)!;
    expect(isLocked(project, 2569)).toBe(true);
    expect(isLocked(project, 2570)).toBe(false);
    for (const r of [1, 2]) {
      const form = formOf(
        replica.handle({
          method: 'GET',
          url: `${ORIGIN}/projectreport.php?id=${SAMPLE_IDS.budget}&r=${r}&y=2569`,
        }).body,
      );
      expect(form).toContain(LOCKED_TEXT);
      expect(visibleControls(form).filter((t) => !hasFlag(t, 'disabled'))).toEqual([]);
    }
  });

  it('non-budget: the last of the repeated ids is the project; amounts are stored as 0', () => {
    const replica = createReplicaPortal();
    const fields: [string, string][] = [
      ['input_state', 'insert'],
      ['txtBudget', '0'],
      ['id', '3100300'],
      ['txtAmount', '0'],
      ['txtPaid', '0'],
      ['use_budget', 'N'],
      ['status_process', '4'],
      ['cant_process', '4'],
      ['cant_reason', 'รอการอนุมัติจากผู้บริหาร'],
      ['txtRemarkReport', ''],
      ['btnSubmit', ''],
      ['id', String(SAMPLE_IDS.nonBudget)],
      ['local_goverment_id', '3100300'],
      ['dimention', '3'],
      ['non_budget', 'N'],
      ['r', '1'],
      ['y', '2570'],
    ];
    replica.handle({ method: 'POST', url: ADD, postData: encodeForm(fields) });
    expect(replica.posts[0]!.fields).toEqual(fields);
    expect(replica.projects.find((p) => p.id === SAMPLE_IDS.nonBudget)!.reports[2570]?.[1]).toMatchObject({
      budgetTrue: 0,
      paid: 0,
      status: 4,
      reason: 4,
      reasonText: 'รอการอนุมัติจากผู้บริหาร',
    });
    const form = formOf(
      replica.handle({
        method: 'GET',
        url: `${ORIGIN}/projectreport.php?id=${SAMPLE_IDS.nonBudget}&r=1&y=2570`,
      }).body,
    );
    expect(form).toContain("<div id='radio_reason'>");
    expect(form).toContain("<div id='txt_cant_reason'>");
    expect(attr(controls(form, 'cant_reason')[0]!, 'value')).toBe('รอการอนุมัติจากผู้บริหาร');
  });

  it('rejects amounts that are not plain whole baht, as the portal`s database would', () => {
    const replica = createReplicaPortal();
    const res = replica.handle({
      method: 'POST',
      url: ADD,
      postData: encodeForm(
        reportBody(SAMPLE_IDS.budget, 1, 2570, [
          ['txtAmount', '50,000'],
          ['txtPaid', '0'],
          ['status_process', '2'],
        ]),
      ),
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain('Error');
    expect(replica.projects.find((p) => p.id === SAMPLE_IDS.budget)!.reports).toEqual({});
  });

  it('renamed variant reads its own names', () => {
    const replica = createReplicaPortal({ variant: 'renamed' });
    replica.handle({
      method: 'POST',
      url: ADD,
      postData: encodeForm(
        reportBody(SAMPLE_IDS.budget, 1, 2570, [
          ['amount_budget', '40000'],
          ['amount_paid', '100'],
          ['in_plan', 'Y'],
          ['status', '4'],
          ['reason', '2'],
          ['reason_other', 'ignored'],
          ['remark', 'ย้ายงบ'],
        ]),
      ),
    });
    expect(replica.projects.find((p) => p.id === SAMPLE_IDS.budget)!.reports[2570]?.[1]).toEqual({
      budgetTrue: 40000,
      paid: 100,
      inPlan: true,
      status: 4,
      reason: 2,
      reasonText: '',
      remark: 'ย้ายงบ',
    });
  });

  it('options.projects is copied, and sampleProjects() is fresh each time', () => {
    const mine = sampleProjects();
    const replica = createReplicaPortal({ projects: mine });
    replica.projects[0]!.name = 'changed';
    expect(mine[0]!.name).not.toBe('changed');
    expect(sampleProjects()[0]!.name).not.toBe('changed');
  });
});

describe('replica projectcreateadd.php', () => {
  const URL_ADD = `${ORIGIN}/projectcreateadd.php`;
  const plan: [string, string][] = [
    ['local_office', '3100300'],
    ['txtName', 'โครงการส่งเสริมความโปร่งใส+การมีส่วนร่วม'],
    ['year4', '2569'],
    ['year5', '2570'],
    ['type', '2'],
    ['quarter', '1'],
    ['dimention', '3'],
    ['sltYear', '2570'],
    ['budget', 'Y'],
    ['txtBudget', '25000'],
    ['target_group5', '5'],
    ['target_group7', '7'],
    ['txtObject', 'เพื่อ...'],
    ['txtRemark', ''],
  ];

  it('records the plan, adds the project and goes to the list (btnSubmit) or a new form (btnSubmit2)', () => {
    const replica = createReplicaPortal();
    const first = replica.handle({
      method: 'POST',
      url: URL_ADD,
      postData: encodeForm([...plan, ['btnSubmit', 'บันทึก']]),
    });
    expect(first.body).toContain('บันทึกข้อมูลเรียบร้อยแล้ว');
    expect(first.body).toContain("window.location = 'projectdisplay.php'");
    const added = replica.projects.at(-1)!;
    expect(added).toMatchObject({
      id: SAMPLE_IDS.completed + 1,
      name: 'โครงการส่งเสริมความโปร่งใส+การมีส่วนร่วม',
      planYears: [2569, 2570],
      type: 2,
      dimension: 3,
      budget: 25000,
    });
    const second = replica.handle({
      method: 'POST',
      url: URL_ADD,
      postData: encodeForm([...plan, ['btnSubmit2', 'บันทึกข้อมูลถัดไป']]),
    });
    expect(second.body).toContain("window.location = 'projectcreate.php'");
    expect(replica.posts.map((p) => p.path)).toEqual(['/projectcreateadd.php', '/projectcreateadd.php']);
    expect(replica.posts[0]!.fields).toEqual([...plan, ['btnSubmit', 'บันทึก']]);
  });

  it('refuses a plan without a name or a year', () => {
    const replica = createReplicaPortal();
    const noName = replica.handle({ method: 'POST', url: URL_ADD, postData: 'txtName=&year5=2570' });
    expect(noName.body).toContain('กรุณาป้อนข้อมูลให้ครบถ้วน');
    const noYear = replica.handle({ method: 'POST', url: URL_ADD, postData: encodeForm([['txtName', 'ก']]) });
    expect(noYear.body).toContain('กรุณาเลือกปีที่จะดำเนินการ');
    expect(replica.projects).toHaveLength(4);
    expect(replica.posts).toHaveLength(2);
  });

  it('records POSTs to unknown paths too, and answers 404', () => {
    const replica = createReplicaPortal();
    const res = replica.handle({ method: 'POST', url: `${ORIGIN}/saradd.php`, postData: 'a=1' });
    expect(res.status).toBe(404);
    expect(replica.posts).toEqual([{ path: '/saradd.php', at: expect.any(Number), fields: [['a', '1']] }]);
  });
});
