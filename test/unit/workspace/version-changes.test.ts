import { describe, expect, it } from 'vitest';
import type { Project } from '../../../utils/model/project';
import type { RoundReport } from '../../../utils/model/round-report';
import {
  bahtText,
  changedFieldLabels,
  changedFields,
  shortText,
  versionValues,
  type VersionValue,
} from '../../../utils/workspace/version-changes';
import { sampleProjectFields, sampleReportFields } from '../sample-drafts';

// 23 Nov 2026, 14:05 in Bangkok (07:05 UTC).
const SAVED_AT = Date.UTC(2026, 10, 23, 7, 5);

function project(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    revision: 1,
    createdAt: SAVED_AT,
    updatedAt: SAVED_AT,
    ...sampleProjectFields(),
    ...overrides,
  };
}

function report(overrides: Partial<RoundReport> = {}): RoundReport {
  return {
    id: 'r1',
    revision: 1,
    createdAt: SAVED_AT,
    updatedAt: SAVED_AT,
    ...sampleReportFields('p1'),
    ...overrides,
  };
}

function valueOf(rows: VersionValue[], field: string): string {
  const row = rows.find((r) => r.fields[0] === field);
  if (!row) throw new Error(`no row for ${field}`);
  return row.text;
}

describe('changedFields', () => {
  it('finds nothing between two versions that differ only in bookkeeping', () => {
    const older = report();
    const newer = report({ revision: 7, createdAt: SAVED_AT - 1, updatedAt: SAVED_AT + 60_000 });
    expect(changedFields('report', older, newer)).toEqual([]);
    expect(changedFields('project', project(), project({ revision: 2, updatedAt: SAVED_AT + 1 }))).toEqual(
      [],
    );
  });

  it('lists changed round fields in the form order: amounts, status, reasons, remarks', () => {
    const older = report();
    const newer = report({
      revision: 2,
      remarks: 'จัดทำหนังสือแล้ว',
      disbursed: 20_000,
      status: '4',
      reason: '4',
      otherReason: 'รอผลการพิจารณา',
    });
    expect(changedFields('report', older, newer)).toEqual([
      'disbursed',
      'status',
      'reason',
      'otherReason',
      'remarks',
    ]);
  });

  it('notices an amount cleared to "not entered" and a box unticked', () => {
    expect(changedFields('report', report(), report({ ordinanceBudget: null, inPlan: false }))).toEqual([
      'ordinanceBudget',
      'inPlan',
    ]);
  });

  it('notices an optional field added or removed, and a change inside a list', () => {
    const withoutCode = project({ bmaCode: undefined });
    delete (withoutCode as Partial<Project>).bmaCode;
    expect(changedFields('project', project(), withoutCode)).toEqual(['bmaCode']);
    expect(changedFields('project', withoutCode, project())).toEqual(['bmaCode']);
    expect(changedFields('project', project(), project({ targetGroups: ['3'] }))).toEqual(['targetGroups']);
    expect(changedFields('project', project(), project({ planYears: [2566, 2567] }))).toEqual(['planYears']);
  });

  it('lists project fields: name, type, dimension, budget, objective', () => {
    const newer = project({
      name: 'ชื่อใหม่',
      workType: '1',
      dimension: '2',
      plannedBudget: 100_000,
      objective: 'วัตถุประสงค์ใหม่',
    });
    expect(changedFields('project', project(), newer)).toEqual([
      'name',
      'workType',
      'dimension',
      'plannedBudget',
      'objective',
    ]);
  });

  it('treats the submitted values as one map, whatever the order of its keys', () => {
    const a = report({ submittedValues: { txtAmount: '50000', txtPaid: '12500' } });
    const b = report({ submittedValues: { txtPaid: '12500', txtAmount: '50000' } });
    expect(changedFields('report', a, b)).toEqual([]);
    expect(changedFields('report', a, report({ submittedValues: { txtAmount: '50000' } }))).toEqual([
      'submittedValues',
    ]);
  });
});

describe('changedFieldLabels', () => {
  it('names each changed field once, the draft state folding in its times and sent values', () => {
    const older = report();
    const newer = report({
      lifecycle: 'submitted',
      submittedAt: SAVED_AT,
      submittedValues: { txtPaid: '1' },
    });
    const fields = changedFields('report', older, newer);
    expect(fields).toEqual(['lifecycle', 'submittedAt', 'submittedValues']);
    expect(changedFieldLabels('report', fields)).toEqual(['fieldLifecycle']);
    expect(changedFieldLabels('report', ['remarks', 'disbursed'])).toEqual([
      'fieldRemarks',
      'fieldDisbursed',
    ]);
    expect(changedFieldLabels('project', ['remark'])).toEqual(['fieldRemark']);
  });
});

