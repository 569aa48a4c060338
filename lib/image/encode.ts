import type { RgbaImage } from '../../utils/image/types';

/** The "equal light" picture travels to the card as a data: URL; keep it small. */
export const MAX_DATA_URL_BYTES = 60 * 1024;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Encodes pixels as a JPEG data: URL of at most ~60 KB (lower quality first, then smaller), or null. */
export async function toJpegDataUrl(image: RgbaImage, maxBytes = MAX_DATA_URL_BYTES): Promise<string | null> {
  let { width, height } = image;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.putImageData(new ImageData(new Uint8ClampedArray(image.data), width, height), 0, 0);
  let source: OffscreenCanvas = canvas;
  for (const quality of [0.8, 0.65, 0.5, 0.5, 0.5]) {
    const blob = await source.convertToBlob({ type: 'image/jpeg', quality });
    const url = `data:image/jpeg;base64,${base64(new Uint8Array(await blob.arrayBuffer()))}`;
    if (url.length <= maxBytes) return url;
    if (quality === 0.5) {
      // Still too large: halve the size and try again.
      width = Math.max(1, Math.round(width / 1.5));
      height = Math.max(1, Math.round(height / 1.5));
      const smaller = new OffscreenCanvas(width, height);
      smaller.getContext('2d')?.drawImage(source, 0, 0, width, height);
      source = smaller;
    }
  }
  return null;
}
