import { SOURCES, type SourceId } from '../../utils/knowledge/sources';

/** "Sources: S0, S2", each id with the document's title on hover and for screen readers. */
export function Sources({ ids }: { ids: readonly SourceId[] }) {
  return (
    <span class="sources">
      Sources:{' '}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ', ' : ''}
          <abbr title={SOURCES[id].title}>{id}</abbr>
        </span>
      ))}
    </span>
  );
}
