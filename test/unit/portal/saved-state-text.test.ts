import { describe, expect, it } from 'vitest';
import {
  isLockedPageText,
  savedStateOfListCell,
  savedStateOfStatusLine,
} from '../../../utils/portal/saved-state-text';
import { alreadySavedText, LOCKED_TEXT, notYetSavedText } from '../../fixtures/portal/replica';

describe('savedStateOfStatusLine', () => {
  it("reads the portal's not-yet line", () => {
    expect(savedStateOfStatusLine('ยังไม่เคยบันทึกรายงานในรอบ 6 เดือนของปีงบประมาณ 2564')).toBe('not-saved');
    expect(savedStateOfStatusLine(notYetSavedText(2, 2570))).toBe('not-saved');
  });

  it("reads the portal's already-saved line, typo (รายงาาน) and all", () => {
    expect(savedStateOfStatusLine('มีการบันทึกแล้วรายงาานผลการดำเนินงานรอบ 6 เดือนของปีงบประมาณ 2564 แล้ว')).toBe(
      'saved',
    );
    expect(savedStateOfStatusLine(alreadySavedText(1, 2570))).toBe('saved');
  });

  it('reads the line inside the whole page text, line breaks and all', () => {
    const body = `การรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต\n\n  ${alreadySavedText(2, 2570)}\n ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน`;
    expect(savedStateOfStatusLine(body)).toBe('saved');
  });

  it('says nothing when there is no status line', () => {
    expect(savedStateOfStatusLine('การรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต')).toBeNull();
    expect(savedStateOfStatusLine('บันทึกการรายงานผลสำเร็จแล้ว')).toBeNull();
    expect(savedStateOfStatusLine('')).toBeNull();
  });
});

describe('isLockedPageText', () => {
  it("recognises the completed project's notice", () => {
    expect(isLockedPageText('โครงการนี้ดำเนินการแล้วเสร็จ')).toBe(true);
    expect(isLockedPageText(`${alreadySavedText(1, 2570)}\n${LOCKED_TEXT} `)).toBe(true);
  });

  it('does not take the "completed" status option on every report form for the notice', () => {
    expect(isLockedPageText('อยู่ระหว่างดำเนินการ ดำเนินการแล้วเสร็จ ไม่สามารถดำเนินการได้')).toBe(false);
    expect(isLockedPageText(notYetSavedText(1, 2570))).toBe(false);
  });
});

describe('savedStateOfListCell', () => {
  it("reads each of the project list's round cells", () => {
    expect(savedStateOfListCell('รายงานแล้ว')).toEqual({ saved: true, locked: false });
    expect(savedStateOfListCell('ยังไม่รายงาน')).toEqual({ saved: false, locked: false });
    expect(savedStateOfListCell('รายงานแล้ว (ดำเนินการแล้วเสร็จ)')).toEqual({ saved: true, locked: true });
    // Not reported, but the year was completed in the other round.
    expect(savedStateOfListCell('ดำเนินการแล้วเสร็จ')).toEqual({ saved: false, locked: true });
  });

  it('allows the spacing a table cell carries', () => {
    expect(savedStateOfListCell('\n   รายงานแล้ว\n      (ดำเนินการแล้วเสร็จ)  ')).toEqual({
      saved: true,
      locked: true,
    });
    expect(savedStateOfListCell('  ยังไม่รายงาน \n')).toEqual({ saved: false, locked: false });
  });

  it('reads the nearby wordings too', () => {
    expect(savedStateOfListCell('ยังไม่ได้รายงาน')).toEqual({ saved: false, locked: false });
    expect(savedStateOfListCell('ยังไม่บันทึก')).toEqual({ saved: false, locked: false });
    expect(savedStateOfListCell('บันทึกแล้ว')).toEqual({ saved: true, locked: false });
  });

  it('says nothing for words it does not know', () => {
    expect(savedStateOfListCell('6 เดือน')).toBeNull();
    expect(savedStateOfListCell('รายงาน')).toBeNull();
    expect(savedStateOfListCell('')).toBeNull();
  });
});
