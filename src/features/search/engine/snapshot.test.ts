import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../../content-schema/index-types';
import { SearchEngine } from './search-engine';

const entry = (id: string, title: string, tags: string[]): IndexEntry => ({
  id,
  title,
  category: 'debugging',
  summary: `How to debug ${title.toLowerCase()} when it happens in production.`,
  tags,
  symptoms: [],
  planes: [],
  diagram: 'flowchart-v2',
  labels: [],
  estimates: false,
  lastReviewed: '2026-12-01',
});
const entries = [
  entry('kafka-lag', 'Kafka consumer lag is growing', ['kafka']),
  entry('redis-evictions', 'Redis evicts keys under memory pressure', ['redis']),
  entry('dns-fail', 'DNS resolution fails inside the cluster', ['dns', 'coredns']),
];
const QUERIES = ['kafka lag', 'redis memory', 'dns', 'kafak', 'coredns cluster'];

describe('engine snapshot', () => {
  const built = new SearchEngine(entries, [], []);
  const snap = JSON.parse(JSON.stringify(built.toSnapshot())) as unknown;

  it('a loaded snapshot ranks, explains and suggests exactly as a freshly built engine', () => {
    const loaded = new SearchEngine(entries, [], [], snap);
    for (const q of QUERIES) {
      expect(loaded.search(q), q).toEqual(built.search(q));
      expect(loaded.suggest(q), q).toEqual(built.suggest(q));
    }
    expect(loaded.search('kafka lag')[0]?.id).toBe('kafka-lag');
  });

  it('is ignored when the entries differ, so a stale snapshot never answers for other content', () => {
    const changed = [entries[2], entries[0], entries[1]].filter((e) => e !== undefined);
    const fromStale = new SearchEngine(changed, [], [], snap);
    expect(fromStale.search('kafka lag')[0]?.id).toBe('kafka-lag');
    expect(fromStale.search('dns')[0]?.id).toBe('dns-fail');
  });

  it('is ignored when it is not a snapshot of this format', () => {
    for (const junk of [null, 42, 'x', { v: 2 }, { v: 1, ids: 'x' }, { ...(snap as object), postings: [] }]) {
      const e = new SearchEngine(entries, [], [], junk);
      expect(e.search('redis memory')).toEqual(built.search('redis memory'));
    }
  });
});
