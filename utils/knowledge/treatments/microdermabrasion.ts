import type { TreatmentRecord } from './types';

/** Microdermabrasion: treatments.md, "Microneedling vs microdermabrasion" [S2], its only source. */
export const microdermabrasion: TreatmentRecord = {
  id: 'microdermabrasion',
  summary: { text: 'Exfoliates the top layer of the skin to remove dead cells.', sources: ['S2'] },
  concerns: {
    dullness: { addresses: true, text: 'Suited to dull skin.', sources: ['S2'] },
    'rough-texture': { addresses: true, text: 'Suited to minor texture issues.', sources: ['S2'] },
    blackheads: { addresses: true, text: 'Suited to blackheads.', sources: ['S2'] },
  },
  rows: {
    depth: { text: 'The top layer only (the epidermis).', sources: ['S2'] },
    mechanism: { text: 'Crystals or a diamond tip exfoliate the surface and remove dead cells.', sources: ['S2'] },
    'best-for': { text: 'Dull skin, minor texture issues and blackheads.', sources: ['S2'] },
    results: { text: 'An instant glow and a smoother surface; the aim is short-term brightness.', sources: ['S2'] },
    sessions: { text: 'Every 2–4 weeks. How many sessions is not stated by our sources.', sources: ['S2'] },
    pain: { text: 'Painless or mildly abrasive.', sources: ['S2'] },
    downtime: { text: 'Minimal to none.', sources: ['S2'] },
    absorption: { text: 'Surface only.', sources: ['S2'] },
    risks: { text: 'Low when done correctly.', sources: ['S2'] },
    tool: { text: 'A wand or a spray device.', sources: ['S2'] },
    suitability: { text: 'Caution for very sensitive or rosacea-prone skin.', sources: ['S2'] },
    avoid: {
      text: 'Our sources give no list; they advise caution for very sensitive or rosacea-prone skin.',
      sources: ['S2'],
    },
    'at-home': { notStated: true },
  },
};
