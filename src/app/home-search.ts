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
  const matching = query ? engine.matchingEntries(query) : all;
  return { hits: engine.search(query, filters, limit), counts: facetCounts(matching, filters as ActiveFilters) };
}
