import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../utils/catalogue/dimensions';
import { REASONS } from '../../utils/catalogue/reasons';
import { REPORT_STATUSES } from '../../utils/catalogue/report-statuses';
import { TARGET_GROUPS } from '../../utils/catalogue/target-groups';
import { KnownUnitCodeSchema, UNITS, unitByCode } from '../../utils/catalogue/units';
import { WORK_TYPES } from '../../utils/catalogue/work-types';

describe('catalogue', () => {
  it('has the 77 units of the circular: 27 central offices and 50 district offices', () => {
    expect(UNITS).toHaveLength(77);
    expect(UNITS.filter((u) => u.kind === 'central')).toHaveLength(27);
    expect(UNITS.filter((u) => u.kind === 'district')).toHaveLength(50);
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(77);
    expect(unitByCode('3100300')?.nameTh).toBe('สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร');
    expect(unitByCode('3104000')?.nameTh).toBe('สำนักงานเขตพระนคร');
    expect(unitByCode('3108900')?.nameTh).toBe('สำนักงานเขตบางบอน');
    expect(UNITS.filter((u) => u.kind === 'district').every((u) => u.code >= '3104000')).toBe(true);
  });

  it('accepts a known unit code and refuses a well-formed unknown one', () => {
    expect(KnownUnitCodeSchema.safeParse('3101900').success).toBe(true);
    expect(KnownUnitCodeSchema.safeParse('3101901').success).toBe(false);
    expect(KnownUnitCodeSchema.safeParse('31019').success).toBe(false);
  });

  it("holds the portal's values and Thai labels for each choice", () => {
    expect(DIMENSIONS.map((d) => d.value)).toEqual(['1', '2', '3', '4']);
    expect(DIMENSIONS[2]?.labelTh).toBe('มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน');
    expect(WORK_TYPES.map((w) => w.labelTh)).toEqual(['โครงการ', 'กิจกรรม', 'มาตรการ', 'แนวปฏิบัติงาน']);
    expect(REPORT_STATUSES.map((s) => [s.value, s.labelTh])).toEqual([
      ['2', 'อยู่ระหว่างดำเนินการ'],
      ['3', 'ดำเนินการแล้วเสร็จ'],
      ['4', 'ไม่สามารถดำเนินการได้'],
    ]);
    expect(REASONS.find((r) => r.value === '4')?.labelTh).toBe('อื่นๆ');
    expect(TARGET_GROUPS).toHaveLength(9);
    expect(TARGET_GROUPS[8]?.labelTh).toBe('หน่วยงานภาคธุรกิจเอกชน');
  });
});
