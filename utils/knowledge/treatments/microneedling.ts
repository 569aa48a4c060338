import type { ConcernFact, TreatmentRecord } from './types';

/**
 * Microneedling (collagen induction therapy): treatments.md, "Microneedling", "Course of treatment",
 * "Expected timeline", "Who should not have it", "At home" and the microneedling-vs-microdermabrasion
 * table [S2].
 */

// treatments.md: "Helps: acne and other scars, fine lines/wrinkles, enlarged pores, rough or uneven
// texture, dark spots / hyperpigmentation / sun spots" [S0 S1 S2 S3].
const helps = (text: string): ConcernFact => ({ addresses: true, text, sources: ['S0', 'S1', 'S2', 'S3'] });

export const microneedling: TreatmentRecord = {
  id: 'microneedling',
  summary: {
    text: 'Fine needles make controlled tiny punctures so the skin’s own healing builds new collagen.',
    sources: ['S0', 'S1', 'S2', 'S3'],
  },
  concerns: {
    'acne-scars': helps('Helps acne scars and other scars.'),
    'fine-lines': helps('Helps fine lines and wrinkles.'),
    'large-pores': helps('Helps enlarged pores.'),
    'rough-texture': helps('Helps rough or uneven texture.'),
    pigmentation: helps('Helps dark spots, hyperpigmentation and sun spots.'),
  },
  rows: {
    depth: { text: 'Below the surface, into the dermis.', sources: ['S2'] },
    mechanism: {
      text: 'A pen or roller with fine needles makes controlled micro-injuries; the healing response raises collagen and elastin production.',
      sources: ['S0', 'S1', 'S2', 'S3'],
    },
    'best-for': {
      text: 'Acne and other scars, fine lines and wrinkles, enlarged pores, rough or uneven texture and tone, dark spots and sun spots.',
      sources: ['S0', 'S1', 'S2', 'S3'],
    },
    results: {
      // The slow timeline is the expectation (treatments.md: "The product presents the slow timeline").
      text: 'Gradual: a first glow after 1–2 weeks, smoother and brighter skin around weeks 3–4, and full results in 3–6 months as collagen rebuilds. Change can keep building for about 6 months after the last session, but it is not permanent: maintenance sessions are needed, and it will not make anyone look 18 again.',
      sources: ['S0', 'S1', 'S2', 'S3'],
      disagreement: {
        text: 'Two sources say some improvement can show right after the first session.',
        sources: ['S1', 'S3'],
      },
    },
    sessions: {
      text: 'Usually 3–6 sessions, every 4–6 weeks (one diarist went about monthly). Deeper concerns such as severe scarring, heavy sun damage or strong pigmentation need more.',
      sources: ['S0', 'S2'],
    },
    pain: {
      text: 'Mild; a numbing cream is usually applied, up to an hour before.',
      sources: ['S2', 'S3'],
    },
    downtime: {
      text: '1–3 days of redness or sensitivity, like a sunburn at first, sometimes with pinpoint bleeding. It varies: one person described in our sources stayed red almost a week.',
      sources: ['S0', 'S1', 'S2', 'S3'],
    },
    absorption: {
      text: 'Skincare applied afterwards absorbs better, into deeper layers.',
      sources: ['S0', 'S1', 'S2', 'S3'],
    },
    risks: {
      text: 'Infection or irritation if not done professionally. Bruising, peeling, signs of infection or severe bleeding mean calling the practitioner at once.',
      sources: ['S2', 'S3'],
    },
    tool: { text: 'A dermapen (pen) or a dermaroller (roller).', sources: ['S0', 'S1', 'S2', 'S3'] },
    suitability: { text: 'All skin tones, with a trained professional.', sources: ['S2'] },
    avoid: {
      text: 'Active acne or a breakout in the area, a skin infection, open wounds or sores, pregnancy or breastfeeding, a history of keloid scars, blood thinners or certain other medicines (ask a doctor), eczema or similar conditions, or another skin therapy shortly before.',
      sources: ['S0', 'S2', 'S3'],
    },
    'at-home': {
      text: 'Only with needles under 0.25 mm, everything sanitised, and never over acne, wounds or irritated skin. Infection is the main risk, as a home is not sterile; professional sessions are safer.',
      sources: ['S2'],
    },
  },
};
