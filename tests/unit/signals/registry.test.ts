import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASON_SIGNALS } from '../../../utils/signals/index';
import { SIGNAL_IDS_CHECK } from './registry-fixtures';
import { KB_SECTIONS } from '../../../utils/knowledge/sources';
import { post } from './make-input';

const SIGNALS_DIR = fileURLToPath(new URL('../../../utils/signals/', import.meta.url));
const TESTS_DIR = fileURLToPath(new URL('./', import.meta.url));
/** Files of the folder that are not signals. */
const SUPPORT = new Set(['types.ts', 'text.ts', 'index.ts']);
/** Signals that answer "is it ours?" and "which treatment?" rather than giving reasons. */
const NOT_REASONS = new Set(['before-after', 'treatment']);

const signalFiles = readdirSync(SIGNALS_DIR)
  .filter((file) => file.endsWith('.ts') && !SUPPORT.has(file))
  .map((file) => file.replace(/\.ts$/, ''));

describe('signal registry', () => {
  it('registers every reason signal file once, under its file name', () => {
    const registered = REASON_SIGNALS.map((signal) => signal.id).sort();
    expect(registered).toEqual(signalFiles.filter((name) => !NOT_REASONS.has(name)).sort());
  });

  it.each(signalFiles)('%s has its own test file', (name) => {
    expect(existsSync(`${TESTS_DIR}${name}.test.ts`)).toBe(true);
  });

  it('gives reasons that name their signal, a knowledge-base section, evidence and a strength in 0..1', () => {
    let seen = 0;
    for (const caption of SIGNAL_IDS_CHECK) {
      for (const signal of REASON_SIGNALS) {
        for (const reason of signal.detect(post(caption, ['ad', 'filter'], { paidPartnership: true, effects: ['Glow'] }), { treatment: 'microneedling' })) {
          seen++;
          expect(reason.signal).toBe(signal.id);
          expect(reason.id.startsWith(`${signal.id}.`)).toBe(true);
          expect(Object.keys(KB_SECTIONS)).toContain(reason.kb);
          expect(reason.evidence.length).toBeGreaterThan(0);
          expect(reason.strength).toBeGreaterThan(0);
          expect(reason.strength).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});
