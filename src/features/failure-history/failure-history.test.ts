import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../content-schema/index-types';
import { historyByNode, nodeCard } from './failure-history';

const base = {
  summary: 's'.repeat(40),
  symptoms: [],
  planes: [],
  diagram: 'flowchart-v2',
  labels: [],
  estimates: false,
  lastReviewed: '2026-12-01',
};
const inc = (id: string, date: string, over: Partial<IndexEntry>): IndexEntry => ({
  id,
  title: id,
  category: 'incidents',
  tags: [],
  ...base,
  incident: { registry: id, org: 'X', date, kind: 'database' },
  ...over,
});
const nodes = [
  { id: 'DB', label: 'MySQL clusters' },
  { id: 'Q', label: 'Kafka event bus' },
  { id: 'API', label: 'Rails API' },
];
const all: IndexEntry[] = [
  inc('gh-2018', '2018-10-21', { affects: [{ diagram: 'gh-arch', node: 'DB' }] }),
  inc('gh-2022', '2022-03-16', {
    affects: [
      { diagram: 'gh-arch', node: 'DB' },
      { diagram: 'other', node: 'DB' },
    ],
  }),
  inc('kafka-outage', '2020-01-01', { affectsTech: ['kafka'] }),
  { id: 'kafka-lag', title: 'Kafka lag', category: 'debugging', tags: ['kafka'], ...base },
  { id: 'x-arch', title: 'X architecture', category: 'systems', tags: ['kafka'], ...base, labels: ['Kafka brokers'] },
];

describe('failure history on the map', () => {
  it('counts the incidents that declare a node, newest first, plus technology incidents on nodes that name it', () => {
    const h = historyByNode('gh-arch', true, nodes, all);
    expect(h.get('DB')?.map((x) => x.entry.id)).toEqual(['gh-2022', 'gh-2018']);
    expect(h.get('Q')?.map((x) => [x.entry.id, x.via])).toEqual([['kafka-outage', 'kafka']]);
    expect(h.has('API')).toBe(false);
    expect(historyByNode('gh-arch', false, nodes, all).size).toBe(0);
  });

  it('a node card leads to the guides for its technology, its incidents and other diagrams with it', () => {
    const h = historyByNode('gh-arch', true, nodes, all);
    const card = nodeCard(nodes[1] ?? { id: '', label: '' }, 'gh-arch', h, all);
    expect(card.guides.map((e) => e.id)).toEqual(['kafka-lag']);
    expect(card.incidents.map((x) => x.entry.id)).toEqual(['kafka-outage']);
    expect(card.elsewhere.map((e) => e.id)).toEqual(['x-arch']);
  });
});
