import type { TreatmentRecord } from './types';

/** Botox: treatments.md, "Microneedling vs Botox" [S3], its only source. */
export const botox: TreatmentRecord = {
  id: 'botox',
  summary: { text: 'Relaxes muscles to restrict the movement behind lines and wrinkles.', sources: ['S3'] },
  concerns: {
    'fine-lines': { addresses: true, text: 'Targets wrinkles and fine lines, mostly crow’s feet and frown lines.', sources: ['S3'] },
    // S3: Botox "does not treat surface issues such as pores or uneven texture".
    'large-pores': { addresses: false, text: 'Does not treat surface issues such as pores.', sources: ['S3'] },
    'rough-texture': { addresses: false, text: 'Does not treat surface issues such as uneven texture.', sources: ['S3'] },
  },
  rows: {
    depth: { notStated: true },
    mechanism: {
      text: 'Relaxes muscles, restricting movement. It acts on something different from microneedling, so the two can be combined.',
      sources: ['S3'],
    },
    'best-for': {
      text: 'Wrinkles and fine lines, mostly crow’s feet and frown lines; also used to prevent lines. Not for surface issues such as pores or uneven texture.',
      sources: ['S3'],
    },
    results: {
      text: 'Lasts longer than microneedling; like it, it needs repeat sessions. How soon results show is not stated by our sources.',
      sources: ['S3'],
    },
    sessions: { text: 'Repeat sessions are needed; how many and how often is not stated by our sources.', sources: ['S3'] },
    pain: { notStated: true },
    downtime: { notStated: true },
    absorption: { notStated: true },
    risks: { notStated: true },
    tool: { notStated: true },
    suitability: { notStated: true },
    avoid: { notStated: true },
    'at-home': { notStated: true },
  },
};
