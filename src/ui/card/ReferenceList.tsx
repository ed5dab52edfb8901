/** Citations with DOI links. */
import type { DatasetIndex } from '../../core/dataset/queries';

/** An ordered list of the references behind a record. */
export function ReferenceList({ index, ids }: { index: DatasetIndex; ids: readonly string[] }) {
  const refs = ids.flatMap((id) => {
    const r = index.referenceById(id);
    return r ? [r] : [];
  });
  if (!refs.length) return <p className="muted">No references listed.</p>;
  return (
    <ol className="refs">
      {refs.map((r) => (
        <li key={r.id}>
          <span>{r.citation}</span>
          {r.doi && (
            <>
              {' '}
              <a href={`https://doi.org/${r.doi}`} target="_blank" rel="noopener noreferrer">
                doi:{r.doi}
              </a>
            </>
          )}
          {!r.doi && r.url && /^https?:\/\//.test(r.url) && (
            <>
              {' '}
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                Link
              </a>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
