import { contentRuntime } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';

const COLLAPSED_HEIGHT = 64;
const WIDTH = 400;
const FRAME_STYLE = `iframe{position:fixed;right:16px;bottom:16px;width:${WIDTH}px;max-width:calc(100vw - 32px);height:${COLLAPSED_HEIGHT}px;max-height:calc(100vh - 32px);border:0;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,.22);z-index:2147483647;background:transparent;color-scheme:light}iframe.modal{inset:0;width:100vw;max-width:none;height:100vh;max-height:none;border-radius:0;box-shadow:none}`;
// The launcher is styled inline, with no style sheet to parse, and writes in the page's own typeface (the
// body's font family, which the page shapes its Thai text with anyway). Against the earlier style sheet and
// font list of our own: 77.9 vs 85.4 ms of the report page's main-thread time in one traced A/B of 16 loads
// (scripts/bench-load-variants.ts --trace); untraced runs could not tell the two apart. Inside the shadow
// root the page's style sheets can't reach the button, and `all: initial` on the host stops what the page
// would pass down. Focus keeps the browser's own ring.
const LAUNCHER_STYLE =
  'position:fixed;right:16px;bottom:16px;z-index:2147483647;font-size:14px;font-weight:bold;line-height:1;color:#fff;background:#123c69;border:0;border-radius:999px;padding:12px 18px;box-shadow:0 0 0 2px #fff;cursor:pointer';
const FALLBACK_FONT = 'Sarabun,Loma,Garuda,Tahoma,sans-serif';

/** The font family the page writes its body text in (by the first activity, the page's style is done). */
function pageFontFamily(): string {
  const family = document.body ? getComputedStyle(document.body).fontFamily : '';
  return family || FALLBACK_FONT;
}

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
  launcherHost.style.cssText = 'all:initial';
  const launcherShadow = launcherHost.attachShadow({ mode: 'open' });
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.style.cssText = LAUNCHER_STYLE;
  launcher.style.fontFamily = pageFontFamily();
  launcher.textContent = 'ผู้ช่วย e-Plan';
  launcher.setAttribute('aria-label', 'ผู้ช่วย e-Plan (Open assistant)');
  launcherShadow.append(launcher);
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
