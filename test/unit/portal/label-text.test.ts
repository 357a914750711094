import { describe, expect, it } from 'vitest';
import { labelContains, normaliseLabel } from '../../../utils/portal/label-text';
import { REPORT_FORM_VARIANTS } from '../../fixtures/portal/variants';

describe('normaliseLabel', () => {
  it('turns Thai digits into ASCII ones', () => {
    expect(normaliseLabel('พ.ศ. ๒๕๗๐')).toBe('พศ2570');
  });

  it('drops spaces, dots, colons, stars, brackets and zero-width spaces', () => {
    expect(normaliseLabel(' งบประมาณ (วงเงินตาม\u200bข้อบัญญัติ) :* ')).toBe('งบประมาณวงเงินตามข้อบัญญัติ');
    expect(normaliseLabel('หมายเหตุ\n\t\u00a0')).toBe('หมายเหตุ');
  });

  it('keeps the slashes and letters that tell labels apart, in lower case', () => {
    expect(normaliseLabel('บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ')).toBe('บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ');
    expect(normaliseLabel('Budget / TOTAL')).toBe('budget/total');
  });

  it('reads sara am typed as one character or as nikhahit + sara aa alike', () => {
    expect(labelContains('ผลการดำเนินงาน', 'ผลการด\u0e4d\u0e32เนินงาน')).toBe(true);
    expect(labelContains('ผลการด\u0e4d\u0e32เนินงาน', 'การดำเนินงาน')).toBe(true);
  });

  it('reads the repeat mark the same with or without the space before it', () => {
    expect(normaliseLabel('อื่น ๆ')).toBe(normaliseLabel('อื่นๆ'));
  });
});

describe('labelContains', () => {
  it("finds the profile's words in the replica's label above the budget box", () => {
    const label = REPORT_FORM_VARIANTS.standard.amountLabel.replace('{y}', '2570');
    expect(labelContains(label, 'วงเงินตามข้อบัญญัติ')).toBe(true);
    expect(labelContains(label, 'ตามข้อบัญญัติ/เทศบัญญัติ')).toBe(true);
  });

  it('allows extra spaces and Thai digits on either side', () => {
    expect(labelContains('การเบิกจ่าย งบประมาณ  ประจำปี พ.ศ. ๒๕๗๐', 'การเบิกจ่ายงบประมาณประจำปี พ.ศ.2570')).toBe(
      true,
    );
    expect(labelContains('รอบ 12 เดือน', 'รอบ ๑๒ เดือน')).toBe(true);
  });

  it('does not confuse different numbers or words', () => {
    expect(labelContains('รอบ 6 เดือน', 'รอบ 12 เดือน')).toBe(false);
    expect(labelContains('ยอดเงินที่ใช้ไปแล้วในปี 2570', 'เบิกจ่าย')).toBe(false);
  });

  it('never matches on empty words', () => {
    expect(labelContains('หมายเหตุ', '')).toBe(false);
    expect(labelContains('หมายเหตุ', ' ( ) ')).toBe(false);
    expect(labelContains('', 'หมายเหตุ')).toBe(false);
  });
});
