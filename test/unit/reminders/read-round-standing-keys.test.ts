import { describe, expect, it } from 'vitest';
import { LIFECYCLES } from '../../../utils/catalogue/lifecycles';
import { emptyRoundReport } from '../../../utils/model/round-report';
import { portalRoundKey, type PortalRounds } from '../../../utils/portal/portal-rounds';
import { readRoundStandingKeys } from '../../../utils/reminders/read-round-standing-keys';
import { roundStandings } from '../../../utils/reminders/round-standing';
import { DraftStore } from '../../../utils/store/draft-store';
import { seededRandom } from '../../seeded-random';
import { freshDbName, sampleProjectFields } from '../sample-drafts';
import { bangkok, ROUNDS_TRACKED_22_NOV_2026 } from './fixtures';

const ROUNDS = ROUNDS_TRACKED_22_NOV_2026;

describe('readRoundStandingKeys', () => {
  it('gives the same standings as the whole records, for a store of every kind of project', async () => {
    const random = seededRandom(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const store = await DraftStore.open(freshDbName());
    const yearSets = [[2568], [2569], [2570], [2569, 2570], [2568, 2569, 2570, 2571]];
    const projects = await store.saveMany(
      'project',
      Array.from({ length: 60 }, (_, n) => ({
        fields: sampleProjectFields({
          planYears: pick(yearSets),
          ...(random() < 0.5 ? { portalId: String(1000 + n) } : {}),
        }),
      })),
    );
    // Reports in and out of the tracked rounds, some rounds with two drafts (one restored from a backup).
    const reports = Array.from({ length: 150 }, () => {
      const { fiscalYear, round } = pick([...ROUNDS, { fiscalYear: 2569, round: 1 as const }]);
      return {
        fields: {
          ...emptyRoundReport(pick(projects).id, fiscalYear, round),
          lifecycle: pick(LIFECYCLES).value,
          readyAt: 1,
          submittedAt: 1,
        },
      };
    });
    await store.saveMany('report', reports);
    const portalRounds: PortalRounds = {};
    for (const { portalId } of projects) {
      if (portalId && random() < 0.3) {
        const state = {
          portalId,
          fiscalYear: 2569,
          round: 2,
          saved: true,
          locked: false,
          seenAt: 0,
        } as const;
        portalRounds[portalRoundKey(portalId, 2569, 2)] = state;
      }
    }
    const nowMs = bangkok('2026-11-22 09:00'); // tracked: FY 2569 round 2 and FY 2570 round 1

    const fromRecords = roundStandings({
      projects: (await store.list('project')).records,
      reports: (await store.list('report')).records,
      portalRounds,
      nowMs,
    });
    const fromKeys = roundStandings({
      ...(await readRoundStandingKeys(store.db, ROUNDS)),
      portalRounds,
      nowMs,
    });
    expect(fromKeys.map((s) => s.counts)).toEqual(fromRecords.map((s) => s.counts));
    expect(fromKeys.map((s) => [...s.outstandingProjectIds].sort())).toEqual(
      fromRecords.map((s) => [...s.outstandingProjectIds].sort()),
    );
    // The store is varied enough for that to mean something.
    for (const { counts } of fromRecords) expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  });

  it("follows every write, and leaves out what a damaged record's keys cannot say", async () => {
    const store = await DraftStore.open(freshDbName());
    const a = await store.saveProject(sampleProjectFields({ planYears: [2570] }));
    const b = await store.saveProject(sampleProjectFields({ planYears: [2568, 2569], portalId: '77' }));
    const draft = await store.saveReport(emptyRoundReport(a.id, 2570, 1));
    await store.saveReport({ ...emptyRoundReport(b.id, 2569, 2), lifecycle: 'ready', readyAt: 1 });
    await store.saveReport(emptyRoundReport(b.id, 2569, 1)); // not a tracked round
    // Damaged: a lifecycle no version wrote, a project id that is not one, plan years that are not years.
    await store.db.put('reports', { ...draft, id: 'odd-1', projectId: b.id, round: 2, lifecycle: 'sent?' });
    await store.db.put('reports', { ...draft, id: 'odd-2', projectId: 7 });
    await store.db.put('projects', { id: 'odd-p', planYears: ['2570'] });
    // Damaged elsewhere, keys intact: the project still owes its report, the report counts by its lifecycle.
    await store.db.put('projects', { id: 'odd-name', planYears: [2570], name: 42 });
    await store.db.put('reports', {
      ...draft,
      id: 'odd-3',
      projectId: 'odd-name',
      lifecycle: 'submitted',
      remarks: 7,
    });

    let keys = await readRoundStandingKeys(store.db, ROUNDS);
    expect(keys.projects.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [
        { id: a.id, planYears: [2570] },
        { id: b.id, planYears: [2569], portalId: '77' },
        { id: 'odd-name', planYears: [2570] },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(
      keys.reports.map((r) => `${r.projectId}:${r.fiscalYear}:${r.round}:${r.lifecycle}`).sort(),
    ).toEqual([`${a.id}:2570:1:draft`, `${b.id}:2569:2:ready`, 'odd-name:2570:1:submitted'].sort());

    // A deleted project and its reports leave the indexes with them.
    await store.delete('project', a.id);
    keys = await readRoundStandingKeys(store.db, ROUNDS);
    expect(keys.projects.map((p) => p.id).sort()).toEqual([b.id, 'odd-name'].sort());
    expect(keys.reports.map((r) => r.projectId)).not.toContain(a.id);
  });
});
