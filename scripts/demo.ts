// `npm run demo`: the built extension in Chromium against the replica portal, seeded with sample drafts.
// With a display it opens a window to try things in; without one it runs headless and writes a screenshot
// of each step to a folder it names.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension, PORTAL } from '../test/e2e/harness';
import { SAMPLE_IDS } from '../test/fixtures/portal/replica';
import { assistantFrame, openAssistant, press, settled, stir } from '../test/e2e/assistant';
import { seedSampleDrafts } from '../test/e2e/seed';
import { fiscalYearOf } from '../utils/calendar/fiscal-year';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'demo-screenshots');

async function main() {
  const session = await launchExtension({ headless, lang: args.includes('--en') ? 'en' : 'th' });
  const ids = await seedSampleDrafts(session);
  const firstProject = ids.values().next().value!;
  const workspace = await session.openExtensionPage('workspace.html');
  await workspace.setViewportSize({ width: 1280, height: 900 });
  await workspace.getByRole('table').waitFor();
  const fiscalYear = fiscalYearOf(Date.now());
  const english = async (on: boolean) => {
    await workspace.getByRole('combobox', { name: 'Language' }).selectOption(on ? 'en' : 'th');
    await workspace.getByRole('heading', { name: on ? 'e-Plan Assistant' : 'ผู้ช่วย e-Plan' }).waitFor();
  };

  const portal = await session.context.newPage();
  await portal.setViewportSize({ width: 1280, height: 900 });
  if (!headless) {
    await portal.goto(`${PORTAL}/projectdisplay.php`);
    console.log('Chromium is open with e-Plan Assistant and the replica portal. Close the window to stop.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    return;
  }

  await mkdir(outDir, { recursive: true });
  const steps: [string, () => Promise<void>][] = [
    [
      '01-workspace-th.png',
      async () => void (await workspace.screenshot({ path: `${outDir}/01-workspace-th.png` })),
    ],
    [
      '02-workspace-en.png',
      async () => {
        await english(true);
        await workspace.screenshot({ path: `${outDir}/02-workspace-en.png` });
        await english(false);
      },
    ],
    [
      '03-portal-project-list.png',
      async () => {
        await portal.goto(`${PORTAL}/projectdisplay.php`);
        await portal.locator('table#system').waitFor();
        await portal.screenshot({ path: `${outDir}/03-portal-project-list.png`, fullPage: true });
      },
    ],
    [
      '04-portal-report-form.png',
      async () => {
        await portal.goto(`${PORTAL}/projectreport.php?id=${SAMPLE_IDS.budget}&r=1&y=2570`);
        await portal.locator('form[name=frmProject]').waitFor();
        // The assistant's button comes once the person stirs on the page.
        await stir(portal);
        await portal.getByRole('button', { name: 'Open assistant' }).waitFor();
        await portal.screenshot({ path: `${outDir}/04-portal-report-form.png`, fullPage: true });
      },
    ],
    [
      '05-assistant-preview.png',
      async () => {
        // The assistant on the report page: the draft found, each field's current → draft value.
        const assistant = await openAssistant(portal, session);
        await portal.screenshot({ path: `${outDir}/05-assistant-preview.png` });
        await press(assistant, 'Fill from draft');
        await assistant.getByRole('status').waitFor();
      },
    ],
    [
      '06-review-before-submit.png',
      async () => {
        // A figure that can't be right, then the portal's own save: the review stops it first.
        await portal.locator('[name=txtPaid]').fill('60000');
        await portal.locator('[name=btnSubmit]').click();
        const assistant = await assistantFrame(portal, session);
        await assistant.getByRole('dialog').waitFor();
        await settled(assistant);
        await portal.screenshot({ path: `${outDir}/06-review-before-submit.png` });
        await assistant.getByRole('button', { name: 'Go back' }).click();
      },
    ],
    [
      '07-bma-import.png',
      async () => {
        // The BMA monitoring report (seed 004) pasted in: what was read, what looks damaged, the proposed draft.
        await workspace.getByRole('button', { name: 'Import BMA report' }).click();
        await workspace
          .getByRole('textbox', { name: 'BMA progress report text' })
          .fill(readFileSync(resolve('test/fixtures/bma/seed-004.txt'), 'utf8'));
        await workspace.getByRole('combobox', { name: 'ปีงบประมาณ (พ.ศ.)' }).selectOption('2566');
        await workspace.getByRole('combobox', { name: 'รอบการรายงาน' }).selectOption('1');
        await workspace.getByRole('button', { name: 'บันทึกเป็นร่าง' }).waitFor();
        await workspace.screenshot({ path: `${outDir}/07-bma-import.png`, fullPage: true });
      },
    ],
    [
      '08-project-form-th.png',
      async () => {
        // A project's form, mirroring the portal's plan form, with its round drafts and version history.
        await workspace.goto(session.extensionUrl(`workspace.html#project/${firstProject}`));
        await workspace.getByRole('form', { name: 'Project' }).waitFor();
        await workspace.screenshot({ path: `${outDir}/08-project-form-th.png`, fullPage: true });
      },
    ],
    [
      '09-round-draft-th.png',
      async () => {
        // A round draft with a figure that can't be right: the check speaks beside the field as it is typed.
        await workspace.goto(session.extensionUrl(`workspace.html#report/${firstProject}/${fiscalYear}/1`));
        await workspace.getByRole('form', { name: 'Round report' }).waitFor();
        await workspace.getByLabel('การเบิกจ่ายงบประมาณ ปีงบประมาณนี้').fill('๖๐,๐๐๐ บาท');
        await workspace.locator('.save-state[data-state=saved]').waitFor();
        await workspace.screenshot({ path: `${outDir}/09-round-draft-th.png`, fullPage: true });
      },
    ],
    [
      '10-round-draft-en.png',
      async () => {
        await english(true);
        await workspace.getByRole('form', { name: 'Round report' }).waitFor();
        await workspace.screenshot({ path: `${outDir}/10-round-draft-en.png`, fullPage: true });
        await workspace.getByRole('button', { name: 'Undo last change' }).click();
        await workspace.locator('.save-state[data-state=saved]').waitFor();
        await english(false);
      },
    ],
    [
      '11-trash-th.png',
      async () => {
        await workspace.goto(session.extensionUrl(`workspace.html#project/${firstProject}`));
        await workspace.getByRole('button', { name: 'Delete project' }).click();
        await workspace.locator('.trash-item').first().waitFor();
        await workspace.screenshot({ path: `${outDir}/11-trash-th.png` });
        await workspace.getByRole('button', { name: 'Restore' }).first().click();
        await workspace.locator('.trash-item').waitFor({ state: 'detached' });
      },
    ],
    [
      '12-csv-import-th.png',
      async () => {
        await workspace.goto(session.extensionUrl('workspace.html'));
        await workspace.getByRole('button', { name: 'Import projects (CSV)' }).click();
        await workspace
          .getByLabel('Import projects from CSV')
          .setInputFiles(resolve('test/fixtures/csv/three-valid-one-bad.csv'));
        await workspace.getByRole('button', { name: 'Save projects' }).waitFor();
        await workspace.screenshot({ path: `${outDir}/12-csv-import-th.png`, fullPage: true });
      },
    ],
    [
      '13-side-panel-th.png',
      async () => {
        // The workspace at the narrowest side panel's width (320 px), as it sits beside the portal.
        const panel = await session.context.newPage();
        await panel.setViewportSize({ width: 320, height: 760 });
        await panel.goto(session.extensionUrl('workspace.html'));
        await panel.locator('#root table.plan').scrollIntoViewIfNeeded();
        await panel.screenshot({ path: `${outDir}/13-side-panel-th.png` });
        await panel.close();
      },
    ],
    [
      'popup-th.png',
      async () => {
        // The toolbar popup, opened as a page at the popup's width.
        const popup = await session.openExtensionPage('popup.html');
        await popup.setViewportSize({ width: 360, height: 640 });
        await popup.getByRole('region', { name: 'กำหนดส่งถัดไป' }).waitFor();
        await popup.screenshot({ path: `${outDir}/popup-th.png`, fullPage: true });
      },
    ],
  ];
  for (const [file, step] of steps) {
    await step();
    console.log(`  wrote ${outDir}/${file}`);
  }
  console.log(`Screenshots of each step are in ${outDir}`);
  await session.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
