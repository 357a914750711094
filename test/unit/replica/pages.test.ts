import { describe, expect, it } from 'vitest';
import { createReplicaPortal, SAMPLE_IDS, TARGET_GROUP_LABELS } from '../../fixtures/portal/replica';
import { attr, controls, get, ORIGIN } from './helpers';

describe('replica projectdisplay.php and its AJAX fragment', () => {
  it('the page has select#yearProject and an empty div#projectDisplay filled by XMLHttpRequest after load', () => {
    const res = get('projectdisplay.php');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(
      /<select name="yearProject" id="yearProject" onchange="changeYear\(this\.value\)"/,
    );
    expect(res.body).toMatch(/<option value="2570" selected>2570<\/option>/);
    expect(res.body).toContain('<option value="2569">2569</option>');
    expect(res.body).toContain("<div id='projectDisplay'></div>");
    expect(res.body).not.toContain('system');
    expect(res.body).toContain('new XMLHttpRequest()');
    expect(res.body).toContain('"ajax/getProjectDisplay.php?a=0&q=" + selectValue');
    expect(res.body).toMatch(/<body class="no-skin" onload="changeYear\(/);
  });

  it('the fragment is table#system with the portal`s columns and round links', () => {
    const res = get('ajax/getProjectDisplay.php?a=0&q=2570');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/^<h2>จำนวนข้อมูลทั้งหมด 4 รายการ ดังนี้ <\/h2>\n<table id='system'/);
    expect(res.body).not.toContain('<html');
    for (const th of [
      'ลำดับที่',
      'ประเภทงาน',
      'ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติ',
      'งบประมาณตามแผนพัฒนาท้องถิ่น',
      'สอดคล้อง',
      'รอบการรายงาน',
      '6 เดือน',
      '12 เดือน',
    ]) {
      expect(res.body).toMatch(new RegExp(`<th[^>]*>${th.replace(/[/]/g, '\\/')}</th>`));
    }
    expect(res.body).toContain('<td>มิติที่ 1</td>');
    expect(res.body).toContain('<td>50,000</td>');
    for (const id of Object.values(SAMPLE_IDS)) {
      for (const r of [1, 2]) expect(res.body).toContain(`href='projectreport.php?id=${id}&r=${r}&y=2570'`);
    }
    expect(res.body).toContain(`<a href='projectreport.php?id=${SAMPLE_IDS.saved}&r=1&y=2570'>รายงานแล้ว</a>`);
    expect(res.body).toContain(
      `<a href='projectreport.php?id=${SAMPLE_IDS.budget}&r=1&y=2570'>ยังไม่รายงาน</a>`,
    );
  });

  it('q=0 lists every project without round links; a year with no project answers 0 result', () => {
    const all = get('ajax/getProjectDisplay.php?a=0&q=0').body;
    expect(all).toContain("<table id='system'");
    expect(all).not.toContain('projectreport.php');
    expect(get('ajax/getProjectDisplay.php?a=0&q=2566').body).toBe('0 result');
  });

  it('the fragment reflects saved state', () => {
    const replica = createReplicaPortal();
    replica.projects.find((p) => p.id === SAMPLE_IDS.budget)!.reports[2569] = {
      2: { budgetTrue: 1, paid: 1, inPlan: false, status: 2, reason: null, reasonText: '', remark: '' },
    };
    const body = replica.handle({
      method: 'GET',
      url: `${ORIGIN}/ajax/getProjectDisplay.php?a=0&q=2569`,
    }).body;
    expect(body).toContain(`<a href='projectreport.php?id=${SAMPLE_IDS.budget}&r=2&y=2569'>รายงานแล้ว</a>`);
  });
});