describe('versionValues', () => {
  it('shows amounts in baht, statuses and reasons by their catalogue labels, and booleans in words', () => {
    const r = report({
      ordinanceBudget: 1_234_567.5,
      disbursed: null,
      status: '4',
      reason: '1',
      inPlan: true,
    });
    const th = versionValues('report', r, 'th');
    expect(valueOf(th, 'ordinanceBudget')).toBe('1,234,567.50 บาท');
    expect(valueOf(th, 'disbursed')).toBe('ยังไม่ได้กรอก');
    expect(valueOf(th, 'status')).toBe('ไม่สามารถดำเนินการได้');
    expect(valueOf(th, 'reason')).toBe('ไม่ได้รับงบประมาณ');
    expect(valueOf(th, 'inPlan')).toBe('ใช่');
    expect(valueOf(th, 'round')).toBe('รอบ 6 เดือน');
    const en = versionValues('report', r, 'en');
    expect(valueOf(en, 'ordinanceBudget')).toBe('1,234,567.50 baht');
    expect(valueOf(en, 'status')).toBe('Could not proceed');
    expect(valueOf(en, 'reason')).toBe('No budget was received');
    expect(valueOf(en, 'inPlan')).toBe('Yes');
    expect(valueOf(versionValues('report', report({ inPlan: false, status: null }), 'en'), 'inPlan')).toBe(
      'No',
    );
  });

  it('leaves out the project of a round and labels every row with the shared field names', () => {
    const rows = versionValues('report', report(), 'th');
    expect(rows.some((row) => row.fields.includes('projectId'))).toBe(false);
    expect(rows.map((row) => row.label)).toContain('fieldRemarks');
  });

  it('gives the draft state with when it was submitted (Bangkok time) and how many values were sent', () => {
    const r = report({ lifecycle: 'submitted', submittedAt: SAVED_AT, submittedValues: { a: '1', b: '2' } });
    expect(valueOf(versionValues('report', r, 'th'), 'lifecycle')).toBe(
      'ส่งแล้ว · ส่งเมื่อ 23 พ.ย. 2569 14:05 น. · ค่าที่ส่ง 2 ช่อง',
    );
    expect(valueOf(versionValues('report', r, 'en'), 'lifecycle')).toBe(
      'Submitted · submitted 23 Nov 2026, 14:05 · 2 values sent',
    );
    expect(valueOf(versionValues('report', report(), 'en'), 'lifecycle')).toBe('Draft');
  });

  it('shows a project: type, dimension, target groups, unit, no budget, optional fields not entered', () => {
    const p = project({ plannedBudget: null, targetGroups: ['3', '5'], budgetYear: undefined });
    const th = versionValues('project', p, 'th');
    expect(valueOf(th, 'workType')).toBe('กิจกรรม');
    expect(valueOf(th, 'dimension')).toBe('มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต');
    expect(valueOf(th, 'targetGroups')).toBe('ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น, ประชาชน/ภาคประชาสังคม');
    expect(valueOf(th, 'plannedBudget')).toBe('ไม่ใช้งบประมาณ');
    expect(valueOf(th, 'budgetYear')).toBe('ยังไม่ได้กรอก');
    expect(valueOf(th, 'planYears')).toBe('2566, 2567, 2568, 2569, 2570');
    expect(valueOf(th, 'unitCode')).toContain('(3100300)');
    const en = versionValues(
      'project',
      project({ plannedBudget: 50_000, targetGroups: [], quarter: '2' }),
      'en',
    );
    expect(valueOf(en, 'workType')).toBe('Activity');
    expect(valueOf(en, 'plannedBudget')).toBe('50,000 baht');
    expect(valueOf(en, 'targetGroups')).toBe('none');
    expect(valueOf(en, 'quarter')).toBe('Quarter 2');
    expect(valueOf(en, 'remark')).toBe('(empty)');
  });
});

describe('shortText', () => {
  it('keeps a short text whole, on one line', () => {
    expect(shortText('th', '  บรรทัดแรก\n\nบรรทัดที่สอง ')).toBe('บรรทัดแรก บรรทัดที่สอง');
  });

  it('says when a text is empty', () => {
    expect(shortText('th', ' \n ')).toBe('(ว่าง)');
    expect(shortText('en', '')).toBe('(empty)');
  });

  it('cuts a long Thai text between words, never inside one, and marks the cut', () => {
    const text = 'ผลการดำเนินงานเป็นไปตามแผน'.repeat(20);
    const short = shortText('th', text, 30);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(30);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    // The cut falls at the end of a word: ผล|การ|ดำเนิน|งาน|เป็น|ไป|ตาม|แผน.
    expect(short.slice(0, -1)).toMatch(/(ผล|การ|ดำเนิน|งาน|เป็น|ไป|ตาม|แผน)$/);
  });

  it('cuts one overlong word at the limit', () => {
    expect(shortText('en', 'a'.repeat(300), 30)).toBe(`${'a'.repeat(29)}…`);
  });

  it('never parts a Thai vowel or tone mark from its letter', () => {
    const text = 'กี่'.repeat(100);
    for (const max of [10, 11, 12, 13]) {
      const kept = shortText('th', text, max).slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      expect(text[kept.length]).toBe('ก');
    }
  });
});

describe('bahtText', () => {
  it('groups thousands and shows satang only when there are some', () => {
    expect(bahtText('th', 50_000)).toBe('50,000 บาท');
    expect(bahtText('en', 0.5)).toBe('0.50 baht');
  });
});
