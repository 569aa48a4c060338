import type { AftercareNow } from '../../utils/schedule/status';
import { Sources } from './Sources';

/** What is normal when after the latest session, with where "now" falls. */
export function Timeline({ milestones }: { milestones: AftercareNow['milestones'] }) {
  if (milestones.length === 0) return null;
  return (
    <details class="timeline">
      <summary>What is normal when</summary>
      <ol>
        {milestones.map((m) => (
          <li key={m.id} class={`stage-${m.state}`} aria-current={m.state === 'now' ? 'step' : undefined}>
            <strong>{m.when}</strong>
            {m.state === 'now' ? ' (now)' : ''}: {m.what} <Sources ids={m.sources} />
          </li>
        ))}
      </ol>
      <p class="hint">Everyone heals at their own pace. Results build slowly: the clearest change shows 3–6 months in (two of our sources say some improvement can show after the first session).</p>
    </details>
  );
}
