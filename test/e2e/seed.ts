import type { Page } from 'playwright-core';
import { DEMO_PROJECTS, DEMO_UNIT, demoReports } from '../fixtures/sample-drafts';
import type { ExtensionSession } from './harness';

/** Sends a message to the background from an extension page, as the workspace would. */
export async function sendFromPage(
  page: Page,
  message: unknown,
): Promise<{ ok: boolean; data?: never; error?: never }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as never;
}

/**
 * Puts the sample drafts (made from the seed documents, matching the replica's projects) into the
 * extension's store through the real message channel. Returns the project ids by sample key.
 */
export async function seedSampleDrafts(session: ExtensionSession): Promise<Map<string, string>> {
  const page = await session.openExtensionPage('workspace.html');
  const ids = new Map<string, string>();
  const send = async (message: unknown) => {
    const answer = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as {
      ok: boolean;
      data: Record<string, { id: string }>;
      error?: { message: string };
    };
    if (!answer.ok) throw new Error(`seeding failed: ${answer.error?.message}`);
    return answer.data;
  };
  await send({ type: 'unit.set', unitCode: DEMO_UNIT });
  for (const { key, ...fields } of DEMO_PROJECTS)
    ids.set(key, (await send({ type: 'project.save', fields })).project!.id);
  for (const fields of demoReports((key) => ids.get(key)!)) await send({ type: 'report.save', fields });
  await page.close();
  return ids;
}
