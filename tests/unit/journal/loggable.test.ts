import { describe, expect, it } from 'vitest';
import { LOGGABLE_TREATMENTS } from '../../../components/journal/QuickLogForm';
import { NOT_IN_SOURCES } from '../../../utils/knowledge/treatments';
import { TREATMENT_IDS } from '../../../utils/treatments';

describe('the quick log offers the treatments the knowledge base has sources for', () => {
  it('matches the comparison registry, microneedling first', () => {
    expect([...LOGGABLE_TREATMENTS].sort()).toEqual(TREATMENT_IDS.filter((id) => !NOT_IN_SOURCES.includes(id)).sort());
    expect(LOGGABLE_TREATMENTS[0]).toBe('microneedling');
  });
});
