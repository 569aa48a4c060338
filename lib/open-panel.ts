import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/**
 * Opens the comparison: Chrome's side panel, Firefox's sidebar, or (where neither can be opened
 * from here, e.g. without a user gesture) the same page in a tab. Call it before any `await` in a
 * click or message handler: both browsers only open panels while the user gesture is current.
 */
export function openComparePanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  const inTab = () => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }).then(() => undefined);
  try {
    if (chromeApi?.sidePanel && (target.tabId !== undefined || target.windowId !== undefined)) {
      return chromeApi.sidePanel.open(target).catch(inTab);
    }
    if (firefoxSidebar) return firefoxSidebar.open().catch(inTab);
  } catch {
    // fall through to a tab
  }
  return inTab();
}
