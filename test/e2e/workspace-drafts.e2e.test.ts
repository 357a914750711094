import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../utils/calendar/fiscal-year';
import { translate } from '../../utils/i18n/translate';
import { daysLeftText } from '../../utils/reminders/deadline-text';
import { launchExtension, readExtensionStore, textOf, type ExtensionSession } from './harness';
import { sampleProjectFields } from '../unit/sample-drafts';
import { seedSampleDrafts, sendFromPage } from './seed';

const th = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('th', key, params);
const FISCAL_YEAR = fiscalYearOf(Date.now());
const NAME = 'โครงการอบรมเสริมสร้างวัฒนธรรมองค์กรโปร่งใส ประจำปี';

const sessions: ExtensionSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function launch(): Promise<ExtensionSession> {
  const session = await launchExtension();
  sessions.push(session);
  return session;
}

/** Waits until the form's text is stored: the saved state, as the person sees it. */
async function saved(page: Page): Promise<void> {
  await page.locator('.save-state[data-state=saved]').waitFor();
}

/** Types into a field and waits until the autosave has stored it. */
async function fillAndSave(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(text);
  await page.locator('.save-state[data-state=pending]').waitFor({ state: 'detached' });
  await saved(page);
}

async function chooseUnit(page: Page): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Choose your unit' });
  await search.fill('เขตบางรัก');
  await search.press('Enter');
  await page.locator('.unit-line').waitFor();
}

/** A new project named NAME, then its 6-month round draft of this fiscal year opened. */
async function newProjectAndRoundDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).click();
  await fillAndSave(page, th('fieldProjectName'), NAME);
  await page
    .getByRole('row', { name: String(FISCAL_YEAR) })
    .getByRole('link')
    .first()
    .click();
}

