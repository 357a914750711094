import { describe, expect, it } from 'vitest';
import {
  alreadySavedText,
  LOCKED_TEXT,
  notYetSavedText,
  REPORT_FORM_VARIANTS,
  REPORT_HEADING,
  SAMPLE_IDS,
} from '../../fixtures/portal/replica';
import { attr, controls, formOf, get, hasFlag, visibleControls } from './helpers';

const report = (id: number, r: 1 | 2, y: number) => `projectreport.php?id=${id}&r=${r}&y=${y}`;

describe('replica projectreport.php, budget project not yet reported', () => {
  const res = get(report(SAMPLE_IDS.budget, 1, 2570));
  const form = formOf(res.body);

  it('answers UTF-8 HTML with the heading and the not-yet status line', () => {
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('text/html; charset=utf-8');
    expect(res.body).toContain(`<h1>${REPORT_HEADING}`);
    expect(form).toContain(notYetSavedText(1, 2570));
    expect(notYetSavedText(1, 2570)).toBe('ยังไม่เคยบันทึกรายงานในรอบ 6 เดือนของปีงบประมาณ 2570');
    expect(attr(controls(form, 'input_state')[0]!, 'value')).toBe('insert');
    expect(form).not.toContain(LOCKED_TEXT);
  });

  it('posts frmProject to projectreportadd.php through checkReason()', () => {
    expect(form).toMatch(
      /^<form action="projectreportadd\.php" method="post" name="frmProject" onsubmit="return checkReason\(\)">/,
    );
    expect(res.body).toContain('function checkReason()');
    expect(res.body).not.toMatch(/<script[^>]+src=/);
  });

  it('shows the project name in an h2 under its label, and disabled echoes', () => {
    expect(form).toMatch(
      /<label class='text-h'>ชื่อโครงการ\/กิจกรรม\/มาตรการ\/แนวปฏิบัติงาน<\/label><h2>โครงการฝึกอบรม[^<]+<\/h2>/,
    );
    for (const name of ['year4', 'year5', 'type', 'budget']) {
      const [tag] = controls(form, name);
      expect(tag, name).toBeDefined();
      expect(hasFlag(tag!, 'disabled'), name).toBe(true);
    }
    expect(form).toContain('ดำเนินการโดยใช้งบประมาณ จำนวน 50,000 บาท');
  });

  it('has digits-only amount inputs prefilled with 0 and a mangled oninvalid attribute', () => {
    for (const name of ['txtAmount', 'txtPaid']) {
      const [tag] = controls(form, name);
      expect(attr(tag!, 'type')).toBe('text');
      expect(attr(tag!, 'value')).toBe('0');
      expect(attr(tag!, 'onkeypress')).toMatch(/\[0-9\]/);
      // Single quotes inside a single-quoted value: the parser cuts it at the second quote.
      expect(tag).toContain("oninvalid='this.setCustomValidity('กรุณากรอกจำนวนเงินงบประมาณ')'");
      expect(attr(tag!, 'oninvalid')).toBe('this.setCustomValidity(');
    }
  });

  it('has the checkbox, the status and reason radios with inline onclick, and the hidden reason parts', () => {
    expect(attr(controls(form, 'input_plan')[0]!, 'value')).toBe('Y');
    expect(form).toMatch(/name='input_plan' value='Y'> บรรจุไว้ในข้อบัญญัติ\/เทศบัญญัติ\/แผนการดำเนินงาน/);
    const status = controls(form, 'status_process');
    expect(status.map((t) => attr(t, 'value'))).toEqual(['2', '3', '4']);
    expect(status.every((t) => attr(t, 'id') === 'rdoStatus')).toBe(true);
    expect(attr(status[2]!, 'onclick')).toContain("getElementById('radio_reason').style.display=''");
    expect(attr(status[0]!, 'onclick')).toContain("getElementById('radio_reason').style.display='none'");
    const reasons = controls(form, 'cant_process');
    expect(reasons.map((t) => attr(t, 'value'))).toEqual(['1', '2', '3', '4']);
    expect(attr(reasons[3]!, 'onclick')).toContain("getElementById('txt_cant_reason').style.display=''");
    expect(form).toContain("<div id='radio_reason' style='display: none'>");
    expect(form).toContain("<div id='txt_cant_reason' style='display: none'>");
    expect(attr(controls(form, 'cant_reason')[0]!, 'id')).toBe('txtReason');
    expect(controls(form, 'txtRemarkReport')[0]).toMatch(/^<textarea/);
  });

  it('labels are loose text or label.text-h without for=', () => {
    expect(form).not.toMatch(/<label[^>]*\sfor=/);
    expect(form).toContain(
      "<label class='text-h'>งบประมาณ (วงเงินตามข้อบัญญัติ/เทศบัญญัติ) ประจำปีงบประมาณ พ.ศ. 2570</label>",
    );
    expect(form).toContain("<label class='text-h'>การเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2570</label>");
    expect(form).toContain("<label class='text-h'>สถานะการดำเนินงานประจำปีงบประมาณ พ.ศ. 2570</label>");
    expect(form).toContain("<label class='text-h'>หมายเหตุ </label>");
  });

  it('has the hidden fields and the two buttons', () => {
    const hidden = (name: string) => controls(form, name).filter((t) => attr(t, 'type') === 'hidden');
    expect(attr(hidden('id')[0]!, 'value')).toBe(String(SAMPLE_IDS.budget));
    expect(attr(hidden('local_goverment_id')[0]!, 'value')).toBe('3100300');
    expect(attr(hidden('dimention')[0]!, 'value')).toBe('1');
    expect(attr(hidden('non_budget')[0]!, 'value')).toBe('Y');
    expect(attr(hidden('r')[0]!, 'value')).toBe('1');
    expect(attr(hidden('y')[0]!, 'value')).toBe('2570');
    expect(attr(hidden('txtBudget')[0]!, 'value')).toBe('50000');
    expect(form).toMatch(/<button class='btn btn-info' type='submit' name='btnSubmit'>\s*บันทึก\s*<\/button>/);
    expect(form).toMatch(/<button class='btn' type='reset' name='btnReset'>\s*ล้างข้อมูล\s*<\/button>/);
  });
});

