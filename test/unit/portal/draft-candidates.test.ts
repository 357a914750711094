import { describe, expect, it } from 'vitest';
import type { Project, ProjectFields } from '../../../utils/model/project';
import type { RoundReport, RoundReportFields } from '../../../utils/model/round-report';
import { findDraftCandidates, sameProjectName } from '../../../utils/portal/draft-candidates';
import { recognisePortalPage, type PortalPage } from '../../../utils/portal/page-kind';
import { sampleProjectFields, sampleReportFields } from '../sample-drafts';

const META = { revision: 1, createdAt: 1_780_000_000_000, updatedAt: 1_780_000_000_000 };

function project(id: string, overrides: Partial<ProjectFields> = {}): Project {
  return { id, ...META, ...sampleProjectFields(overrides) };
}

function report(id: string, projectId: string, overrides: Partial<RoundReportFields> = {}): RoundReport {
  return { id, ...META, ...sampleReportFields(projectId, overrides) };
}

function page(query: string): PortalPage {
  return recognisePortalPage(`https://e-plan.nacc.go.th/projectreport.php?${query}`)!;
}

const NAME = 'โครงการฝึกอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน รุ่นที่ 2';
const HEADING = 'โครงการฝึกอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน รุ่นที่ 2';

const summary = (candidates: ReturnType<typeof findDraftCandidates>) =>
  candidates.map((c) => `${c.project.id}:${c.matchedBy}:${c.report?.id ?? '-'}`);

describe('sameProjectName', () => {
  it('treats Thai and ASCII digits alike', () => {
    expect(sameProjectName('โครงการอบรม รุ่นที่ ๒ ปี ๒๕๗๐', 'โครงการอบรม รุ่นที่ 2 ปี 2570')).toBe(true);
  });

  it('ignores spacing: doubled, missing, line breaks, no-break spaces', () => {
    expect(sameProjectName('คุณธรรม  จริยธรรม', 'คุณธรรมจริยธรรม')).toBe(true);
    expect(sameProjectName(' คุณธรรม\nจริยธรรม ', 'คุณธรรม\u00a0จริยธรรม')).toBe(true);
  });

  it('ignores the zero-width spaces that Thai text copied from documents carries', () => {
    expect(sameProjectName('คุณธรรม\u200bจริยธรรม', 'คุณธรรม จริยธรรม')).toBe(true);
    // Sara am as one character in the draft, as nikhahit + sara aa on the page (copied from a PDF).
    expect(sameProjectName('การดำเนินงาน', 'การด\u0e4d\u0e32เนินงาน')).toBe(true);
  });

  it('tells different words or numbers apart', () => {
    expect(sameProjectName('โครงการอบรม รุ่นที่ 2', 'โครงการอบรม รุ่นที่ 3')).toBe(false);
    expect(sameProjectName('โครงการอบรม รุ่นที่ ๒', 'โครงการอบรม รุ่นที่ 12')).toBe(false);
    expect(sameProjectName('โครงการอบรม', 'กิจกรรมอบรม')).toBe(false);
  });

  it('never calls empty names the same', () => {
    expect(sameProjectName('', '')).toBe(false);
    expect(sameProjectName('   ', ' ')).toBe(false);
  });
});

