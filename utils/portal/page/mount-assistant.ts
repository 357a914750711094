import { contentRuntime } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';

const COLLAPSED_HEIGHT = 64;
const WIDTH = 400;

/**
 * Puts the assistant on the page: our own extension page in an iframe, inside a closed shadow root, fixed
 * to the bottom right. The page's scripts can't read into it, and its styles can't leak either way.
 */
export function mountAssistant(
  page: PortalPage,
  signal: AbortSignal,
): { resize(height: number, modal: boolean): void } {
  const host = document.createElement('eplan-assistant');
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  // The page it sits on travels in the address, so the assistant can look up drafts before touching the page.
  frame.src = `${contentRuntime().getURL('/assistant.html')}#${encodeURIComponent(JSON.stringify(page))}`;
  frame.title = 'ผู้ช่วย e-Plan · e-Plan Assistant';
  const style = document.createElement('style');
  style.textContent = `:host{all:initial}iframe{position:fixed;right:16px;bottom:16px;width:${WIDTH}px;max-width:calc(100vw - 32px);height:${COLLAPSED_HEIGHT}px;max-height:calc(100vh - 32px);border:0;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,.22);z-index:2147483647;background:transparent;color-scheme:light}iframe.modal{inset:0;width:100vw;max-width:none;height:100vh;max-height:none;border-radius:0;box-shadow:none}`;
  shadow.append(style, frame);
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());
  return {
    resize(height, modal) {
      frame.classList.toggle('modal', modal);
      frame.style.height = modal ? '' : `${Math.max(COLLAPSED_HEIGHT, height)}px`;
    },
  };
}
