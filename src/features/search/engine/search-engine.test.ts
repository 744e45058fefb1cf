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
  entry('cassandra-hot', {
    title: 'Cassandra hot partition',
    tags: ['cassandra'],
    symptoms: ['hot-partition'],
    planes: ['state'],
    mainPlane: 'state',
  }),
  entry('netflix-arch', {
    title: 'Netflix architecture',
    category: 'systems',
    kind: 'architecture',
    company: 'netflix',
    planes: ['edge', 'state'],
    mainPlane: 'state',
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

describe('intent-aware ranking (issue #15)', () => {
  const corpus = [
    entry('dns-guide', {
      title: 'DNS resolution failing',
      summary: 'When names stop resolving: NXDOMAIN, SERVFAIL or resolver timeouts, and what to check first.',
      symptoms: ['dns-resolution-failure'],
      tags: ['dns'],
    }),
    ...Array.from({ length: 6 }, (_, i) =>
      entry(`dns-incident-${i}`, {
        title: `Provider DNS outage number ${i} with DNS resolution failures everywhere`,
        category: 'incidents',
        company: i === 0 ? 'github' : 'amazon',
        symptoms: ['region-outage', 'dns-resolution-failure'],
        tags: ['dns'],
      }),
    ),
    entry('about-dns-incident', { title: 'Resolver meltdown', category: 'incidents', symptoms: ['dns-resolution-failure'] }),
    entry('gh-split', { title: 'Database failover gone wrong', category: 'incidents', company: 'github', symptoms: ['split-brain'] }),
    entry('gh-other', { title: 'GitHub webhooks delayed', category: 'incidents', company: 'github', symptoms: ['consumer-lag'] }),
    entry('split-guide', { title: 'Two primaries after failover', symptoms: ['split-brain'] }),
  ];
  const e = new SearchEngine(
    corpus,
    [
      { id: 'github', name: 'GitHub', tier: 2, focus: 'Code hosting and collaboration' },
      { id: 'amazon', name: 'Amazon / AWS', tier: 1, focus: 'Retail and cloud' },
    ],
    [
      { id: 'dns-resolution-failure', label: 'DNS resolution failure', synonyms: ['nxdomain', 'dns', 'no such host'] },
      { id: 'split-brain', label: 'Split brain', synonyms: ['two primaries'] },
      { id: 'region-outage', label: 'Region outage', synonyms: [] },
      { id: 'consumer-lag', label: 'Queue backlog', synonyms: [] },
    ],
  );
  const top = (q: string): string[] => e.search(q).map((h) => h.id);

  it('a symptom in on-call words puts its guide first, above incidents that only share the tag', () => {
    expect(top('dns not resolving')[0]).toBe('dns-guide');
    expect(top('nxdomian')[0]).toBe('dns-guide');
  });
  it('after the guides come the incidents about the symptom (their first symptom), then the rest', () => {
    const r = top('nxdomain');
    expect(r[0]).toBe('dns-guide');
    expect(r.indexOf('about-dns-incident')).toBeLessThan(r.indexOf('dns-incident-1'));
  });
  it('a query that is wholly a symptom name puts its guide first even above titles holding its words', () => {
    expect(top('dns resolution failure')[0]).toBe('dns-guide');
  });
  it('an entry whose title holds every query word beats a tier that one generic word triggered', () => {
    // "outage" names no symptom here and "number" is generic: the titles holding both words win.
    expect(top('outage number')[0]).toMatch(/^dns-incident-/);
  });
  it('company + concept: the entry matching both outranks the company’s others and the generic guide', () => {
    expect(top('github split brain')[0]).toBe('gh-split');
    expect(top('github split brain').indexOf('gh-other')).toBeGreaterThan(top('github split brain').indexOf('split-guide'));
  });
  it('results name the symptom they matched', () => {
    expect(e.search('nxdomain')[0]?.matched).toContain('symptom: DNS resolution failure');
  });
  it('no results suggests a spelling, symptoms and companies', () => {
    const s = e.suggest('gihtub splt brian');
    expect(s.companies.map((c) => c.id)).toContain('github');
    expect(s.symptoms.map((x) => x.id)).toContain('split-brain');
  });
});
