// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountBadge, type MountedBadge } from '../../../components/badge/mount';
import type { BadgeModel } from '../../../components/badge/model';
import { emptyLabels } from '../../../utils/sites/types';
import { judgePost, type Verdict } from '../../../utils/verdict';

const verdict: Verdict = judgePost(
  {
    labels: { ...emptyLabels(), paidPartnership: true },
    caption: 'Before and after one session of microneedling: acne scars gone overnight', hashtags: ['ad'],
  },
  { sensitivity: 'balanced' },
);

const model = (over: Partial<BadgeModel> = {}): BadgeModel => ({
  verdict, author: 'glow.clinic', image: { state: 'pending' },
  compare: vi.fn(), notBeforeAfter: vi.fn(), hideAuthor: vi.fn(), loadEqualLight: async () => null, opened: vi.fn(),
  ...over,
});

let post: HTMLElement;
let caption: HTMLElement;
let badge: MountedBadge;
const host = (): HTMLElement => post.querySelector('candid-badge')!;
const shadow = (): ShadowRoot => host().shadowRoot!;
const button = (): HTMLButtonElement => shadow().querySelector('button.badge')!;

beforeEach(() => {
  post = document.createElement('div');
  caption = document.createElement('p');
  caption.textContent = 'caption';
  post.append(caption);
  document.body.append(post);
  badge = mountBadge({ parent: post, before: caption, overlay: false }, model());
});
afterEach(() => {
  badge.remove();
  post.remove();
});

describe('mountBadge', () => {
  it('puts a closed badge before the caption: a host and its button, nothing else', () => {
    expect(verdict.level).toBe('doubtful');
    expect(post.firstElementChild?.localName).toBe('candid-badge');
    const elements = [...shadow().querySelectorAll('*')].map((el) => el.localName);
    expect(elements.filter((name) => name !== 'style')).toEqual(['button']);
    expect(button().className).toBe('badge doubtful');
    expect(button().textContent).toBe('Doubtful before/after');
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(button().getAttribute('aria-label')).toBe(`Candid Skin: Doubtful before/after, ${verdict.reasons.length} reasons. Show details`);
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
  });

  it('opens its card on click, raised, and closes it with Escape, focus back on the button', () => {
    const opened = vi.fn();
    badge.update(model({ opened }));
    button().click();
    expect(opened).toHaveBeenCalledTimes(1);
    const card = shadow().querySelector('[role="dialog"]');
    expect(card?.id).toBe(button().getAttribute('aria-controls'));
    expect(host().hasAttribute('data-open')).toBe(true);
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(button().getAttribute('aria-label')).toMatch(/Hide details$/u);
    card!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(host().hasAttribute('data-open')).toBe(false);
    expect(shadow().activeElement).toBe(button());
  });

  it('keeps keys and clicks from the site', () => {
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'click']) document.addEventListener(type, () => seen.push(type));
    button().dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    button().dispatchEvent(new KeyboardEvent('keyup', { key: 'j', bubbles: true, composed: true }));
    button().click();
    expect(seen).toEqual([]);
  });

  it('writes nothing when an update changes nothing it shows, and only the changed attribute otherwise', async () => {
    const changes: string[] = [];
    new MutationObserver((records) => changes.push(...records.map((r) => r.attributeName ?? r.type))).observe(shadow(), {
      subtree: true, attributes: true, childList: true, characterData: true,
    });
    badge.update(model({ image: { state: 'done', finding: { status: 'not-checked', reason: 'no photo' } } }));
    await Promise.resolve();
    expect(changes).toEqual([]);
    badge.update(model({ verdict: { ...verdict, reasons: verdict.reasons.slice(0, 1) } }));
    await Promise.resolve();
    expect(changes).toEqual(['aria-label']);
    expect(button().getAttribute('aria-label')).toBe('Candid Skin: Doubtful before/after, 1 reason. Show details');
  });

  it('shows the new level and re-draws an open card with the new model', () => {
    button().click();
    badge.update(model({ verdict: { ...verdict, level: 'unsure' } }));
    expect(button().className).toBe('badge unsure');
    expect(shadow().querySelector('[role="dialog"] h2')?.textContent).toBe('Some signs this before/after may not be the whole story');
  });

  it('is gone, card and all, after remove()', () => {
    button().click();
    badge.remove();
    expect(post.querySelector('candid-badge')).toBeNull();
  });
});
