import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../../content-schema/index-types';
import { SearchEngine } from './search-engine';
import { queryTerms, tokenize } from './tokenize';

const entry = (id: string, over: Partial<IndexEntry>): IndexEntry => ({
  id,
  title: id,
  category: 'debugging',
  summary: 'A summary long enough to be a summary of something.',
  tags: [],
  symptoms: [],
  planes: [],
  diagram: 'flowchart-v2',
  labels: [],
  estimates: false,
  lastReviewed: '2026-11-22',
  ...over,
});

const entries = [
  entry('kafka-lag', { title: 'Kafka consumer lag is growing', tags: ['kafka'], symptoms: ['consumer-lag'], labels: ['Consumer Group'] }),
  entry('cassandra-hot', { title: 'Cassandra hot partition', tags: ['cassandra'], symptoms: ['hot-partition'], planes: ['state'] }),
  entry('netflix-arch', {
    title: 'Netflix architecture',
    category: 'systems',
    kind: 'architecture',
    company: 'netflix',
    planes: ['edge', 'state'],
    labels: ['Open Connect CDN', 'EVCache'],
  }),
  entry('s3-2017', {
    title: 'AWS S3 us-east-1 outage',
    category: 'incidents',
    company: 'amazon',
    symptoms: ['region-outage'],
    incident: { registry: 'aws-s3-2017-02', org: 'Amazon Web Services', date: '2017-02-28', kind: 'human-error' },
  }),
];
const engine = new SearchEngine(
  entries,
  [
    { id: 'netflix', name: 'Netflix', tier: 1, focus: 'Video streaming service' },
    { id: 'amazon', name: 'Amazon / AWS', tier: 1, focus: 'Retail and cloud' },
  ],
  [
    { id: 'consumer-lag', label: 'Queue backlog / consumer lag', synonyms: ['backlog'] },
    { id: 'region-outage', label: 'Region outage', synonyms: ['region down'] },
  ],
);
const ids = (q: string, f = {}): string[] => engine.search(q, f).map((h) => h.id);

describe('tokenize', () => {
  it('lowercases, drops stop words, folds plurals and keeps digits in words', () => {
    expect(tokenize('The Consumers of S3 and 5xx errors')).toEqual(['consumer', 's3', '5xx', 'error']);
    expect(queryTerms('Kafka  lag ').map((t) => t.raw)).toEqual(['kafka', 'lag']);
  });
});

describe('SearchEngine', () => {
  it('corrects typos against the vocabulary', () => {
    expect(ids('kafak')[0]).toBe('kafka-lag');
    expect(ids('cassnadra')[0]).toBe('cassandra-hot');
    expect(ids('netflx')[0]).toBe('netflix-arch');
  });
  it('completes the word being typed (prefix)', () => {
    expect(ids('cassa')[0]).toBe('cassandra-hot');
    expect(ids('evca')[0]).toBe('netflix-arch');
  });
  it('matches symptoms through their synonyms and companies by name', () => {
    expect(ids('backlog')[0]).toBe('kafka-lag');
    expect(ids('aws outage')[0]).toBe('s3-2017');
  });
  it('ranks entries matching every term above partial matches', () => {
    expect(ids('kafka cassandra hot')[0]).toBe('cassandra-hot');
  });
  it('explains matches, naming the node label', () => {
    const hit = engine.search('consumer group')[0];
    expect(hit?.matched).toContain('title');
    expect(hit?.matched).toContain('label: Consumer Group');
  });
  it('combines the query with filters', () => {
    expect(ids('', { plane: 'state' }).sort()).toEqual(['cassandra-hot', 'netflix-arch']);
    expect(ids('cassandra netflix', { company: 'netflix' })).toEqual(['netflix-arch']);
    expect(ids('outage', { category: 'debugging' })).toEqual([]);
  });
  it('returns nothing for gibberish rather than everything', () => {
    expect(ids('zzqqxx')).toEqual([]);
  });
});
