import { describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS } from '../../../utils/knowledge/sources';
import {
  isNotStated,
  NOT_IN_SOURCES,
  ROW_IDS,
  ROW_LABELS,
  TREATMENT_RECORDS,
  treatmentRecord,
  type Cell,
  type Fact,
} from '../../../utils/knowledge/treatments';
import { CONCERN_IDS, TREATMENT_IDS, type TreatmentId } from '../../../utils/treatments';

/** Every fact of the comparison, with where it sits, for the checks below. */
function allFacts(): { where: string; fact: Fact }[] {
  const out: { where: string; fact: Fact }[] = [];
  for (const record of TREATMENT_RECORDS) {
    out.push({ where: `${record.id} summary`, fact: record.summary });
    for (const [concern, fact] of Object.entries(record.concerns)) out.push({ where: `${record.id} concern ${concern}`, fact });
    for (const [row, cell] of Object.entries(record.rows) as [string, Cell][]) {
      if (!isNotStated(cell)) out.push({ where: `${record.id} ${row}`, fact: cell });
    }
  }
  return out;
}

const fact = (id: TreatmentId, row: (typeof ROW_IDS)[number]): Fact => {
  const cell = treatmentRecord(id)?.rows[row];
  if (!cell || isNotStated(cell)) throw new Error(`${id} ${row} is not stated`);
  return cell;
};

describe('treatment knowledge: integrity', () => {
  it('has the six sourced treatments of issue 4 and nothing for chemical peel or laser', () => {
    expect(TREATMENT_RECORDS.map((r) => r.id)).toEqual([
      'microneedling', 'microneedling-prp', 'microneedling-rf', 'at-home-roller', 'microdermabrasion', 'botox',
    ]);
    expect([...NOT_IN_SOURCES].sort()).toEqual(['chemical-peel', 'laser']);
    expect(treatmentRecord('chemical-peel')).toBeUndefined();
    expect(treatmentRecord('laser')).toBeUndefined();
  });

  it('uses only known treatment and concern ids, each treatment once', () => {
    const ids = TREATMENT_RECORDS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of TREATMENT_RECORDS) {
      expect(TREATMENT_IDS).toContain(record.id);
      if (record.buildsOn) expect(treatmentRecord(record.buildsOn)).toBeDefined();
      for (const concern of Object.keys(record.concerns)) expect(CONCERN_IDS).toContain(concern);
    }
  });

  it('gives every treatment every row, as a fact or an explicit "not stated", and no other row', () => {
    for (const record of TREATMENT_RECORDS) {
      expect(Object.keys(record.rows).sort(), record.id).toEqual([...ROW_IDS].sort());
      for (const row of ROW_IDS) {
        const cell = record.rows[row];
        expect(isNotStated(cell) ? cell.notStated : typeof cell.text, `${record.id} ${row}`).toSatisfy(
          (v: unknown) => v === true || v === 'string',
        );
      }
    }
    for (const row of ROW_IDS) expect(ROW_LABELS[row].length).toBeGreaterThan(2);
  });

  it('cites at least one existing source for every fact and for every disagreement, without repeats', () => {
    const facts = allFacts();
    expect(facts.length).toBeGreaterThan(40);
    for (const { where, fact: f } of facts) {
      expect(f.text.trim().length, where).toBeGreaterThan(5);
      expect(f.sources.length, where).toBeGreaterThan(0);
      expect(new Set(f.sources).size, where).toBe(f.sources.length);
      for (const id of f.sources) expect(Object.keys(SOURCES), where).toContain(id);
      if (f.disagreement) {
        expect(f.disagreement.sources.length, where).toBeGreaterThan(0);
        for (const id of f.disagreement.sources) expect(SOURCE_IDS, where).toContain(id);
      }
    }
  });

  it('never states a fact while saying it is not stated (the marker has no text)', () => {
    for (const record of TREATMENT_RECORDS) {
      for (const row of ROW_IDS) {
        const cell = record.rows[row];
        if (isNotStated(cell)) expect(Object.keys(cell), `${record.id} ${row}`).toEqual(['notStated']);
      }
    }
  });
});

