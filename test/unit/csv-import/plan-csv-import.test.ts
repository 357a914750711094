import { describe, expect, it } from 'vitest';
import { parseProjectCsv } from '../../../utils/csv-import/parse-project-csv';
import { planCsvImport, type CsvImportPlan } from '../../../utils/csv-import/plan-csv-import';
import type { Project } from '../../../utils/model/project';
import { DraftStore } from '../../../utils/store/draft-store';
import { freshDbName, sampleProjectFields } from '../sample-drafts';

const UNIT = '3100300';
const HEADER = 'ชื่อโครงการ,รหัสโครงการ กทม.,ประเภท,มิติ,ปีที่ดำเนินการ,งบประมาณ';
const plan = (lines: string[], projects: readonly Project[] = []) =>
  planCsvImport(parseProjectCsv([HEADER, ...lines].join('\r\n'), UNIT), projects);
const actions = (p: CsvImportPlan) => p.rows.map((r) => `${r.row} ${r.action}`);

function savedProject(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    revision: 1,
    createdAt: 1,
    updatedAt: 1,
    ...sampleProjectFields({ name: 'โครงการเดิม', bmaCode: '03000000-0001', objective: 'วัตถุประสงค์เดิม' }),
    ...overrides,
  };
}

describe('planning what an import will save', () => {
  it('adds what is new and says how many rows will be saved', () => {
    const result = plan(['ก,,1,1,2569,', 'ข,,2,2,2570,"1,000"', 'ค,,9,1,2569,']);
    expect(actions(result)).toEqual(['2 add', '3 add', '4 invalid']);
    expect(result.counts).toEqual({ add: 2, update: 0, unchanged: 0, duplicate: 0, invalid: 1 });
    expect(result.writes.map((w) => [w.id, w.fields.name])).toEqual([
      [undefined, 'ก'],
      [undefined, 'ข'],
    ]);
  });

  it('finds a saved project by BMA code first, keeping the fields the file has no column for', () => {
    const saved = savedProject();
    const result = plan(['ชื่อใหม่ของโครงการ,03000000-0001,1,2,2569,'], [saved]);
    expect(actions(result)).toEqual(['2 update']);
    expect(result.rows[0]?.existing).toBe(saved);
    expect(result.writes).toEqual([
      {
        id: 'p1',
        fields: {
          ...sampleProjectFields({ bmaCode: '03000000-0001' }),
          name: 'ชื่อใหม่ของโครงการ',
          workType: '1',
          dimension: '2',
          planYears: [2569],
          plannedBudget: null,
          // Not in the file: kept.
          objective: 'วัตถุประสงค์เดิม',
          targetGroups: ['3', '5'],
        },
      },
    ]);
  });

  it('else by name, whatever the spacing and digits, within this unit only', () => {
    const saved = savedProject({ name: 'โครงการ อบรม ปี ๒๕๖๙', bmaCode: undefined });
    const otherUnit = savedProject({ id: 'p2', unitCode: '3104300', name: 'โครงการอบรม' });
    const result = plan(['โครงการอบรมปี 2569,,2,1,2569 2570,', 'โครงการอบรม,,2,1,2569,'], [saved, otherUnit]);
    expect(actions(result)).toEqual(['2 update', '3 add']);
    expect(result.rows[0]?.existing?.id).toBe('p1');
  });

  it('an empty code cell never takes a saved code away', () => {
    const saved = savedProject();
    const result = plan(['โครงการเดิม,,2,1,"2566 2567 2568 2569 2570",'], [saved]);
    expect(actions(result)).toEqual(['2 unchanged']);
    expect(result.writes).toEqual([]);
  });

  it('does not update a project with another BMA code of the same name, and says so', () => {
    const saved = savedProject();
    const result = plan(['โครงการเดิม,03000000-0002,2,1,2569,'], [saved]);
    expect(actions(result)).toEqual(['2 add']);
    expect(result.rows[0]?.problems.map((p) => [p.code, p.params])).toEqual([
      ['same-name-other-code', { code: '03000000-0001' }],
    ]);
  });

  it('refuses a name that matches two saved projects', () => {
    const a = savedProject({ id: 'a', bmaCode: undefined });
    const b = savedProject({ id: 'b', bmaCode: undefined, name: 'โครงการ เดิม' });
    const result = plan(['โครงการเดิม,,2,1,2569,'], [a, b]);
    expect(actions(result)).toEqual(['2 invalid']);
    expect(result.rows[0]?.problems.map((p) => p.code)).toEqual(['ambiguous-match']);
  });

  it('saves a row repeated in the file once, and neither of two rows that disagree', () => {
    const result = plan([
      'ก,,1,1,2569,',
      'ข,03000000-0009,1,1,2569,',
      'ก,,1,1,2569,',
      'ข อื่น,03000000-0009,1,1,2569,',
    ]);
    expect(actions(result)).toEqual(['2 add', '3 invalid', '4 duplicate', '5 invalid']);
    expect(result.rows[2]?.problems.map((p) => [p.code, p.params])).toEqual([['duplicate-row', { row: 2 }]]);
    expect(result.rows[1]?.problems.map((p) => [p.code, p.params])).toEqual([
      ['conflicting-row', { rows: '5' }],
    ]);
    expect(result.writes.map((w) => w.fields.name)).toEqual(['ก']);
  });

  it('a project listed with its BMA code and again without it is one project, saved once', () => {
    const result = plan(['ค,03000000-0007,1,1,2569,', 'ค,,1,1,2569,']);
    expect(actions(result)).toEqual(['2 add', '3 duplicate']);
    expect(result.writes.map((w) => [w.fields.name, w.fields.bmaCode])).toEqual([['ค', '03000000-0007']]);
    // The row without the code first: the row with it is the one saved.
    const reversed = plan(['ค,,1,1,2569,', 'ค,03000000-0007,1,1,2569,']);
    expect(actions(reversed)).toEqual(['2 duplicate', '3 add']);
    expect(reversed.writes.map((w) => w.fields.bmaCode)).toEqual(['03000000-0007']);
    // Saying something else about it is a conflict, as between any two rows of one project.
    expect(actions(plan(['ค,03000000-0007,1,1,2569,', 'ค,,2,1,2569,']))).toEqual(['2 invalid', '3 invalid']);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const store = await DraftStore.open(freshDbName());
    const file = [
      'โครงการคุณธรรม,03000000-0001,1,1,2569 2570,"150,000"',
      'กิจกรรมเปิดเผยข้อมูล,,2,2,๒๕๖๙,ไม่ใช้งบประมาณ',
    ];
    const first = plan(file, (await store.list('project')).records);
    expect(actions(first)).toEqual(['2 add', '3 add']);
    await store.saveMany('project', first.writes);

    const again = plan(file, (await store.list('project')).records);
    expect(actions(again)).toEqual(['2 unchanged', '3 unchanged']);
    expect(again.writes).toEqual([]);
    const { records } = await store.list('project');
    expect(records.map((r) => [r.name, r.revision]).sort()).toEqual([
      ['กิจกรรมเปิดเผยข้อมูล', 1],
      ['โครงการคุณธรรม', 1],
    ]);
  });
});
