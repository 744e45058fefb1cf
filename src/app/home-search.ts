import type { IndexEntry } from '../content-schema/index-types';
import { SYSTEM_KINDS } from '../content-schema/taxonomy';
import { facetCounts, type ActiveFilters, type FacetCounts } from '../features/filters/facets';
import type { SearchEngine, SearchFilters, SearchHit } from '../features/search/engine/search-engine';

/** Result rows the home page renders per keystroke ("Show more results" adds more). Shared with the benchmark. */
export const RESULT_PAGE = 20;

/**
 * Everything the home page computes per keystroke: the filtered top results (with why they
 * matched) and the facet counts over every match of the query. Shared with the benchmark so
 * it measures exactly this.
 */
export function homeSearch(
  engine: SearchEngine,
  all: readonly IndexEntry[],
  query: string,
  filters: SearchFilters,
  limit = 50,
): { hits: SearchHit[]; counts: FacetCounts } {
  return { hits: homeHits(engine, query, filters, limit), counts: homeCounts(engine, all, query, filters) };
}

/**
 * The result rows for a query (the part the list waits for). A company filter with no query lists that
 * company's eight system diagrams first, in their fixed order, then its other entries, newest incident first.
 */
export function homeHits(engine: SearchEngine, query: string, filters: SearchFilters, limit = 50): SearchHit[] {
  if (query.trim() || !filters.company) return engine.search(query, filters, limit);
  const hits = engine.search('', filters, 100_000);
  const byId = new Map(engine.entries.map((e) => [e.id, e]));
  const rank = (h: SearchHit): [number, string] => {
    const e = byId.get(h.id);
    if (e?.category === 'systems') return [SYSTEM_KINDS.indexOf(e.kind ?? 'architecture'), ''];
    return [100, e?.incident?.date ?? ''];
  };
  return hits
    .map((h) => ({ h, r: rank(h) }))
    .sort((a, b) => a.r[0] - b.r[0] || b.r[1].localeCompare(a.r[1]))
    .slice(0, limit)
    .map((x) => x.h);
}

/** Facet counts over every match of the query (the home page computes these a frame after the rows). */
export function homeCounts(engine: SearchEngine, all: readonly IndexEntry[], query: string, filters: SearchFilters): FacetCounts {
  const matching = query ? engine.matchingEntries(query) : all;
  return facetCounts(matching, filters as ActiveFilters);
}
