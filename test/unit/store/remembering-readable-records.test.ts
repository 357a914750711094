import { describe, expect, it } from 'vitest';
import { readableRecords } from '../../../utils/store/draft-store';
import { rememberingReadableRecords } from '../../../utils/store/remembering-readable-records';
import { sampleProjectFields, sampleReportFields } from '../sample-drafts';

// The background checks the unit's records each time it draws the plan; it remembers what checking gave, so
// that only records changed since are checked again (utils/store/remembering-readable-records.ts). What it
// answers must always be what checking the records now gives.

const META = { revision: 1, createdAt: Date.UTC(2026, 10, 1), updatedAt: Date.UTC(2026, 10, 2) };
const project = (id: string, name = 'โครงการส่งเสริมคุณธรรม') => ({
  id,
  ...META,
  ...sampleProjectFields({ name }),
});
const report = (id: string, remarks = 'อยู่ระหว่างดำเนินการ') => ({
  id,
  ...META,
  ...sampleReportFields('p1', { remarks }),
});
/** A fresh copy, as each read of the database gives. */
const reread = <T>(raws: T[]): T[] => structuredClone(raws);

describe('checking stored records, remembering what it gave', () => {
  it('answers as checking them now does, through changes, damage and repair', () => {
    const check = rememberingReadableRecords();
    const reads = [
      [report('r1'), report('r2'), report('r3')],
      // r2's remarks edited
      [report('r1'), report('r2', 'ดำเนินการแล้วเสร็จ'), report('r3')],
      // r3 damaged: a status the portal does not have; r4 added
      [report('r1'), report('r2', 'ดำเนินการแล้วเสร็จ'), { ...report('r3'), status: '9' }, report('r4')],
      // r3 repaired, r1 gone
      [report('r2', 'ดำเนินการแล้วเสร็จ'), report('r3'), report('r4')],
      // nothing changed
      [report('r2', 'ดำเนินการแล้วเสร็จ'), report('r3'), report('r4')],
    ];
    const unreadable: string[][] = [];
    for (const raws of reads) {
      const remembered = check('report', reread(raws));
      const afresh = readableRecords('report', reread(raws));
      unreadable.push(remembered.unreadable.map((e) => e.id));
      expect(remembered.records).toEqual(afresh.records);
      expect(remembered.unreadable.map((e) => [e.id, e.issues])).toEqual(
        afresh.unreadable.map((e) => [e.id, e.issues]),
      );
    }
    expect(unreadable).toEqual([[], [], ['r3'], [], []]);
  });

  it('checks again only the records whose stored content changed, whatever their revision says', () => {
    const check = rememberingReadableRecords();
    const first = check('report', [report('r1'), report('r2')]).records;
    // The same content read again: the same checked record. A restored backup may hold other content
    // under the same revision: r2 is checked again.
    const second = check('report', [report('r1'), report('r2', 'ข้อความจากไฟล์สำรอง')]).records;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.remarks).toBe('ข้อความจากไฟล์สำรอง');
  });

  it('keeps each kind apart, and a value told apart from one that only looks the same', () => {
    const check = rememberingReadableRecords();
    check('project', [project('x1')]);
    // A report with a project's id is a report: checked as one.
    expect(check('report', [report('x1')]).records[0]).toMatchObject({
      id: 'x1',
      remarks: 'อยู่ระหว่างดำเนินการ',
    });
    // A budget of NaN where there was null: the same in JSON, not the same value; checked again, and refused.
    const withNull = { ...report('r1'), disbursed: null };
    expect(check('report', [withNull]).unreadable).toEqual([]);
    const withNaN = { ...report('r1'), disbursed: Number.NaN };
    expect(check('report', [withNaN]).unreadable.map((e) => e.id)).toEqual(['r1']);
  });
});
