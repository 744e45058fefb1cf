import type { IndexEntry } from '../../content-schema/index-types';

export type FacetKey = 'category' | 'company' | 'plane' | 'symptom';
export type ActiveFilters = Partial<Record<FacetKey, string>>;
export type FacetCounts = Record<FacetKey, Map<string, number>>;

const valuesOf = (e: IndexEntry, key: FacetKey): string[] => {
  switch (key) {
    case 'category':
      return [e.category];
    case 'company':
      return e.company ? [e.company] : [];
    case 'plane':
      return e.planes;
    case 'symptom':
      return e.symptoms;
  }
};

export const matches = (e: IndexEntry, filters: ActiveFilters, skip?: FacetKey): boolean =>
  (Object.keys(filters) as FacetKey[]).every((k) => k === skip || !filters[k] || valuesOf(e, k).includes(filters[k] ?? ''));

/**
 * Counts for every facet value among the entries matching the query, each facet counted
 * with the *other* active filters applied (so choosing a value shows what else is reachable).
 */
export function facetCounts(entries: IndexEntry[], filters: ActiveFilters): FacetCounts {
  const out: FacetCounts = { category: new Map(), company: new Map(), plane: new Map(), symptom: new Map() };
  for (const e of entries) {
    for (const key of Object.keys(out) as FacetKey[]) {
      if (!matches(e, filters, key)) continue;
      for (const v of valuesOf(e, key)) out[key].set(v, (out[key].get(v) ?? 0) + 1);
    }
  }
  return out;
}
