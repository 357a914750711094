import { describe, expect, it } from 'vitest';
import {
  readBmaCode,
  readBudgetYear,
  readDimension,
  readPlannedBudget,
  readPlanYears,
  readPortalId,
  readQuarter,
  readTargetGroups,
  readWorkType,
  type CellReading,
} from '../../../utils/csv-import/read-cell-values';

const value = <T>(reading: CellReading<T>) => {
  if (!reading.ok) throw new Error(`refused: ${reading.error.code}`);
  return reading.value;
};
const refusal = <T>(reading: CellReading<T>) => (reading.ok ? null : reading.error);

describe('reading the cells of a project row', () => {
  it('takes a work type by number, Thai label or English label', () => {
    for (const cell of [
      '4',
      '๔',
      'แนวปฏิบัติงาน',
      'แนวปฏิบัติ',
      'Practice',
      ' practice ',
      '4 แนวปฏิบัติงาน',
      '4. Practice',
    ]) {
      expect(value(readWorkType(cell)), cell).toBe('4');
    }
    expect(value(readWorkType('กิจกรรม'))).toBe('2');
    expect(refusal(readWorkType('งาน'))).toEqual({ code: 'work-type-unknown', params: { value: 'งาน' } });
    expect(refusal(readWorkType('5'))?.code).toBe('work-type-unknown');
    // A number and another type's label contradict each other.
    expect(refusal(readWorkType('2 มาตรการ'))?.code).toBe('work-type-unknown');
  });

  it('takes a dimension by number, short form, or full label in either language', () => {
    const forms = [
      '2',
      '๒',
      'มิติที่ 2',
      'มิติที่๒',
      'มิติ 2',
      'Dimension 2',
      'มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต',
      'การบริหารราชการเพื่อป้องกันการทุจริต',
      'Dimension 2: public administration that prevents corruption',
    ];
    for (const cell of forms) {
      const reading = readDimension(cell);
      expect(value(reading), cell).toBe('2');
      expect(reading.ok && reading.warnings, cell).toEqual([]);
    }
    expect(refusal(readDimension('มิติที่ 5'))?.code).toBe('dimension-unknown');
    expect(refusal(readDimension('1.5'))?.code).toBe('dimension-unknown');
  });

  it('takes a reworded dimension by its number, with a warning to check it', () => {
    const reading = readDimension('มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริตและประพฤติมิชอบ');
    expect(value(reading)).toBe('2');
    expect(reading.ok && reading.warnings).toEqual([
      {
        code: 'choice-label-differs',
        params: {
          value: 'มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริตและประพฤติมิชอบ',
          label: 'มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต',
        },
      },
    ]);
  });

  it('takes several target groups by number or label, in catalogue order, each once', () => {
    expect(value(readTargetGroups('5, 3'))).toEqual(['3', '5']);
    expect(value(readTargetGroups('๕ ๓ 3'))).toEqual(['3', '5']);
    expect(value(readTargetGroups('ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น, ประชาชน/ภาคประชาสังคม'))).toEqual([
      '3',
      '5',
    ]);
    expect(value(readTargetGroups('สถานศึกษา\nเด็กและเยาวชน; 9'))).toEqual(['4', '6', '9']);
    // An English label with a comma of its own.
    expect(value(readTargetGroups('Local officials, staff and employees, Schools and colleges'))).toEqual([
      '3',
      '6',
    ]);
    expect(value(readTargetGroups(''))).toEqual([]);
    expect(refusal(readTargetGroups('3, นักท่องเที่ยว'))).toEqual({
      code: 'target-group-unknown',
      params: { value: 'นักท่องเที่ยว' },
    });
    expect(refusal(readTargetGroups('10'))?.code).toBe('target-group-unknown');
  });

  it('takes plan years separated any way, in Thai digits, or as a range', () => {
    expect(value(readPlanYears('2569 2570'))).toEqual([2569, 2570]);
    expect(value(readPlanYears('2570,2569'))).toEqual([2569, 2570]);
    expect(value(readPlanYears('๒๕๖๙ ๒๕๗๐'))).toEqual([2569, 2570]);
    expect(value(readPlanYears('พ.ศ. 2569/2570'))).toEqual([2569, 2570]);
    expect(value(readPlanYears('2566 - 2570'))).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(value(readPlanYears('2569;2569'))).toEqual([2569]);
  });

  it('refuses a year it cannot read, and suggests the BE year for a CE one', () => {
    expect(refusal(readPlanYears('2569 ปีหน้า'))).toEqual({
      code: 'year-unreadable',
      params: { value: 'ปีหน้า' },
    });
    expect(refusal(readPlanYears('2026'))).toEqual({
      code: 'year-looks-ce',
      params: { value: '2026', be: 2569 },
    });
    expect(refusal(readPlanYears('69'))?.code).toBe('year-unreadable');
    expect(refusal(readPlanYears('2570-2566'))?.code).toBe('year-unreadable');
    expect(value(readBudgetYear('๒๕๗๐'))).toBe(2570);
    expect(value(readBudgetYear(''))).toBeUndefined();
    expect(refusal(readBudgetYear('2569 2570'))?.code).toBe('year-unreadable');
  });

  it('reads the planned budget: empty or ไม่ใช้งบประมาณ is no budget, else an amount', () => {
    expect(value(readPlannedBudget(''))).toBeNull();
    expect(value(readPlannedBudget('ไม่ใช้งบประมาณ'))).toBeNull();
    expect(value(readPlannedBudget(' ไม่ใช้ งบประมาณ '))).toBeNull();
    expect(value(readPlannedBudget('No budget'))).toBeNull();
    expect(value(readPlannedBudget('1,234,567'))).toBe(1_234_567);
    expect(value(readPlannedBudget('๕๐,๐๐๐ บาท'))).toBe(50_000);
    expect(value(readPlannedBudget('2500.50'))).toBe(2500.5);
    expect(refusal(readPlannedBudget('ห้าหมื่น'))).toEqual({
      code: 'budget-unreadable',
      params: { value: 'ห้าหมื่น' },
    });
    expect(refusal(readPlannedBudget('1,23'))?.code).toBe('budget-unreadable');
    const zero = readPlannedBudget('0');
    expect(value(zero)).toBe(0);
    expect(zero.ok && zero.warnings.map((w) => w.code)).toEqual(['budget-zero']);
  });

  it('reads quarter, BMA code and portal id', () => {
    expect(value(readQuarter('ไตรมาสที่ 3'))).toBe('3');
    expect(value(readQuarter('Q2'))).toBe('2');
    expect(value(readQuarter('๔'))).toBe('4');
    expect(value(readQuarter(''))).toBeUndefined();
    expect(refusal(readQuarter('5'))?.code).toBe('quarter-unknown');
    expect(value(readBmaCode('๐๓๐๐๐๐๐๐-๖๙๑๗'))).toBe('03000000-6917');
    expect(value(readBmaCode(''))).toBeUndefined();
    expect(refusal(readBmaCode('3000000-6917'))?.code).toBe('bma-code-invalid');
    expect(value(readPortalId('1201'))).toBe('1201');
    expect(refusal(readPortalId('A12'))?.code).toBe('portal-id-invalid');
  });
});
