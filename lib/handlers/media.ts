import type { Handlers } from '../router';

type MediaHandlers = Pick<Handlers, 'scan:analyse-media'>;

// Replaced by the image pipeline (pixel-analysis issue); until then posts keep their text verdict.
export const mediaHandlers: MediaHandlers = {
  'scan:analyse-media'() {
    return { status: 'not-checked', reason: 'Image analysis is not available yet.' };
  },
};
