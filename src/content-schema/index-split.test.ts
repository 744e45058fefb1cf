import { describe, expect, it } from 'vitest';
import { INDEX_FORMAT, type IndexEntry, type StartupIndex } from './index-types';
import { mergeLabels, splitIndex } from './index-split';

const entry = (id: string, labels: string[]): IndexEntry => ({
  id,
  title: id,
  category: 'debugging',
  summary: `about ${id}`,
  tags: [],
  symptoms: [],
  planes: [],
  diagram: 'flowchart',
  labels,
  estimates: false,
  lastReviewed: '2026-12-01',
});

const index = (hash: string): StartupIndex => ({
  format: INDEX_FORMAT,
  mermaidVersion: '11',
  contentHash: hash,
  entries: [entry('a', ['Consumer Group', 'Broker']), entry('b', [])],
  companies: [],
  symptoms: [],
  gates: {} as StartupIndex['gates'],
  sources: { first_party: 0, secondary_only: 0, secondary_only_ids: [] },
});

describe('startup index split', () => {
  it('takes every label out of the startup half and puts exactly them back', () => {
    const full = index('h1');
    const { startup, labels } = splitIndex(full);
    expect(startup.entries.every((e) => e.labels.length === 0)).toBe(true);
    expect(startup.entries.map((e) => e.summary)).toEqual(['about a', 'about b']);
    expect(labels).toEqual({ contentHash: 'h1', labels: { a: ['Consumer Group', 'Broker'] } });
    expect(startup.partial).toBe(true);
    expect(mergeLabels(startup, labels)).toEqual(full);
    // The split half is smaller than the whole (what the first view waits for).
    expect(JSON.stringify(startup).length).toBeLessThan(JSON.stringify(full).length);
  });

  it('refuses labels from another build (search then runs without them) and returns a new object when it merges', () => {
    const { startup } = splitIndex(index('h1'));
    const other = splitIndex(index('h2')).labels;
    const refused = mergeLabels(startup, other);
    expect(refused.entries.every((e) => e.labels.length === 0)).toBe(true);
    expect(refused.partial).toBeUndefined();
    const merged = mergeLabels(startup, splitIndex(index('h1')).labels);
    expect(merged).not.toBe(startup);
    expect(merged.entries[0]?.labels).toEqual(['Consumer Group', 'Broker']);
  });
});
