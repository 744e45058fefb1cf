/**
 * Seeded, deterministic synthetic Atlas entries of the same shape as real ones, for measuring
 * search, index size and content build at ~1,000 and 10,000 entries before the real catalogue
 * gets there. Categories follow the spec's targets; titles, tags, symptoms, companies,
 * summaries and node labels are drawn from vocabularies of the real index (vocabulary.ts).
 *
 * Entries are written as Markdown files that pass the real validator (synthetic-data-folder.ts)
 * and go through the real buildContent, so index size, labels and search see exactly what the
 * build makes of them. `parseResultOf` gives what mermaid would extract from each diagram, for
 * seeding the parse cache at sizes where parsing everything would take minutes.
 */
import type { Frontmatter } from '../../src/content-schema/entry-schema';
import { CATEGORY_TARGETS, SYSTEM_KINDS, type Category } from '../../src/content-schema/taxonomy';
import type { ParsedDiagram } from '../content/mermaid-pool';
import { createRng, type Rng } from './rng';
import { decisionTree, phrase, planeFlowchart, sequence, timeline, type SyntheticDiagram } from './synthetic-diagrams';
import type { Vocabulary } from './vocabulary';

export const DEFAULT_SEED = 20261122;

export interface SyntheticSection {
  heading: string;
  text: string;
}

export interface SyntheticEntry {
  frontmatter: Frontmatter;
  /** The primary diagram first, then further views under their headings. */
  diagrams: SyntheticDiagram[];
  /** Prose sections (`## At 3 AM` and friends), written after the primary diagram. */
  sections: SyntheticSection[];
}

const KIND_WORDS: Record<(typeof SYSTEM_KINDS)[number], string> = {
  architecture: 'architecture',
  'request-flow': 'request flow',
  storage: 'storage',
  'failure-domains': 'failure domains',
  'scale-evolution': 'scale evolution',
  'cost-breakdown': 'cost breakdown',
  'novel-solutions': 'novel solutions',
  'production-operations': 'production operations',
};

