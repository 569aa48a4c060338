import { avoidAsMicroneedling, combinationBestFor, combinationConcerns } from './microneedling-combination';
import type { TreatmentRecord } from './types';

/** Microneedling with radiofrequency: treatments.md, "Combinations" [S2]. */
export const microneedlingRf: TreatmentRecord = {
  id: 'microneedling-rf',
  buildsOn: 'microneedling',
  summary: { text: 'Microneedling with radiofrequency added to boost the results.', sources: ['S2'] },
  concerns: combinationConcerns('radiofrequency'),
  rows: {
    depth: { notStated: true },
    mechanism: { text: 'Microneedling, with radiofrequency added to boost the results.', sources: ['S2'] },
    'best-for': combinationBestFor('radiofrequency'),
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
