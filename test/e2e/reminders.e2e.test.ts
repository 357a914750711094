import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { bangkokDateOf, startOfBangkokDay } from '../../utils/calendar/bangkok';
import { fiscalYearOf } from '../../utils/calendar/fiscal-year';
import { addDays, plainDateToIso } from '../../utils/calendar/plain-date';
import { daysLeft, isLate, roundsOfFiscalYear, type RoundSchedule } from '../../utils/calendar/rounds';
import { emptyRoundReport } from '../../utils/model/round-report';
import { formatThaiDate } from '../../utils/thai/date';
import { sampleProjects, SAMPLE_IDS } from '../fixtures/portal/replica';
import { sampleProjectFields } from '../unit/sample-drafts';
import {
  launchExtension,
  PORTAL,
  putRawRecord,
  readExtensionStore,
  stopServiceWorker,
  textOf,
  wakeServiceWorker,
  type ExtensionSession,
} from './harness';
import { stir } from './assistant';

// Expectations come from today's real date, so these tests hold in any year: "previous" is the latest round
// already past its due day (FY 2569 round 2 on 22 Nov 2026), "next" the first still to come (FY 2570 round 1).
const now = Date.now();
const rounds = [-1, 0, 1]
  .flatMap((offset) => roundsOfFiscalYear(fiscalYearOf(now) + offset))
  .sort((a, b) => a.dueInstant - b.dueInstant);
const next = rounds.find((s) => !isLate(now, s))!;
const previous = rounds[rounds.indexOf(next) - 1]!;
const planYears = [...new Set([previous.fiscalYear, next.fiscalYear])];
const todayIso = plainDateToIso(bangkokDateOf(now));
/** The badge counts the next round too when it is within the default 30-day window. */
const nextOnBadge = daysLeft(now, next.due) <= 30;

const RED = [198, 40, 40, 255]; // #C62828

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function thaiDeadline(schedule: RoundSchedule): string {
  const days = daysLeft(now, schedule.due);
  const left = days < 0 ? `เลยกำหนด ${-days} วัน` : days === 0 ? 'ครบกำหนดวันนี้' : `อีก ${days} วัน`;
  const months = schedule.round === 1 ? 6 : 12;
  return `รอบ ${months} เดือน ปีงบประมาณ ${schedule.fiscalYear} ครบกำหนด ${formatThaiDate(schedule.due, { month: 'short' })} (${left})`;
}

async function send(page: Page, message: unknown) {
  const answer = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as {
    ok: boolean;
    data: Record<string, { id: string }>;
    error?: { message: string };
  };
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.data;
}

/**
 * Two of the replica's projects on this computer, planned for both rounds' years: project A (the replica's
 * 1201) has drafts for the previous and the next round, project B (1202) has none. Returns the page used.
 */
async function seedDrafts(s: ExtensionSession) {
  const page = await s.openExtensionPage('workspace.html');
  await send(page, { type: 'unit.set', unitCode: '3100300' });
  const a = (
    await send(page, {
      type: 'project.save',
      fields: sampleProjectFields({ portalId: String(SAMPLE_IDS.budget), planYears, name: 'โครงการ ก' }),
    })
  ).project!.id;
  const b = (
    await send(page, {
      type: 'project.save',
      fields: sampleProjectFields({ portalId: String(SAMPLE_IDS.nonBudget), planYears, name: 'โครงการ ข' }),
    })
  ).project!.id;
  for (const schedule of [previous, next]) {
    await send(page, {
      type: 'report.save',
      fields: emptyRoundReport(a, schedule.fiscalYear, schedule.round),
    });
  }
  return { page, a, b };
}

function badgeOf(worker: Worker) {
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    colour: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
}

const badgeText = async (s: ExtensionSession) => (await badgeOf(await s.serviceWorker())).text;
const expectedCount = 2 + (nextOnBadge ? 2 : 0);

