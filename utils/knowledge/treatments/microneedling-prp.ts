import { avoidAsMicroneedling, combinationBestFor, combinationConcerns } from './microneedling-combination';
import type { TreatmentRecord } from './types';

/** Microneedling with PRP: treatments.md, "Combinations" [S2] and the procedure's serum step [S2 S3]. */
export const microneedlingPrp: TreatmentRecord = {
  id: 'microneedling-prp',
  buildsOn: 'microneedling',
  summary: {
    text: 'Microneedling with platelet-rich plasma (PRP) added to boost the results.',
    sources: ['S2'],
  },
  concerns: combinationConcerns('PRP'),
  rows: {
    depth: { notStated: true },
    mechanism: {
      text: 'Microneedling, with PRP added to boost the results; PRP can also be the soothing serum applied after the needling.',
      sources: ['S2', 'S3'],
    },
    'best-for': combinationBestFor('PRP'),
    results: { text: 'The addition is meant to boost microneedling’s results; by how much and how fast is not stated by our sources.', sources: ['S2'] },
    sessions: { notStated: true },
    pain: { notStated: true },
    downtime: { notStated: true },
    absorption: { notStated: true },
    risks: { notStated: true },
    tool: { notStated: true },
    suitability: { notStated: true },
    avoid: avoidAsMicroneedling(),
    'at-home': { notStated: true },
  },
};
