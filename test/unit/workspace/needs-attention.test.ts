import { describe, expect, it } from 'vitest';
import type { Project } from '../../../utils/model/project';
import { emptyRoundReport, type RoundReport } from '../../../utils/model/round-report';
import { roundSchedule } from '../../../utils/calendar/rounds';
import { attentionOf } from '../../../utils/workspace/needs-attention';

const meta = { revision: 1, createdAt: 0, updatedAt: 0 };
const project: Project = {
  ...meta,
  id: 'p',
  name: 'โครงการตัวอย่าง',
  unitCode: '3100300',
  planYears: [2570],
  workType: '1',
  dimension: '1',
  plannedBudget: 50_000,
  targetGroups: [],
  objective: '',
  remark: '',
};
function report(round: 1 | 2, fields: Partial<RoundReport>): RoundReport {
  return { ...meta, id: `r${round}`, ...emptyRoundReport('p', 2570, round), ...fields };
}
const complete = {
  ordinanceBudget: 50_000,
  disbursed: 20_000,
  inPlan: true,
  status: '2' as const,
  remarks: 'ดำเนินการจัดอบรมแล้ว 1 ครั้ง มีผู้เข้าร่วม 50 คน',
};

describe('needs attention', () => {
  it('is nothing for a clean draft in a round not yet due', () => {
    expect(attentionOf(project, [report(1, complete)], [])).toBeNull();
  });

  it('flags a round owed while due', () => {
    const owed = [roundSchedule(2569, 2)];
    expect(attentionOf(project, [], owed)).toEqual({ owed, roundsWithErrors: [] });
  });

  it('flags a draft the portal would reject, by round', () => {
    const noStatus = report(2, { ...complete, status: null });
    expect(attentionOf(project, [report(1, complete), noStatus], [])).toEqual({
      owed: [],
      roundsWithErrors: [2],
    });
  });

  it('leaves submitted reports alone, whatever they hold', () => {
    expect(attentionOf(project, [report(1, { lifecycle: 'submitted' })], [])).toBeNull();
  });
});
