import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../../utils/messaging/handle-request';
import { envelopeSchema, RequestSchema } from '../../../utils/messaging/protocol';
import { isSavedOnPortal, readablePortalRounds } from '../../../utils/portal/portal-rounds';
import { DraftStore } from '../../../utils/store/draft-store';
import { freshDbName, portalRoundSeen, sampleProjectFields, sampleReportFields } from '../sample-drafts';

async function setup() {
  const store = await DraftStore.open(freshDbName());
  return { store, send: (raw: unknown) => handleRequest(raw, store, '9.9.9') };
}

describe('the background answers messages', () => {
  it('saves and lists projects and reports, every answer matching its schema', async () => {
    const { send } = await setup();
    const saved = await send({ type: 'project.save', fields: sampleProjectFields() });
    expect(envelopeSchema('project.save').parse(saved)).toMatchObject({ ok: true });
    if (!saved.ok) return;
    const projectId = (saved.data as { project: { id: string } }).project.id;

    const report = await send({ type: 'report.save', fields: sampleReportFields(projectId) });
    expect(envelopeSchema('report.save').parse(report).ok).toBe(true);
    const list = await send({ type: 'report.list', fiscalYear: 2570, round: 1 });
    expect(envelopeSchema('report.list').parse(list)).toMatchObject({
      ok: true,
      data: { reports: [{ projectId, fiscalYear: 2570, round: 1 }] },
    });
    expect(await send({ type: 'report.list', fiscalYear: 2569 })).toEqual({
      ok: true,
      data: { reports: [] },
    });
    expect(await send({ type: 'ping' })).toEqual({ ok: true, data: { version: '9.9.9' } });
  });

  it('refuses a malformed message with the path of what is wrong, and stores nothing', async () => {
    const { send, store } = await setup();
    const answer = await send({
      type: 'project.save',
      fields: { ...sampleProjectFields(), planYears: ['2570'] },
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('fields.planYears[0]: ') },
    });
    expect((await store.list('project')).records).toEqual([]);
    expect(await send({ type: 'drop.database' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await send('project.list')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('accepts only one of the 77 units as the user’s unit', async () => {
    const { send } = await setup();
    expect(await send({ type: 'unit.set', unitCode: '3199999' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not one of the 77 BMA units') },
    });
    expect(await send({ type: 'unit.set', unitCode: '3104000' })).toEqual({
      ok: true,
      data: { unitCode: '3104000' },
    });
    expect(await send({ type: 'unit.get' })).toEqual({ ok: true, data: { unitCode: '3104000' } });
  });

  it('records which portal page the content script saw', async () => {
    const { send, store } = await setup();
    const page = { kind: 'report', url: 'https://e-plan.nacc.go.th/projectreport.php?id=1&r=2&y=2570' };
    expect(RequestSchema.safeParse({ type: 'page.seen', page }).success).toBe(true);
    expect(await send({ type: 'page.seen', page })).toEqual({
      ok: true,
      data: { recorded: true, recoveryAvailable: false },
    });
    expect(await store.getMeta('lastPortalPage')).toMatchObject(page);
  });

  it('offers typed text back on the next visit, but a plan save the portal answered only when asked', async () => {
    const { send } = await setup();
    const page = { kind: 'plan', url: 'https://e-plan.nacc.go.th/projectcreate.php' };
    const answer = { kind: 'other', url: 'https://e-plan.nacc.go.th/projectcreateadd.php' };
    const snapshot = {
      pageKey: 'plan',
      url: page.url,
      fields: [['txtName', 'โครงการที่พิมพ์ไว้']],
      savedAt: Date.now(),
    };
    await send({ type: 'recovery.save', snapshot });
    expect(await send({ type: 'page.seen', page })).toMatchObject({ data: { recoveryAvailable: true } });
    // Sent, but no answer seen (the session had expired): still offered as typed text is.
    await send({ type: 'recovery.save', snapshot: { ...snapshot, sentAt: Date.now() } });
    expect(await send({ type: 'page.seen', page })).toMatchObject({ data: { recoveryAvailable: true } });
    // The portal's save handler answered: offered only when the assistant is opened, as sent.
    await send({ type: 'page.seen', page: answer });
    expect(await send({ type: 'page.seen', page })).toMatchObject({ data: { recoveryAvailable: false } });
    expect(await send({ type: 'assistant.load', pageKey: 'plan' })).toMatchObject({
      data: { recovery: { answeredAt: expect.any(Number) } },
    });
  });

  it('reports a store failure as an answer, not a thrown error', async () => {
    const { send, store } = await setup();
    store.close();
    expect(await send({ type: 'project.list' })).toMatchObject({
      ok: false,
      error: { code: 'store-failed' },
    });
  });
});

describe('what the portal showed about saved rounds', () => {
  it("comes with a report page's announcement: its own round", async () => {
    const { send, store } = await setup();
    const page = {
      kind: 'report' as const,
      url: 'https://e-plan.nacc.go.th/projectreport.php?id=1201&r=2&y=2570',
      projectId: '1201',
      round: 2 as const,
      fiscalYear: 2570,
    };
    const round = { portalId: '1201', fiscalYear: 2570, round: 2, saved: true, locked: false, seenAt: 5 };
    expect(await send({ type: 'page.seen', page, rounds: [round] })).toMatchObject({ ok: true });
    const rounds = (await store.getMeta('portalRounds')) as never;
    expect(isSavedOnPortal(rounds, '1201', 2570, 2)).toBe(true);
    expect(isSavedOnPortal(rounds, '1201', 2570, 1)).toBe(false);
  });

  it('is recorded per project, year and round, the later sighting winning', async () => {
    const { send, store } = await setup();
    const seen = portalRoundSeen;
    expect(await send({ type: 'portal.roundsSeen', rounds: [seen(false, 1)] })).toEqual({
      ok: true,
      data: { recorded: 1 },
    });
    await send({ type: 'portal.roundsSeen', rounds: [seen(true, 2), { ...seen(false, 2), round: 2 }] });
    const rounds = (await store.getMeta('portalRounds')) as never;
    expect(isSavedOnPortal(rounds, '1201', 2570, 1)).toBe(true);
    expect(isSavedOnPortal(rounds, '1201', 2570, 2)).toBe(false);
    expect(isSavedOnPortal(rounds, '1202', 2570, 1)).toBe(false);
  });
});

describe("the portal's answer to a report the assistant sent", () => {
  /** A draft (status `draftStatus`) sent with the form's status `sent`; then the portal says it saved. */
  async function sendThenAnswer(
    draftStatus: '2' | '3',
    sent: { status?: '2' | '3' | null; values?: Record<string, string> },
    stored: Record<string, unknown> = {},
    referrer?: string,
  ) {
    const { send, store } = await setup();
    await store.setMeta('portalRounds', stored);
    const project = await store.saveProject(sampleProjectFields({ portalId: '1201' }));
    const report = await store.saveReport(sampleReportFields(project.id, { status: draftStatus }));
    const submission = {
      reportId: report.id,
      projectId: project.id,
      fiscalYear: 2570,
      round: 1,
      values: sent.values ?? { id: '1201', txtRemarkReport: report.remarks },
      ...(sent.status !== undefined && { status: sent.status }),
      at: Date.now(),
    };
    expect(await send({ type: 'report.submitting', submission })).toMatchObject({ ok: true });
    const url = 'https://e-plan.nacc.go.th/projectreportadd.php';
    const answered = await send({ type: 'portal.saveSucceeded', url, ...(referrer && { referrer }) });
    const rounds = readablePortalRounds(await store.getMeta('portalRounds'));
    return {
      marked: answered.ok ? (answered.data as { marked: string | null }).marked === report.id : answered,
      lifecycle: (await store.get('report', report.id))?.lifecycle,
      roundOne: isSavedOnPortal(rounds, '1201', 2570, 1),
      roundTwo: isSavedOnPortal(rounds, '1201', 2570, 2),
      rounds,
    };
  }

  it('marks the round sent as saved on the portal, and the next round still owed', async () => {
    expect(await sendThenAnswer('2', { status: '2' })).toMatchObject({
      marked: true,
      lifecycle: 'submitted',
      roundOne: true,
      roundTwo: false,
    });
  });

  it('sent as completed, settles the other round of the year too, which the portal then locks', async () => {
    expect(await sendThenAnswer('2', { status: '3' })).toMatchObject({ roundOne: true, roundTwo: true });
  });

  it('goes by the status the form sent, not the draft’s (changed on the page before sending)', async () => {
    expect(await sendThenAnswer('3', { status: '2' })).toMatchObject({ roundOne: true, roundTwo: false });
    expect(await sendThenAnswer('3', { status: null })).toMatchObject({ roundTwo: false });
  });

  it('reads the status from the values sent in a send an earlier version recorded', async () => {
    const sent = { values: { id: '1201', status_process: '3' } };
    expect(await sendThenAnswer('2', sent)).toMatchObject({ roundTwo: true });
    expect(await sendThenAnswer('3', { values: { id: '1201' } })).toMatchObject({ roundTwo: false });
  });

  it('is taken only from the form of the round sent, when the browser says which form was saved', async () => {
    const page = (id: string, r: number, y: number) =>
      `https://e-plan.nacc.go.th/projectreport.php?id=${id}&r=${r}&y=${y}`;
    // The send of round 1 went unanswered (the session had expired); round 2 was then saved without the
    // assistant. Its answer is not round 1's: that draft was never received, so it is not submitted.
    for (const other of [page('1201', 2, 2570), page('1201', 1, 2569), page('1300', 1, 2570)]) {
      expect(await sendThenAnswer('2', { status: '3' }, {}, other)).toEqual({
        marked: false,
        lifecycle: 'draft',
        roundOne: false,
        roundTwo: false,
        rounds: {},
      });
    }
    expect(await sendThenAnswer('2', { status: '2' }, {}, page('1201', 1, 2570))).toMatchObject({
      marked: true,
      lifecycle: 'submitted',
    });
    // A referrer that is not a report page, or names only part of the round, says nothing against it; the
    // round named in another order or encoding is the same round.
    for (const same of [
      'https://e-plan.nacc.go.th/projectdisplay.php',
      'https://e-plan.nacc.go.th/projectreport.php',
      'https://e-plan.nacc.go.th/projectreport.php?id=1201',
      'https://e-plan.nacc.go.th/ProjectReport.php?y=2570&r=%31&id=1201',
    ]) {
      expect(await sendThenAnswer('2', { status: '2' }, {}, same)).toMatchObject({ marked: true });
    }
  });

  it('keeps every readable round already known beside a damaged one', async () => {
    const known = { portalId: '1204', fiscalYear: 2570, round: 1, saved: true, locked: true, seenAt: 1 };
    const { rounds } = await sendThenAnswer(
      '2',
      { status: '2' },
      { '1204:2570:1': known, '1300:2570:1': { ...known, portalId: '1300', seenAt: -1 } },
    );
    expect(Object.keys(rounds).sort()).toEqual(['1201:2570:1', '1204:2570:1']);
    expect(rounds['1204:2570:1']).toEqual(known);
  });
});
