import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_IDS } from '../fixtures/portal/replica';
import { assistantFrame, openAssistant, press } from './assistant';
import {
  launchExtension,
  PORTAL,
  readExtensionStore,
  openWithWorkerAsleep,
  textOf,
  type ExtensionSession,
} from './harness';
import { seedSampleDrafts } from './seed';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const reportUrl = (id: number, round: 1 | 2) => `${PORTAL}/projectreport.php?id=${id}&r=${round}&y=2570`;

/** Types a report the checks have nothing against and presses the portal's save; the list follows. */
async function saveValidReport(page: Page): Promise<void> {
  await page.locator('[name=txtAmount]').fill('50000');
  await page.locator('[name=txtPaid]').fill('12500');
  await page.locator('[name=status_process][value="2"]').check();
  await Promise.all([
    page.waitForURL(`${PORTAL}/projectdisplay.php`),
    page.locator('[name=btnSubmit]').click(),
  ]);
}

describe('checks before the portal saves', () => {
  it('with an error nothing is sent: "Review before submit" lists it and "Go back" returns to the form', async () => {
    session = await launchExtension();
    await seedSampleDrafts(session);
    const page = await session.context.newPage();
    await page.goto(reportUrl(SAMPLE_IDS.budget, 1));
    await page.locator('[name=txtAmount]').fill('50000');
    await page.locator('[name=txtPaid]').fill('60000');
    await page.locator('[name=btnSubmit]').click();
    const assistant = await assistantFrame(page, session);
    const dialog = assistant.getByRole('dialog', { name: /Review before submit/ });
    const text = await textOf(dialog);
    expect(text).toMatch(/กรุณาเลือกสถานะการดำเนินงาน/);
    expect(text).toMatch(/ยอดการเบิกจ่าย 60,000 บาท สูงกว่างบประมาณตามข้อบัญญัติ/);
    expect(await dialog.getByRole('button', { name: 'Submit anyway' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await assistant.getByRole('dialog').waitFor({ state: 'detached' });
    expect(session.replica.posts).toEqual([]);
    expect(page.url()).toBe(reportUrl(SAMPLE_IDS.budget, 1));
  });

  it('a save pressed before anything else on the page still waits for the check', async () => {
    session = await launchExtension();
    await seedSampleDrafts(session);
    // The click that saves is the first stir, and the form's features come a moment after it.
    const page = await openWithWorkerAsleep(session, reportUrl(SAMPLE_IDS.budget, 1));
    await page.locator('[name=btnSubmit]').click();
    const assistant = await assistantFrame(page, session);
    const dialog = assistant.getByRole('dialog', { name: /Review before submit/ });
    expect(await textOf(dialog)).toMatch(/กรุณาเลือกสถานะการดำเนินงาน/);
    expect(session.replica.posts).toEqual([]);
  });

  it('with warnings only, "Submit anyway" sends exactly the page values, and the draft becomes submitted', async () => {
    session = await launchExtension();
    const ids = await seedSampleDrafts(session);
    const page = await session.context.newPage();
    await page.goto(reportUrl(SAMPLE_IDS.budget, 1));
    const assistant = await openAssistant(page, session);
    await press(assistant, 'Fill from draft');
    await assistant.getByRole('status').waitFor();
    // Untick "in plan": a budget project without it is a warning, not an error.
    await page.locator('[name=input_plan]').uncheck();
    await page.locator('[name=btnSubmit]').click();
    const dialog = assistant.getByRole('dialog', { name: /Review before submit/ });
    expect(await textOf(dialog)).toMatch(/บรรจุไว้ใน/);
    await dialog.getByRole('button', { name: 'Submit anyway' }).click();
    await page.waitForURL(`${PORTAL}/projectdisplay.php`);
    const fields = Object.fromEntries(session.replica.posts[0]!.fields);
    expect(fields).toMatchObject({ txtAmount: '50000', txtPaid: '12500', status_process: '2' });
    expect(fields.input_plan).toBeUndefined();
    await expect
      .poll(async () => {
        const reports = (await readExtensionStore(await session!.serviceWorker(), 'reports')) as {
          projectId: string;
          round: number;
          lifecycle: string;
          submittedValues?: Record<string, string>;
        }[];
        return reports.find((r) => r.projectId === ids.get('budget') && r.round === 1);
      })
      .toMatchObject({ lifecycle: 'submitted', submittedValues: { txtAmount: '50000', txtPaid: '12500' } });
  });

  it('with nothing to report the save goes through untouched', async () => {
    session = await launchExtension();
    await seedSampleDrafts(session);
    const page = await session.context.newPage();
    await page.goto(reportUrl(SAMPLE_IDS.budget, 1));
    const assistant = await openAssistant(page, session);
    await press(assistant, 'Fill from draft');
    await assistant.getByRole('status').waitFor();
    await Promise.all([
      page.waitForURL(`${PORTAL}/projectdisplay.php`),
      page.locator('[name=btnSubmit]').click(),
    ]);
    expect(session.replica.posts).toHaveLength(1);
  });

  it('an assistant that never loads does not swallow the save: it goes on after a short wait', async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    // A page script that removes the assistant's frame as soon as it appears, so it never loads.
    await page.addInitScript(() => {
      new MutationObserver(() => document.querySelector('eplan-assistant')?.remove()).observe(document, {
        childList: true,
        subtree: true,
      });
    });
    await page.goto(reportUrl(SAMPLE_IDS.budget, 1));
    await saveValidReport(page);
    expect(session.replica.posts).toHaveLength(1);
  });

  it('a page left open while the extension goes away (updated, reloaded, turned off) still saves', async () => {
    session = await launchExtension();
    await seedSampleDrafts(session);
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(reportUrl(SAMPLE_IDS.budget, 1));
    await openAssistant(page, session);
    // Reloading from its own worker leaves the extension off in this browser, as during an update.
    const worker = await session.serviceWorker();
    const gone = new Promise((done) => worker.once('close', done));
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await gone;
    await saveValidReport(page);
    expect(session.replica.posts).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('"Check entries" marks each problem beside its control and lists it; an item focuses its control', async () => {
    session = await launchExtension();
    await seedSampleDrafts(session);
    const page = await session.context.newPage();
    await page.goto(reportUrl(SAMPLE_IDS.budget, 1));
    await page.locator('[name=txtPaid]').fill('99999');
    const assistant = await openAssistant(page, session);
    await press(assistant, 'Check entries');
    expect(await textOf(assistant.getByRole('status'))).toMatch(/พบข้อผิดพลาด \d+ รายการ/);
    const item = assistant.locator('.finding', { hasText: 'สูงกว่างบประมาณตามข้อบัญญัติ' });
    await item.locator('button').click();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
      .toBe('txtPaid');
    // The page's own values and layout are untouched.
    expect(await page.locator('[name=txtPaid]').inputValue()).toBe('99999');
  });
});
