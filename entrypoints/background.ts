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
import { META_KEYS } from '../utils/store/meta-keys';
import { changeShowsOnPlan } from '../utils/store/plan-stamp';
import { announceStoreChange, onStoreChange } from '../utils/store/store-changes';
import { drawPlanAhead } from './workspace/draw-plan-ahead';
import { rememberingReadableRecords } from '../utils/store/remembering-readable-records';

// Wiring only: every listener is registered synchronously at start (so events that woke the worker reach
// it), and each delegates to utils/. Nothing lives only in memory: each recount and each drawing of the plan
// reads the store afresh (the drawing only remembers what checking a record gave, for the same content),
// and the plan is drawn ahead again at start if a stopped worker left it undrawn.
/** How long after a change the reminders are recounted. */
const RECOUNT_AFTER_CHANGE_MS = 1000;

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
  const recount = coalescingRunner(
    async () => {
      await ensureDailyAlarm();
      await refreshReminders(await openSharedStore(), chromeReminderPlatform);
    },
    (error) => console.error('e-Plan Assistant: reminders could not be recounted', error),
  );

  // The workspace's plan as last drawn, kept current so the next opening shows it at once: drawn here after
  // a change made anywhere, a new day or an update, at once (an opening may follow the change closely). Each
  // keep is announced (nothing on the plan changes with it): a workspace opening just after a change waits
  // for it.
  // Remembers what the records it last read gave when checked: a drawing checks again only those changed since.
  const checkRecords = rememberingReadableRecords();
  const drawPlan = coalescingRunner(
    async () =>
      drawPlanAhead(await openSharedStore(), {
        now: Date.now(),
        version,
        browserLanguages: navigator.languages,
        kept: () => announceStoreChange({ kind: 'meta', id: META_KEYS.planSnapshot }),
        readable: checkRecords,
      }),
    (error) => console.error('e-Plan Assistant: the plan could not be drawn ahead', error),
  );
  // After a change, the recount waits a moment (the badge follows a second later): it reads every unit's
  // reports, and a workspace opened meanwhile, say by a person who has just saved in the portal's tab,
  // would wait for the database behind it. Changes meanwhile are counted in the same recount. (A worker is
  // not stopped within a second of an event; if it were, the recount at its next start would make up for it.)
  let recountDue: ReturnType<typeof setTimeout> | undefined;
  const recountAfterChange = () => {
    recountDue ??= setTimeout(() => {
      recountDue = undefined;
      void recount();
    }, RECOUNT_AFTER_CHANGE_MS);
  };

  onStoreChange((change) => {
    if (changeShowsOnPlan(change)) void drawPlan();
    if (changeNeedsRecount(change)) recountAfterChange();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== DAILY_ALARM) return;
    void recount();
    void drawPlan();
  });
  browser.runtime.onStartup.addListener(() => {
    void recount();
    void drawPlan();
  });
  browser.runtime.onInstalled.addListener(() => {
    void recount();
    void drawPlan();
  });
  browser.notifications.onClicked.addListener((id) => void openFromReminder(id, 'body'));
  browser.notifications.onButtonClicked?.addListener((id) => void openFromReminder(id, 'portal'));

  // The worker has just started (browser start-up, an event, or after Chrome stopped it when idle).
  void recount();
  void drawPlan();
});