describe('replica projectcreate.php', () => {
  const form = get('projectcreate.php').body;

  it('posts frmProject to projectcreateadd.php', () => {
    expect(form).toContain('<form action="projectcreateadd.php" method="post" name="frmProject">');
  });

  it('has txtName, the cycle select without a name and year1..year5 for 2566-2570', () => {
    const [name] = controls(form, 'txtName');
    expect(name).toMatch(/^<textarea/);
    expect(name).toMatch(/\srequired\s/);
    expect(form).toMatch(/<select id="yearSelect" onchange="changeYear\(\)" required>/);
    expect(form).toContain('<option value="3" selected>2566 - 2570</option>');
    expect([1, 2, 3, 4, 5].map((i) => attr(controls(form, `year${i}`)[0]!, 'value'))).toEqual([
      '2566',
      '2567',
      '2568',
      '2569',
      '2570',
    ]);
  });

  it('has type, quarter, dimention, sltYear and the budget radios with a disabled txtBudget', () => {
    expect(controls(form, 'type').map((t) => attr(t, 'value'))).toEqual(['1', '2', '3', '4']);
    expect(form).toContain('<span class="lbl"> แนวปฏิบัติงาน</span>');
    expect(controls(form, 'quarter')).toHaveLength(1);
    expect(controls(form, 'dimention').map((t) => attr(t, 'value'))).toEqual(['1', '2', '3', '4']);
    expect(controls(form, 'sltYear')[0]).toMatch(/^<select/);
    const budget = controls(form, 'budget');
    expect(budget.map((t) => [attr(t, 'value'), attr(t, 'onclick')])).toEqual([
      ['N', 'disBudgetBox()'],
      ['Y', 'enaBudgetBox()'],
    ]);
    const [txtBudget] = controls(form, 'txtBudget');
    expect(txtBudget).toMatch(/\sdisabled>/);
    expect(attr(txtBudget!, 'oninvalid')).toBe('this.setCustomValidity(');
  });

  it('has the nine target groups with their Thai labels, objective, remark and the three buttons', () => {
    TARGET_GROUP_LABELS.forEach((label, i) => {
      expect(attr(controls(form, `target_group${i + 1}`)[0]!, 'value')).toBe(String(i + 1));
      expect(form).toContain(`>${label}</label>`);
    });
    expect(controls(form, 'txtObject')[0]).toMatch(/\srequired\s/);
    expect(controls(form, 'txtRemark')[0]).toMatch(/^<textarea/);
    expect(form).toContain('name="btnSubmit" value="บันทึก"');
    expect(form).toContain('name="btnSubmit2" value="บันทึกข้อมูลถัดไป">บันทึกข้อมูลถัดไป</button>');
    expect(form).toContain('type="reset" name="btnReset"');
  });

  it('repeats ids on one page', () => {
    expect(form.match(/id='y1a'/g)?.length).toBeGreaterThan(1);
  });
});

describe('replica index.php, login.php and 404', () => {
  it('index.php is a dashboard with a year selector', () => {
    const res = get('index.php');
    expect(res.status).toBe(200);
    expect(res.body).toContain('id="yearIndex"');
    expect(res.body).toContain('ปีงบประมาณ 2570 ทั้งหมด 4 รายการ');
    expect(get('').body).toContain('id="dashboardSummary"');
  });

  it('login.php has Username and a password field', () => {
    const body = get('login.php').body;
    expect(controls(body, 'Username')).toHaveLength(1);
    expect(attr(controls(body, 'Password')[0]!, 'type')).toBe('password');
  });

  it('anything else is a 404 page, on any host', () => {
    for (const url of [`${ORIGIN}/projectreportdisplay.php`, `${ORIGIN}/assets/css/ace.min.css`, '/nope']) {
      const res = createReplicaPortal().handle({ method: 'GET', url });
      expect(res.status, url).toBe(404);
      expect(res.body).toContain('Not Found');
    }
    const local = createReplicaPortal().handle({
      method: 'GET',
      url: 'http://127.0.0.1:4173/projectcreate.php',
    });
    expect(local.status).toBe(200);
  });
});
