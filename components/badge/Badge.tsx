import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LEVEL_TEXT, type BadgeModel } from './model';
import { Card } from './Card';

let nextId = 0;

/** The small button on a post; opens the card with the reasons. */
export function Badge({ model }: { model: BadgeModel }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cardId = useRef(`candid-card-${++nextId}`).current;
  const level = model.verdict.level;
  const count = model.verdict.reasons.length;

  // The host is positioned (and raised) only while the card is open (see styles.ts); before the
  // browser paints the open card, so it never shows unanchored.
  useLayoutEffect(() => {
    const root = buttonRef.current?.getRootNode();
    if (root instanceof ShadowRoot) root.host.toggleAttribute('data-open', open);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  if (level === 'none') return null;
  const text = LEVEL_TEXT[level];
  // Escape closes from anywhere in the badge; the handler sits inside the shadow root because
  // keyboard events are stopped there (the site's own shortcuts must not see them).
  return (
    <span onKeyDown={(event) => open && event.key === 'Escape' && close()}>
      <button
        ref={buttonRef}
        type="button"
        class={`badge ${level}`}
        aria-expanded={open}
        aria-controls={cardId}
        aria-label={`Candid Skin: ${text.badge}${count ? `, ${count} ${count === 1 ? 'reason' : 'reasons'}` : ''}. ${open ? 'Hide' : 'Show'} details`}
        onClick={() => setOpen(!open)}
      >
        <span class="dot" aria-hidden="true" />
        {text.badge}
      </button>
      {open && <Card id={cardId} model={model} title={text.title} onClose={close} />}
    </span>
  );
}
