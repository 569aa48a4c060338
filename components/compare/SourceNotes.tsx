import type { JSX } from 'preact';
import { SOURCES, type SourceId } from '../../utils/knowledge/sources';
import type { Fact } from '../../utils/knowledge/treatments';

function SourceItems({ ids }: { ids: readonly SourceId[] }): JSX.Element {
  return (
    <ul class="source-list">
      {ids.map((id) => (
        <li key={id}>
          <span class="source-id">{id}</span> {SOURCES[id].title} <span class="source-kind">({SOURCES[id].kind})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "What the sources say" about one fact: the documents behind it and, where sources differ, both
 * sides, the cautious one (the one the table shows) first.
 */
export function SourceNotes({ fact }: { fact: Fact }): JSX.Element {
  return (
    <div class="source-notes">
      <p class="source-title">What the sources say</p>
      {fact.disagreement ? (
        <>
          <p>
            <strong>Sources differ.</strong> The table shows the more cautious side; this cell’s text comes from:
          </p>
          <SourceItems ids={fact.sources} />
          <p>The other side: {fact.disagreement.text}</p>
          <SourceItems ids={fact.disagreement.sources} />
        </>
      ) : (
        <SourceItems ids={fact.sources} />
      )}
    </div>
  );
}
