import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { handlePageWorldMessage } from '../utils/messaging/handle-page-world-message';
import { isPageWorldMessage } from '../utils/messaging/page-world-protocol';
import { handleRequest, isAssistantMessage } from '../utils/messaging/handle-request';
import {
  chromeReminderPlatform,
  ensureDailyAlarm,
  openFromReminder,
} from '../utils/reminders/chrome-reminders';
import { changeNeedsRecount } from '../utils/reminders/change-needs-recount';
import { coalescingRunner } from '../utils/reminders/coalescing-runner';
import { DAILY_ALARM } from '../utils/reminders/daily-alarm';
import { refreshReminders } from '../utils/reminders/refresh-reminders';
import { openSharedStore } from '../utils/store/open-shared-store';
import { changeShowsOnPlan } from '../utils/store/plan-stamp';
import { onStoreChange } from '../utils/store/store-changes';
import { keepPlanDrawn } from '../utils/workspace/keep-plan-drawn';
import { closeLeftOutOfSightPage, offscreenPlanDrawing } from '../utils/workspace/offscreen-plan-drawing';

// Wiring only: every listener is registered synchronously at start (so events that woke the worker reach
// it), and each delegates to utils/. Nothing lives only in memory: each recount reads the store afresh, and
// a drawing of the plan ahead that a stopped worker had pending is looked for again when it starts.
export default defineBackground(() => {
  const version = browser.runtime.getManifest().version;

  // portal-wake.js on a portal form page (Chrome only): the person stirred there, or left it untouched.
  const answerPageWorld = (message: unknown, sender: Runtime.MessageSender) =>
    handlePageWorldMessage(
      message,
      sender,
      {
        async startFormScript({ tabId, frameId, documentId }) {
          await browser.scripting.executeScript({
            target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
            files: ['/portal-form.js'],
          });
        },
        async recordSeen(page, rounds) {
          await handleRequest({ type: 'page.seen', page, rounds }, await openSharedStore(), version);
        },
      },
      Date.now(),
    );
  // From the page's own world, through the manifest's externally_connectable.
  browser.runtime.onMessageExternal.addListener(answerPageWorld);

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own content scripts and pages; the portal's page scripts cannot reach this listener.
    if (sender.id !== browser.runtime.id) return undefined;
    // Messages for the assistant in a portal tab (the content script asking it to review) are its to answer.
    if (isAssistantMessage(message)) return undefined;
    // Chrome before 111 ignores the manifest's `world` and runs portal-wake.js in the isolated world, from
    // where its messages come here.
    if (isPageWorldMessage(message)) return answerPageWorld(message, sender);
    return openSharedStore().then((store) => handleRequest(message, store, version));
  });

  // Reminders: the badge, the daily alarm and the notifications, recounted whenever anything may have changed.
  const runRecount = coalescingRunner(
    async () => {
      await ensureDailyAlarm();
      await refreshReminders(await openSharedStore(), chromeReminderPlatform);
    },
    (error) => console.error('e-Plan Assistant: reminders could not be recounted', error),
  );
  let lastRecount = Promise.resolve();
  const recount = () => (lastRecount = runRecount());

  // The workspace's plan as last drawn, kept current while no workspace is open (Chrome), so that the next
  // opening shows it at once: after a change, a new day or an update, once the recount is done.
  const planDrawing = offscreenPlanDrawing(() => lastRecount, version);
  const drawPlan = planDrawing
    ? keepPlanDrawn(planDrawing, {
        quietMs: 500,
        onError: (error) => console.error('e-Plan Assistant: the plan could not be drawn ahead', error),
      }).schedule
    : () => undefined;

  onStoreChange((change) => {
    if (changeNeedsRecount(change)) void recount();
    if (changeShowsOnPlan(change)) drawPlan();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== DAILY_ALARM) return;
    void recount();
    drawPlan();
  });
  browser.runtime.onStartup.addListener(() => {
    void recount();
    drawPlan();
  });
  browser.runtime.onInstalled.addListener(() => {
    void recount();
    drawPlan();
  });
  browser.notifications.onClicked.addListener((id) => void openFromReminder(id, 'body'));
  browser.notifications.onButtonClicked?.addListener((id) => void openFromReminder(id, 'portal'));

  // The worker has just started (browser start-up, an event, or after Chrome stopped it when idle).
  void recount();
  void closeLeftOutOfSightPage().then(drawPlan);
});
