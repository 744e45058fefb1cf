import { Link, useNavigate } from '@tanstack/react-router';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { StartupIndex } from '../../content-schema/index-types';
import { BrowseHome } from '../../features/browse/browse-home';
import { facetCounts } from '../../features/filters/facets';
import { FilterPanel } from '../../features/filters/filter-panel';
import type { ActiveFilters, FacetKey } from '../../features/filters/facets';
import { NoResults } from '../../features/search/no-results';
import { nodeOf } from '../../features/search/node-of';
import { ResultList } from '../../features/search/result-list';
import { SearchBox } from '../../features/search/search-box';
import { engineFor } from '../../features/search/shared-engine';
import { useUiStore } from '../../stores/ui-store';
import { useSearchableIndex } from '../../lib/use-content-index';
import { IndexGate } from '../index-gate';
import { toFilters, type FilterSearch } from '../search-params';
import { homeCounts, homeHits, RESULT_PAGE as PAGE } from '../home-search';
import { useUrlQuery } from '../use-url-query';
import { startPresentation } from '../present';

/** Entries above which results are deferred: the engine's keystroke p95 is ~6 ms at 1k, ~15 ms at 10k (npm run bench). */
const DEFER_RESULTS_ABOVE = 4000;
const FACET_PARAM: Record<FacetKey, keyof FilterSearch> = { category: 'cat', company: 'co', plane: 'plane', symptom: 'sym' };

export function HomeRoute({ search }: { search: FilterSearch }) {
  return <IndexGate>{(index) => <Home index={index} search={search} />}</IndexGate>;
}