const TITLE_TEMPLATES: Record<Exclude<Category, 'systems' | 'incidents'>, string[]> = {
  debugging: ['{T} {s}: {l}', '{S} in {T}', 'Debugging {T}: {s} after {l}', '{T} {s} with {l}'],
  performance: ['Tail latency in {T}: {l}', 'Why {T} gets slow under {l}', '{T} performance: {l}'],
  scaling: ['Scaling {T} past {l}', 'Sharding {T}: {l}', 'Scaling {T} and {U}'],
  patterns: ['The {t} pattern with {U}', '{T} pattern: {l}', '{T} and {u} together'],
  capacity: ['Capacity planning for {T}: {l}', 'Sizing {T} for {l}'],
  migrations: ['Migrating from {T} to {U}', 'Moving {T} off {l}'],
  costs: ['What {T} costs at scale: {l}', 'Cutting the cost of {T}'],
  comparisons: ['{T} vs {U}: {l}', '{T} or {U} for {l}'],
  production: ['Running {T} in production: {l}', '{T} in production: {s}'],
  foundations: ['How {T} works: {l}', '{T} explained: {l}'],
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const COMMANDS = [
  'kubectl get pods -A --field-selector status.phase!=Running',
  'kubectl describe pod <pod>',
  'dig +trace <name>',
  'kafka-consumer-groups.sh --describe --group <group>',
  'SELECT now() - pg_last_xact_replay_timestamp();',
  'redis-cli --latency -h <host>',
  'openssl s_client -connect <host>:443 -servername <host>',
  'curl -sv https://<host>/healthz',
  'aws s3api head-object --bucket <bucket> --key <key>',
  'nodetool status',
  'journalctl -u <service> --since -15m',
  'iostat -x 1 5',
  'ss -s',
  'birdc show route',
];

/** Display form of a tag: `open-connect` → `Open Connect`. */
function display(tag: string): string {
  return tag
    .split('-')
    .map((w) => (w.length <= 3 && /\d/.test(w) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function slug(text: string, max = 48): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '') || 'entry';
}

/** Cut at a word boundary so titles and summaries stay within the schema's limits. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 10)).replace(/[\s,;:(-]+$/, '');
}

/** A one-or-two-sentence summary from the real summaries' word chain, 120–300 characters. */
function summary(rng: Rng, vocab: Vocabulary): string {
  const target = rng.range(120, 300);
  let text = '';
  let word = '';
  while (text.length < target) {
    const next = word ? vocab.chain.get(word) : undefined;
    word = next?.length && !/\.$/.test(word) ? rng.pick(next) : rng.pick(vocab.starts);
    text = text ? `${text} ${word}` : word;
    if (text.length >= target * 0.8 && /\.$/.test(word)) break;
  }
  let s = clip(text.replace(/[<>`]/g, ''), 300);
  if (!/[.!?]$/.test(s)) s = `${s.replace(/[,;:]+$/, '')}.`;
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return s.length >= 40 ? s : `${s} The request path degraded until the change was rolled back.`;
}

/**
 * How many entries of each category: the spec's targets scaled to `count`, except that systems
 * stop at one diagram per company and kind (the validator rejects a second one); the rest go
 * to the other categories in proportion.
 */
export function categoryCounts(count: number, companies: number): Record<Category, number> {
  const cats = Object.keys(CATEGORY_TARGETS) as Category[];
  const total = cats.reduce((s, c) => s + CATEGORY_TARGETS[c], 0);
  const out = Object.fromEntries(cats.map((c) => [c, 0])) as Record<Category, number>;
  const systems = Math.min(Math.round((count * CATEGORY_TARGETS.systems) / total), companies * SYSTEM_KINDS.length);
  out.systems = systems;
  const others = cats.filter((c) => c !== 'systems');
  const otherTotal = others.reduce((s, c) => s + CATEGORY_TARGETS[c], 0);
  const rest = count - systems;
  // Largest remainder, so the counts add up exactly.
  const raw = others.map((c) => ({ c, x: (rest * CATEGORY_TARGETS[c]) / otherTotal }));
  for (const r of raw) out[r.c] = Math.floor(r.x);
  let left = rest - raw.reduce((s, r) => s + Math.floor(r.x), 0);
  for (const r of [...raw].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)))) {
    if (left-- <= 0) break;
    out[r.c]++;
  }
  return out;
}

function at3am(rng: Rng, vocab: Vocabulary, needsCommand: boolean): SyntheticSection {
  const cmd = rng.pick(COMMANDS);
  const items = [
    `- **You see:** ${phrase(rng, vocab, 10, 18)}.`,
    `- **First checks:** ${phrase(rng, vocab, 6, 12)}; run \`${cmd}\` (read-only) and compare with a healthy peer.`,
    `- **Mitigate:** ${phrase(rng, vocab, 10, 18)}.`,
  ];
  if (rng.chance(0.6)) items.push(`- **Lesson as practice:** ${phrase(rng, vocab, 8, 16)}.`);
  if (!needsCommand && rng.chance(0.3)) items[1] = `- **First checks:** ${phrase(rng, vocab, 10, 16)}.`;
  return { heading: 'At 3 AM', text: items.join('\n') };
}

function paragraph(rng: Rng, vocab: Vocabulary): string {
  return `${summary(rng, vocab)} ${summary(rng, vocab)}`;
}

function fillTemplate(template: string, rng: Rng, vocab: Vocabulary, tags: string[], symptom: string, label: string): string {
  const [t = 'kafka', u = vocab.tags.draw(rng)] = tags;
  return template
    .replace('{T}', display(t))
    .replace('{t}', t)
    .replace('{U}', display(u))
    .replace('{u}', u)
    .replace('{S}', symptom.charAt(0).toUpperCase() + symptom.slice(1))
    .replace('{s}', symptom.toLowerCase())
    .replace('{l}', label);
}

interface Slots {
  systems: { company: string; kind: (typeof SYSTEM_KINDS)[number] }[];
}

function makeEntry(rng: Rng, vocab: Vocabulary, category: Category, n: number, slots: Slots, ids: string[]): SyntheticEntry {
  const tags = vocab.tags.distinct(rng, rng.range(3, 10));
  const techs = tags.slice(0, 3).map(display);
  const symptomIds = vocab.symptoms.map((s) => s.id);
  const needSymptoms = category === 'incidents' || category === 'debugging';
  const symptoms = [...new Set(Array.from({ length: needSymptoms ? rng.range(1, 4) : rng.range(0, 2) }, () => rng.pick(symptomIds)))];
  const symptomLabel = vocab.symptoms.find((s) => s.id === symptoms[0])?.label ?? rng.pick(vocab.symptoms).label;
  const sources = [...new Set(Array.from({ length: rng.range(1, 3) }, () => rng.pick(vocab.sourceIds)))];
  const related = ids.length ? [...new Set(Array.from({ length: rng.range(0, 4) }, () => rng.pick(ids)))] : [];
  const diagrams: SyntheticDiagram[] = [];
  const sections: SyntheticSection[] = [];
  let title: string;
  let company: string | undefined;
  let kind: Frontmatter['kind'];
  let incident: Frontmatter['incident'];

  if (category === 'systems') {
    const slot = slots.systems.shift() ?? { company: rng.pick(vocab.companies).id, kind: rng.pick(SYSTEM_KINDS) };
    company = slot.company;
    kind = slot.kind;
    const name = vocab.companies.find((c) => c.id === company)?.name ?? company;
    title = `${name} ${KIND_WORDS[kind]}: ${vocab.labels.draw(rng)} and ${vocab.labels.draw(rng)}`;
    if (kind === 'request-flow') diagrams.push(sequence(rng, vocab, '', techs));
    else if (kind === 'scale-evolution') diagrams.push(timeline(rng, vocab, title, false));
    else diagrams.push(planeFlowchart(rng, vocab, '', techs, [10, 28]));
    sections.push({ heading: 'How to read it', text: paragraph(rng, vocab) });
    if (rng.chance(0.3)) diagrams.push(planeFlowchart(rng, vocab, 'Failure view', techs, [6, 14]));
  } else if (category === 'incidents') {
    const rec = rng.pick(vocab.incidents);
    company = rec.company;
    const [y = '2020', m = '01'] = rec.date.split('-');
    title = `${rec.org} ${rng.pick(['outage', 'incident', 'degradation'])} (${MONTHS[Number(m) - 1] ?? 'Jan'} ${y}): ${rec.title.charAt(0).toLowerCase()}${rec.title.slice(1)}`;
    const report = rec.sources.filter((id) => vocab.sourceIds.includes(id));
    const sourcesWithReport = [...new Set([rng.pick(report.length ? report : rec.sources), ...sources])];
    sources.splice(0, sources.length, ...sourcesWithReport);
    incident = {
      registry: rec.id,
      date: rec.date,
      kind: rec.kind,
      times_public: rng.chance(0.5),
      ...(rng.chance(0.6) ? { duration: `about ${rng.range(1, 11)} hours` } : {}),
    };
    diagrams.push(timeline(rng, vocab, title, incident.times_public));
    diagrams.push(planeFlowchart(rng, vocab, 'Cause chain and blast radius', techs, [5, 14]));
    sections.push({ heading: 'What happened', text: paragraph(rng, vocab) });
  } else {
    if (rng.chance(0.2)) company = rng.pick(vocab.companies).id;
    title = fillTemplate(rng.pick(TITLE_TEMPLATES[category]), rng, vocab, tags, symptomLabel, vocab.labels.draw(rng));
    if (category === 'debugging') diagrams.push(decisionTree(rng, vocab, techs));
    else {
      const r = rng.next();
      if (r < 0.6) diagrams.push(planeFlowchart(rng, vocab, '', techs, [6, 24]));
      else if (r < 0.85) diagrams.push(sequence(rng, vocab, '', techs));
      else diagrams.push(timeline(rng, vocab, title, false));
    }
    sections.push({ heading: 'How to read it', text: paragraph(rng, vocab) });
  }
  title = clip(title.replace(/[<>`]/g, '').replace(/\s+/g, ' ').trim(), 120);
  if (title.length < 8) title = `${title} overview`;
  sections.push(at3am(rng, vocab, needSymptoms));

  const id = category === 'systems' ? `${company}-${kind}` : `${slug(title)}-${n}`;
  const month = String(rng.range(1, 11)).padStart(2, '0');
  const day = String(rng.range(1, 28)).padStart(2, '0');
  const frontmatter: Frontmatter = {
    affects: [],
    affects_tech: [],
    id,
    title,
    category,
    ...(kind ? { kind } : {}),
    ...(company ? { company } : {}),
    summary: summary(rng, vocab),
    tags,
    symptoms,
    ...(incident ? { incident } : {}),
    sources,
    related: related.filter((r) => r !== id),
    last_reviewed: `2026-${month}-${day}`,
    estimates: rng.chance(0.3),
  };
  return { frontmatter, diagrams, sections };
}

/** `count` entries, the same for the same vocabulary, count and seed. */
export function generateEntries(vocab: Vocabulary, count: number, seed = DEFAULT_SEED): SyntheticEntry[] {
  const rng = createRng(seed);
  const perCategory = categoryCounts(count, vocab.companies.length);
  const slots: Slots = { systems: vocab.companies.flatMap((c) => SYSTEM_KINDS.map((kind) => ({ company: c.id, kind }))) };
  const out: SyntheticEntry[] = [];
  const ids: string[] = [];
  let n = 0;
  for (const category of Object.keys(perCategory) as Category[]) {
    for (let i = 0; i < perCategory[category]; i++) {
      const e = makeEntry(rng, vocab, category, ++n, slots, ids);
      out.push(e);
      ids.push(e.frontmatter.id);
    }
  }
  return out;
}

/**
 * What the build's mermaid worker returns for a generated diagram. Edges are left out: they
 * only reach the per-diagram payloads, which are not measured at sizes that use this.
 */
export function parseResultOf(d: SyntheticDiagram): ParsedDiagram {
  return { ok: true, type: d.type, nodes: d.nodes.map((n) => ({ id: n.id, label: n.label, classes: [...n.planes] })), edges: [], styles: [], links: [], images: [], depth: 0, longestLabel: 0, markup: [] };
}
