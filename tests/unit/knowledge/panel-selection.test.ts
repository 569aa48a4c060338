import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SELECTION,
  FOCUS_FRESH_MS,
  focusFromSearch,
  isFreshFocus,
  MAX_COMPARE,
  newerFocus,
  parseFocus,
  selectionForFocus,
  toggleTreatment,
} from '../../../components/compare/selection';

describe('parseFocus', () => {
  it('keeps known treatment and concern ids', () => {
    expect(parseFocus({ treatment: 'botox', concern: 'fine-lines', at: 5 })).toEqual({ treatment: 'botox', concern: 'fine-lines', at: 5 });
    expect(parseFocus({ concern: 'acne-scars', at: 1 })).toEqual({ concern: 'acne-scars', at: 1 });
  });

  it('drops hostile or unknown values, and returns null when nothing is left', () => {
    expect(parseFocus({ treatment: '<script>', concern: 'acne scars', at: 1 })).toBeNull();
    expect(parseFocus({ treatment: 'microneedling', concern: { toString: () => 'acne-scars' }, at: Number.NaN })).toEqual({ treatment: 'microneedling', at: 0 });
    expect(parseFocus({ treatment: '__proto__' })).toBeNull();
    expect(parseFocus(null)).toBeNull();
    expect(parseFocus('microneedling')).toBeNull();
    expect(parseFocus([])).toBeNull();
  });
});

describe('focusFromSearch', () => {
  it('reads ?treatment=…&concern=…', () => {
    expect(focusFromSearch('?treatment=microdermabrasion&concern=blackheads')).toEqual({ treatment: 'microdermabrasion', concern: 'blackheads', at: 0 });
    expect(focusFromSearch('?concern=dullness')).toEqual({ concern: 'dullness', at: 0 });
  });
  it('is null without usable parameters', () => {
    expect(focusFromSearch('')).toBeNull();
    expect(focusFromSearch('?treatment=%3Cimg%3E')).toBeNull();
  });
});

describe('freshness and order of focus requests', () => {
  it('counts a focus as fresh for FOCUS_FRESH_MS', () => {
    expect(isFreshFocus({ treatment: 'botox', at: 1000 }, 1000 + FOCUS_FRESH_MS)).toBe(true);
    expect(isFreshFocus({ treatment: 'botox', at: 1000 }, 1001 + FOCUS_FRESH_MS)).toBe(false);
  });
  it('keeps the newer of two requests', () => {
    const old = { treatment: 'botox' as const, at: 1 };
    const recent = { treatment: 'microneedling' as const, at: 2 };
    expect(newerFocus(recent, old)).toBe(recent);
    expect(newerFocus(old, recent)).toBe(recent);
    expect(newerFocus(null, old)).toBe(old);
    expect(newerFocus(old, null)).toBe(old);
  });
});

describe('selectionForFocus', () => {
  it('shows the focused treatment first, beside the one the sources compare it with', () => {
    expect(selectionForFocus({ treatment: 'microneedling', at: 1 }, ['botox'])).toEqual(['microneedling', 'microdermabrasion']);
    expect(selectionForFocus({ treatment: 'botox', at: 1 }, DEFAULT_SELECTION)).toEqual(['botox', 'microneedling']);
    expect(selectionForFocus({ treatment: 'microneedling-rf', at: 1 }, [])).toEqual(['microneedling-rf', 'microneedling']);
  });
  it('keeps the selection for a treatment without sources, or a concern alone', () => {
    expect(selectionForFocus({ treatment: 'laser', at: 1 }, ['botox', 'microneedling'])).toEqual(['botox', 'microneedling']);
    expect(selectionForFocus({ concern: 'acne-scars', at: 1 }, DEFAULT_SELECTION)).toEqual([...DEFAULT_SELECTION]);
    expect(selectionForFocus(null, DEFAULT_SELECTION)).toEqual([...DEFAULT_SELECTION]);
  });
});

describe('toggleTreatment', () => {
  it('adds up to three and removes', () => {
    let picked = toggleTreatment(['microneedling'], 'botox');
    expect(picked).toEqual(['microneedling', 'botox']);
    picked = toggleTreatment(picked, 'microdermabrasion');
    expect(picked).toHaveLength(MAX_COMPARE);
    expect(toggleTreatment(picked, 'at-home-roller')).toEqual(picked);
    expect(toggleTreatment(picked, 'botox')).toEqual(['microneedling', 'microdermabrasion']);
  });
  it('never adds a treatment without sources', () => {
    expect(toggleTreatment(['microneedling'], 'chemical-peel')).toEqual(['microneedling']);
  });
});
