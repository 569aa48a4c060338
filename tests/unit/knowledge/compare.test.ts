import { describe, expect, it } from 'vitest';
import {
  compareRows,
  concernCell,
  isNotStated,
  ROW_IDS,
  treatmentsForConcern,
  type Cell,
} from '../../../utils/knowledge/treatments';
import { CONCERN_IDS, type TreatmentId } from '../../../utils/treatments';

describe('compareRows', () => {
  it('gives every row, with one cell per treatment in the order asked', () => {
    const rows = compareRows(['microdermabrasion', 'microneedling']);
    expect(rows.map((r) => r.id)).toEqual([...ROW_IDS]);
    for (const row of rows) expect(row.cells.map((c) => c.treatment)).toEqual(['microdermabrasion', 'microneedling']);
    const depth = rows.find((r) => r.id === 'depth')!;
    expect(depth.label).toBe('How deep it works');
    const [dermabrasion, needling] = depth.cells.map((c) => c.cell) as [Cell, Cell];
    expect(!isNotStated(dermabrasion) && dermabrasion.text).toMatch(/epidermis/);
    expect(!isNotStated(needling) && needling.text).toMatch(/into the dermis/);
  });

  it('drops duplicates and treatments no source covers, never inventing a column', () => {
    const rows = compareRows(['botox', 'laser', 'botox', 'chemical-peel', 'microneedling-rf']);
    expect(rows[0]!.cells.map((c) => c.treatment)).toEqual(['botox', 'microneedling-rf']);
    expect(compareRows(['laser'])[0]!.cells).toEqual([]);
    expect(compareRows([])).toHaveLength(ROW_IDS.length);
  });

  it('ignores ids that are not treatments at all (hostile focus input)', () => {
    const rows = compareRows(['<img src=x>' as TreatmentId, '__proto__' as TreatmentId, 'microneedling']);
    expect(rows[0]!.cells.map((c) => c.treatment)).toEqual(['microneedling']);
  });

  it('marks Botox cells no source covers as not stated', () => {
    const pain = compareRows(['microneedling', 'botox']).find((r) => r.id === 'pain')!;
    expect(isNotStated(pain.cells[0]!.cell)).toBe(false);
    expect(pain.cells[1]!.cell).toEqual({ notStated: true });
  });
});

describe('treatmentsForConcern', () => {
  it('acne scars: microneedling and its combinations address them; the rest are not stated', () => {
    const coverage = treatmentsForConcern('acne-scars');
    expect(coverage.addresses.map((e) => e.treatment)).toEqual(['microneedling', 'microneedling-prp', 'microneedling-rf']);
    expect(coverage.doesNot).toEqual([]);
    expect(coverage.notStated).toEqual(['at-home-roller', 'microdermabrasion', 'botox']);
    for (const entry of coverage.addresses) expect(entry.fact.sources.length).toBeGreaterThan(0);
  });

  it('large pores: Botox is listed as not addressing them, from S3', () => {
    const coverage = treatmentsForConcern('large-pores');
    expect(coverage.doesNot.map((e) => e.treatment)).toEqual(['botox']);
    expect(coverage.doesNot[0]!.fact.sources).toEqual(['S3']);
    expect(coverage.addresses.map((e) => e.treatment)).toContain('microneedling');
  });

  it('blackheads and dullness: microdermabrasion only', () => {
    expect(treatmentsForConcern('blackheads').addresses.map((e) => e.treatment)).toEqual(['microdermabrasion']);
    expect(treatmentsForConcern('dullness').addresses.map((e) => e.treatment)).toEqual(['microdermabrasion']);
  });

  it('puts every sourced treatment in exactly one group, for every concern', () => {
    for (const concern of CONCERN_IDS) {
      const c = treatmentsForConcern(concern);
      const all = [...c.addresses.map((e) => e.treatment), ...c.doesNot.map((e) => e.treatment), ...c.notStated];
      expect(new Set(all).size, concern).toBe(6);
      expect(all, concern).toHaveLength(6);
    }
  });

  it('concernCell gives the fact or an explicit not stated', () => {
    expect(concernCell('microneedling', 'acne-scars')).toMatchObject({ addresses: true });
    expect(concernCell('botox', 'acne-scars')).toEqual({ notStated: true });
    expect(concernCell('laser', 'acne-scars')).toEqual({ notStated: true });
  });
});
