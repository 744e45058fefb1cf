import { memo } from 'react';
import type { ActiveFilters, FacetCounts, FacetKey } from './facets';

interface Props {
  counts: FacetCounts;
  filters: ActiveFilters;
  /** Display names for values (company names, symptom labels). */
  labels: Partial<Record<FacetKey, Map<string, string>>>;
  onChange: (key: FacetKey, value: string | undefined) => void;
  onClear: () => void;
}

const TITLES: Record<FacetKey, string> = { category: 'Category', company: 'Company', plane: 'Mostly in plane', symptom: 'Symptom' };

// Memoised: while typing, the counts change a render after the rows (see the home route).
export const FilterPanel = memo(function FilterPanel({ counts, filters, labels, onChange, onClear }: Props) {
  return (
    <div className="filters" data-testid="filters">
      {(Object.keys(TITLES) as FacetKey[]).map((key) => {
        const values = [...counts[key].entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        const active = filters[key];
        if (values.length === 0 && !active) return null;
        return (
          <label key={key} className="facet">
            <span>{TITLES[key]}</span>
            <select data-testid={`facet-${key}`} value={active ?? ''} onChange={(e) => onChange(key, e.target.value || undefined)}>
              <option value="">All</option>
              {active && !counts[key].has(active) && <option value={active}>{labels[key]?.get(active) ?? active} (0)</option>}
              {values.map(([v, n]) => (
                <option key={v} value={v}>
                  {labels[key]?.get(v) ?? v} ({n})
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {Object.values(filters).some(Boolean) && (
        <button type="button" className="link-button" data-testid="clear-filters" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
});
