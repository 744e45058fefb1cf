/**
 * Mermaid builders for the synthetic corpus: plane-coloured flowcharts (with subgraphs),
 * decision trees, sequence diagrams and incident timelines, written the way authoring.md asks.
 * Each builder also returns the nodes the content build's mermaid worker extracts (same ids,
 * order and cleaned labels), so a parse cache can be seeded with them: at 10,000 entries the
 * real build then runs without parsing 12,000 diagrams (see synthetic-setup.ts).
 */
import { PLANES, type Plane } from '../../src/content-schema/taxonomy';
import type { Rng } from './rng';
import { mermaidText, type Vocabulary } from './vocabulary';

/** A node as the build's mermaid worker extracts it: vertex / actor id, cleaned label, plane classes. */
export interface SyntheticNode {
  id: string;
  label: string;
  planes: Plane[];
}

export interface SyntheticDiagram {
  /** Heading the block sits under; '' for the primary diagram. */
  heading: string;
  /** Mermaid's own type name, as the build reports it. */
  type: 'flowchart-v2' | 'sequence' | 'timeline';
  source: string;
  nodes: SyntheticNode[];
}

/** Short free text from the summary chain (a message, an event, an edge label). */
export function phrase(rng: Rng, vocab: Vocabulary, minWords: number, maxWords: number): string {
  const want = rng.range(minWords, maxWords);
  let word = rng.pick(vocab.starts.length ? vocab.starts : [...vocab.chain.keys()]);
  const out = [word];
  while (out.length < want) {
    const next = vocab.chain.get(word);
    word = next?.length ? rng.pick(next) : rng.pick(vocab.starts);
    out.push(word);
  }
  const text = mermaidText(out.join(' ')).replace(/[.,]+$/, '');
  return text.length >= 3 ? text : 'request path degraded';
}

/** Distinct labels for one diagram; a few are prefixed with one of the entry's technologies. */
function labels(rng: Rng, vocab: Vocabulary, n: number, techs: string[]): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 10; tries++) {
    let l = vocab.labels.draw(rng);
    if (rng.chance(0.2) && techs.length) l = mermaidText(`${rng.pick(techs)} ${l}`).slice(0, 48).trim();
    if (l.length >= 2) out.add(l);
  }
  // Small vocabularies (tests) may run dry: number the rest so the diagram still has n nodes.
  for (let i = out.size; out.size < n; i++) out.add(`Component ${i + 1}`);
  return [...out];
}

const SHAPES: Record<Plane, ((l: string) => string)[]> = {
  edge: [(l) => `["${l}"]`, (l) => `[/"${l}"/]`],
  service: [(l) => `["${l}"]`, (l) => `("${l}")`, (l) => `{{"${l}"}}`],
  state: [(l) => `[("${l}")]`, (l) => `["${l}"]`],
  control: [(l) => `["${l}"]`, (l) => `{{"${l}"}}`],
};
const PLANE_TITLES: Record<Plane, string[]> = {
  edge: ['Edge', 'Clients and edge', 'Ingress'],
  service: ['Services', 'Application tier', 'Request path'],
  state: ['State', 'Storage', 'Data tier'],
  control: ['Control plane', 'Operations', 'Deploy and config'],
};

/**
 * Architecture / blast-radius flowchart: every node in a plane, nodes grouped in one subgraph
 * per plane (as real entries do), then edges, some labelled, some dotted.
 */
export function planeFlowchart(rng: Rng, vocab: Vocabulary, heading: string, techs: string[], size: [number, number]): SyntheticDiagram {
  const n = rng.range(size[0], size[1]);
  const names = labels(rng, vocab, n, techs);
  const weights: [Plane, number][] = [
    ['edge', 0.2],
    ['service', 0.35],
    ['state', 0.3],
    ['control', 0.15],
  ];
  const planeOf = (i: number): Plane => {
    if (i === 0) return 'edge';
    let x = rng.next();
    for (const [p, w] of weights) if ((x -= w) < 0) return p;
    return 'service';
  };
  const nodes = names.map((label, i) => ({ id: `N${i + 1}`, label, plane: planeOf(i) }));
  const lines = [rng.chance(0.6) ? 'flowchart LR' : 'flowchart TD'];
  const order: typeof nodes = [];
  PLANES.forEach((plane, s) => {
    const group = nodes.filter((x) => x.plane === plane);
    if (group.length === 0) return;
    const grouped = group.length > 1 && rng.chance(0.75);
    if (grouped) lines.push(`  subgraph SG${s + 1}["${rng.pick(PLANE_TITLES[plane])}"]`);
    for (const node of group) {
      lines.push(`${grouped ? '    ' : '  '}${node.id}${rng.pick(SHAPES[plane])(node.label)}:::${plane}`);
      order.push(node);
    }
    if (grouped) lines.push('  end');
  });
  lines.push('');
  for (let i = 1; i < nodes.length; i++) {
    const from = nodes[Math.max(0, i - 1 - rng.int(Math.min(i, 4)))];
    const to = nodes[i];
    if (!from || !to) continue;
    lines.push(`  ${from.id} ${edge(rng, vocab)} ${to.id}`);
  }
  for (let k = 0; k < Math.floor(n / 5); k++) {
    const a = rng.pick(nodes);
    const b = rng.pick(nodes);
    if (a !== b) lines.push(`  ${a.id} -.-> ${b.id}`);
  }
  return { heading, type: 'flowchart-v2', source: lines.join('\n'), nodes: order.map((x) => ({ id: x.id, label: x.label, planes: [x.plane] })) };
}

