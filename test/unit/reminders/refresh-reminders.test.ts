import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BadgeView } from '../../../utils/reminders/badge';
import { refreshReminders, type ReminderPlatform } from '../../../utils/reminders/refresh-reminders';
import { countUnreadableRecords, readReminderInputs } from '../../../utils/reminders/reminder-inputs';
import type { ReminderNotificationContent } from '../../../utils/reminders/reminder-notification';
import { trackedRounds } from '../../../utils/reminders/tracked-rounds';
import { saveSettings } from '../../../utils/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { DraftStore } from '../../../utils/store/draft-store';
import { META_KEYS } from '../../../utils/store/meta-keys';
import { emptyRoundReport } from '../../../utils/model/round-report';
import { freshDbName, sampleProjectFields } from '../sample-drafts';
import { bangkok } from './fixtures';

// The whole recount as the background runs it: store → standings → badge → claimed notifications. Only
// Date is faked (fake-indexeddb needs the real timers).
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

function fakePlatform(language: 'th' | 'en' = 'th') {
  const badges: BadgeView[] = [];
  const notifications: { id: string; content: ReminderNotificationContent }[] = [];
  const platform: ReminderPlatform = {
    paintBadge: async (view) => void badges.push(view),
    showNotification: async (id, content) => void notifications.push({ id, content }),
    browserLanguage: () => language,
  };
  return { platform, badges, notifications };
}

async function seededStore(name = freshDbName()) {
  const store = await DraftStore.open(name);
  const a = await store.saveProject(sampleProjectFields({ planYears: [2569, 2570], portalId: '1201' }));
  const b = await store.saveProject(sampleProjectFields({ planYears: [2569, 2570], portalId: '1202' }));
  await store.saveReport(emptyRoundReport(a.id, 2569, 2));
  await store.saveReport(emptyRoundReport(a.id, 2570, 1));
  return { store, name, a, b };
}

describe('refreshReminders', () => {
  it('paints the badge from the store at the current Bangkok time', async () => {
    vi.setSystemTime(bangkok('2026-11-22 09:00'));
    const { store } = await seededStore();
    const { platform, badges } = fakePlatform();
    const { badge } = await refreshReminders(store, platform);
    // FY 2569 round 2 is overdue for both projects; FY 2570 round 1 is 159 days away, beyond the window.
    expect(badge).toMatchObject({ text: '2', tone: 'overdue' });
    expect(badge.title).toContain('รอบ 12 เดือน ปีงบประมาณ 2569 ครบกำหนด 31 ต.ค. 2569 (เลยกำหนด 22 วัน)');
    expect(badges).toEqual([badge]);
  });

  it('shows a reminder once a day, however many times the worker restarts and recounts', async () => {
    vi.setSystemTime(bangkok('2026-11-22 09:00'));
    const { name } = await seededStore();
    const { platform, notifications } = fakePlatform();
    for (let restart = 0; restart < 3; restart += 1) {
      const store = await DraftStore.open(name); // a restarted worker opens the database afresh
      await refreshReminders(store, platform);
      store.close();
    }
    expect(notifications.map((n) => n.id)).toEqual(['eplan-deadline:2569-r2:2026-11-22']);
    expect(notifications[0]!.content).toEqual({
      title: 'รอบ 12 เดือน ปีงบประมาณ 2569: เลยกำหนด 22 วัน',
      message: 'ยังไม่ส่ง 2 รายงาน (ยังไม่มีร่าง 1 · ร่าง 1 · พร้อมส่ง 0)\nครบกำหนด 31 ต.ค. 2569',
      contextMessage: 'ผู้ช่วย e-Plan',
      openPortalButton: 'เปิดระบบ e-PlanNACC',
    });

    vi.setSystemTime(bangkok('2026-11-23 00:01')); // the daily alarm
    await refreshReminders(await DraftStore.open(name), platform);
    expect(notifications.map((n) => n.id)).toEqual([
      'eplan-deadline:2569-r2:2026-11-22',
      'eplan-deadline:2569-r2:2026-11-23',
    ]);
  });

  it('lets two racing recounts show a reminder only once', async () => {
    vi.setSystemTime(bangkok('2026-11-22 09:00'));
    const { name } = await seededStore();
    const { platform, notifications } = fakePlatform();
    const [one, two] = [await DraftStore.open(name), await DraftStore.open(name)];
    await Promise.all([refreshReminders(one, platform), refreshReminders(two, platform)]);
    expect(notifications).toHaveLength(1);
  });

  it('lowers the count when the portal shows a round saved, and follows the settings', async () => {
    vi.setSystemTime(bangkok('2026-11-22 09:00'));
    const { store } = await seededStore();
    const { platform, notifications } = fakePlatform('th');
    await saveSettings(store, { ...DEFAULT_SETTINGS, quiet: true, language: 'en' });
    await store.setMeta(META_KEYS.portalRounds, {
      '1202:2569:2': { portalId: '1202', fiscalYear: 2569, round: 2, saved: true, locked: false, seenAt: 0 },
    });
    const { badge } = await refreshReminders(store, platform);
    expect(badge.text).toBe('1');
    expect(badge.title).toContain('1 report not submitted (0 no draft · 1 draft · 0 ready)');
    expect(notifications).toEqual([]);
  });

  it('reads damaged settings and portal records as defaults instead of failing', async () => {
    vi.setSystemTime(bangkok('2026-11-22 09:00'));
    const { store } = await seededStore();
    await store.setMeta(META_KEYS.settings, { warningDays: 'thirty', quiet: 'yes', leadDays: [7] });
    await store.setMeta(META_KEYS.portalRounds, { junk: 42 });
    await store.setMeta(META_KEYS.notificationLog, 'not a log');
    const { platform, notifications } = fakePlatform();
    const { badge } = await refreshReminders(store, platform);
    expect(badge.text).toBe('2');
    expect(notifications).toHaveLength(1);
  });

  it("reads only the tracked rounds' reports, and the popup counts the damaged ones among them", async () => {
    const now = bangkok('2026-11-22 09:00'); // tracked: FY 2569 round 2 and FY 2570 round 1
    const { store, a, b } = await seededStore();
    await store.saveReport(emptyRoundReport(b.id, 2568, 1));
    await store.saveReport(emptyRoundReport(b.id, 2570, 2));
    await store.db.put('reports', { id: 'damaged-tracked', fiscalYear: 2570, round: 1, projectId: 7 });
    await store.db.put('reports', { id: 'damaged-2568', fiscalYear: 2568, round: 1, projectId: 7 });
    const inputs = await readReminderInputs(store, now);
    expect(inputs.reports.map((r) => `${r.projectId}:${r.fiscalYear}:${r.round}`).sort()).toEqual(
      [`${a.id}:2569:2`, `${a.id}:2570:1`].sort(),
    );
    expect(inputs.projects.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(await countUnreadableRecords(store, trackedRounds(now))).toBe(1);
  });
});