describe('treatment knowledge: key facts match treatments.md', () => {
  it('microneedling: 3–6 sessions every 4–6 weeks [S0 S2]', () => {
    const sessions = fact('microneedling', 'sessions');
    expect(sessions.text).toMatch(/3–6 sessions/);
    expect(sessions.text).toMatch(/every 4–6 weeks/);
    expect(sessions.sources).toEqual(expect.arrayContaining(['S0', 'S2']));
  });

  it('microneedling: 1–3 days of downtime [S2]', () => {
    const downtime = fact('microneedling', 'downtime');
    expect(downtime.text).toMatch(/^1–3 days/);
    expect(downtime.sources).toContain('S2');
  });

  it('microneedling: full results in 3–6 months, and the faster claim only as the other side [S1 S3]', () => {
    const results = fact('microneedling', 'results');
    expect(results.text).toMatch(/full results in 3–6 months/);
    expect(results.sources).toEqual(expect.arrayContaining(['S0', 'S2']));
    expect(results.text).not.toMatch(/right after|immediate/i);
    expect(results.disagreement?.text).toMatch(/right after the first session/);
    expect(results.disagreement?.sources).toEqual(['S1', 'S3']);
  });

  it('microneedling works into the dermis; microdermabrasion on the epidermis only [S2]', () => {
    expect(fact('microneedling', 'depth').text).toMatch(/dermis/);
    const depth = fact('microdermabrasion', 'depth');
    expect(depth.text).toMatch(/top layer only/i);
    expect(depth.text).toMatch(/epidermis/);
    // "the dermis" as a word of its own would claim a depth microdermabrasion does not reach.
    expect(depth.text).not.toMatch(/\bdermis\b/);
    expect(depth.sources).toEqual(['S2']);
    expect(fact('microdermabrasion', 'sessions').text).toMatch(/every 2–4 weeks/i);
  });

  it('at home: needles under 0.25 mm and infection as the main risk [S2]', () => {
    expect(fact('at-home-roller', 'tool').text).toMatch(/under 0\.25 mm/);
    expect(fact('at-home-roller', 'risks').text).toMatch(/infection/i);
    expect(fact('microneedling', 'at-home').text).toMatch(/under 0\.25 mm/);
  });

  it('lists every contraindication of treatments.md for microneedling [S0 S2 S3]', () => {
    const avoid = fact('microneedling', 'avoid');
    for (const word of [/acne/, /infection/, /wounds/, /pregnan/, /breastfeeding/, /keloid/, /blood thinners/, /eczema/, /another skin therapy/]) {
      expect(avoid.text).toMatch(word);
    }
    expect(avoid.sources).toEqual(['S0', 'S2', 'S3']);
    // The combinations include microneedling: they carry the same warnings and sources.
    expect(fact('microneedling-prp', 'avoid').sources).toEqual(avoid.sources);
    expect(fact('at-home-roller', 'avoid').sources).toEqual(expect.arrayContaining(avoid.sources));
  });

  it('Botox: its facts come from S3 only, and S3 says it does not treat pores or texture', () => {
    const botox = treatmentRecord('botox')!;
    for (const row of ROW_IDS) {
      const cell = botox.rows[row];
      if (!isNotStated(cell)) expect(cell.sources, row).toEqual(['S3']);
    }
    expect(botox.concerns['large-pores']?.addresses).toBe(false);
    expect(botox.concerns['rough-texture']?.addresses).toBe(false);
    expect(botox.concerns['fine-lines']?.addresses).toBe(true);
  });

  it('microdermabrasion: its facts come from S2 only', () => {
    for (const { where, fact: f } of allFacts().filter((x) => x.where.startsWith('microdermabrasion'))) {
      expect(f.sources, where).toEqual(['S2']);
    }
  });
});
