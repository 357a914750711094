import { contentRuntime } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';
import type { AssistantDock } from './mount-assistant';
import type { PageAnswer, PageService, createPageService } from './page-service';

type Listener = (
  message: unknown,
  sender: { id?: string; url?: string },
  reply: (a: PageAnswer) => void,
) => boolean;
type Events = { onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void } };

/**
 * Passes the assistant's requests to the page service, loading it on the first one. Only our own assistant
 * page is listened to: the portal's scripts can't send extension messages, and other extension pages are
 * turned away by their URL.
 */
export function relayAssistant(page: PortalPage, signal: AbortSignal, dock: AssistantDock): void {
  const resize = dock.resize;
  const runtime = contentRuntime() as ReturnType<typeof contentRuntime> & Events;
  const assistantUrl = runtime.getURL('/assistant.html');
  let service: Promise<PageService> | undefined;
  const load = async () => {
    await import(/* @vite-ignore */ runtime.getURL('/page-service.js'));
    const create = (globalThis as { eplanCreatePageService?: typeof createPageService })
      .eplanCreatePageService;
    if (!create) throw new Error('page service did not load');
    return create(page, signal, resize);
  };
  const listener: Listener = (message, sender, reply) => {
    if (sender.id !== runtime.id || !sender.url?.startsWith(assistantUrl)) return false;
    // The assistant saying it is ready, and resizing its frame, need no page code: answered here, so a
    // closed assistant never loads the page service.
    if ((message as { type?: unknown } | null)?.type === 'assistant.ready') {
      dock.markReady();
      reply({ ok: true, data: { ready: true } });
      return false;
    }
    // Resizing the frame needs no page code: answered here, so a closed assistant never loads the service.
    // (A two-field check by hand: its full schema lives in the service, whose loading this avoids.)
    const { type, height, modal } = (message ?? {}) as { type?: unknown; height?: unknown; modal?: unknown };
    if (
      type === 'assistant.resize' &&
      Number.isInteger(height) &&
      (height as number) >= 0 &&
      (height as number) <= 4000 &&
      (modal === undefined || typeof modal === 'boolean')
    ) {
      resize(height as number, modal === true);
      reply({ ok: true, data: { height: height as number } });
      return false;
    }
    service ??= load();
    service.then(
      (s) => s.handle(message).then(reply),
      (error: unknown) => reply({ ok: false, error: String(error) }),
    );
    return true;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener));
}
