import { describe, expect, it } from 'vitest';
import { cleanInput, findingsOf } from './report-check-fixtures';

describe('remarks.empty', () => {
  it('warns when in progress with no remarks', () => {
    const [finding] = findingsOf('remarks.empty', cleanInput({ status: '2', remarks: ' \n ' }));
    expect(finding).toMatchObject({
      severity: 'warning',
      fields: ['remarks'],
      messageKey: 'ruleRemarksEmptyInProgress',
    });
  });

  it('asks why, when the project could not proceed', () => {
    const input = cleanInput({ status: '4', reason: '1', remarks: '' });
    expect(findingsOf('remarks.empty', input)[0]?.messageKey).toBe('ruleRemarksEmptyCannotProceed');
  });

  it('is quiet with remarks, for completed, and before a status is chosen', () => {
    const quiet = [
      cleanInput({ status: '2', remarks: 'จัดประชุมชี้แจงแล้ว 1 ครั้ง' }),
      cleanInput({ status: '3', remarks: '' }),
      cleanInput({ status: null, remarks: '' }),
    ];
    for (const input of quiet) expect(findingsOf('remarks.empty', input)).toEqual([]);
  });
});

describe('text.damaged', () => {
  it('warns about the remarks, quoting the first place and marking every one', () => {
    const remarks = 'รวบรวมชื่อ ? สกุล ตำแหน่ง และ ?ส่งเสริม';
    const [finding] = findingsOf('text.damaged', cleanInput({ remarks }));
    expect(finding).toMatchObject({
      severity: 'warning',
      fields: ['remarks'],
      messageKey: 'ruleRemarksDamaged',
      params: { count: 2, excerpt: 'รวบรวมชื่อ ? สกุล ตำแหน่ง…' },
      ranges: [
        { start: 11, end: 12 },
        { start: 30, end: 31 },
      ],
    });
  });

  it('warns about a replacement character', () => {
    expect(findingsOf('text.damaged', cleanInput({ remarks: 'ประชุม\ufffdชี้แจง' }))).toHaveLength(1);
  });

  it('checks the other reason when it is sent (status 4, reason 4)', () => {
    const input = cleanInput({ status: '4', reason: '4', otherReason: 'สถานที่ ? ปิดปรับปรุง' });
    expect(findingsOf('text.damaged', input).map((f) => f.messageKey)).toEqual(['ruleOtherReasonDamaged']);
  });

  it('is quiet for a question mark, and for another reason that is not sent', () => {
    const quiet = [
      cleanInput({ remarks: 'ได้รับงบประมาณแล้วหรือไม่?' }),
      cleanInput({ status: '4', reason: '1', otherReason: 'สถานที่ ? ปิด', remarks: 'ไม่ได้รับจัดสรร' }),
    ];
    for (const input of quiet) expect(findingsOf('text.damaged', input)).toEqual([]);
  });
});

describe('text.placeholder', () => {
  it.each(['-', 'ทดสอบ', 'xxx', 'รอข้อมูล'])('warns about remarks that are only %j', (remarks) => {
    const [finding] = findingsOf('text.placeholder', cleanInput({ remarks }));
    expect(finding).toMatchObject({
      severity: 'warning',
      fields: ['remarks'],
      messageKey: 'ruleRemarksPlaceholder',
      params: { excerpt: remarks },
    });
  });

  it('warns about a placeholder reason', () => {
    const input = cleanInput({ status: '4', reason: '4', otherReason: '-', remarks: 'สถานที่ปิดปรับปรุง' });
    expect(findingsOf('text.placeholder', input).map((f) => f.fields)).toEqual([['otherReason']]);
  });

  it('is quiet for real narratives that contain the same words', () => {
    const quiet = [
      cleanInput({ remarks: 'อยู่ระหว่างรอข้อมูลจากสำนักงานเขต' }),
      cleanInput({ remarks: 'ทดสอบระบบร้องเรียนออนไลน์แล้ว' }),
      cleanInput({ status: '3', remarks: '' }),
    ];
    for (const input of quiet) expect(findingsOf('text.placeholder', input)).toEqual([]);
  });
});
