/**
 * Every treatment the product knows by name. Detection (feed scanner) can name any of them; the
 * comparison (side panel) shows facts only for those the knowledge base has sources for
 * (../shared/knowledge/treatments.md: chemical peels and lasers stay absent until a cited source).
 */
export const TREATMENT_IDS = [
  'microneedling',
  'microneedling-prp',
  'microneedling-rf',
  'at-home-roller',
  'microdermabrasion',
  'botox',
  'chemical-peel',
  'laser',
] as const;
export type TreatmentId = (typeof TREATMENT_IDS)[number];

export const TREATMENT_NAMES: Record<TreatmentId, string> = {
  microneedling: 'Microneedling',
  'microneedling-prp': 'Microneedling with PRP',
  'microneedling-rf': 'RF microneedling',
  'at-home-roller': 'At-home roller',
  microdermabrasion: 'Microdermabrasion',
  botox: 'Botox',
  'chemical-peel': 'Chemical peel',
  laser: 'Laser resurfacing',
};

/** Concerns a person may want treated; the side panel filters by these. */
export const CONCERN_IDS = [
  'acne-scars',
  'fine-lines',
  'large-pores',
  'rough-texture',
  'pigmentation',
  'dullness',
  'blackheads',
] as const;
export type ConcernId = (typeof CONCERN_IDS)[number];

export const CONCERN_NAMES: Record<ConcernId, string> = {
  'acne-scars': 'Acne scars',
  'fine-lines': 'Fine lines and wrinkles',
  'large-pores': 'Large pores',
  'rough-texture': 'Rough texture',
  pigmentation: 'Dark spots and pigmentation',
  dullness: 'Dullness',
  blackheads: 'Blackheads',
};
