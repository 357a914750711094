import * as z from 'zod/mini';
import browser from 'webextension-polyfill';
import { PAGE_RESPONSE_SCHEMAS, type PageRequest, type PageResponse } from '../messaging/page-protocol';

let tabId: Promise<number> | undefined;

/** The portal tab this assistant iframe sits in. */
export function ownTabId(): Promise<number> {
  tabId ??= browser.tabs.getCurrent().then((tab) => {
    if (tab?.id === undefined) throw new Error('The assistant is not inside a portal tab');
    return tab.id;
  });
  return tabId;
}

/** Asks the content script of the page around this iframe (its top frame) and checks the answer. */
export async function askPage<T extends PageRequest['type']>(
  request: Extract<PageRequest, { type: T }>,
): Promise<PageResponse<T>> {
  const raw = await browser.tabs.sendMessage(await ownTabId(), request, { frameId: 0 });
  const answer = z
    .union([
      z.object({ ok: z.literal(true), data: PAGE_RESPONSE_SCHEMAS[request.type as T] }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ])
    .parse(raw) as { ok: true; data: PageResponse<T> } | { ok: false; error: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}
