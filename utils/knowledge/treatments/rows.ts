/**
 * The rows of the comparison, in display order (issue 4). A treatment record must give every one of
 * them, as a fact or as an explicit "not stated"; TypeScript and the integrity test both check it.
 */
export const ROW_IDS = [
  'depth',
  'mechanism',
  'best-for',
  'results',
  'sessions',
  'pain',
  'downtime',
  'absorption',
  'risks',
  'tool',
  'suitability',
  'avoid',
  'at-home',
] as const;
export type RowId = (typeof ROW_IDS)[number];

export const ROW_LABELS: Record<RowId, string> = {
  depth: 'How deep it works',
  mechanism: 'How it works',
  'best-for': 'Best for',
  results: 'Results and how long they take',
  sessions: 'Sessions and spacing',
  pain: 'Pain',
  downtime: 'Downtime',
  absorption: 'Product absorption',
  risks: 'Risks',
  tool: 'Tool',
  suitability: 'Suitability',
  avoid: 'Who should avoid it',
  'at-home': 'At-home use',
};