describe('preparing drafts in the workspace', () => {
  it('creates a project and both round drafts, keeps them, versions them, trashes and restores them', async () => {
    const session = await launch();
    const page = await session.openExtensionPage('workspace.html');
    await chooseUnit(page);

    // A new project: the name alone creates it; every later change is a new version.
    await page.getByRole('button', { name: 'New project' }).click();
    expect(await textOf(page.locator('.save-state'))).toBe(th('saveStateUnchanged'));
    await fillAndSave(page, th('fieldProjectName'), NAME);
    expect(page.url()).toMatch(/#project\/[\w-]+$/);
    await page.getByRole('radio', { name: th('withBudget') }).check();
    await page.getByLabel(th('budgetAmount')).fill('๕๐,๐๐๐ บาท');
    // The amount as the portal will receive it, beside the field.
    expect(await textOf(page.locator('.field-hint code'))).toBe('50000');
    await saved(page);
    await fillAndSave(page, th('fieldObjective'), 'เพื่อให้บุคลากรรู้เท่าทันการทุจริต');

    // The 6-month round draft: live checks, then ready once they pass.
    await page
      .getByRole('row', { name: String(FISCAL_YEAR) })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('form', { name: 'Round report' }).waitFor();
    expect(await page.getByRole('button', { name: 'Mark ready' }).isDisabled()).toBe(true);
    await fillAndSave(page, th('fieldOrdinanceBudget'), '50,000');
    await page.getByLabel(th('fieldDisbursed'), { exact: true }).fill('12,5x0');
    // A slip is named beside its field, as typed, and blocks "ready".
    expect(await textOf(page.locator('.field-error', { hasText: '12,5x0' }))).toContain('12,5x0');
    await fillAndSave(page, th('fieldDisbursed'), '12,500');
    await page.getByRole('checkbox', { name: th('inPlanYes') }).check();
    await page.getByRole('radio', { name: 'อยู่ระหว่างดำเนินการ' }).check();
    await fillAndSave(page, th('fieldRemarks'), 'จัดอบรมรุ่นที่ 1 แล้ว ผู้เข้าร่วม 80 คน');
    await page.getByRole('button', { name: 'Mark ready' }).click();
    await expect.poll(() => textOf(page.locator('.editor-actions .chip'))).toBe(th('lifecycleReady'));

    // Undo the last change: the remarks go back, and the draft is a draft again (ready vouched for the old text).
    await fillAndSave(page, th('fieldRemarks'), 'จัดอบรมรุ่นที่ 1 แล้ว ผู้เข้าร่วม 80 คน และรุ่นที่ 2 อีก 60 คน');
    expect(await textOf(page.locator('.editor-actions .chip'))).toBe(th('lifecycleDraft'));
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await expect
      .poll(() => page.getByLabel(th('fieldRemarks'), { exact: true }).inputValue())
      .toBe('จัดอบรมรุ่นที่ 1 แล้ว ผู้เข้าร่วม 80 คน');
    await saved(page);

    // The 12-month round draft, from the project's page.
    await page.getByRole('link', { name: NAME }).first().click();
    await page
      .getByRole('row', { name: String(FISCAL_YEAR) })
      .getByRole('link')
      .nth(1)
      .click();
    await fillAndSave(page, th('fieldRemarks'), 'อยู่ระหว่างเตรียมการอบรมรุ่นที่ 3');

    // Reload: everything is still there, in the plan.
    await page.goto(session.extensionUrl('workspace.html'));
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(NAME) });
    await row.waitFor();
    expect(await row.locator('td .chip').allInnerTexts()).toEqual([
      th('lifecycleDraft'),
      th('lifecycleDraft'),
    ]);

    // Search in Thai finds it by words in a round's remarks.
    await page.getByRole('searchbox', { name: 'Search projects' }).fill('รุ่นที่ ๓');
    expect(await textOf(row.locator('.found-in'))).toContain(th('round2'));
    await page.getByRole('searchbox', { name: 'Search projects' }).fill('ไม่มีคำนี้ในโครงการใด');
    await page.getByText(th('noProjectsMatch')).waitFor();
    await page.getByRole('searchbox', { name: 'Search projects' }).fill('');

    // Edit the project; two versions in history; restoring the first brings back its text.
    await row.getByRole('link', { name: NAME }).click();
    await fillAndSave(page, th('fieldRemark'), 'แก้ไขหลังจากทบทวนแผน');
    const history = page.locator('section', {
      has: page.getByRole('heading', { name: th('historyHeading') }),
    });
    const restoreButtons = history.getByRole('button', { name: 'Restore' });
    await expect.poll(() => restoreButtons.count()).toBeGreaterThanOrEqual(2);
    await restoreButtons.last().click(); // the oldest: the name alone
    await expect.poll(() => page.getByLabel(th('fieldObjective'), { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel(th('fieldRemark'), { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel(th('fieldProjectName'), { exact: true }).inputValue()).toBe(NAME);
    // Undo steps back over the restore: the text just before it returns.
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await expect
      .poll(() => page.getByLabel(th('fieldRemark'), { exact: true }).inputValue())
      .toBe('แก้ไขหลังจากทบทวนแผน');
    await saved(page);

    // Delete: the project and its two round drafts go to the trash together, and come back together.
    await page.getByRole('button', { name: 'Delete project' }).click();
    await page.getByRole('button', { name: 'Restore' }).first().waitFor();
    expect(await textOf(page.locator('.trash-item'))).toContain(NAME);
    await page.getByRole('button', { name: 'Restore' }).first().click();
    await page.locator('.trash-item').waitFor({ state: 'detached' });
    await page.goto(session.extensionUrl('workspace.html'));
    await page.reload();
    const restoredRow = page.getByRole('row', { name: new RegExp(NAME) });
    await restoredRow.waitFor();
    expect(await restoredRow.locator('td .chip').allInnerTexts()).toEqual([
      th('lifecycleDraft'),
      th('lifecycleDraft'),
    ]);
    const worker = await session.serviceWorker();
    expect(await readExtensionStore(worker, 'reports')).toHaveLength(2);
    expect(await readExtensionStore(worker, 'trash')).toHaveLength(0);
  });

  it('exports a backup, and a fresh browser that imports it holds the same drafts', async () => {
    const session = await launch();
    const page = await session.openExtensionPage('workspace.html');
    await chooseUnit(page);
    await newProjectAndRoundDraft(page);
    await fillAndSave(page, th('fieldRemarks'), 'ข้อความที่ต้องไม่หาย ๑๒๓');
    await page.goto(session.extensionUrl('workspace.html'));

    const file = join(await mkdtemp(join(tmpdir(), 'eplan-backup-')), 'backup.json');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    await download.saveAs(file);
    await page
      .getByRole('status')
      .filter({ hasText: th('exportDone') })
      .waitFor();

    // A wiped browser: a fresh profile with nothing in it.
    const fresh = await launch();
    const empty = await fresh.openExtensionPage('workspace.html');
    await chooseUnit(empty);
    await empty.getByLabel('Import backup').setInputFiles(file);
    await empty.getByRole('row', { name: new RegExp(NAME) }).waitFor();

    const before = await session.serviceWorker();
    const after = await fresh.serviceWorker();
    for (const store of ['projects', 'reports']) {
      expect(await readExtensionStore(after, store)).toEqual(await readExtensionStore(before, store));
    }
  });
});

describe('the plan of one fiscal year', () => {
  it('lists the projects planned for the year chosen, and only those', async () => {
    const session = await launch();
    const page = await session.openExtensionPage('workspace.html');
    await sendFromPage(page, { type: 'unit.set', unitCode: '3100300' });
    const project = (name: string, planYears: number[]) => ({
      type: 'project.save',
      fields: sampleProjectFields({ name, planYears, bmaCode: undefined }),
    });
    const older = FISCAL_YEAR - 4; // no round of it is tracked any more
    // Planned for last year too: a round of one of the two years is always tracked, so it owes one.
    await sendFromPage(page, project('โครงการของปีนี้', [FISCAL_YEAR - 1, FISCAL_YEAR]));
    await sendFromPage(page, project('โครงการของปีก่อน ๆ', [older]));
    await page.reload();
    const rows = page.locator('#root tr[data-project-id]');
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('โครงการของปีนี้')]);
    await page.getByRole('combobox', { name: 'Fiscal year' }).selectOption(String(older));
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('โครงการของปีก่อน ๆ')]);
    expect(await textOf(page.getByText(th('showingProjects', { shown: 1, total: 1 })))).toBeTruthy();
    // "Needs attention" lists the project owing this year's round, whatever year is shown.
    // Opened from a notification's link: "Needs attention" lists the project owing a round, whatever the
    // year chosen, and showing all again keeps the year chosen meanwhile.
    await page.goto(session.extensionUrl('workspace.html#outstanding'));
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('โครงการของปีนี้')]);
    await page.getByRole('combobox', { name: 'Fiscal year' }).selectOption(String(older));
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('โครงการของปีนี้')]);
    await page.getByRole('checkbox', { name: 'Needs attention' }).uncheck();
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('โครงการของปีก่อน ๆ')]);
    expect(await page.getByRole('combobox', { name: 'Fiscal year' }).inputValue()).toBe(String(older));
  });
});

