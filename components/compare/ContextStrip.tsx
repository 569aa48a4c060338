import type { JSX } from 'preact';
import { contextLine, type AftercareContext } from './context';

/** "Your context": shown only while the journal has the user inside an aftercare window. */
export function ContextStrip({ context, now }: { context: AftercareContext | null; now: number }): JSX.Element | null {
  if (!context) return null;
  return (
    <aside class="context-strip" aria-label="Your context">
      <p>
        <strong>Your context: </strong>
        {contextLine(context, now)}
      </p>
    </aside>
  );
}
