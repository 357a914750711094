import { describe, expect, it } from 'vitest';
import { emptyRoundReport } from '../../../utils/model/round-report';
import { readReportForm, reportFormOf } from '../../../utils/workspace/report-form';

const where = { projectId: 'p1', fiscalYear: 2570, round: 1 as const };
const stored = {
  ...emptyRoundReport('p1', 2570, 1),
  ordinanceBudget: 50_000,
  disbursed: 12_500,
  remarks: 'ข้อความที่บันทึกไว้',
  otherReason: 'เหตุผลเดิม',
};

describe('readReportForm', () => {
  it('reads amounts as typed, in Thai digits, with commas and บาท', () => {
    const form = { ...reportFormOf(stored), ordinanceBudget: '๗๕,๐๐๐ บาท', disbursed: '20,000.-' };
    const reading = readReportForm(form, where, stored);
    expect(reading.fields.ordinanceBudget).toBe(75_000);
    expect(reading.fields.disbursed).toBe(20_000);
    expect(reading.unreadable).toEqual([]);
  });

  it('keeps the stored amount for one too large to be any budget, and names it (no crash)', () => {
    const form = { ...reportFormOf(stored), disbursed: '99,999,999,999,999' };
    const reading = readReportForm(form, where, stored);
    expect(reading.fields.disbursed).toBe(12_500);
    expect(reading.unreadable).toEqual(['disbursed']);
  });

  it('keeps the stored text for remarks longer than the store keeps, and says how long they are', () => {
    const long = 'ก'.repeat(20_001);
    const reading = readReportForm({ ...reportFormOf(stored), remarks: long }, where, stored);
    expect(reading.fields.remarks).toBe('ข้อความที่บันทึกไว้');
    expect(reading.tooLong).toEqual({ remarks: { length: 20_001, max: 20_000 } });
    const fits = readReportForm({ ...reportFormOf(stored), remarks: 'ก'.repeat(20_000) }, where, stored);
    expect(fits.fields.remarks).toHaveLength(20_000);
    expect(fits.tooLong).toEqual({});
  });

  it('keeps the stored other reason when the typed one is too long, on a new draft too', () => {
    const form = { ...reportFormOf(emptyRoundReport('p1', 2570, 1)), otherReason: 'x'.repeat(2_001) };
    const reading = readReportForm(form, where, null);
    expect(reading.fields.otherReason).toBe('');
    expect(reading.tooLong.otherReason).toEqual({ length: 2_001, max: 2_000 });
  });

  it('makes a ready draft a draft again when its text changes', () => {
    const ready = { ...stored, lifecycle: 'ready' as const, readyAt: 1_780_000_000_000 };
    const reading = readReportForm({ ...reportFormOf(ready), remarks: 'แก้ไขแล้ว' }, where, ready);
    expect(reading.fields.lifecycle).toBe('draft');
    expect(reading.fields.readyAt).toBeUndefined();
  });
});
