import browser from 'webextension-polyfill';

/**
 * The workspace beside the portal: Chrome's side panel (manifest `side_panel`), Firefox's sidebar
 * (`sidebar_action`). A thin adapter over whichever the browser has; both show workspace.html.
 */

interface FirefoxSidebar {
  open(): Promise<void>;
}

const sidebarOf = () => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
const chromeSidePanel = () =>
  typeof chrome !== 'undefined' && typeof chrome.sidePanel?.open === 'function'
    ? chrome.sidePanel
    : undefined;

/** Whether this browser can show the workspace beside the page. */
export function sidePanelAvailable(): boolean {
  return chromeSidePanel() !== undefined || typeof sidebarOf()?.open === 'function';
}

/**
 * Opens the workspace beside the page in the given window. The browser allows it only in answer to a click,
 * so call it in the click's own turn, with the window id already known (no await before it).
 */
export function openSidePanel(windowId: number): Promise<void> {
  const panel = chromeSidePanel();
  if (panel) return panel.open({ windowId });
  const sidebar = sidebarOf();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel'));
}
