import { useEffect, useState } from 'preact/hooks';
import type { BadgeModel } from './model';

/** The photo check's part of the card: its reasons, the "equal light" view, or why it was not checked. */
export function ImageSection({ model }: { model: BadgeModel }) {
  const { image, verdict } = model;
  const wanted = image.state === 'done' && image.finding.status === 'checked' && image.finding.hasEqualLight === true;
  const [picture, setPicture] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void model.loadEqualLight().then((url) => live && setPicture(url), () => undefined);
    return () => {
      live = false;
    };
  }, [wanted]);
  if (image.state === 'pending') return <p class="muted" aria-live="polite">Checking the photo…</p>;
  const { finding } = image;
  if (finding.status === 'not-checked') {
    return <p class="muted" data-image-status="not-checked">Image not checked: {finding.reason}</p>;
  }
  const imageReasons = verdict.reasons.filter((reason) => reason.signal === 'image');
  return (
    <div data-image-status="checked">
      <h3>The photo</h3>
      {imageReasons.length ? (
        <ul>
          {imageReasons.map((reason) => (
            <li key={reason.id} data-reason-signal="image" data-reason-id={reason.id}>
              {reason.reason}
              {reason.evidence.length > 0 && <span class="evidence">{reason.evidence.join('; ')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No lighting, colour or smoothing difference stood out in the photo.</p>
      )}
      {picture && (
        <figure>
          <img class="equal-light" src={picture} alt="The same before/after with the after matched to the before’s light and colour" />
          <figcaption class="muted">See it in equal light: what is left of the change once the light is matched.</figcaption>
        </figure>
      )}
    </div>
  );
}
