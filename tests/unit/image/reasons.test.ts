import { describe, expect, it } from 'vitest';
import { imageNote, imageReasons, isBeforeAfterImage } from '../../../utils/image/reasons';
import type { ImageFinding } from '../../../utils/image/types';

const checked: ImageFinding = {
  status: 'checked',
  layout: 'side-by-side',
  signals: [
    { id: 'exposure', strength: 0.9, detail: 'the after is 35% brighter', evidence: 'after +35% brightness' },
    { id: 'smoothing', strength: 0.6, detail: "the after's skin texture is smoothed", evidence: 'after skin texture 40% of before' },
  ],
};

describe('image reasons for the card', () => {
  it('maps each signal to an image reason citing the social-posts section', () => {
    const reasons = imageReasons(checked);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatchObject({ signal: 'image', id: 'image.exposure', strength: 0.9, evidence: ['after +35% brightness'], kb: 'social-posts' });
    expect(reasons[0]!.reason).toMatch(/different light.*35% brighter/);
    expect(reasons[1]!.id).toBe('image.smoothing');
  });

  it('gives no reasons for an image not checked, and a quiet note instead', () => {
    const finding: ImageFinding = { status: 'not-checked', reason: 'image host not on the allowlist' };
    expect(imageReasons(finding)).toEqual([]);
    expect(imageNote(finding)).toBe('Image not checked');
    expect(imageNote(checked)).toBeNull();
  });

  it('says whether the image itself is a before/after', () => {
    expect(isBeforeAfterImage(checked)).toBe(true);
    expect(isBeforeAfterImage({ status: 'checked', layout: 'single', signals: [] })).toBe(false);
    expect(isBeforeAfterImage({ status: 'not-checked', reason: 'x' })).toBe(false);
  });
});
