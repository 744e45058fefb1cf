import { useMemo } from 'react';
import type { StartupIndex } from '../../content-schema/index-types';
import { SearchEngine, type SearchFilters, type SearchHit } from './engine/search-engine';

const engines = new WeakMap<StartupIndex, SearchEngine>();

/** One engine per loaded index, built on first use and shared by every view. */
export function engineFor(index: StartupIndex): SearchEngine {
  let e = engines.get(index);
  if (!e) {
    e = new SearchEngine(index.entries, index.companies, index.symptoms);
    engines.set(index, e);
  }
  return e;
}

export function useSearch(index: StartupIndex, query: string, filters: SearchFilters, limit = 100): SearchHit[] {
  return useMemo(() => engineFor(index).search(query, filters, limit), [index, query, filters, limit]);
}
