import { useEffect, useRef } from 'preact/hooks';
import { MICRONEEDLING_TIMELINE, REAL_RESULTS_SUMMARY } from '../../utils/knowledge/timeline';
import { TREATMENT_NAMES } from '../../utils/treatments';
import type { BadgeModel } from './model';
import { ImageSection } from './ImageSection';

const MICRONEEDLING_FAMILY = new Set(['microneedling', 'microneedling-prp', 'microneedling-rf', 'at-home-roller']);

/**
 * Runs an action for the user's own clicks only. The badge's shadow root is open (so assistive
 * tools and tests can reach it), which lets the page's scripts find these buttons and call
 * `click()`: such a click is not trusted, and must not open tabs or store choices for the user.
 */
const byUser = (action: () => void) => (event: Event): void => {
  if (event.isTrusted) action();
};

/** The explanation under a badge: each reason with its evidence, what real results look like, actions. */
export function Card({ id, model, title, onClose }: { id: string; model: BadgeModel; title: string; onClose(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Bring the whole card into view (it opens below the badge) and move focus into it.
    cardRef.current?.scrollIntoView({ block: 'nearest' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const { verdict } = model;
  const treatment = verdict.treatment;
  const showTimeline = treatment === null || MICRONEEDLING_FAMILY.has(treatment);
  const textReasons = verdict.reasons.filter((reason) => reason.signal !== 'image');

  return (
    <div class="card" id={id} role="dialog" aria-labelledby={`${id}-title`} ref={cardRef}>
      <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      <h2 id={`${id}-title`} tabIndex={-1} ref={headingRef}>{title}</h2>
      {treatment && <p class="muted">About: {TREATMENT_NAMES[treatment]}</p>}
      {textReasons.length > 0 ? (
        <>
          <h3>Why</h3>
          <ul>
            {textReasons.map((reason) => (
              <li key={reason.id} data-reason-signal={reason.signal} data-reason-id={reason.id}>
                {reason.reason}
                {reason.evidence.length > 0 && (
                  <span class="evidence">Found: {reason.evidence.map((word) => `“${word}”`).join(', ')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nothing in the caption or the platform’s labels suggests the result is exaggerated.</p>
      )}
      <ImageSection model={model} />
      <h3>What real results look like</h3>
      {showTimeline && (
        <>
          <p>{REAL_RESULTS_SUMMARY}</p>
          <ul class="stages">
            {MICRONEEDLING_TIMELINE.filter((stage) => stage.id !== 'sensitive').map((stage) => (
              <li key={stage.id}><strong>{stage.when}:</strong> {stage.what}</li>
            ))}
          </ul>
        </>
      )}
      <p class="muted">A fair before/after keeps the same light, angle and distance in both photos.</p>
      <div class="actions">
        <button type="button" class="primary" onClick={byUser(model.compare)}>
          {treatment ? `Compare ${TREATMENT_NAMES[treatment]} with others` : 'Compare treatments'}
        </button>
        <button type="button" onClick={byUser(model.notBeforeAfter)}>Not a before/after post</button>
        {model.author && (
          <button type="button" onClick={byUser(model.hideAuthor)}>Hide for @{model.author}</button>
        )}
      </div>
    </div>
  );
}
