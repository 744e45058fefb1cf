import type { IndexEntry } from '../content-schema/index-types';
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

/** The result rows for a query (the part the list waits for). */
export function homeHits(engine: SearchEngine, query: string, filters: SearchFilters, limit = 50): SearchHit[] {
  return engine.search(query, filters, limit);
}

/** Facet counts over every match of the query (the home page computes these a frame after the rows). */
export function homeCounts(engine: SearchEngine, all: readonly IndexEntry[], query: string, filters: SearchFilters): FacetCounts {
  const matching = query ? engine.matchingEntries(query) : all;
  return facetCounts(matching, filters as ActiveFilters);
}
