import { contentRuntime } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';

const COLLAPSED_HEIGHT = 64;
const WIDTH = 400;
const FRAME_STYLE = `iframe{position:fixed;right:16px;bottom:16px;width:${WIDTH}px;max-width:calc(100vw - 32px);height:${COLLAPSED_HEIGHT}px;max-height:calc(100vh - 32px);border:0;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,.22);z-index:2147483647;background:transparent;color-scheme:light}iframe.modal{inset:0;width:100vw;max-width:none;height:100vh;max-height:none;border-radius:0;box-shadow:none}`;
const LAUNCHER_STYLE = `button{position:fixed;right:16px;bottom:16px;z-index:2147483647;font:600 14px/1 Sarabun,Loma,Garuda,sans-serif;color:#fff;background:#123c69;border:0;border-radius:999px;padding:12px 18px;box-shadow:0 6px 24px rgba(0,0,0,.22);cursor:pointer}button:focus-visible{outline:3px solid #2680c2;outline-offset:2px}`;

export interface AssistantDock {
  /** Puts the assistant's frame on the page (opened, or as its collapsed bar); once only. */
  show(open: boolean): void;
  /** Resolves once the assistant page has loaded and spoken to the page. */
  ready: Promise<void>;
  markReady(): void;
  resize(height: number, modal: boolean): void;
}

/**
 * The assistant's place on the page: at first a small button, so loading the portal page costs next to
 * nothing; our extension page in an iframe once it is needed (the button is pressed, typed text can be
 * recovered, or the form is being saved). Each lives in a shadow root, so styles can't leak either way;
 * the frame's is closed, so the page's scripts can't reach it.
 */
export function createAssistantDock(
  page: PortalPage,
  signal: AbortSignal,
  /** Runs once, just before the frame is made (so nothing the assistant says is missed). */
  beforeFrame: (dock: AssistantDock) => void,
): AssistantDock {
  // The button holds nothing private, so its shadow root is open (assistive tools and tests reach it).
  const launcherHost = document.createElement('eplan-assistant-button');
  const launcherShadow = launcherHost.attachShadow({ mode: 'open' });
  const launcherStyle = document.createElement('style');
  launcherStyle.textContent = `:host{all:initial}${LAUNCHER_STYLE}`;
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.textContent = 'ผู้ช่วย e-Plan';
  launcher.setAttribute('aria-label', 'ผู้ช่วย e-Plan (Open assistant)');
  launcherShadow.append(launcherStyle, launcher);
  document.documentElement.append(launcherHost);

  // The frame's host is made only when the assistant is needed: most page loads never need it.
  let host: HTMLElement | undefined;
  signal.addEventListener('abort', () => {
    host?.remove();
    launcherHost.remove();
  });

  let frame: HTMLIFrameElement | undefined;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const dock: AssistantDock = {
    show(open) {
      if (frame) return;
      beforeFrame(dock);
      host = document.createElement('eplan-assistant');
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = `:host{all:initial}${FRAME_STYLE}`;
      frame = document.createElement('iframe');
      // The page it sits on travels in the address, so the assistant can look up drafts before reading it.
      const url = contentRuntime().getURL('/assistant.html');
      frame.src = `${url}${open ? '?open=1' : ''}#${encodeURIComponent(JSON.stringify(page))}`;
      frame.title = 'ผู้ช่วย e-Plan · e-Plan Assistant';
      shadow.append(style, frame);
      launcherHost.remove();
      document.documentElement.append(host);
    },
    ready,
    markReady: () => markReady(),
    resize(height, modal) {
      if (!frame) return;
      frame.classList.toggle('modal', modal);
      frame.style.height = modal ? '' : `${Math.max(COLLAPSED_HEIGHT, height)}px`;
    },
  };
  launcher.addEventListener('click', () => dock.show(true));
  return dock;
}
