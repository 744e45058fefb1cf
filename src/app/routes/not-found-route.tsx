import { useLocation } from '@tanstack/react-router';
import type { StartupIndex } from '../../content-schema/index-types';
import { engineFor } from '../../features/search/shared-engine';
import { useSearchableIndex } from '../../lib/use-content-index';
import { entryLink } from '../entry-link';
import { IndexGate } from '../index-gate';

export function Suggestions({ index, words }: { index: StartupIndex; words: string }) {
  // Close matches are a search: like the home list, they wait for the node labels.
  const searchable = useSearchableIndex(index);
  if (!searchable) {
    return (
      <p className="muted" role="status">
        Looking for close matches…
      </p>
    );
  }
  const hits = engineFor(searchable).search(words, {}, 5);
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  if (hits.length === 0) return <p className="muted">No close matches. Try the search on the home page.</p>;
  return (
    <ul className="plain-list" data-testid="suggestions">
      {hits.map((h) => (
        <li key={h.id}>{entryLink(h.id, byId.get(h.id)?.title ?? h.id)}</li>
      ))}
    </ul>
  );
}

export function NotFoundRoute() {
  const { pathname } = useLocation();
  const words = decodeURIComponent(pathname)
    .replace(/[^a-zA-Z0-9]+/g, ' ')
    .trim();
  return (
    <div className="page-error" data-testid="not-found">
      <h1>Page not found</h1>
      <p>
        Nothing lives at <code>{pathname}</code>. Closest matches:
      </p>
      <IndexGate>{(index) => <Suggestions index={index} words={words} />}</IndexGate>
    </div>
  );
}
