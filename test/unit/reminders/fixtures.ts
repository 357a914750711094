import type { Round } from '../../../utils/calendar/rounds';
import type { Lifecycle } from '../../../utils/catalogue/lifecycles';
import type { Project } from '../../../utils/model/project';
import type { RoundReport } from '../../../utils/model/round-report';
import { sampleProjectFields, sampleReportFields } from '../sample-drafts';

/** Bangkok wall-clock time as an instant: `bangkok('2027-04-30 23:59')`, whatever the machine's zone. */
export function bangkok(wallClock: string): number {
  return Date.parse(`${wallClock.replace(' ', 'T')}:00+07:00`);
}

const META = { revision: 1, createdAt: 0, updatedAt: 0 };

export function project(id: string, planYears: number[], portalId?: string): Project {
  return { ...META, id, ...sampleProjectFields({ planYears, ...(portalId ? { portalId } : {}) }) };
}

export function report(
  projectId: string,
  fiscalYear: number,
  round: Round,
  lifecycle: Lifecycle,
  id = `${projectId}-${fiscalYear}-${round}-${lifecycle}`,
): RoundReport {
  return { ...META, id, ...sampleReportFields(projectId, { fiscalYear, round, lifecycle }) };
}

/** The rounds the reminders track on 22 Nov 2026: FY 2569 round 2 (overdue) and FY 2570 round 1. */
export const ROUNDS_TRACKED_22_NOV_2026 = [
  { fiscalYear: 2569, round: 2 },
  { fiscalYear: 2570, round: 1 },
] as const;
