import Fuse from 'fuse.js';
import type { IndexEntry } from '../../../content-schema/index-types';
import type { Company, Symptom } from '../../../content-schema/entry-schema';
import { withinEdits } from './fuzzy';
import { IntentReader, type Intent } from './intent';
import { SnapshotPostings, snapshotFits, type EngineSnapshot, type PostingStore } from './snapshot';
import { normalizeTerm, queryTerms, tokenize } from './tokenize';

/**
 * Searchable fields (order = nibble index in a posting) and their BM25F parameters: `w` is the field's
 * weight, `b` how much a long field is discounted (a word in a 40-node diagram's labels means less than
 * the same word in a 6-word title).
 */
const FIELDS = ['title', 'company', 'tags', 'symptoms', 'category', 'labels', 'summary'] as const;
export type SearchField = (typeof FIELDS)[number];
const PARAMS: Record<SearchField, { w: number; b: number }> = {
  title: { w: 10, b: 0.3 },
  company: { w: 6, b: 0 },
  tags: { w: 5, b: 0.3 },
  symptoms: { w: 4, b: 0.3 },
  category: { w: 2, b: 0 },
  labels: { w: 3, b: 0.6 },
  summary: { w: 1.5, b: 0.5 },
};
const NF = FIELDS.length;
/** BM25 term-frequency saturation. */
const K1 = 12;
/** When every query word is in the title (or one field of node labels), the entry is about exactly that. */
const SAME_FIELD_BONUS = { title: 1.6, labels: 1.2, adjacentInTitle: 1.15 };

export interface SearchFilters {
  category?: string;
  company?: string;
  plane?: string;
  symptom?: string;
}

