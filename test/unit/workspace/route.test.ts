import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type WorkspaceRoute } from '../../../utils/workspace/route';

describe('workspace routes', () => {
  const routes: WorkspaceRoute[] = [
    { view: 'plan', outstanding: false },
    { view: 'plan', outstanding: true },
    { view: 'project', projectId: 'new' },
    { view: 'project', projectId: 'p-1_A' },
    { view: 'report', projectId: 'p-1', fiscalYear: 2570, round: 2 },
    { view: 'trash' },
  ];

  it.each(routes)('reads back what it writes: %o', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('falls back to the plan for an address it does not know', () => {
    for (const hash of [
      '',
      '#',
      '#nothing',
      '#project',
      '#project/../x',
      '#report/p/2570/3',
      '#report/p/1999/1',
      // Spellings of a number that are no year or round, and escapes cut short (a link pasted in part).
      '#report/p1/0x9C4/1',
      '#report/p1/2.57e3/1',
      '#report/p1/2570/01.0',
      '#project/%E0%B8',
      '#%',
      '#report/abc%/2570/1',
    ]) {
      expect(parseRoute(hash)).toEqual({ view: 'plan', outstanding: false });
    }
  });
});
