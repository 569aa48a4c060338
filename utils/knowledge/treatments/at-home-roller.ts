import { microneedling } from './microneedling';
import { isNotStated, type TreatmentRecord } from './types';

/** Microneedling at home with a roller: treatments.md, "At home" [S2] and the mechanism line. */
const needlingAvoid = microneedling.rows.avoid;

export const atHomeRoller: TreatmentRecord = {
  id: 'at-home-roller',
  buildsOn: 'microneedling',
  summary: {
    text: 'Microneedling at home with a roller whose needles are under 0.25 mm.',
    sources: ['S2'],
  },
  // Our sources say what home rolling demands, not what it achieves.
  concerns: {},
  rows: {
    depth: { text: 'Needles under 0.25 mm only, the limit our sources give for home devices.', sources: ['S2'] },
    mechanism: {
      text: 'A roller with fine needles makes tiny punctures, as in microneedling.',
      sources: ['S0', 'S1', 'S2', 'S3'],
    },
    'best-for': { notStated: true },
    results: { notStated: true },
    sessions: { notStated: true },
    pain: { notStated: true },
    downtime: { notStated: true },
    absorption: { notStated: true },
    risks: {
      text: 'Infection is the main risk, as a home is not sterile; professional sessions are safer.',
      sources: ['S2'],
    },
    tool: { text: 'A dermaroller with needles under 0.25 mm, sanitised along with everything it touches.', sources: ['S2'] },
    suitability: { notStated: true },
    avoid: {
      text: 'Never roll over acne, wounds or irritated skin; and everyone who should avoid microneedling (see that column).',
      sources: [...new Set(['S2' as const, ...(isNotStated(needlingAvoid) ? [] : needlingAvoid.sources)])],
    },
    'at-home': {
      text: 'Possible with care: needles under 0.25 mm, everything sanitised, never over acne, wounds or irritated skin. Professional sessions are safer.',
      sources: ['S2'],
    },
  },
};
