import { describe, expect, it } from 'vitest';
import type { Project } from '../../../utils/model/project';
import { emptyRoundReport, type RoundReport } from '../../../utils/model/round-report';
import { comparisonKey } from '../../../utils/thai/comparison-key';
import { searchableProjects, searchProjects } from '../../../utils/workspace/project-search';

const meta = { revision: 1, createdAt: 0, updatedAt: 0 };
function project(id: string, fields: Partial<Project> = {}): Project {
  return {
    ...meta,
    id,
    name: `โครงการ ${id}`,
    unitCode: '3100300',
    planYears: [2570],
    workType: '1',
    dimension: '1',
    plannedBudget: null,
    targetGroups: [],
    objective: '',
    remark: '',
    ...fields,
  };
}
function report(projectId: string, remarks: string): RoundReport {
  return { ...meta, id: `${projectId}-r`, ...emptyRoundReport(projectId, 2570, 1), remarks };
}

describe('project search', () => {
  const projects = [
    project('a', { name: 'โครงการฝึกอบรมคุณธรรม จริยธรรม', bmaCode: '03000000-6917' }),
    project('b', { name: 'กิจกรรมเผยแพร่ข้อมูล', objective: 'ให้ประชาชนรับรู้ข่าวสาร' }),
    project('c', { name: 'มาตรการตรวจสอบ', remark: 'ทำร่วมกับสำนักงานเขต ๕ แห่ง' }),
  ];
  const searchable = searchableProjects(projects, [report('b', 'จัดอบรมแล้ว 2 ครั้ง ผู้เข้าร่วม ๑๒๐ คน')]);
  const ids = (query: string) => searchProjects(searchable, query).map((h) => h.project.id);

  it('shows every project when nothing is searched for', () => {
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('   ')).toEqual(['a', 'b', 'c']);
  });

  it('finds Thai text in names whatever the spacing', () => {
    expect(ids('คุณธรรมจริยธรรม')).toEqual(['a']);
    expect(ids('ฝึก อบรม')).toEqual(['a']);
  });

  it('finds text in a round report’s remarks and says so', () => {
    const [hit] = searchProjects(searchable, 'ผู้เข้าร่วม 120');
    expect(hit?.project.id).toBe('b');
    expect(hit?.place).toBe('reportRemarks');
    expect(hit?.report?.round).toBe(1);
  });

  it('reads Thai and Arabic digits alike, both ways', () => {
    expect(ids('5 แห่ง')).toEqual(['c']);
    expect(ids('๑๒๐ คน')).toEqual(['b']);
    expect(ids('๖๙๑๗')).toEqual(['a']);
  });

  it('finds the objective and the remark', () => {
    expect(searchProjects(searchable, 'รับรู้ข่าวสาร')[0]?.place).toBe('objective');
    expect(searchProjects(searchable, 'สำนักงานเขต')[0]?.place).toBe('remark');
  });

  it('finds nothing when nothing matches', () => {
    expect(ids('งบประมาณแผ่นดิน')).toEqual([]);
  });

  it('reads sara ae typed as two sara e (เเ) alike, both ways', () => {
    const typed = searchableProjects([project('e', { name: 'เเผนปฏิบัติการ' })], []);
    expect(searchProjects(typed, 'แผน').map((h) => h.project.id)).toEqual(['e']);
    const proper = searchableProjects([project('f', { name: 'แผนปฏิบัติการ' })], []);
    expect(searchProjects(proper, 'เเผน').map((h) => h.project.id)).toEqual(['f']);
  });

  it('does not match across the seam of two texts (remarks and reason, the two codes)', () => {
    const r = { ...report('g', 'ดำเนินการครบ'), otherReason: 'ถ้วนหน้า' };
    const g = searchableProjects([project('g', { bmaCode: '03000000-6917', portalId: '1201' })], [r]);
    expect(searchProjects(g, 'ครบถ้วน')).toEqual([]);
    expect(searchProjects(g, '69171201')).toEqual([]);
    expect(searchProjects(g, 'ถ้วนหน้า').map((h) => h.place)).toEqual(['reportRemarks']);
    expect(searchProjects(g, '1201').map((h) => h.place)).toEqual(['code']);
  });

  it('reads sara am typed as one character or as two alike', () => {
    expect(comparisonKey('ทำ')).toBe(comparisonKey('ท\u0e4d\u0e32'));
    expect(ids('ร่วมกับสำนักงาน'.replace('ำ', '\u0e4d\u0e32'))).toEqual(['c']);
  });
});