describe('replica projectreport.php, other sample projects', () => {
  it('non-budget project: no visible amounts, hidden zeros, and the portal`s duplicate hidden id', () => {
    const form = formOf(get(report(SAMPLE_IDS.nonBudget, 2, 2569)).body);
    expect(form).toContain('ดำเนินการโดยไม่ใช้งบประมาณ');
    expect(form).toContain('ยังไม่เคยบันทึกรายงานในรอบ 12 เดือนของปีงบประมาณ 2569');
    for (const name of ['txtAmount', 'txtPaid', 'txtBudget']) {
      const tags = controls(form, name);
      expect(tags).toHaveLength(1);
      expect(attr(tags[0]!, 'type')).toBe('hidden');
      expect(attr(tags[0]!, 'value')).toBe('0');
    }
    expect(controls(form, 'id').map((t) => attr(t, 'value'))).toEqual([
      '3100300',
      String(SAMPLE_IDS.nonBudget),
    ]);
    expect(attr(controls(form, 'non_budget')[0]!, 'value')).toBe('N');
  });

  it('already saved round comes back prefilled with input_state=update and the typo status line', () => {
    const form = formOf(get(report(SAMPLE_IDS.saved, 1, 2570)).body);
    expect(form).toContain(alreadySavedText(1, 2570));
    expect(alreadySavedText(1, 2570)).toBe('มีการบันทึกแล้วรายงาานผลการดำเนินงานรอบ 6 เดือนของปีงบประมาณ 2570 แล้ว');
    expect(attr(controls(form, 'input_state')[0]!, 'value')).toBe('update');
    expect(attr(controls(form, 'txtAmount')[0]!, 'value')).toBe('120000');
    expect(attr(controls(form, 'txtPaid')[0]!, 'value')).toBe('35500');
    expect(hasFlag(controls(form, 'input_plan')[0]!, 'checked')).toBe(true);
    const checked = controls(form, 'status_process').filter((t) => hasFlag(t, 'checked'));
    expect(checked.map((t) => attr(t, 'value'))).toEqual(['2']);
    expect(form).toMatch(/name='txtRemarkReport'>เผยแพร่ประมวลจริยธรรม[^<]+<\/textarea>/);
    expect(form).not.toContain(LOCKED_TEXT);
  });

  it('the other round of a saved project is still a fresh insert', () => {
    const form = formOf(get(report(SAMPLE_IDS.saved, 2, 2570)).body);
    expect(attr(controls(form, 'input_state')[0]!, 'value')).toBe('insert');
    expect(attr(controls(form, 'txtPaid')[0]!, 'value')).toBe('0');
  });

  it.each([1, 2] as const)('completed project: 2570 round %i renders every visible field disabled', (r) => {
    const form = formOf(get(report(SAMPLE_IDS.completed, r, 2570)).body);
    expect(form).toContain(LOCKED_TEXT);
    const visible = visibleControls(form);
    expect(visible.length).toBeGreaterThan(10);
    expect(visible.filter((t) => !hasFlag(t, 'disabled'))).toEqual([]);
  });

  it('completed project: 2569 is not locked', () => {
    const form = formOf(get(report(SAMPLE_IDS.completed, 1, 2569)).body);
    expect(form).not.toContain(LOCKED_TEXT);
    expect(hasFlag(controls(form, 'txtAmount')[0]!, 'disabled')).toBe(false);
  });

  it('unknown id answers a plain error page', () => {
    const res = get('projectreport.php?id=999999&r=1&y=2570');
    expect(res.status).toBe(404);
    expect(res.body).toContain('ไม่พบข้อมูลโครงการ');
    expect(res.body).not.toContain('<form');
  });
});