describe('a plan left open overnight', () => {
  it('counts the days left from the new day once it is past midnight in Bangkok', async () => {
    const session = await launch();
    await seedSampleDrafts(session);
    const page = await session.context.newPage();
    // 23:59 on 23 November 2026 in Bangkok: 158 days before the 6-month round's due day, 30 April 2027.
    await page.clock.install({ time: Date.parse('2026-11-23T16:59:00Z') });
    await page.goto(session.extensionUrl('workspace.html'));
    const firstDeadline = page.locator('#root table.plan thead .chip').first();
    await firstDeadline.waitFor();
    expect(await textOf(firstDeadline)).toContain(daysLeftText('th', 158));
    await page.clock.fastForward('02:00');
    await expect.poll(() => textOf(firstDeadline), { timeout: 10_000 }).toContain(daysLeftText('th', 157));
  });
});

describe('a text longer than a draft keeps', () => {
  it('says so beside the field and keeps the form unsaved until it is shortened; the page stays usable', async () => {
    const session = await launch();
    const page = await session.openExtensionPage('workspace.html');
    await chooseUnit(page);
    await newProjectAndRoundDraft(page);
    await fillAndSave(page, th('fieldRemarks'), 'ข้อความที่บันทึกไว้แล้ว');

    const remarks = page.getByLabel(th('fieldRemarks'), { exact: true });
    await remarks.fill('ก'.repeat(20_001));
    await page.locator('.save-state[data-state=failed]').waitFor();
    expect(await textOf(page.locator('.field-error', { hasText: '20,001' }))).toBe(
      th('formTextTooLong', { length: '20,001', max: '20,000' }),
    );
    // Nothing typed is cut off, and the stored draft still holds the earlier text.
    expect(await remarks.inputValue()).toHaveLength(20_001);
    const reports = (await readExtensionStore(await session.serviceWorker(), 'reports')) as {
      remarks: string;
    }[];
    expect(reports.map((r) => r.remarks)).toEqual(['ข้อความที่บันทึกไว้แล้ว']);

    await fillAndSave(page, th('fieldRemarks'), 'ย่อให้สั้นลงแล้ว');
    expect(await page.locator('.field-error', { hasText: '20,001' }).count()).toBe(0);
  });
});

