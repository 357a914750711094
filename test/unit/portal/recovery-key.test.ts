import { describe, expect, it } from 'vitest';
import { recognisePortalPage } from '../../../utils/portal/page-kind';
import { recoveryKeyOf } from '../../../utils/portal/recovery-key';

const at = (path: string) => recognisePortalPage(`https://e-plan.nacc.go.th/${path}`)!;

describe('recoveryKeyOf', () => {
  it('keys a report page by its project, fiscal year and round', () => {
    expect(recoveryKeyOf(at('projectreport.php?id=1201&r=1&y=2570'))).toBe('report:1201:2570:1');
  });

  it('gives each round, year and project its own slot', () => {
    const keys = [
      'projectreport.php?id=1201&r=1&y=2570',
      'projectreport.php?id=1201&r=2&y=2570',
      'projectreport.php?id=1201&r=1&y=2569',
      'projectreport.php?id=1202&r=1&y=2570',
    ].map((p) => recoveryKeyOf(at(p)));
    expect(new Set(keys).size).toBe(4);
  });

  it('ignores other parameters and their order', () => {
    expect(recoveryKeyOf(at('projectreport.php?y=2570&o=3100300&r=1&id=1201#top'))).toBe(
      'report:1201:2570:1',
    );
  });

  it('marks what a report address leaves out', () => {
    expect(recoveryKeyOf(at('projectreport.php?id=1201'))).toBe('report:1201:?:?');
    expect(recoveryKeyOf({ kind: 'report' })).toBe('report:?:?:?');
  });

  it('keys other forms by their kind alone', () => {
    expect(recoveryKeyOf(at('projectcreate.php'))).toBe('plan');
    expect(recoveryKeyOf(at('projectcreate.php?draft=2'))).toBe('plan');
    expect(recoveryKeyOf({ kind: 'plan', projectId: '1201', fiscalYear: 2570, round: 1 })).toBe('plan');
  });
});
