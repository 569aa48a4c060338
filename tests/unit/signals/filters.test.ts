import { describe, expect, it } from 'vitest';
import { detectFilters } from '../../../utils/signals/filters';
import type { PostLabels } from '../../../utils/sites/types';
import { HOSTILE_NOTHING, post } from './make-input';

const ctx = { treatment: null };

type Case = [caption: string, hashtags: string[], labels: Partial<PostLabels>, id: string, evidence: string];

const POSITIVE: readonly Case[] = [
  ['Day 30 ✨', [], { effects: ['Bold Glamour'] }, 'filters.effect-label', 'Effect: Bold Glamour'],
  ['My skin now', [], { aiGenerated: true }, 'filters.ai-label', 'AI-generated label'],
  ['Acne journey', ['filter', 'acne'], {}, 'filters.filter', '#filter'],
  ['Glass skin', ['beautyfilter'], {}, 'filters.retouch', '#beautyfilter'],
  ['Week 6', ['facetune', 'microneedling'], {}, 'filters.retouch', '#facetune'],
  ['Results', ['edited'], {}, 'filters.filter', '#edited'],
  ['Used a filter on the after, sorry', [], {}, 'filters.filter', 'filter'],
  ['AI-generated before/after of what microneedling can do', [], {}, 'filters.ai', 'AI-generated'],
  ['Antes y después generado con IA', [], {}, 'filters.ai', 'generado con IA'],
  ['Vorher/nachher mit KI erstellt', [], {}, 'filters.ai', 'mit KI erstellt'],
  ['Tiktok effect on the second pic lol', [], {}, 'filters.filter', 'Tiktok effect'],
  ['Foto retocada, lo sé', [], {}, 'filters.retouch', 'retocada'],
  ['Filtre sur la photo après', [], {}, 'filters.filter', 'Filtre'],
  ['Edited the lighting a bit', [], {}, 'filters.filter', 'Edited'],
  ['A little airbrushed, but the texture is real', [], {}, 'filters.retouch', 'airbrushed'],
];

const NEGATIVE: readonly [caption: string, hashtags: string[]][] = [
  ['Microneedling results', ['nofilter']],
  ['No filter, no edit', []],
  ['Sin filtro 🙌', ['sinfiltro']],
  ['Sem filtro, só pele', ['semfiltro']],
  ['Sans filtre ni retouche', []],
  ['Ohne Filter, ehrlich', []],
  ['Real skin', ['unfiltered', 'filterfree']],
  ['Side effects: redness for 2 days', []],
  ['Effects of microneedling on acne scars', []],
  ['Not edited, same light, same phone', []],
  ['Edit: adding my routine below', []],
  // A sunscreen's filters, and denials after the word
  ['Antes e depois, 4 sessões. Sempre uso filtro solar!', []],
  ['Protector con filtro UV todos los días', []],
  ['SPF with mineral filters only!', []],
  ['Sunscreen filter: zinc oxide. SPF 50 filters, broad spectrum filters', []],
  ['Filter: none', []],
  ['Filter-free, promise', []],
  ['Edited? Nope', []],
  ['Facetune? Never!', []],
  ['Zero filter used', []],
  ['Photos non filtrées, non retouchées', []],
  ["J'ai modifié ma routine", []],
  ...HOSTILE_NOTHING.map((caption): [string, string[]] => [caption, []]),
];

describe('detectFilters', () => {
  it.each(POSITIVE)('finds a filter in: %s', (caption, hashtags, labels, id, evidence) => {
    const reasons = detectFilters(post(caption, hashtags, labels), ctx);
    const reason = reasons.find((r) => r.id === id);
    expect(reason, JSON.stringify(reasons)).toBeDefined();
    expect(reason?.evidence).toContain(evidence);
    expect(reason?.kb).toBe('social-posts');
    expect(reason?.signal).toBe('filters');
  });

  it.each(NEGATIVE.map(([caption, tags]) => [caption.slice(0, 50), caption, tags] as const))('finds none in: %s', (_, caption, hashtags) => {
    expect(detectFilters(post(caption, hashtags), ctx)).toEqual([]);
  });

  it('weighs platform labels and AI above a mentioned filter', () => {
    const strength = (labels: Partial<PostLabels>, caption = ''): number[] => detectFilters(post(caption, [], labels), ctx).map((r) => r.strength);
    expect(strength({ effects: ['Glow'] })[0]).toBeGreaterThanOrEqual(0.9);
    expect(strength({ aiGenerated: true })[0]).toBeGreaterThanOrEqual(0.9);
    expect(strength({}, 'filter')[0]).toBeLessThan(0.9);
  });

  it('counts a tag once, in the strongest kind it fits', () => {
    const reasons = detectFilters(post('', ['beautyfilter']), ctx);
    expect(reasons.map((r) => r.id)).toEqual(['filters.retouch']);
  });

  it('shows a few effect names as text, and ignores junk in the label list', () => {
    const effects = ['<b>Glow</b>', '', 'x'.repeat(500), ...Array.from({ length: 20 }, (_, i) => `Effect ${i}`)];
    const [reason] = detectFilters(post('', [], { effects: [...effects, 7 as unknown as string] }), ctx);
    expect(reason?.evidence[0]).toBe('Effect: <b>Glow</b>');
    expect(reason?.evidence.length).toBeLessThanOrEqual(5);
    expect(reason?.evidence.every((item) => item.length <= 80)).toBe(true);
  });

  it('returns on 100 KB adversarial captions', () => {
    expect(detectFilters(post('no filter '.repeat(10_000)), ctx)).toEqual([]);
    expect(detectFilters(post('#'.repeat(100_000)), ctx)).toEqual([]);
  });
});