describe('a new project left before it has a name', () => {
  it('keeps its text, brings it back on "New project", and lets it go once the project is saved', async () => {
    const session = await launch();
    const page = await session.openExtensionPage('workspace.html');
    await chooseUnit(page);
    await page.getByRole('button', { name: 'New project' }).click();
    const objective = page.getByLabel(th('fieldObjective'), { exact: true });
    await objective.fill('วัตถุประสงค์ที่พิมพ์ก่อนตั้งชื่อ');
    await page.locator('.save-state[data-state=failed]').waitFor();
    const keptAside = async () => {
      const meta = (await readExtensionStore(await session.serviceWorker(), 'meta')) as {
        key: string;
        value: { savedAt: number } | null;
      }[];
      return meta.find((m) => m.key === 'unnamedProject')?.value ?? null;
    };
    const typedAt = (await keptAside())?.savedAt;
    expect(typedAt).toEqual(expect.any(Number));
    await page.getByRole('link', { name: th('backToPlan') }).click();
    await page.getByRole('button', { name: 'New project' }).waitFor();

    await page.getByRole('button', { name: 'New project' }).click();
    await expect.poll(() => objective.inputValue()).toBe('วัตถุประสงค์ที่พิมพ์ก่อนตั้งชื่อ');
    // Brought back, it is saved aside again, still with the time it was typed.
    await page.locator('.save-state[data-state=failed]').waitFor();
    expect((await keptAside())?.savedAt).toBe(typedAt);
    expect(await textOf(page.getByRole('status').filter({ hasText: 'กรอกชื่อโครงการเพื่อบันทึก' }))).toMatch(
      /^นำข้อความที่พิมพ์ไว้เมื่อ \d+ /,
    );
    await fillAndSave(page, th('fieldProjectName'), NAME);
    const projects = (await readExtensionStore(await session.serviceWorker(), 'projects')) as {
      name: string;
      objective: string;
    }[];
    expect(projects.map((p) => [p.name, p.objective])).toEqual([[NAME, 'วัตถุประสงค์ที่พิมพ์ก่อนตั้งชื่อ']]);

    // The next new project starts blank: nothing is kept aside any more.
    expect(await keptAside()).toBeNull();
    await page.getByRole('link', { name: th('backToPlan') }).click();
    await page.getByRole('row', { name: new RegExp(NAME) }).waitFor();
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByRole('form', { name: 'Project' }).waitFor();
    expect(await objective.inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Start blank' }).count()).toBe(0);
  });
});

describe('a ready draft whose project changes', () => {
  it('is a draft again when a planned budget makes its empty amounts an error', async () => {
    const session = await launch();
    const page = await session.openExtensionPage('workspace.html');
    await chooseUnit(page);
    await newProjectAndRoundDraft(page);
    await page.getByRole('radio', { name: 'อยู่ระหว่างดำเนินการ' }).check();
    await fillAndSave(page, th('fieldRemarks'), 'ดำเนินการตามแผนโดยไม่ใช้งบประมาณ');
    await page.getByRole('button', { name: 'Mark ready' }).click();
    await expect.poll(() => textOf(page.locator('.editor-actions .chip'))).toBe(th('lifecycleReady'));

    await page.getByRole('link', { name: NAME }).first().click();
    await page.getByRole('radio', { name: th('withBudget') }).check();
    await fillAndSave(page, th('budgetAmount'), '80,000');
    const row = page.getByRole('row', { name: String(FISCAL_YEAR) });
    await expect.poll(() => textOf(row.locator('.chip').first())).toBe(th('lifecycleDraft'));
    const reports = (await readExtensionStore(await session.serviceWorker(), 'reports')) as {
      lifecycle: string;
    }[];
    expect(reports.map((r) => r.lifecycle)).toEqual(['draft']);
  });
});

describe('one draft open in two windows', () => {
  it('follows a save made in the other window, and says so', async () => {
    const session = await launch();
    const first = await session.openExtensionPage('workspace.html');
    await chooseUnit(first);
    await newProjectAndRoundDraft(first);
    await fillAndSave(first, th('fieldRemarks'), 'ฉบับแรก');

    const second = await session.context.newPage();
    await second.goto(first.url());
    const remarksThere = second.getByLabel(th('fieldRemarks'), { exact: true });
    await expect.poll(() => remarksThere.inputValue()).toBe('ฉบับแรก');

    await fillAndSave(first, th('fieldRemarks'), 'แก้จากหน้าต่างแรก');
    await expect.poll(() => remarksThere.inputValue()).toBe('แก้จากหน้าต่างแรก');
    expect(await textOf(second.locator('.saved-elsewhere'))).toBe(th('savedElsewhereTaken'));
    expect(await first.locator('.saved-elsewhere').count()).toBe(0);

    // And back: the first window follows the second, and its own earlier saves are not news to it.
    await fillAndSave(second, th('fieldRemarks'), 'แก้ต่อจากหน้าต่างที่สอง');
    const remarksHere = first.getByLabel(th('fieldRemarks'), { exact: true });
    await expect.poll(() => remarksHere.inputValue()).toBe('แก้ต่อจากหน้าต่างที่สอง');
    const reports = (await readExtensionStore(await session.serviceWorker(), 'reports')) as {
      remarks: string;
    }[];
    expect(reports.map((r) => r.remarks)).toEqual(['แก้ต่อจากหน้าต่างที่สอง']);
  });
});
