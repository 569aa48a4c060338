import type { Reason } from '../signals/types';
import type { ImageFinding, ImageSignalId } from './types';

/** The card's sentence for each image signal (the detail adds the measured specifics). */
const LEADS: Record<ImageSignalId, string> = {
  exposure: 'The before and the after were shot or edited in different light',
  'white-balance': 'The before and the after have different colour (white balance)',
  saturation: 'The colours were made stronger or weaker between the photos',
  contrast: 'The contrast differs between the photos',
  smoothing: 'The after looks filtered: skin texture was smoothed away',
  sharpness: 'The photos differ in sharpness or resolution',
  retouched: 'The after is the before photo, retouched',
  'same-photo': 'The before and the after are the same photo',
};

/**
 * The post card's reasons from an image finding. Each points to the knowledge base's
 * "Social media before/after posts" section: different light and filters make a change the
 * treatment did not make. A `not-checked` finding gives no reasons (the card shows a quiet line).
 */
export function imageReasons(finding: ImageFinding): Reason[] {
  if (finding.status !== 'checked') return [];
  return finding.signals.map((signal) => ({
    signal: 'image',
    id: `image.${signal.id}`,
    strength: signal.strength,
    evidence: [signal.evidence],
    reason: `${LEADS[signal.id] ?? 'The photos differ'}: ${signal.detail}.`,
    kb: 'social-posts',
  }));
}

/** True when the image itself is a before/after (a composite or a carousel pair), whatever the caption says. */
export function isBeforeAfterImage(finding: ImageFinding): boolean {
  return finding.status === 'checked' && finding.layout !== 'single';
}

/** The quiet line the card shows when the image could not be checked, else null. */
export function imageNote(finding: ImageFinding): string | null {
  return finding.status === 'not-checked' ? 'Image not checked' : null;
}
