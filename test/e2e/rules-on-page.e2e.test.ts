import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { TH } from '../../utils/i18n/strings';
import { REPORT_RULES } from '../../utils/rules/report-rules';
import { SAMPLE_IDS } from '../fixtures/portal/replica';
import { openAssistant, press } from './assistant';
import { launchExtension, PORTAL, type ExtensionSession } from './harness';
import { seedSampleDrafts } from './seed';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await seedSampleDrafts(session);
});
afterAll(() => session.close());

const url = (round: 1 | 2) => `${PORTAL}/projectreport.php?id=${SAMPLE_IDS.budget}&r=${round}&y=2570`;

/** A valid 6-month form for the budget project (planned 50,000 baht), to break one thing at a time. */
async function fillValid(page: Page) {
  await page.locator('[name=txtAmount]').fill('50000');
  await page.locator('[name=txtPaid]').fill('20000');
  await page.locator('[name=input_plan]').check();
  await page.locator('[name=status_process][value="2"]').click();
  await page.locator('[name=txtRemarkReport]').fill('จัดอบรมแล้วหนึ่งรุ่น');
}

/** Each rule that a page can break, and how to break it. (context.page-mismatch needs a fill from another
 * period's draft, which the assistant never offers: its unit tests cover it.) */
const SCENARIOS: [ruleId: string, round: 1 | 2, breakIt: (page: Page) => Promise<void>][] = [
  [
    'status.missing',
    1,
    // A person can't untick a radio; a reset-and-retype can leave none chosen.
    (p) =>
      p.evaluate(() =>
        document
          .querySelectorAll<HTMLInputElement>('[name=status_process]')
          .forEach((r) => (r.checked = false)),
      ),
  ],
  ['status.reason-missing', 1, (p) => p.locator('[name=status_process][value="4"]').click()],
  [
    'status.other-reason-missing',
    1,
    async (p) => {
      await p.locator('[name=status_process][value="4"]').click();
      await p.locator('[name=cant_process][value="4"]').click();
    },
  ],
  ['status.completed-locks', 1, (p) => p.locator('[name=status_process][value="3"]').click()],
  ['amount.empty', 1, (p) => p.locator('[name=txtPaid]').fill('')],
  ['amount.unreadable', 1, (p) => p.locator('[name=txtPaid]').fill('ห้าหมื่น')],
  ['amount.fractional', 1, (p) => p.locator('[name=txtPaid]').fill('20000.50')],
  ['amount.normalised', 1, (p) => p.locator('[name=txtPaid]').fill('๒๐,๐๐๐ บาท')],
  ['budget.disbursed-over-ordinance', 1, (p) => p.locator('[name=txtPaid]').fill('60000')],
  ['budget.over-planned', 1, (p) => p.locator('[name=txtAmount]').fill('70000')],
  // The seeded 6-month draft of this project disbursed 12,500 baht.
  ['budget.twelve-month-below-six-month', 2, (p) => p.locator('[name=txtPaid]').fill('10000')],
  ['budget.in-plan-unticked', 1, (p) => p.locator('[name=input_plan]').uncheck()],
  [
    'budget.completed-round-one-nothing-disbursed',
    1,
    async (p) => {
      await p.locator('[name=txtPaid]').fill('0');
      await p.locator('[name=status_process][value="3"]').click();
    },
  ],
  ['remarks.empty', 1, (p) => p.locator('[name=txtRemarkReport]').fill('')],
  ['text.damaged', 1, (p) => p.locator('[name=txtRemarkReport]').fill('ประสานรายชื่อ ? สกุล ของเจ้าหน้าที่แล้ว')],
  ['text.placeholder', 1, (p) => p.locator('[name=txtRemarkReport]').fill('TODO')],
];

/** The Thai words each rule's messages start with, up to their first placeholder. */
function messageStarts(ruleId: string): string[] {
  const rule = REPORT_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.messageKeys.map((k) => TH[k as keyof typeof TH].split('{')[0]!.trim()).filter(Boolean);
}

describe('every rule fires on the portal page, with its message beside the problem', () => {
  it('covers every rule but the one no page can break', () => {
    const covered = new Set(SCENARIOS.map(([id]) => id));
    expect(REPORT_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual(['context.page-mismatch']);
  });

  for (const [ruleId, round, breakIt] of SCENARIOS) {
    it(ruleId, async () => {
      const page = await session.context.newPage();
      onTestFinished(() => page.close());
      await page.goto(url(round));
      await fillValid(page);
      await breakIt(page);
      const assistant = await openAssistant(page, session);
      await press(assistant, 'Check entries');
      const item = assistant.locator(`.finding[data-rule="${ruleId}"]`).first();
      await item.waitFor();
      const text = await item.innerText();
      expect(messageStarts(ruleId).some((start) => text.includes(start))).toBe(true);
    });
  }
});
