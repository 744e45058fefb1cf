import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../content-schema/index-types';
import { facetCounts } from './facets';

const e = (
  id: string,
  category: IndexEntry['category'],
  company: string | undefined,
  planes: IndexEntry['planes'],
  symptoms: string[],
): IndexEntry => ({
  id,
  title: id,
  category,
  company,
  summary: '',
  tags: [],
  symptoms,
  planes,
  ...(planes[0] ? { mainPlane: planes[0] } : {}),
  diagram: 'flowchart-v2',
  labels: [],
  estimates: false,
  lastReviewed: '2026-11-22',
});

const entries = [
  e('a', 'incidents', 'github', ['state', 'edge'], ['data-loss']),
  e('b', 'incidents', 'amazon', ['edge'], ['region-outage']),
  e('c', 'debugging', undefined, [], ['data-loss']),
];

describe('facetCounts', () => {
  it('counts every value with the other filters applied, not its own', () => {
    const c = facetCounts(entries, { category: 'incidents' });
    expect(c.category.get('incidents')).toBe(2);
    expect(c.category.get('debugging')).toBe(1); // still reachable by switching category
    expect(c.company.get('github')).toBe(1);
    expect(c.symptom.get('data-loss')).toBe(1);
  });
  it('applies several filters together', () => {
    const c = facetCounts(entries, { symptom: 'data-loss', category: 'debugging' });
    expect(c.company.size).toBe(0);
    expect(c.category.get('incidents')).toBe(1);
  });
  it('a plane counts an entry only under the plane most of its components are in', () => {
    const c = facetCounts(entries, {});
    expect(c.plane.get('state')).toBe(1);
    expect(c.plane.get('edge')).toBe(1); // b; a has edge nodes too, but mostly state
    expect(facetCounts(entries, { plane: 'edge' }).category.get('incidents')).toBe(1);
  });
});