function edge(rng: Rng, vocab: Vocabulary): string {
  const r = rng.next();
  if (r < 0.2) return `-->|"${phrase(rng, vocab, 2, 4)}"|`;
  if (r < 0.3) return '-.->';
  if (r < 0.35) return '==>';
  return '-->';
}

/** Debugging decision tree: questions in `{ }`, yes/no branches, leaves with the first fix. */
export function decisionTree(rng: Rng, vocab: Vocabulary, techs: string[]): SyntheticDiagram {
  const questions = rng.range(4, 8);
  const qs = labels(rng, vocab, questions, techs).map((l) => `${l}?`);
  const leaves = labels(rng, vocab, questions + 1, techs);
  const lines = ['flowchart TD'];
  const nodes: SyntheticNode[] = [];
  const alert = mermaidText(`Alert ${phrase(rng, vocab, 3, 6)}`);
  lines.push(`  A{{"${alert}"}} --> Q1`);
  nodes.push({ id: 'A', label: alert, planes: [] });
  qs.forEach((q, i) => {
    const id = `Q${i + 1}`;
    lines.push(`  ${id}{"${q}"}`);
    nodes.push({ id, label: q, planes: [] });
    const leaf = leaves[i] ?? 'Escalate';
    lines.push(`  ${id} -->|yes| L${i + 1}["${leaf}"]`);
    nodes.push({ id: `L${i + 1}`, label: leaf, planes: [] });
    if (i + 1 < qs.length) lines.push(`  ${id} -->|no| Q${i + 2}`);
    else {
      const last = leaves[i + 1] ?? 'Escalate to the owning team';
      lines.push(`  ${id} -->|no| L${i + 2}["${last}"]`);
      nodes.push({ id: `L${i + 2}`, label: last, planes: [] });
    }
  });
  // The build lists vertices in first-mention order; Q(i+1) is first mentioned by the edge
  // from Q(i), before its own line, which does not change the order computed above.
  return { heading: '', type: 'flowchart-v2', source: lines.join('\n'), nodes };
}

/** Request-flow sequence diagram with notes and an alt block. */
export function sequence(rng: Rng, vocab: Vocabulary, heading: string, techs: string[]): SyntheticDiagram {
  const n = rng.range(4, 9);
  const names = labels(rng, vocab, n, techs);
  const lines = ['sequenceDiagram'];
  if (rng.chance(0.5)) lines.push('  autonumber');
  names.forEach((l, i) => lines.push(`  participant P${i + 1} as ${l}`));
  const messages = rng.range(8, 16);
  let altOpen = false;
  for (let m = 0; m < messages; m++) {
    const a = rng.int(n) + 1;
    let b = rng.int(n) + 1;
    if (b === a) b = (a % n) + 1;
    if (!altOpen && rng.chance(0.1)) {
      lines.push(`  alt ${phrase(rng, vocab, 2, 4)}`);
      altOpen = true;
    } else if (altOpen && rng.chance(0.3)) {
      lines.push('  end');
      altOpen = false;
    }
    lines.push(`  P${a}${rng.chance(0.3) ? '-->>' : '->>'}P${b}: ${phrase(rng, vocab, 3, 9)}`);
    if (rng.chance(0.15)) lines.push(`  Note over P${b}: ${phrase(rng, vocab, 4, 10)}`);
  }
  if (altOpen) lines.push('  end');
  return { heading, type: 'sequence', source: lines.join('\n'), nodes: names.map((label, i) => ({ id: `P${i + 1}`, label, planes: [] })) };
}

const PHASES = ['Trigger', 'Detection', 'Escalation', 'Mitigation', 'Recovery', 'Follow-up'];

/** Incident (or evolution) timeline: sections, clock-time periods (`09#58;37`) and events. */
export function timeline(rng: Rng, vocab: Vocabulary, title: string, clock: boolean): SyntheticDiagram {
  const sections = PHASES.slice(0, rng.range(3, 5));
  const lines = ['timeline', `  title ${mermaidText(title).slice(0, 90)}`];
  // The worker numbers sections first, then periods and their events, with one counter.
  const sectionLabels: string[] = [];
  const tasks: { period: string; events: string[] }[] = [];
  let minute = rng.range(0, 23 * 60);
  let year = rng.range(2008, 2018);
  for (const s of sections) {
    lines.push(`  section ${s}`);
    sectionLabels.push(s);
    for (let p = rng.range(1, 3); p > 0; p--) {
      minute = (minute + rng.range(1, 90)) % (24 * 60);
      year += rng.range(0, 2);
      const hh = String(Math.floor(minute / 60)).padStart(2, '0');
      const mm = String(minute % 60).padStart(2, '0');
      const period = clock ? `${hh}#58;${mm}` : String(year);
      const events = Array.from({ length: rng.range(1, 2) }, () => phrase(rng, vocab, 4, 14));
      lines.push(`    ${period} : ${events.join(' : ')}`);
      tasks.push({ period: clock ? `${hh}:${mm}` : period, events });
    }
  }
  let n = 0;
  const nodes: SyntheticNode[] = sectionLabels.map((label) => ({ id: `s${n++}`, label, planes: [] }));
  for (const t of tasks) {
    nodes.push({ id: `t${n++}`, label: t.period, planes: [] });
    for (const ev of t.events) nodes.push({ id: `e${n++}`, label: ev, planes: [] });
  }
  return { heading: '', type: 'timeline', source: lines.join('\n'), nodes };
}
