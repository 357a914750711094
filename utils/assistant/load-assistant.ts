import type { RecoverySnapshot } from '../messaging/content-protocol';
import { sendRequest } from '../messaging/send-request';
import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import type { PortalPage } from '../portal/page-kind';
import { PortalPageSchema } from '../portal/portal-page-schema';
import { recoveryKeyOf } from '../portal/recovery-key';
import type { TaughtBinding } from '../portal/taught-binding';

export interface AssistantData {
  page: PortalPage;
  projects: Project[];
  reports: RoundReport[];
  taught: TaughtBinding[];
  recovery: RecoverySnapshot | null;
  unitCode: string | null;
}

/** The page the content script put in the iframe's address. */
export function pageFromHash(hash: string): PortalPage {
  return PortalPageSchema.parse(JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
}

/**
 * The drafts the assistant needs for this page, through the background: a frame inside the portal's page
 * is a third-party context, where Chrome may deny it storage of its own, so it never opens the database.
 */
export async function loadAssistant(page: PortalPage): Promise<AssistantData> {
  return { page, ...(await sendRequest({ type: 'assistant.load', pageKey: recoveryKeyOf(page) })) };
}