export interface Suggestions {
  /** The query with each unknown word replaced by the closest known one, when that differs. */
  spelling?: string;
  symptoms: { id: string; label: string }[];
  companies: { id: string; name: string }[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** Fields that matched, and for node labels the label text itself (`label: Consumer Group`). */
  matched: string[];
}

interface Expansion {
  term: string;
  weight: number;
}

interface RankedHit {
  doc: number;
  score: number;
  /** Intent tier (see tierOf): higher tiers rank first, BM25F orders within a tier. */
  tier: number;
}
/** A ranking remembers the expanded terms and the intent of its query, for explanations. */
type Ranking = RankedHit[] & { terms?: string[][]; matchedEntries?: IndexEntry[]; intent?: Intent };

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

/** Which fields a packed posting has at least one occurrence in, as a bitmask. */
function fieldMask(packed: number): number {
  let m = 0;
  for (let i = 0; i < NF; i++) if ((packed >>> (4 * i)) & 15) m |= 1 << i;
  return m;
}

/**
 * Abbreviations on-call engineers type, read as the words the content uses (each is an alternative for
 * the abbreviation, at a slightly lower weight than the abbreviation itself).
 */
const ABBREVIATIONS: Record<string, string[]> = {
  k8s: ['kubernetes', 'kubectl', 'pod'],
  kube: ['kubernetes'],
  pg: ['postgresql', 'postgres'],
  lb: ['balancer', 'alb', 'haproxy', 'nginx'],
  alb: ['balancer'],
  elb: ['balancer'],
  az: ['zone', 'availability'],
  urp: ['under', 'replicated'],
  isr: ['replica', 'replicated'],
  dlq: ['dead', 'letter'],
  oom: ['oomkilled', 'memory'],
  gc: ['garbage', 'collection'],
  fd: ['descriptor', 'descriptors'],
  fds: ['descriptor', 'descriptors'],
  es: ['elasticsearch'],
  ddb: ['dynamodb'],
  mq: ['rabbitmq', 'queue'],
  zk: ['zookeeper'],
  cb: ['breaker'],
  tls: ['certificate', 'ssl'],
  ssl: ['tls', 'certificate'],
  cert: ['certificate'],
  certs: ['certificate'],
  db: ['database'],
  repl: ['replication'],
  lag: ['behind'],
  cpu: ['processor'],
  dns: ['resolver', 'resolution'],
  ntp: ['chrony', 'clock'],
  slo: ['objective', 'budget'],
  ha: ['failover'],
};

/** Queries that ask what something is; they rank foundations and patterns (matching every word) first. */
const CONCEPT_QUERY = /^\s*(what\s+is|what's|whats|what\s+are|explain|define|definition\s+of|meaning\s+of|how\s+does|how\s+do)\b/i;
const CONCEPT_CATEGORIES = new Set(['foundations', 'patterns']);

/** A symptom phrase must cover this share of the query's words to reorder results ("503" in "503 errors spike"). */
const MIN_STRENGTH = 0.3;

/**
 * Intent tiers (5, every query word in the title, is decided by the caller). 4: the query names a company and a concept, and the entry is that company's and matches
 * every other word. 3.5 / 3: a debugging guide whose first / any symptom is one the query names. 2: an
 * entry that is *about* that symptom (its first symptom). 0: the rest. Within a tier, BM25F decides.
 */
function tierOf(e: IndexEntry, intent: Intent, mask: number, termCount: number): number {
  for (const c of intent.companies) {
    if (e.company !== c.id) continue;
    const others = ((1 << termCount) - 1) & ~c.terms.reduce((m, t) => m | (1 << t), 0);
    if (others !== 0 && (mask & others) === others) return 4;
  }
  for (const s of intent.symptoms) {
    if (s.strength < MIN_STRENGTH) continue;
    // The rest of the query must still mostly match the entry: "canary deploy" names the bad-deploy
    // symptom through "deploy", but a rollback guide that never mentions canaries is not the answer.
    const rest = ((1 << termCount) - 1) & ~s.terms.reduce((m, t) => m | (1 << t), 0);
    if (rest !== 0 && popcount(mask & rest) * 2 < popcount(rest)) continue;
    // A guide whose first symptom is the one named is about it; one that lists it further down only touches it.
    if (e.category === 'debugging' && e.symptoms[0] === s.id) return 3.5;
    if (e.category === 'debugging' && e.symptoms.includes(s.id)) return 3;
    if (e.symptoms[0] === s.id) return 2;
  }
  return 0;
}

function passes(e: IndexEntry, f: SearchFilters): boolean {
  return (
    (!f.category || e.category === f.category) &&
    (!f.company || e.company === f.company) &&
    // A plane filter keeps entries whose components are mostly in that plane (nearly every diagram has all four).
    (!f.plane || e.mainPlane === f.plane) &&
    (!f.symptom || e.symptoms.includes(f.symptom))
  );
}

/**
 * A prebuilt inverted index over every searchable field, with fuse.js used only where it is
 * fast: correcting typos of a query term against the (small) vocabulary. Pure: runs in the
 * app, in a worker, in the CLI and in the benchmark alike.
 */
export class SearchEngine {
  readonly entries: IndexEntry[];
  /** term → doc → term frequency per field, 4 bits each (nibble i = FIELDS[i], capped at 15). */
  private postings: PostingStore;
  /** Per doc and field, the BM25F weight of one occurrence: w / (1 − b + b · len / avgLen). */
  private unit: Float32Array;
  private intent: IntentReader;
  private titleWords: string[][];
  private vocab: string[] = [];
  private sortedVocab: string[] = [];
  private fuseIndex: Fuse<string> | undefined;
  /** Typo correction over the vocabulary, built on first need (most queries never need it). */
  private get fuse(): Fuse<string> {
    this.fuseIndex ??= new Fuse(this.vocab, { threshold: 0.34, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });
    return this.fuseIndex;
  }
  private scores: Float64Array;
  private hitTerms: Uint8Array;
  private companyNames: Map<string, string>;
  private symptomText: Map<string, string>;
  private symptomLabel: Map<string, string>;
  private ranked = new Map<string, Ranking>();

  /**
   * `snapshot`: what `toSnapshot()` wrote for the same entries; used instead of re-indexing them when it
   * fits (same ids in the same order), ignored otherwise.
   */
  constructor(entries: IndexEntry[], companies: Company[], symptoms: Symptom[], snapshot?: unknown) {
    this.entries = entries;
    this.companyNames = new Map(companies.map((c) => [c.id, c.name]));
    this.symptomText = new Map(symptoms.map((s) => [s.id, [s.label, ...s.synonyms].join(' ')]));
    this.symptomLabel = new Map(symptoms.map((s) => [s.id, s.label]));
    this.intent = new IntentReader(companies, symptoms);
    this.scores = new Float64Array(entries.length);
    this.hitTerms = new Uint8Array(entries.length);
    if (
      snapshot !== undefined &&
      snapshotFits(
        snapshot,
        entries.map((e) => e.id),
      )
    ) {
      this.postings = new SnapshotPostings(snapshot);
      this.unit = Float32Array.from(snapshot.unit);
      this.titleWords = snapshot.titleWords;
      this.vocab = snapshot.terms;
      this.sortedVocab = [...this.vocab].sort();
      return;
    }
    const postings = new Map<string, Map<number, number>>();
    this.postings = postings;
    const lengths = new Float32Array(entries.length * NF);
    this.titleWords = entries.map((e) => tokenize(e.title));
    entries.forEach((e, doc) => {
      const text: Record<SearchField, string> = {
        title: e.title,
        company: e.company ? `${e.company} ${this.companyNames.get(e.company) ?? ''} ${e.incident?.org ?? ''}` : (e.incident?.org ?? ''),
        tags: e.tags.join(' '),
        symptoms: e.symptoms.map((s) => this.symptomText.get(s) ?? s).join(' '),
        category: `${e.category} ${e.kind ?? ''} ${e.incident?.kind ?? ''}`,
        labels: e.labels.join(' '),
        summary: e.summary,
      };
      FIELDS.forEach((f, i) => {
        const words = tokenize(text[f]);
        lengths[doc * NF + i] = words.length;
        for (const t of words) {
          let m = postings.get(t);
          if (!m) {
            m = new Map();
            postings.set(t, m);
          }
          const packed = m.get(doc) ?? 0;
          const tf = (packed >>> (4 * i)) & 15;
          if (tf < 15) m.set(doc, packed + (1 << (4 * i)));
        }
      });
    });
    const avg = FIELDS.map((_, i) => {
      let sum = 0;
      for (let d = 0; d < entries.length; d++) sum += lengths[d * NF + i] ?? 0;
      return Math.max(1, sum / Math.max(1, entries.length));
    });
    this.unit = new Float32Array(entries.length * NF);
    for (let d = 0; d < entries.length; d++)
      FIELDS.forEach((f, i) => {
        const { w, b } = PARAMS[f];
        this.unit[d * NF + i] = w / (1 - b + (b * (lengths[d * NF + i] ?? 0)) / (avg[i] ?? 1));
      });
    this.vocab = [...postings.keys()];
    this.sortedVocab = [...this.vocab].sort();
  }

  /** The built index as JSON-safe data, for `new SearchEngine(…, snapshot)` in another process. */
  toSnapshot(): EngineSnapshot {
    return {
      v: 1,
      ids: this.entries.map((e) => e.id),
      terms: this.vocab,
      postings: this.vocab.map((t) => [...(this.postings.get(t) ?? new Map<number, number>())].flat()),
      unit: [...this.unit],
      titleWords: this.titleWords,
    };
  }

  /** Terms of the vocabulary starting with `prefix` (binary search over the sorted vocabulary). */
  private prefixed(prefix: string, max: number): string[] {
    let lo = 0;
    let hi = this.sortedVocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sortedVocab[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sortedVocab.length && out.length < max; i++) {
      const t = this.sortedVocab[i] ?? '';
      if (!t.startsWith(prefix)) break;
      if (t !== prefix) out.push(t);
    }
    return out;
  }

  /** Exact term, prefix completions and (only when those are scarce) typo corrections. */
  expand(term: string, raw: string, isLast: boolean): Expansion[] {
    const out: Expansion[] = [];
    if (this.postings.has(term)) out.push({ term, weight: 1 });
    for (const word of ABBREVIATIONS[raw] ?? []) {
      const t = normalizeTerm(word);
      if (t !== term && this.postings.has(t)) out.push({ term: t, weight: 0.9 });
    }
    if (raw !== term && this.postings.has(raw)) out.push({ term: raw, weight: 1 });
    if (raw.length >= 2 && (isLast || raw.length >= 4)) {
      for (const t of this.prefixed(raw, 40)) out.push({ term: t, weight: 0.55 + 0.35 * (raw.length / t.length) });
    }
    if (out.length === 0 && raw.length >= 4) {
      for (const r of this.fuse.search(raw, { limit: 4 })) {
        const s = r.score ?? 1;
        if (Math.abs(r.item.length - raw.length) <= 2) out.push({ term: r.item, weight: 0.75 * (1 - s) });
      }
    }
    return out;
  }

  /**
   * Every entry matching the query, best first, without explanations. The last few queries are
   * memoised: while typing, the facet counts and the result list ask for the same ranking.
   */
  rank(query: string): Ranking {
    const cached = this.ranked.get(query);
    if (cached) return cached;
    const terms = queryTerms(query).slice(0, 8);
    const result: Ranking =
      terms.length === 0
        ? Object.assign(
            this.entries.map((_, doc) => ({ doc, score: 0, tier: 0 })),
            { terms: [] },
          )
        : this.score(terms, CONCEPT_QUERY.test(query));
    if (this.ranked.size >= 8) this.ranked.delete(this.ranked.keys().next().value ?? '');
    this.ranked.set(query, result);
    return result;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const ranked = this.rank(query);
    const out: SearchHit[] = [];
    for (const { doc, score } of ranked) {
      if (out.length >= limit) break;
      const e = this.entries[doc];
      if (!e || !passes(e, filters)) continue;
      out.push({ id: e.id, score: Math.round(score * 100) / 100, matched: this.explain(doc, ranked.terms ?? [], ranked.intent) });
    }
    return out;
  }

  /** Every entry matching the query (no filters), for facet counts; memoised with the ranking. */
  matchingEntries(query: string): IndexEntry[] {
    const ranked = this.rank(query);
    ranked.matchedEntries ??= ranked.map((h) => this.entries[h.doc]).filter((e) => e !== undefined);
    return ranked.matchedEntries;
  }

  /** BM25F weight of a packed posting for one document. */
  private wtf(doc: number, packed: number): number {
    let sum = 0;
    for (let i = 0; i < NF; i++) {
      const tf = (packed >>> (4 * i)) & 15;
      if (tf) sum += tf * (this.unit[doc * NF + i] ?? 0);
    }
    return sum;
  }

  /** `concept`: the query asks what something is ("what is split brain"). */
  private score(terms: { term: string; raw: string }[], concept: boolean): Ranking {
    const { scores, hitTerms } = this;
    const touched: number[] = [];
    const expansions: string[][] = [];
    // Per doc: the fields that every query word so far matched in (for the same-field bonus), and how
    // much of the query's information (sum of the matched words' idf) it covers.
    const allFields = new Map<number, number>();
    const coveredIdf = new Map<number, number>();
    let totalIdf = 0;
    const n = this.entries.length;
    terms.forEach(({ term, raw }, qi) => {
      const exps = this.expandCached(term, raw, qi === terms.length - 1);
      expansions.push(exps.map((x) => x.term));
      const best = new Map<number, { s: number; fields: number }>();
      let termIdf = 0;
      for (const { term: t, weight } of exps) {
        const posting = this.postings.get(t);
        if (!posting) continue;
        const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
        termIdf = Math.max(termIdf, idf);
        for (const [doc, packed] of posting) {
          const w = this.wtf(doc, packed);
          const s = idf * ((w * (K1 + 1)) / (w + K1)) * weight;
          const prev = best.get(doc);
          if (!prev || s > prev.s) best.set(doc, { s, fields: fieldMask(packed) });
        }
      }
      // A word no entry contains (an alert name, a typo beyond repair) cannot tell entries apart.
      totalIdf += termIdf;
      for (const [doc, { s, fields }] of best) {
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = (scores[doc] ?? 0) + s;
        coveredIdf.set(doc, (coveredIdf.get(doc) ?? 0) + termIdf);
        hitTerms[doc] = (hitTerms[doc] ?? 0) | (1 << qi);
        allFields.set(doc, qi === 0 ? fields : (allFields.get(doc) ?? 0) & fields);
      }
    });
    const intent = this.intent.read(terms);
    // For "what is split brain", "explain quorum" (`concept`) the reader wants the explanation, not tonight's guide.
    const full = (1 << terms.length) - 1;
    // A query that is wholly a symptom's name ("split brain", "disk full") asks for that symptom's guides.
    const wholeSymptom = intent.symptoms.some((s) => s.strength >= 1);
    const hits: RankedHit[] = [];
    for (const doc of touched) {
      const mask = hitTerms[doc] ?? 0;
      // Coverage weighted by information: missing "up" in "goroutines piling up" costs little, missing
      // "goroutines" costs most of the score.
      const coverage = totalIdf > 0 ? (coveredIdf.get(doc) ?? 0) / totalIdf : popcount(mask) / terms.length;
      let score = (scores[doc] ?? 0) * coverage * coverage;
      if (mask === full && terms.length > 1) {
        const f = allFields.get(doc) ?? 0;
        if (f & 1) score *= SAME_FIELD_BONUS.title * (this.adjacentInTitle(doc, expansions) ? SAME_FIELD_BONUS.adjacentInTitle : 1);
        else if (f & (1 << FIELDS.indexOf('labels'))) score *= SAME_FIELD_BONUS.labels;
      }
      const e = this.entries[doc];
      // An entry whose title holds every word of a multi-word query is exactly what was asked for
      // ("fencing token", "error budget"), whatever symptom a single generic word might also name.
      const titleHasAll = !wholeSymptom && terms.length > 1 && mask === full && ((allFields.get(doc) ?? 0) & 1) === 1;
      const tier = titleHasAll
        ? 5
        : !e
          ? 0
          : concept
            ? CONCEPT_CATEGORIES.has(e.category) && mask === full
              ? 3
              : 0
            : tierOf(e, intent, mask, terms.length);
      hits.push({ doc, score, tier });
      scores[doc] = 0;
      hitTerms[doc] = 0;
    }
    hits.sort((a, b) => b.tier - a.tier || b.score - a.score);
    return Object.assign(hits, { terms: expansions, intent });
  }

  /** True when the query words appear next to each other, in order, in the title. */
  private adjacentInTitle(doc: number, expansions: string[][]): boolean {
    const words = this.titleWords[doc] ?? [];
    for (let start = 0; start + expansions.length <= words.length; start++) {
      if (expansions.every((set, k) => set.includes(words[start + k] ?? ''))) return true;
    }
    return false;
  }

  /**
   * For a query with no results: the closest spelling (each word corrected against the vocabulary), and
   * the symptoms and companies whose names come closest, so "no results" is never a dead end.
   */
  suggest(query: string): Suggestions {
    const terms = queryTerms(query).slice(0, 8);
    const spelled = terms.map((t) => (this.postings.has(t.term) ? t.raw : (this.fuse.search(t.raw, { limit: 1 })[0]?.item ?? t.raw)));
    const spelling = spelled.join(' ');
    const words = new Set(terms.flatMap((t) => [t.term, t.raw]));
    const near = (text: string): boolean =>
      tokenize(text).some((w) => [...words].some((q) => q.length >= 3 && (w.startsWith(q.slice(0, 3)) || withinEdits(q, w, 2))));
    const symptoms = [...this.symptomLabel.entries()]
      .filter(([id, label]) => near(`${label} ${this.symptomText.get(id) ?? ''}`))
      .slice(0, 5)
      .map(([id, label]) => ({ id, label }));
    const companies = [...this.companyNames.entries()]
      .filter(([id, name]) => near(`${id} ${name}`))
      .slice(0, 5)
      .map(([id, name]) => ({ id, name }));
    return { spelling: spelling !== terms.map((t) => t.raw).join(' ') ? spelling : undefined, symptoms, companies };
  }

  private expansionCache = new Map<string, Expansion[]>();

  /** Expansions depend only on the term, so the words already typed are not re-expanded per keystroke. */
  private expandCached(term: string, raw: string, isLast: boolean): Expansion[] {
    const key = `${isLast ? 1 : 0}${raw}`;
    let exps = this.expansionCache.get(key);
    if (!exps) {
      exps = this.expand(term, raw, isLast);
      if (this.expansionCache.size > 500) this.expansionCache.clear();
      this.expansionCache.set(key, exps);
    }
    return exps;
  }

  /** Which fields (and which node labels) contain the matched terms: only run for returned hits. */
  private explain(doc: number, termSets: string[][], intent?: Intent): string[] {
    const out = new Set<string>();
    const e = this.entries[doc];
    if (!e) return [];
    // A symptom the query names, by name: "symptom: Disk full" says more than "symptoms".
    for (const s of intent?.symptoms ?? []) if (e.symptoms.includes(s.id)) out.add(`symptom: ${s.label}`);
    for (const set of termSets) {
      for (const t of set) {
        const mask = fieldMask(this.postings.get(t)?.get(doc) ?? 0);
        if (mask === 0) continue;
        FIELDS.forEach((f, bit) => {
          if (!(mask & (1 << bit))) return;
          if (f === 'labels') {
            for (const label of e.labels) if (tokenize(label).includes(t)) out.add(`label: ${label}`);
          } else if (f === 'symptoms') {
            for (const id of e.symptoms)
              if (tokenize(this.symptomText.get(id) ?? id).includes(t)) out.add(`symptom: ${this.symptomLabel.get(id) ?? id}`);
          } else out.add(f);
        });
      }
    }
    return [...out].slice(0, 6);
  }
}