function Home({ index, search }: { index: StartupIndex; search: FilterSearch }) {
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const { recentSearches, recentDiagrams, addSearch, addDiagram } = useUiStore();
  const setSearch = (next: FilterSearch): void => {
    // The URL catches up with typing after a pause; by then the reader may have moved down the list,
    // so writing it must not scroll the page back to the top.
    void navigate({ to: '/', search: next, replace: true, resetScroll: false });
  };
  const { text, setText, cancel } = useUrlQuery(search.q, (q) => setSearch({ ...search, q }));
  // Results render with the keystroke, in the same frame as the typed character (at 1,000 entries the
  // search takes a few ms; deferring it cost a whole extra frame per key). On a corpus large enough for
  // search to take a frame's worth of time, results follow at React's pace so typing never stutters.
  const deferredText = useDeferredValue(text);
  const query = index.entries.length > DEFER_RESULTS_ABOVE ? deferredText : text;
  const filters = useMemo(() => toFilters(search), [search]);
  const entries = useMemo(() => new Map(index.entries.map((e) => [e.id, e])), [index]);
  const companies = useMemo(() => new Map(index.companies.map((c) => [c.id, c])), [index]);
  const hasFilters = Object.keys(filters).length > 0;
  // Facet counts trail the rows by a render: the rows are what a keystroke is for, and re-ordering
  // a hundred <option>s in the same frame doubled the keystroke-to-paint time at 1,000 entries.
  // (A second useDeferredValue would not split them: inside a deferred render it returns the new value at
  // once. A transition started after the rows committed renders the counts in a later task.)
  const [facetQuery, setFacetQuery] = useState(query);
  useEffect(() => startTransition(() => setFacetQuery(query)), [query]);
  // The empty home (browse, recent diagrams) needs no search engine: it is built on the first query or
  // filter, so a first visit paints without indexing every entry on the main thread.
  const needsEngine = query !== '' || facetQuery !== '' || hasFilters;
  // A typed query waits for the node labels the startup file leaves out (a fraction of a second after
  // the first view): results shown before them would re-order under the cursor when they land.
  // Filters alone do not look at labels, so they never wait.
  const searchable = useSearchableIndex(index, query !== '' || facetQuery !== '');
  const searching = searchable === undefined;
  const engine = needsEngine && searchable ? engineFor(searchable) : undefined;

  // PAGE rows at first (what one keystroke renders stays small); "Show more" raises it for this query and filters.
  const [more, setMore] = useState({ key: '', limit: PAGE });
  const limitKey = `${query}\u0000${JSON.stringify(filters)}`;
  const limit = more.key === limitKey ? more.limit : PAGE;
  const found = useMemo(() => (engine ? homeHits(engine, query, filters, limit) : []), [engine, query, filters, limit]);
  const counts = useMemo(
    () => (engine ? homeCounts(engine, index.entries, facetQuery, filters) : facetCounts(index.entries, {})),
    [engine, index, facetQuery, filters],
  );
  // With no query and no filters the list offers recently opened diagrams instead.
  const hits = useMemo(
    () =>
      !query && !hasFilters
        ? recentDiagrams.filter((id) => entries.has(id)).map((id) => ({ id, score: 0, matched: [] as string[] }))
        : found,
    [query, hasFilters, recentDiagrams, entries, found],
  );
  // The active row resets whenever the query or filters change (keyed, not reset in an effect).
  const listKey = `${query}\u0000${JSON.stringify(filters)}`;
  // `moved`: the row became active by ↑/↓ (only then is it scrolled into view, not on every keystroke).
  const [cursor, setCursor] = useState({ key: listKey, index: 0, moved: false });
  const active = cursor.key === listKey ? cursor.index : 0;
  const setActive = (f: (a: number) => number): void => setCursor({ key: listKey, index: f(active), moved: true });
  const labels = useMemo(
    () => ({ company: new Map(index.companies.map((c) => [c.id, c.name])), symptom: new Map(index.symptoms.map((s) => [s.id, s.label])) }),
    [index],
  );

  useEffect(() => input.current?.focus(), []);

  const open = (id: string, node?: string): void => {
    cancel();
    const q = text.trim() ? text : undefined;
    if (q) addSearch(q);
    addDiagram(id);
    // First the home entry in history gets the full query (the URL is otherwise written only when
    // typing pauses), so Back returns to these results, not to a half-typed query.
    const toDiagram = (): Promise<void> => navigate({ to: '/d/$id', params: { id }, search: { ...search, q, node } });
    if (q !== search.q) void navigate({ to: '/', search: { ...search, q }, replace: true }).then(toDiagram);
    else void toDiagram();
  };

  // A stable callback for the memoised result rows; it always calls the latest `open`.
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  const onOpen = useCallback((id: string, node?: string) => openRef.current(id, node), []);
  // Stable too, so the memoised filter panel re-renders only when its counts or filters change.
  const searchRef = useRef({ search, setSearch });
  useEffect(() => {
    searchRef.current = { search, setSearch };
  });
  const onFacet = useCallback((key: FacetKey, value: string | undefined) => {
    const { search: s, setSearch: set } = searchRef.current;
    set({ ...s, [FACET_PARAM[key]]: value });
  }, []);
  const onClearFilters = useCallback(() => searchRef.current.setSearch({ q: searchRef.current.search.q }), []);
  const suggestions = useMemo(
    () => (engine && query && hits.length === 0 ? engine.suggest(query) : undefined),
    [engine, query, hits.length],
  );

  return (
    <div className="home">
      <SearchBox
        ref={input}
        value={text}
        count={hits.length}
        activeId={hits[active]?.id}
        onChange={setText}
        onMove={(d) => setActive((a) => Math.max(0, Math.min(hits.length - 1, a + d)))}
        onEnter={() => {
          const h = hits[active];
          if (h) open(h.id, nodeOf(h.matched));
        }}
      />
      {!query && recentSearches.length > 0 && (
        <p className="recent-searches" data-testid="recent-searches">
          Recent:{' '}
          {recentSearches.map((q) => (
            <button key={q} type="button" className="chip chip-button" onClick={() => setSearch({ ...search, q })}>
              {q}
            </button>
          ))}
        </p>
      )}
      <FilterPanel counts={counts} filters={filters as ActiveFilters} labels={labels} onChange={onFacet} onClear={onClearFilters} />
      {(query || hasFilters) && hits.length > 1 && (
        <button
          type="button"
          className="present-results"
          data-testid="present-results"
          onClick={() => {
            const first = hits[0];
            if (first) startPresentation(navigate, first.id, { ...search, q: text.trim() || undefined, seq: 'results' });
          }}
        >
          Present results
        </button>
      )}
      <p className="result-count" data-testid="result-count" aria-live="polite">
        {searching
          ? 'Loading search…'
          : query || hasFilters
            ? `${hits.length === limit ? `${limit}+` : hits.length} result${hits.length === 1 ? '' : 's'}`
            : hits.length
              ? 'Recently opened'
              : `${index.entries.length} diagrams. Type a symptom, a company or a technology.`}
      </p>
      {!query && !hasFilters && (
        <BrowseHome
          index={index}
          categoryLink={(c, children) => (
            <Link to="/" search={{ cat: c }} data-testid="browse-category">
              {children}
            </Link>
          )}
          companyLink={(c, children) => (
            <Link to="/company/$id" params={{ id: c }} data-testid="browse-company">
              {children}
            </Link>
          )}
          symptomLink={(s, children) => (
            <Link to="/incidents" search={{ sym: s }} data-testid="browse-symptom">
              {children}
            </Link>
          )}
        />
      )}
      {suggestions ? (
        <NoResults
          query={query}
          suggestions={suggestions}
          onQuery={(q) => {
            setText(q);
            setSearch({ ...search, q });
          }}
          onSymptom={(id) => setSearch({ sym: id })}
          onCompany={(id) => setSearch({ co: id })}
        />
      ) : (
        <>
          <ResultList
            hits={hits}
            entries={entries}
            companies={companies}
            activeIndex={active}
            scrollToActive={cursor.key === listKey && cursor.moved}
            onOpen={onOpen}
          />
          {(query || hasFilters) && hits.length === limit && (
            <button
              type="button"
              className="show-more"
              data-testid="show-more"
              onClick={() => setMore({ key: limitKey, limit: limit + PAGE * 2 })}
            >
              Show more results
            </button>
          )}
        </>
      )}
    </div>
  );
}