describe('replica report form variants', () => {
  const fillable = ['amount', 'paid', 'inPlan', 'status', 'reason', 'reasonText', 'remark'] as const;

  it('renamed: new names, same labels', () => {
    const w = REPORT_FORM_VARIANTS.renamed;
    const form = formOf(get(report(SAMPLE_IDS.budget, 1, 2570), { variant: 'renamed' }).body);
    for (const key of fillable) expect(controls(form, w.names[key]).length, key).toBeGreaterThan(0);
    for (const old of Object.values(REPORT_FORM_VARIANTS.standard.names))
      expect(controls(form, old)).toEqual([]);
    expect(w.names).toEqual({
      amount: 'amount_budget',
      paid: 'amount_paid',
      inPlan: 'in_plan',
      status: 'status',
      reason: 'reason',
      reasonText: 'reason_other',
      remark: 'remark',
    });
    expect(form).toContain('งบประมาณ (วงเงินตามข้อบัญญัติ/เทศบัญญัติ) ประจำปีงบประมาณ พ.ศ. 2570');
    expect(form).toContain('อยู่ระหว่างดำเนินการ');
    expect(get(report(SAMPLE_IDS.budget, 1, 2570), { variant: 'renamed' }).body).toContain(
      'radioValue("status")',
    );
  });

  it('unknown-labels: new names and none of the known label words', () => {
    const w = REPORT_FORM_VARIANTS['unknown-labels'];
    const form = formOf(get(report(SAMPLE_IDS.budget, 1, 2570), { variant: 'unknown-labels' }).body);
    for (const key of fillable) expect(controls(form, w.names[key]).length, key).toBeGreaterThan(0);
    for (const words of [
      'ข้อบัญญัติ/เทศบัญญัติ) ประจำปี',
      'การเบิกจ่าย',
      'บรรจุไว้',
      'สถานะการดำเนินงาน',
      'อยู่ระหว่างดำเนินการ',
    ]) {
      expect(form).not.toContain(words);
    }
    expect(form).toContain('ยอดเงินที่ได้รับจัดสรรในปี 2570');
    // Heading, echoes and hidden fields stay, so the page is still recognisable.
    expect(form).toContain('ดำเนินการโดยใช้งบประมาณ จำนวน 50,000 บาท');
    expect(controls(form, 'input_state')).toHaveLength(1);
  });
});
