import { describe, expect, it } from 'vitest';
import { pageKindOfPath, recognisePortalPage } from '../../../utils/portal/page-kind';

describe('recognisePortalPage', () => {
  it('reads project, round and year from a report page address', () => {
    expect(recognisePortalPage('https://e-plan.nacc.go.th/projectreport.php?id=1201&r=2&y=2570')).toEqual({
      kind: 'report',
      url: 'https://e-plan.nacc.go.th/projectreport.php?id=1201&r=2&y=2570',
      projectId: '1201',
      round: 2,
      fiscalYear: 2570,
    });
  });

  it('knows the other portal pages, in any folder and letter case', () => {
    expect(recognisePortalPage('https://e-plan.nacc.go.th/projectcreate.php')?.kind).toBe('plan');
    expect(recognisePortalPage('https://e-plan.nacc.go.th/app/ProjectDisplay.php')?.kind).toBe(
      'project-list',
    );
    expect(recognisePortalPage('https://e-plan.nacc.go.th/login.php')?.kind).toBe('login');
    expect(recognisePortalPage('https://e-plan.nacc.go.th/')?.kind).toBe('dashboard');
    expect(recognisePortalPage('https://e-plan.nacc.go.th/manual.pdf')?.kind).toBe('other');
  });

  it('leaves out parameters that are not what the portal sends', () => {
    const page = recognisePortalPage('https://e-plan.nacc.go.th/projectreport.php?id=abc&r=3&y=70');
    expect(page).toEqual({
      kind: 'report',
      url: 'https://e-plan.nacc.go.th/projectreport.php?id=abc&r=3&y=70',
    });
  });

  it('is nothing on another host or over plain http', () => {
    expect(
      recognisePortalPage('https://e-plan.nacc.go.th.example.org/projectreport.php?id=1&r=1&y=2570'),
    ).toBeNull();
    expect(recognisePortalPage('http://e-plan.nacc.go.th/projectreport.php')).toBeNull();
    expect(recognisePortalPage('not a url')).toBeNull();
  });
});

describe('pageKindOfPath', () => {
  it('tells a form page from the path alone, as the content script does while the page loads', () => {
    expect(pageKindOfPath('/projectreport.php')).toBe('report');
    expect(pageKindOfPath('/app/ProjectCreate.PHP')).toBe('plan');
    expect(pageKindOfPath('/')).toBe('dashboard');
    expect(pageKindOfPath('/login.php')).toBe('login');
    expect(pageKindOfPath('/projectreportadd.php')).toBe('other');
  });
});
