import { fitInside } from '../../utils/image/raster';
import type { RgbaImage } from '../../utils/image/types';

/**
 * Decodes an image blob at reduced size (≤ `maxSide` on the long side) into RGBA pixels, in the
 * background: createImageBitmap, then an OffscreenCanvas. The resize is asked of createImageBitmap
 * where supported; where its resize options are not (older Firefox), the canvas draws it scaled.
 */
export async function decodeImage(blob: Blob, maxSide: number): Promise<RgbaImage> {
  const bitmap = await createImageBitmap(blob);
  try {
    const size = fitInside(bitmap.width, bitmap.height, maxSide);
    let source: ImageBitmap = bitmap;
    if (size.width < bitmap.width || size.height < bitmap.height) {
      try {
        source = await createImageBitmap(bitmap, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' });
      } catch {
        source = bitmap; // drawn scaled below
      }
    }
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context');
    context.drawImage(source, 0, 0, size.width, size.height);
    if (source !== bitmap) source.close();
    const pixels = context.getImageData(0, 0, size.width, size.height);
    return { width: pixels.width, height: pixels.height, data: pixels.data };
  } finally {
    bitmap.close();
  }
}
