import { createMediaAnalyser, withoutPicture } from '../image/pipeline';
import { dbFindingCache } from '../image/cache';
import { decodeImage } from '../image/decode';
import { toJpegDataUrl } from '../image/encode';
import { fetchMedia } from '../image/fetch-media';
import type { Handlers } from '../router';

type MediaHandlers = Pick<Handlers, 'scan:analyse-media' | 'scan:equal-light'>;

// Only the demo build (`npm start`, its feed served on localhost) may fetch from localhost.
const allowLocalhost = import.meta.env.MODE === 'demo';

const analyseMedia = createMediaAnalyser({
  fetchMedia: (url) => fetchMedia(url, allowLocalhost),
  decode: decodeImage,
  encodeJpeg: (image) => toJpegDataUrl(image),
  cache: dbFindingCache(),
});

export const mediaHandlers: MediaHandlers = {
  // The content script asks per post; a worker stopped mid-analysis loses nothing: the content
  // script asks again and the cache (or a fresh run) answers.
  async 'scan:analyse-media'({ urls }) {
    return withoutPicture(await analyseMedia(urls));
  },
  // Asked when the user opens a card: from the worker's memory when the post was checked lately;
  // the cache keeps no pictures, so otherwise the photo is analysed again to make this one.
  async 'scan:equal-light'({ urls }) {
    const finding = await analyseMedia(urls, { picture: true });
    return finding.status === 'checked' ? (finding.equalLight ?? null) : null;
  },
};
