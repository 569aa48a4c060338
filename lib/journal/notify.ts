import { browser } from 'wxt/browser';
import type { PlannedReminder } from '../../utils/schedule/reminders';

/**
 * Notifications and the toolbar badge. Plain "basic" notifications only: the one kind Firefox
 * supports as well as Chrome. The icon is inline so a notification never depends on a file that
 * another part of the build may move.
 */
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAMAAABg3Am1AAABPlBMVEVMaXGzUmqzUmu1U2y0Umq0UmqzU2r/AACyU2myTGa0U2uzUmq0UmqqVWqzU2u0U2mzU2u0U2qzUmqzUmuzUmuzU2u0UmuzUmuzUmuzUm60Umu0Umq0U2qzUmuzUmqzUmuzUmq0Umu1Umu2UG21UWuzU2qxVWq0U2qzUmu0UmuzUmu0U2u0UWqzUWu0U2q0UmmzUmqzVGq0U2q0U2qzUmq0UmuzU2qyUmyzUWu0U2q0U2u0U2u0UmqzU2uzUWq0VGyxVWyyUmyzU2q0U2u0UmqzVGuzUmq0Umu0U2u1UmuwTmL///+0U2v79/j68/W/a4DhusTz4+fGfI705ej69PW/bID8+Pns1drivMXHgJHIgJLIgpPIgZK/bYHt1dvs09nz5Ojs0tn58vPGfY++aX7s1NrivMbhu8T79vfhusO4kKwrAAAAS3RSTlMA7bBJiPn4AUYK8rP2DNZSh9fS99iAhalHJeun0PBK+ra8WiNFuiSGpu7PlkhOzSLxW7hWlLmEV1HvsvWXg1RVIVDZq6pYzvN3Uw2o7sSxAAAACXBIWXMAAAsTAAALEwEAmpwYAAABxUlEQVRIib2V11oCMRCFQ3MRqfYCggoqgr33XjMgqChi7/r+L+DnCjKThOxeeS7n/Ge/ZHZ2lrH/V6Df3dKejsfTkZWwK2BFG669JkBq68oaOn6zFSRFQw3xngFQKjWs5o9jah7AN6g6fQdo5JZuYqzpeICMmAjreYB1yi9a8QDTpD+H1oGpIRRo0E+qVJ3fsMMDLP11SPF+VYrWOuUSnZvy+eXl48etWO+uBnZp+e6eV3VVok7fL39C5hNeLmo85xdnxPI3m4F++nzEc54/JabXDLhJ7QHznN8Tc8QMtJD7Up7zCnadZmAHl97FQAG7ETPgwKVzMfCI3V4z4MGlnBjIYbfJRuBTDuiPVJSP1I5LZTHwhd2g3NZbMXAtt5V+nU+UvyJmp2JYX581o5E0A4E2UjzLI54O3+rv8LEuUoXSW41/oM+H0er3kKVlgEqhmMsVC+S+9WFlzJgAWxr7W2Yhe4Hx+tpI2OHn0V4a9lnzsUm8+matA4N0uS5Y8R2UZ0ZGz88JPGPsSMe7ZZ6x0HIj3Lev4hkbmlHziS01zxjbHpPxA/S+ZBndfX5M+0e92h/7j5q9I86gw+NxBJ2dyeo8/6u+AThVvAvEf8j+AAAAAElFTkSuQmCC';

export const NOTIFICATION_PREFIX = 'candid-reminder:';

export async function showReminder(reminder: PlannedReminder): Promise<void> {
  await browser.notifications.create(NOTIFICATION_PREFIX + reminder.id, {
    type: 'basic',
    iconUrl: ICON,
    title: reminder.title,
    message: reminder.message,
  });
}

interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`. */
function badgeApi(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

export async function setBadge(text: string): Promise<void> {
  const api = badgeApi();
  if (!api) return;
  await api.setBadgeText({ text });
  if (text) await api.setBadgeBackgroundColor({ color: '#8a3a50' });
}
