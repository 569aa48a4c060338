import { render } from 'preact';
import { BADGE_TAG } from '../../utils/page-marks';
import type { BadgeSlot } from '../../utils/sites/types';
import { BADGE_CSS, sharedBadgeSheet } from './styles';
import { Card } from './Card';
import { badgeLabel, LEVEL_TEXT, type BadgeModel } from './model';

export interface MountedBadge {
  update(model: BadgeModel): void;
  remove(): void;
}

/** Keyboard events stop at the badge, so the site's own shortcuts never see what is typed in the card. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

let nextId = 0;

/**
 * Adopts the shared sheet; false where that is refused (constructable sheets missing, or a content
 * script's array not accepted across Firefox's Xray boundary): the badge then carries a style element.
 */
function adoptShared(shadow: ShadowRoot): boolean {
  const sheet = sharedBadgeSheet();
  if (!sheet) return false;
  try {
    shadow.adoptedStyleSheets = [sheet];
    return shadow.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

/**
 * Mounts a badge in its own shadow root, before `slot.before` or at the end of `slot.parent`.
 *
 * A closed badge is a host and a button holding its text, built by hand; Preact renders only an
 * opened card. The host has no box of its own (`display: contents`) and the level's dot is the
 * button's background, not an element: on a long feed every box on the page costs the browser's
 * pre-paint, layout and paint something in each later frame, whoever drew it, so a badge costs about
 * what its boxes cost. Measured side by side (`npm run bench:variants -- --share 1`, TikTok, 500
 * badges, 3 rounds): 1,871 ms added with host, button and dot as boxes; 1,571 ms like this; a span
 * with role=button instead of the button, 1,511 ms (within noise, so the native button stays).
 * Styles come from one shared constructable sheet (no per-badge style parsing).
 */
export function mountBadge(slot: BadgeSlot, first: BadgeModel): MountedBadge {
  let model = first;
  let open = false;
  const cardId = `candid-card-${++nextId}`;

  const host = document.createElement(BADGE_TAG);
  if (slot.overlay) host.setAttribute('data-overlay', '');
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptShared(shadow)) {
    const style = document.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-controls', cardId);
  const label = document.createTextNode('');
  button.append(label);
  shadow.append(button);
  /** Where Preact draws the card: made on the first open. */
  let cardSlot: HTMLElement | null = null;

  /** Writes only what changed: a photo result that changes nothing visible touches nothing. */
  const set = (name: string, value: string): void => {
    if (button.getAttribute(name) !== value) button.setAttribute(name, value);
  };
  const paint = (): void => {
    const level = model.verdict.level;
    if (level === 'none') return; // the scanner removes the badge of a post that is no longer one
    set('class', `badge ${level}`);
    set('aria-expanded', String(open));
    set('aria-label', badgeLabel(level, model.verdict.reasons.length, open));
    if (label.data !== LEVEL_TEXT[level].badge) label.data = LEVEL_TEXT[level].badge;
    if (!open) return;
    if (!cardSlot) shadow.append((cardSlot = document.createElement('div')));
    render(<Card id={cardId} model={model} title={LEVEL_TEXT[level].title} onClose={close} />, cardSlot);
  };

  const toggle = (next: boolean): void => {
    if (next === open) return;
    open = next;
    // Positioned (and raised) only while open (see styles.ts), set before the card is drawn.
    host.toggleAttribute('data-open', open);
    if (!open && cardSlot) render(null, cardSlot);
    paint();
    if (open) model.opened();
  };
  function close(): void {
    toggle(false);
    button.focus();
  }

  button.addEventListener('click', () => toggle(!open));
  // Escape closes from anywhere in the badge; inside the shadow root, because the events stop at the host.
  shadow.addEventListener('keydown', (event) => {
    if (open && (event as KeyboardEvent).key === 'Escape') close();
  });
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  // Clicks on the badge must not reach the post (a tile is a link; feeds open the video).
  host.addEventListener('click', (event) => {
    event.stopPropagation();
    event.preventDefault();
  });

  paint();
  if (slot.before instanceof Element) slot.before.before(host);
  else slot.parent.append(host);

  return {
    update(next: BadgeModel): void {
      model = next;
      paint();
    },
    remove(): void {
      if (cardSlot) render(null, cardSlot);
      host.remove();
    },
  };
}