describe('reminders in real Chromium', () => {
  it('counts outstanding rounds on the badge, red for the overdue one, naming its deadline in Thai', async () => {
    session = await launchExtension();
    await seedDrafts(session);
    const worker = await session.serviceWorker();
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));
    const badge = await badgeOf(worker);
    expect(badge.colour).toEqual(RED);
    expect(badge.title.split('\n').slice(0, 3)).toEqual([
      'ผู้ช่วย e-Plan',
      thaiDeadline(previous),
      'ยังไม่ส่ง 2 รายงาน (ยังไม่มีร่าง 1 · ร่าง 1 · พร้อมส่ง 0)',
    ]);
  });

  it('restores the badge and the daily alarm when the stopped service worker starts again', async () => {
    session = await launchExtension();
    const { page } = await seedDrafts(session);
    let worker = await session.serviceWorker();
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms).toEqual([
      expect.objectContaining({
        name: 'reminders-daily',
        periodInMinutes: 1440,
        scheduledTime: startOfBangkokDay(addDays(bangkokDateOf(now), 1)) + 60_000,
      }),
    ]);

    // Take both away, then let Chrome stop the worker as it does when idle.
    await worker.evaluate(async () => {
      await chrome.action.setBadgeText({ text: '' });
      await chrome.alarms.clearAll();
    });
    await stopServiceWorker(session);
    worker = await wakeServiceWorker(session, page);

    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));
    expect((await badgeOf(worker)).colour).toEqual(RED);
    await expect
      .poll(() => worker.evaluate(() => chrome.alarms.getAll().then((all) => all.map((a) => a.name))))
      .toEqual(['reminders-daily']);
  });

  it('creates a reminder once, and not again when the worker restarts the same day', async () => {
    session = await launchExtension();
    const { page, b } = await seedDrafts(session);
    let worker = await session.serviceWorker();
    const id = `eplan-deadline:${previous.fiscalYear}-r${previous.round}:${todayIso}`;
    await expect.poll(() => worker.evaluate(() => chrome.notifications.getAll())).toEqual({ [id]: true });

    // The user dismisses it; the worker is stopped and started again.
    await worker.evaluate(async (shown) => {
      await chrome.notifications.clear(shown);
      await chrome.action.setBadgeText({ text: '' });
    }, id);
    await stopServiceWorker(session);
    worker = await wakeServiceWorker(session, page);
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));
    // A change to the drafts makes the worker recount once more; its recounts run one after another, so once
    // this one is on the badge the restart's recount (the one that could have notified again) has finished.
    await send(page, {
      type: 'report.save',
      fields: emptyRoundReport(b, previous.fiscalYear, previous.round),
    });
    await expect.poll(async () => (await badgeOf(worker)).title).toContain('(ยังไม่มีร่าง 0 · ร่าง 2 · พร้อมส่ง 0)');
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
    const meta = (await readExtensionStore(worker, 'meta')) as { key: string; value: unknown }[];
    expect(meta.find((m) => m.key === 'notificationLog')?.value).toEqual({
      [`${previous.fiscalYear}-r${previous.round}`]: {
        day: todayIso,
        stage: -1,
        due: plainDateToIso(previous.due),
      },
    });
  });

  it('lowers the count when a round is submitted on the replica portal', async () => {
    // The replica plans its projects for the years this test needs, whatever year it runs in.
    session = await launchExtension({
      replica: { projects: sampleProjects().map((p) => ({ ...p, planYears, reports: {} })) },
    });
    await seedDrafts(session);
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));

    const portal = await session.context.newPage();
    await portal.goto(
      `${PORTAL}/projectreport.php?id=${SAMPLE_IDS.budget}&r=${previous.round}&y=${previous.fiscalYear}`,
    );
    await portal.locator('input[name=txtAmount]').fill('50000');
    await portal.locator('input[name=txtPaid]').fill('12500');
    await portal.locator('input[name=status_process][value="2"]').click();
    await portal.locator('textarea[name=txtRemarkReport]').fill('ดำเนินการตามแผน');
    await Promise.all([
      portal.waitForURL(`${PORTAL}/projectdisplay.php`),
      portal.locator('[name=btnSubmit]').click(),
    ]);
    // Back on the report list, the user looks at that year: its round cell now reads รายงานแล้ว.
    await portal.locator('#projectDisplay table#system').waitFor();
    await portal.locator('#yearProject').selectOption(String(previous.fiscalYear));
    await portal
      .locator(
        `#projectDisplay a[href*="id=${SAMPLE_IDS.budget}&r=${previous.round}&y=${previous.fiscalYear}"]`,
        { hasText: 'รายงานแล้ว' },
      )
      .waitFor();

    const lowered = String(expectedCount - 1);
    // The content script read the list's round cells and told the background.
    await expect.poll(() => badgeText(session!)).toBe(lowered);
    const title = (await badgeOf(await session.serviceWorker())).title;
    expect(title).toContain('ยังไม่ส่ง 1 รายงาน (ยังไม่มีร่าง 1 · ร่าง 0 · พร้อมส่ง 0)');
  });

  /** Project B's previous round as reported on the portal from another computer, with no draft on this one. */
  const reportedElsewhere = {
    [previous.fiscalYear]: {
      [previous.round]: {
        budgetTrue: 0,
        paid: 0,
        inPlan: true,
        status: 2 as const,
        reason: null,
        reasonText: '',
        remark: 'รายงานจากเครื่องอื่น',
      },
    },
  };

  /** Opens the portal's report list on the previous round's year, once it shows B's round as reported. */
  async function openListShowingBReported(): Promise<void> {
    const portal = await session!.context.newPage();
    await portal.goto(`${PORTAL}/projectdisplay.php`);
    await portal.locator('#projectDisplay table#system').waitFor();
    await portal.locator('#yearProject').selectOption(String(previous.fiscalYear));
    await portal
      .locator(`#projectDisplay a[href*="id=${SAMPLE_IDS.nonBudget}&r=${previous.round}"]`, {
        hasText: 'รายงานแล้ว',
      })
      .waitFor();
  }

  it("stops nagging about a round the portal's report list shows as already reported", async () => {
    session = await launchExtension({
      replica: {
        projects: sampleProjects().map((p) => ({
          ...p,
          planYears,
          reports: p.id === SAMPLE_IDS.nonBudget ? reportedElsewhere : {},
        })),
      },
    });
    await seedDrafts(session);
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));
    await openListShowingBReported();

    const lowered = String(expectedCount - 1);
    // The content script read the list's round cells and told the background.
    await expect.poll(() => badgeText(session!)).toBe(lowered);
    const worker = await session.serviceWorker();
    // B has no draft, yet counts as submitted: what the portal showed is kept apart from the drafts.
    expect((await badgeOf(worker)).title).toContain('ยังไม่ส่ง 1 รายงาน (ยังไม่มีร่าง 0 · ร่าง 1 · พร้อมส่ง 0)');
    const meta = (await readExtensionStore(worker, 'meta')) as {
      key: string;
      value: Record<string, unknown>;
    }[];
    const portalRounds = meta.find((m) => m.key === 'portalRounds')?.value;
    expect(portalRounds?.[`${SAMPLE_IDS.nonBudget}:${previous.fiscalYear}:${previous.round}`]).toMatchObject({
      saved: true,
    });
  });

  it('keeps a round reported elsewhere as reported when a report page opened before that is stirred on', async () => {
    session = await launchExtension({
      replica: { projects: sampleProjects().map((p) => ({ ...p, planYears, reports: {} })) },
    });
    await seedDrafts(session);
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));
    // B's report page for the previous round, not reported yet, opened and left untouched.
    const report = `${PORTAL}/projectreport.php?id=${SAMPLE_IDS.nonBudget}&r=${previous.round}&y=${previous.fiscalYear}`;
    const early = await session.context.newPage();
    await early.goto(report);
    // Meanwhile the round is reported from another computer, and the portal's list shows it.
    session.replica.projects.find((p) => p.id === SAMPLE_IDS.nonBudget)!.reports =
      structuredClone(reportedElsewhere);
    await openListShowingBReported();
    const lowered = String(expectedCount - 1);
    await expect.poll(() => badgeText(session!)).toBe(lowered);

    // Now the person turns to the early page, which still shows the round as it was when it loaded.
    await stir(early);
    const worker = await session.serviceWorker();
    const meta = async () =>
      (await readExtensionStore(worker, 'meta')) as { key: string; value: Record<string, unknown> }[];
    await expect
      .poll(
        async () => ((await meta()).find((m) => m.key === 'lastPortalPage')?.value as { url?: string }).url,
      )
      .toBe(report);
    const portalRounds = (await meta()).find((m) => m.key === 'portalRounds')?.value;
    expect(portalRounds?.[`${SAMPLE_IDS.nonBudget}:${previous.fiscalYear}:${previous.round}`]).toMatchObject({
      saved: true,
    });
    expect(await badgeText(session)).toBe(lowered);
  });

  it('still counts a damaged project that owes a report on the badge, and the popup says it cannot be read', async () => {
    session = await launchExtension();
    const { page } = await seedDrafts(session);
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount));
    // As a record damaged on disk (or written by some other version) would be: its plan years read, its name not.
    await putRawRecord(page, 'projects', { id: 'damaged-1', planYears: [previous.fiscalYear], name: 42 });
    const owedByDamaged = 1 + (nextOnBadge && next.fiscalYear === previous.fiscalYear ? 1 : 0);
    await expect.poll(() => badgeText(session!)).toBe(String(expectedCount + owedByDamaged));

    const popup = await session.openExtensionPage('popup.html');
    const overdue = popup.getByRole('listitem', { name: thaiDeadline(previous).split(' ครบกำหนด')[0] });
    await overdue.waitFor();
    const counts = await overdue.locator('.count').allInnerTexts();
    expect(counts.map((c) => c.replace(/\s+/g, ' '))).toEqual(['ยังไม่มีร่าง 2', 'ร่าง 1', 'พร้อมส่ง 0', 'ส่งแล้ว 0']);
    await popup.getByRole('alert').filter({ hasText: 'อ่านข้อมูลในเครื่องไม่ได้ 1 รายการ' }).waitFor();
  });

  it("shows the next deadline and each round's counts in the popup, with working buttons", async () => {
    session = await launchExtension();
    await seedDrafts(session);
    const popup = await session.openExtensionPage('popup.html');
    const nextSection = popup.getByRole('region', { name: 'กำหนดส่งถัดไป' });
    expect(await textOf(nextSection)).toContain(formatThaiDate(next.due, { month: 'short' }));
    const overdue = popup.getByRole('listitem', { name: thaiDeadline(previous).split(' ครบกำหนด')[0] });
    expect(await textOf(overdue)).toContain(`เลยกำหนด ${-daysLeft(now, previous.due)} วัน`);
    const counts = await overdue.locator('.count').allInnerTexts();
    expect(counts.map((c) => c.replace(/\s+/g, ' '))).toEqual(['ยังไม่มีร่าง 1', 'ร่าง 1', 'พร้อมส่ง 0', 'ส่งแล้ว 0']);

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^eplan-backup-3100300-\d{4}-\d{2}-\d{2}\.json$/);
    await popup.getByText('บันทึกไฟล์สำรองแล้ว').waitFor();

    const [portal] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open portal' }).click(),
    ]);
    await portal.waitForURL(`${PORTAL}/projectdisplay.php`);

    const again = await session.openExtensionPage('popup.html');
    const [workspace] = await Promise.all([
      session.context.waitForEvent('page'),
      again.getByRole('button', { name: 'Open workspace' }).click(),
    ]);
    await workspace.waitForURL(session.extensionUrl('workspace.html'));
  });

  it('follows the settings page, even with the worker stopped: a moved deadline turns the badge amber, English joins the tooltip', async () => {
    session = await launchExtension();
    const { page, a, b } = await seedDrafts(session);
    // A deadline can't be moved to months before its round ends, so the overdue round is the one moved into
    // the coming days (as NACC extends one). It then comes next, and the round before it is tracked while
    // overdue: that one is done for both projects, so only the moved round counts.
    const before = rounds[rounds.indexOf(previous) - 1];
    for (const project of before ? [a, b] : []) {
      await send(page, {
        type: 'report.save',
        fields: { ...emptyRoundReport(project, before!.fiscalYear, before!.round), lifecycle: 'submitted' },
      });
    }
    const settings = await session.openExtensionPage('options.html');
    const field = `รอบ ${previous.round === 1 ? 6 : 12} เดือน ปีงบประมาณ ${previous.fiscalYear}`;
    const inFiveDays = addDays(bangkokDateOf(now), 5);
    await settings.getByLabel(field).fill(formatThaiDate(inFiveDays, { month: 'numeric' }));
    await settings.getByLabel('ภาษา').selectOption('en');
    // Chrome has stopped the idle worker: a store change from a page must still reach the badge.
    await stopServiceWorker(session);
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved').waitFor(); // the page follows the new language at once

    // The count is the same before and after (the moved round's two reports): the moved deadline shows.
    const moved = thaiDeadline({ ...previous, due: inFiveDays });
    await expect.poll(async () => (await badgeOf(await session!.serviceWorker())).title).toContain(moved);
    const badge = await badgeOf(await session.serviceWorker());
    expect(badge.text).toBe('2');
    expect(badge.colour).toEqual([255, 179, 0, 255]); // #FFB300
    expect(badge.title).toContain('(5 days left)');

    // A date that cannot be read is refused with the field named, and nothing changes.
    await settings
      .getByLabel(`${next.round === 1 ? 6 : 12}-month round, fiscal year ${next.fiscalYear}`)
      .fill('31/02/2570');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    expect(await textOf(settings.getByRole('alert'))).toContain('"31/02/2570" is not a date');
  });
});
