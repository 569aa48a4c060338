import { isAllowedMediaUrl } from '../../utils/hosts';

/** Largest image the background downloads (a post's image is well under this). */
export const MAX_MEDIA_BYTES = 15 * 1024 * 1024;

export class MediaError extends Error {}

/**
 * Downloads one post image from an allowlisted image host, without cookies (the image hosts do not
 * need them, and the user's session never leaves with our requests). Refuses other hosts,
 * redirects, non-images and oversized bodies. Redirects are refused, not followed and checked
 * afterwards: following one would already have sent a request to wherever it pointed.
 */
export async function fetchMedia(url: string, allowLocalhost: boolean, fetchImpl: typeof fetch = fetch): Promise<Blob> {
  if (!isAllowedMediaUrl(url, allowLocalhost)) throw new MediaError('image host not on the allowlist');
  const response = await fetchImpl(url, { credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', cache: 'force-cache' }).catch(() => {
    throw new MediaError('the image could not be fetched (the request failed or was redirected)');
  });
  if (!response.ok) throw new MediaError(`image request failed (${response.status})`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !type.startsWith('image/')) throw new MediaError('not an image');
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_MEDIA_BYTES) throw new MediaError('image too large');
  const blob = await response.blob();
  if (blob.size > MAX_MEDIA_BYTES) throw new MediaError('image too large');
  if (blob.size === 0) throw new MediaError('empty image');
  return blob;
}