describe('findDraftCandidates', () => {
  const reports = [
    report('r-2570-1', 'a', { fiscalYear: 2570, round: 1 }),
    report('r-2570-2', 'a', { fiscalYear: 2570, round: 2 }),
    report('r-2569-1', 'a', { fiscalYear: 2569, round: 1 }),
  ];

  it("finds a project by the portal's id, with its draft for the page's year and round", () => {
    const projects = [project('a', { name: 'ชื่ออื่น', portalId: '1201' }), project('b', { portalId: '1202' })];
    expect(summary(findDraftCandidates(page('id=1201&r=2&y=2570'), HEADING, projects, reports))).toEqual([
      'a:portal-id:r-2570-2',
    ]);
    expect(summary(findDraftCandidates(page('id=1201&r=1&y=2569'), HEADING, projects, reports))).toEqual([
      'a:portal-id:r-2569-1',
    ]);
  });

  it('finds a project by id even without a draft for that round yet', () => {
    const projects = [project('a', { portalId: '1201' })];
    expect(summary(findDraftCandidates(page('id=1201&r=2&y=2569'), '', projects, reports))).toEqual([
      'a:portal-id:-',
    ]);
  });

  it('does not add same-named projects when the id found one', () => {
    const projects = [project('a', { name: NAME, portalId: '1201' }), project('b', { name: NAME })];
    expect(summary(findDraftCandidates(page('id=1201&r=1&y=2570'), HEADING, projects, reports))).toEqual([
      'a:portal-id:r-2570-1',
    ]);
  });

  it('finds a project by the name in the heading when no project has the id', () => {
    const projects = [project('a', { name: NAME, portalId: '999' }), project('b', { name: 'อื่น' })];
    expect(summary(findDraftCandidates(page('id=1201&r=1&y=2570'), HEADING, projects, reports))).toEqual([
      'a:name:r-2570-1',
    ]);
  });

  it('matches the name across Thai digits and spacing differences', () => {
    const projects = [
      project('a', { name: 'โครงการฝึกอบรมเสริมสร้างคุณธรรม  จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน รุ่นที่ ๒' }),
    ];
    expect(summary(findDraftCandidates(page('id=1201&r=1&y=2570'), HEADING, projects, reports))).toEqual([
      'a:name:r-2570-1',
    ]);
    const otherRun = [project('a', { name: NAME.replace('รุ่นที่ 2', 'รุ่นที่ 3') })];
    expect(findDraftCandidates(page('id=1201&r=1&y=2570'), HEADING, otherRun, reports)).toEqual([]);
  });

  it("by name, keeps to projects planned for the page's fiscal year", () => {
    const projects = [
      project('old', { name: NAME, planYears: [2566, 2567, 2568] }),
      project('now', { name: NAME, planYears: [2569, 2570] }),
    ];
    expect(summary(findDraftCandidates(page('id=1201&r=1&y=2570'), HEADING, projects, []))).toEqual([
      'now:name:-',
    ]);
  });

  it("by name, takes a project not planned for the year when it has a draft for the page's round", () => {
    const projects = [project('a', { name: NAME, planYears: [2566] })];
    expect(summary(findDraftCandidates(page('id=1201&r=2&y=2570'), HEADING, projects, reports))).toEqual([
      'a:name:r-2570-2',
    ]);
    // A draft of another year does not count.
    expect(findDraftCandidates(page('id=1201&r=2&y=2571'), HEADING, projects, reports)).toEqual([]);
  });

  it('by name, takes any year when the page does not say one', () => {
    const projects = [project('a', { name: NAME, planYears: [2566] })];
    expect(summary(findDraftCandidates(page('id=1201&r=1'), HEADING, projects, reports))).toEqual([
      'a:name:-',
    ]);
  });

  it('offers several candidates, in store order, for the user to pick', () => {
    const projects = [
      project('a', { name: NAME }),
      project('b', { name: 'อื่น' }),
      project('c', { name: NAME.replace('2', '๒') }),
    ];
    expect(summary(findDraftCandidates(page('r=1&y=2570'), HEADING, projects, reports))).toEqual([
      'a:name:r-2570-1',
      'c:name:-',
    ]);
  });

  it('offers every project carrying the id when two do', () => {
    const projects = [project('a', { portalId: '1201' }), project('b', { portalId: '1201' })];
    expect(summary(findDraftCandidates(page('id=1201&r=1&y=2570'), '', projects, reports))).toEqual([
      'a:portal-id:r-2570-1',
      'b:portal-id:-',
    ]);
  });

  it('finds nothing for an empty heading and an unknown id', () => {
    expect(findDraftCandidates(page('id=1201&r=1&y=2570'), '', [project('a')], reports)).toEqual([]);
  });
});
