import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { roundStandings, type StandingInputs } from '../../../utils/reminders/round-standing';
import type { PortalRounds } from '../../../utils/portal/portal-rounds';
import { bangkok, project, report } from './fixtures';

// The outstanding computation, read at "now" as the background reads it: Date.now() under fake timers.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

function standingsAt(wallClock: string, inputs: Omit<StandingInputs, 'nowMs'>) {
  vi.setSystemTime(bangkok(wallClock));
  return roundStandings({ ...inputs, nowMs: Date.now() });
}

const projects = [project('p1', [2569, 2570]), project('p2', [2569, 2570]), project('p3', [2570])];

describe('roundStandings', () => {
  it('counts each expected project once per tracked round, by how far its report got', () => {
    const reports = [
      report('p1', 2570, 1, 'draft'),
      report('p2', 2570, 1, 'ready'),
      report('p3', 2570, 1, 'submitted'),
      report('p1', 2569, 2, 'submitted'),
    ];
    const [previous, next] = standingsAt('2026-11-22 09:00', { projects, reports, portalRounds: {} });
    expect(previous).toMatchObject({
      schedule: { fiscalYear: 2569, round: 2 },
      daysLeft: -22,
      overdue: true,
      expected: 2, // p3 is planned for 2570 only
      counts: { noDraft: 1, draft: 0, ready: 0, submitted: 1 },
      outstanding: 1,
      outstandingProjectIds: ['p2'],
    });
    expect(next).toMatchObject({
      schedule: { fiscalYear: 2570, round: 1 },
      daysLeft: 159,
      overdue: false,
      expected: 3,
      counts: { noDraft: 0, draft: 1, ready: 1, submitted: 1 },
      outstanding: 2,
      outstandingProjectIds: ['p1', 'p2'],
    });
  });

  it('takes the furthest of two drafts of the same round', () => {
    const reports = [report('p1', 2570, 1, 'ready', 'a'), report('p1', 2570, 1, 'draft', 'b')];
    const [, next] = standingsAt('2026-11-22 09:00', { projects: [projects[0]!], reports, portalRounds: {} });
    expect(next!.counts).toEqual({ noDraft: 0, draft: 0, ready: 1, submitted: 0 });
  });

  it('counts a round the portal showed saved or locked as submitted, whatever the draft says', () => {
    const seen = (portalId: string, saved: boolean, locked: boolean) => ({
      portalId,
      fiscalYear: 2570,
      round: 1 as const,
      saved,
      locked,
      seenAt: 0,
    });
    const portalRounds: PortalRounds = {
      '1201:2570:1': seen('1201', true, false),
      '1204:2570:1': seen('1204', false, true),
      '1202:2570:1': seen('1202', false, false),
    };
    const linked = [project('a', [2570], '1201'), project('b', [2570], '1204'), project('c', [2570], '1202')];
    const [, next] = standingsAt('2026-11-22 09:00', {
      projects: linked,
      reports: [report('a', 2570, 1, 'draft'), report('c', 2570, 1, 'ready')],
      portalRounds,
    });
    expect(next!.counts).toEqual({ noDraft: 0, draft: 0, ready: 1, submitted: 2 });
    expect(next!.outstandingProjectIds).toEqual(['c']);
  });

  it('does not chase round 2 of a project the portal showed completed in round 1 (it locks the year)', () => {
    // The live list shows only icons, so the round-1 page's "completed" may be all the portal ever said.
    const portalRounds: PortalRounds = {
      '1204:2570:1': { portalId: '1204', fiscalYear: 2570, round: 1, saved: true, locked: true, seenAt: 0 },
    };
    const standings = standingsAt('2027-10-20 09:00', {
      projects: [project('done', [2570], '1204'), project('open', [2570], '1205')],
      reports: [report('done', 2570, 1, 'submitted'), report('open', 2570, 1, 'submitted')],
      portalRounds,
    });
    const round2 = standings.find((s) => s.schedule.fiscalYear === 2570 && s.schedule.round === 2);
    expect(round2).toMatchObject({ outstanding: 1, outstandingProjectIds: ['open'] });
  });

  describe('around the boundaries of FY 2570 round 1 (due 30 April 2027)', () => {
    const inputs = { projects: [project('p', [2569, 2570])], reports: [], portalRounds: {} };
    const round1 = (wallClock: string) =>
      standingsAt(wallClock, inputs).find((s) => s.schedule.fiscalYear === 2570 && s.schedule.round === 1);

    it("is 30 days away from 00:00 on 31 March (the default warning window's edge)", () => {
      expect(round1('2027-03-30 23:59')!.daysLeft).toBe(31);
      expect(round1('2027-03-31 00:00')!.daysLeft).toBe(30);
    });

    it('is due today all through 30 April, and overdue from 00:00 on 1 May', () => {
      expect(round1('2027-04-30 00:00')).toMatchObject({ daysLeft: 0, overdue: false, outstanding: 1 });
      expect(round1('2027-04-30 23:59')).toMatchObject({ daysLeft: 0, overdue: false });
      expect(round1('2027-05-01 00:00')).toMatchObject({ daysLeft: -1, overdue: true, outstanding: 1 });
    });

    it('is no longer tracked once FY 2570 round 2 has fallen due', () => {
      expect(round1('2027-10-31 23:59')).toMatchObject({ daysLeft: -184, overdue: true });
      expect(round1('2027-11-01 00:00')).toBeUndefined();
    });
  });

  it('reads every instant on the Bangkok calendar, whatever the machine zone (see the tz project)', () => {
    // 16:59 UTC on 30 April is 23:59 in Bangkok: still the due day; 17:00 UTC is already 1 May.
    vi.setSystemTime(Date.parse('2027-04-30T16:59:00Z'));
    const dueDay = roundStandings({
      projects: [project('p', [2570])],
      reports: [],
      portalRounds: {},
      nowMs: Date.now(),
    });
    expect(dueDay.map((s) => s.daysLeft)).toEqual([-181, 0]);
    vi.setSystemTime(Date.parse('2027-04-30T17:00:00Z'));
    const dayAfter = roundStandings({
      projects: [project('p', [2570])],
      reports: [],
      portalRounds: {},
      nowMs: Date.now(),
    });
    expect(dayAfter.map((s) => s.daysLeft)).toEqual([-1, 183]);
  });
});
