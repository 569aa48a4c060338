// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { HiddenOnPosts } from '../../../components/HiddenOnPosts';
import { db } from '../../../lib/db';
import { allDecisions, decisionKeys, setDecision } from '../../../lib/decisions';
import { MAX_DECISIONS } from '../../../utils/protocol/scan';
import { freshRootEachTest } from '../fresh-root';

const NOW = Date.UTC(2025, 5, 10, 12);

beforeEach(async () => {
  await db().decisions.clear();
});

describe('choices on posts', () => {
  it('stores a choice, lists it newest first, and forgets it when undone', async () => {
    await setDecision({ site: 'tiktok', kind: 'hide-author', key: 'first' }, NOW);
    await setDecision({ site: 'tiktok', kind: 'hide-author', key: 'second' }, NOW + 1);
    await setDecision({ site: 'instagram', kind: 'hide-author', key: 'elsewhere' }, NOW + 2);
    expect(await decisionKeys('tiktok', 'hide-author')).toEqual(['second', 'first']);
    await setDecision({ site: 'tiktok', kind: 'hide-author', key: 'first', on: false }, NOW + 3);
    expect(await decisionKeys('tiktok', 'hide-author')).toEqual(['second']);
    expect(await decisionKeys('instagram', 'hide-author')).toEqual(['elsewhere']);
  });

  it(`keeps the newest ${MAX_DECISIONS} of a kind per site, dropping the oldest`, async () => {
    await db().decisions.bulkPut(
      Array.from({ length: MAX_DECISIONS }, (_, i) => ({ id: `tiktok:not-before-after:p${i}`, site: 'tiktok' as const, kind: 'not-before-after' as const, key: `p${i}`, at: NOW + i })),
    );
    await setDecision({ site: 'instagram', kind: 'not-before-after', key: 'other-site' }, NOW);
    await setDecision({ site: 'tiktok', kind: 'not-before-after', key: 'newest' }, NOW + MAX_DECISIONS);
    const keys = await decisionKeys('tiktok', 'not-before-after');
    expect(keys).toHaveLength(MAX_DECISIONS);
    expect(keys[0]).toBe('newest');
    expect(keys).not.toContain('p0');
    expect(keys).toContain('p1');
    expect(await decisionKeys('instagram', 'not-before-after')).toEqual(['other-site']);
  });
});

describe('HiddenOnPosts (popup settings)', () => {
  let root: HTMLElement;
  freshRootEachTest((element) => (root = element));

  const settle = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  };
  const button = (name: string): HTMLButtonElement => {
    const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
    if (!found) throw new Error(`no button "${name}" in ${root.textContent}`);
    return found;
  };

  it('says when nothing is hidden', async () => {
    act(() => render(<HiddenOnPosts />, root));
    await settle();
    expect(root.textContent).toContain('Nothing hidden.');
  });

  it('lists hidden authors and shows one again, leaving the others hidden', async () => {
    await setDecision({ site: 'tiktok', kind: 'hide-author', key: 'glow.clinic' }, NOW);
    await setDecision({ site: 'instagram', kind: 'hide-author', key: 'derm.daily' }, NOW + 1);
    await setDecision({ site: 'tiktok', kind: 'not-before-after', key: '7300000000000000001' }, NOW + 2);
    act(() => render(<HiddenOnPosts />, root));
    await settle();
    expect([...root.querySelectorAll('.hidden-authors li')].map((li) => li.textContent)).toEqual(['@derm.daily (Instagram) Show again', '@glow.clinic (TikTok) Show again']);
    expect(root.textContent).toContain('1 post marked “Not a before/after post”.');

    button('Show @glow.clinic again on TikTok').click();
    await settle();
    expect((await allDecisions()).map((row) => row.key)).toEqual(['7300000000000000001', 'derm.daily']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('@glow.clinic is shown again. Reload an open feed to see its badges again.');
    expect(root.textContent).not.toContain('glow.clinic (TikTok)');

    button('Check them again').click();
    await settle();
    expect((await allDecisions()).map((row) => row.key)).toEqual(['derm.daily']);
  });
});
