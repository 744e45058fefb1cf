import type { IndexEntry } from '../../content-schema/index-types';

export type FacetKey = 'category' | 'company' | 'plane' | 'symptom';
export type ActiveFilters = Partial<Record<FacetKey, string>>;
export type FacetCounts = Record<FacetKey, Map<string, number>>;

const KEYS: FacetKey[] = ['category', 'company', 'plane', 'symptom'];

const valuesOf = (e: IndexEntry, key: FacetKey): readonly string[] => {
  switch (key) {
    case 'category':
      return [e.category];
    case 'company':
      return e.company ? [e.company] : [];
    case 'plane':
      return e.mainPlane ? [e.mainPlane] : [];
    case 'symptom':
      return e.symptoms;
  }
};

const has = (e: IndexEntry, key: FacetKey, value: string): boolean => {
  switch (key) {
    case 'category':
      return e.category === value;
    case 'company':
      return e.company === value;
    case 'plane':
      return e.mainPlane === value;
    case 'symptom':
      return e.symptoms.includes(value);
  }
};

/**
 * Counts for every facet value among the entries matching the query, each facet counted
 * with the *other* active filters applied (so choosing a value shows what else is reachable).
 * One pass: an entry failing no filter counts everywhere, an entry failing exactly one filter
 * counts only in that filter's facet, any other entry counts nowhere.
 */
export function facetCounts(entries: readonly IndexEntry[], filters: ActiveFilters): FacetCounts {
  const out: FacetCounts = { category: new Map(), company: new Map(), plane: new Map(), symptom: new Map() };
  const active = KEYS.filter((k) => filters[k]);
  const tally = (e: IndexEntry, key: FacetKey): void => {
    const m = out[key];
    for (const v of valuesOf(e, key)) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (const e of entries) {
    let failed: FacetKey | undefined;
    let failures = 0;
    for (const k of active) {
      if (!has(e, k, filters[k] ?? '')) {
        failed = k;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) for (const k of KEYS) tally(e, k);
    else if (failures === 1 && failed) tally(e, failed);
  }
  return out;
}
