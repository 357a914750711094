import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_IDS } from '../fixtures/portal/replica';
import { sampleProjectFields, sampleReportFields } from '../unit/sample-drafts';
import { launchExtension, PORTAL, readExtensionStore, textOf, type ExtensionSession } from './harness';
import { seedSampleDrafts } from './seed';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('drafts through the real message channel', () => {
  it('an extension page saves drafts through the background; they survive a browser restart', async () => {
    session = await launchExtension();
    const page = await session.openExtensionPage('workspace.html');
    const send = (message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

    expect(await send({ type: 'unit.set', unitCode: '3100300' })).toEqual({
      ok: true,
      data: { unitCode: '3100300' },
    });
    const saved = (await send({ type: 'project.save', fields: sampleProjectFields() })) as {
      ok: true;
      data: { project: { id: string } };
    };
    expect(saved.ok).toBe(true);
    const projectId = saved.data.project.id;
    const report = (await send({ type: 'report.save', fields: sampleReportFields(projectId) })) as {
      ok: true;
      data: { report: { id: string; revision: number } };
    };
    expect(report.data.report.revision).toBe(1);
    const refused = await send({
      type: 'report.save',
      fields: { ...sampleReportFields(projectId), disbursed: -5 },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: /fields\.disbursed/ },
    });

    session = await session.restart();
    const reports = (await readExtensionStore(await session.serviceWorker(), 'reports')) as { id: string }[];
    expect(reports.map((r) => r.id)).toEqual([report.data.report.id]);
    const workspace = await session.openExtensionPage('workspace.html');
    expect(await textOf(workspace.getByRole('row', { name: /โครงการการบูรณาการ/ }))).toContain('ร่าง');
    expect(
      await textOf(workspace.getByText('สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร', { exact: false })),
    ).toContain('3100300');
  });
});

describe('the replica portal in the browser', () => {
  it('loads the project table after the page, as the portal does', async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    await page.goto(`${PORTAL}/projectdisplay.php`);
    const link = page.locator(`#projectDisplay table#system a[href*="id=${SAMPLE_IDS.budget}&r=1"]`);
    await link.first().waitFor();
    expect(await page.locator('#projectDisplay table#system tbody tr').count()).toBeGreaterThanOrEqual(4);
  });

  it('records exactly the body a filled report form posts, then redirects to the project list', async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    await page.goto(`${PORTAL}/projectreport.php?id=${SAMPLE_IDS.budget}&r=1&y=2570`);
    // The portal's keypress filter lets only digits through, so a typed comma never arrives.
    await page.locator('input[name=txtAmount]').fill('');
    await page.locator('input[name=txtAmount]').pressSequentially('50,000');
    expect(await page.locator('input[name=txtAmount]').inputValue()).toBe('50000');
    await page.locator('input[name=txtPaid]').fill('12500');
    await page.locator('input[name=input_plan]').check();
    await page.locator('input[name=status_process][value="4"]').click();
    await page.locator('input[name=cant_process][value="4"]').click();
    await page.locator('input[name=cant_reason]').fill('รอผลการพิจารณาของผู้บริหาร');
    await page.locator('textarea[name=txtRemarkReport]').fill('ไม่สามารถดำเนินการได้ในรอบนี้');
    await Promise.all([
      page.waitForURL(`${PORTAL}/projectdisplay.php`),
      page.locator('[name=btnSubmit]').click(),
    ]);

    expect(session.replica.posts).toHaveLength(1);
    expect(session.replica.posts[0]!.path).toBe('/projectreportadd.php');
    // Exactly what the portal would have received, in the order the browser sent it.
    expect(session.replica.posts[0]!.fields).toEqual([
      ['input_state', 'insert'],
      ['txtBudget', '50000'],
      ['txtAmount', '50000'],
      ['txtPaid', '12500'],
      ['input_plan', 'Y'],
      ['status_process', '4'],
      ['cant_process', '4'],
      ['cant_reason', 'รอผลการพิจารณาของผู้บริหาร'],
      ['txtRemarkReport', 'ไม่สามารถดำเนินการได้ในรอบนี้'],
      ['btnSubmit', ''],
      ['id', String(SAMPLE_IDS.budget)],
      ['local_goverment_id', '3100300'],
      ['dimention', '1'],
      ['non_budget', 'Y'],
      ['r', '1'],
      ['y', '2570'],
    ]);
  });
});

describe('the workspace a deadline notification opens', () => {
  it('at #outstanding shows only projects still owing a tracked round, and can show all again', async () => {
    session = await launchExtension();
    await seedSampleDrafts(session);
    const page = await session.openExtensionPage('workspace.html');
    // A project planned only for a fiscal year two ahead owes nothing the reminders track yet.
    const later = Number((await textOf(page.locator('#projects-heading'))).match(/\d{4}/)![0]) + 2;
    await page.evaluate(
      (fields) => chrome.runtime.sendMessage({ type: 'project.save', fields }),
      sampleProjectFields({ name: 'โครงการปีหน้าถัดไป', planYears: [later] }),
    );
    const filtered = await session.openExtensionPage('workspace.html#outstanding');
    await filtered.getByRole('table').waitFor();
    const rows = () => filtered.locator('tbody tr').allInnerTexts();
    expect((await rows()).some((r) => r.includes('โครงการปีหน้าถัดไป'))).toBe(false);
    expect((await rows()).some((r) => r.includes('โครงการฝึกอบรม'))).toBe(true);
    // Showing all lists this year's projects; the later one is in its own year's plan.
    await filtered.getByRole('button', { name: 'แสดงทุกโครงการ' }).click();
    await expect.poll(async () => (await rows()).some((r) => r.includes('โครงการฝึกอบรม'))).toBe(true);
    await filtered.getByRole('combobox', { name: 'Fiscal year' }).selectOption(String(later));
    await expect.poll(async () => (await rows()).some((r) => r.includes('โครงการปีหน้าถัดไป'))).toBe(true);
  });
});
