// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ComparePanel } from '../../../components/compare/ComparePanel';
import type { Focus } from '../../../components/compare/selection';
import { freshRootEachTest } from '../fresh-root';

let root: HTMLElement;
freshRootEachTest((element) => (root = element));

const headers = (): string[] =>
  [...root.querySelectorAll('thead th[scope="col"]:not(.row-head)')].map((th) => th.childNodes[0]?.textContent ?? '');

function show(focus: Focus | null): void {
  act(() => render(<ComparePanel focus={focus} context={null} now={Date.now()} />, root));
}

describe('ComparePanel', () => {
  it('starts on microneedling beside microdermabrasion, every row with a row header', () => {
    show(null);
    expect(headers()).toEqual(['Microneedling', 'Microdermabrasion']);
    expect(root.querySelectorAll('tbody th[scope="row"]')).toHaveLength(13);
    expect(root.querySelector('caption')?.textContent).toBe('Microneedling and Microdermabrasion side by side');
  });

  it('follows each new focus, and keeps the user’s own picks until the next one', () => {
    show(null);
    const botox: Focus = { treatment: 'botox', concern: 'large-pores', at: 1 };
    show(botox);
    expect(headers()).toEqual(['Botox', 'Microneedling']);
    expect(root.querySelector<HTMLSelectElement>('select')?.value).toBe('large-pores');
    expect(root.querySelector('.concern-row th')?.textContent).toBe('For large pores?');

    // The user adds a third; re-rendering with the same request does not undo it.
    const roller = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((i) => i.value === 'at-home-roller')!;
    act(() => roller.click());
    expect(headers()).toEqual(['Botox', 'Microneedling', 'At-home roller']);
    show({ ...botox });
    expect(headers()).toEqual(['Botox', 'Microneedling', 'At-home roller']);

    // A new request (a new `at`) re-selects.
    show({ treatment: 'microdermabrasion', at: 2 });
    expect(headers()).toEqual(['Microdermabrasion', 'Microneedling']);
  });

  it('opens a cell’s sources with aria-expanded', () => {
    show(null);
    const toggle = root.querySelector<HTMLButtonElement>('tbody .sources-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toMatch(/What the sources say/);
    expect(panel.textContent).toMatch(/S2 How microneedling works/);
  });

  it('says plainly when the focused treatment has no source, without a column for it', () => {
    show({ treatment: 'chemical-peel', at: 3 });
    expect(root.querySelector('.notice')?.textContent).toBe('Chemical peel is not in our sources yet, so we show no facts about it.');
    expect(headers()).toEqual(['Microneedling', 'Microdermabrasion']);
  });
});
