import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { BADGE_TAG } from '../../utils/page-marks';
import type { BadgeSlot } from '../../utils/sites/types';
import { BADGE_CSS, sharedBadgeSheet } from './styles';
import { Badge } from './Badge';
import type { BadgeModel } from './model';


export interface MountedBadge {
  update(model: BadgeModel): void;
  remove(): void;
}

/**
 * Mounts a badge in its own shadow root at `slot`. Styles come from one shared constructable sheet
 * (no per-badge style parsing); `isolateEvents` keeps the site's keyboard shortcuts out of the card.
 */
export async function mountBadge(ctx: ContentScriptContext, slot: BadgeSlot, model: BadgeModel): Promise<MountedBadge> {
  const sheet = sharedBadgeSheet();
  const ui = await createShadowRootUi(ctx, {
    name: BADGE_TAG,
    position: 'inline',
    anchor: slot.before instanceof Element ? slot.before : slot.parent,
    append: slot.before instanceof Element ? 'before' : 'last',
    // Our sheet starts with `:host { all: initial }`; no need for WXT's per-UI reset element.
    inheritStyles: true,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, shadow, host) {
      if (slot.overlay) host.setAttribute('data-overlay', '');
      if (sheet) shadow.adoptedStyleSheets = [sheet];
      else {
        const style = document.createElement('style');
        style.textContent = BADGE_CSS;
        shadow.prepend(style);
      }
      // Clicks on the badge must not reach the post (a tile is a link; feeds open the video).
      host.addEventListener('click', (event) => {
        event.stopPropagation();
        event.preventDefault();
      });
      render(<Badge model={model} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return {
    update(next: BadgeModel): void {
      if (ui.mounted) render(<Badge model={next} />, ui.mounted);
    },
    remove(): void {
      ui.remove();
    },
  };
}
