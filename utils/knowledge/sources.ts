/**
 * The documents every fact in the product comes from (../shared/knowledge/treatments.md). Facts
 * elsewhere in utils/knowledge cite these ids; a test checks that every cited id exists here.
 */
export const SOURCES = {
  S0: {
    title: 'A patient’s diary of five microneedling sessions',
    kind: 'First-person account',
  },
  S1: {
    title: 'Microneedling before and after: an explainer with FAQ',
    kind: 'Consumer explainer',
  },
  S2: {
    title: 'How microneedling works, step by step, and how it compares with microdermabrasion',
    kind: 'Consumer explainer',
  },
  S3: {
    title: 'Microneedling safety and side effects, and microneedling versus Botox',
    kind: 'Consumer explainer',
  },
} as const;

export type SourceId = keyof typeof SOURCES;
export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/** Sections of the knowledge base that reasons point to, so a reason can say where it comes from. */
export const KB_SECTIONS = {
  'social-posts': 'Social media before/after posts',
  timeline: 'Expected timeline after a session',
  course: 'Course of treatment',
  limits: 'What microneedling does not do',
  aftercare: 'Aftercare',
  'at-home': 'At home',
} as const;
export type KbSection = keyof typeof KB_SECTIONS;
