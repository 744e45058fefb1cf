import Fuse from 'fuse.js';
import type { IndexEntry } from '../../../content-schema/index-types';
import type { Company, Symptom } from '../../../content-schema/entry-schema';
import { queryTerms, tokenize } from './tokenize';

/** Searchable fields with their weights; order matters (bit index in postings). */
const FIELDS = ['title', 'company', 'tags', 'symptoms', 'category', 'labels', 'summary'] as const;
export type SearchField = (typeof FIELDS)[number];
const WEIGHTS: Record<SearchField, number> = { title: 6, company: 5, tags: 4, symptoms: 3.5, category: 2.5, labels: 2, summary: 1 };
const FIELD_WEIGHT = FIELDS.map((f) => WEIGHTS[f]);

export interface SearchFilters {
  category?: string;
  company?: string;
  plane?: string;
  symptom?: string;
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
}
/** A ranking remembers the expanded terms of its query, for explanations. */
type Ranking = RankedHit[] & { terms?: string[][]; matchedEntries?: IndexEntry[] };

function passes(e: IndexEntry, f: SearchFilters): boolean {
  return (
    (!f.category || e.category === f.category) &&
    (!f.company || e.company === f.company) &&
    (!f.plane || (e.planes as string[]).includes(f.plane)) &&
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
  private postings = new Map<string, Map<number, number>>();
  private vocab: string[] = [];
  private sortedVocab: string[] = [];
  private fuse: Fuse<string>;
  private scores: Float64Array;
  private hitTerms: Uint8Array;
  private companyNames: Map<string, string>;
  private symptomText: Map<string, string>;
  private ranked = new Map<string, Ranking>();
  /** Summed field weight for every possible field bitmask, so scoring is one lookup. */
  private maskWeight = Array.from({ length: 1 << FIELDS.length }, (_, m) =>
    FIELD_WEIGHT.reduce((a, w, b) => (m & (1 << b) ? a + w : a), 0),
  );

  constructor(entries: IndexEntry[], companies: Company[], symptoms: Symptom[]) {
    this.entries = entries;
    this.companyNames = new Map(companies.map((c) => [c.id, c.name]));
    this.symptomText = new Map(symptoms.map((s) => [s.id, [s.label, ...s.synonyms].join(' ')]));
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
      FIELDS.forEach((f, bit) => {
        for (const t of tokenize(text[f])) {
          let m = this.postings.get(t);
          if (!m) {
            m = new Map();
            this.postings.set(t, m);
          }
          m.set(doc, (m.get(doc) ?? 0) | (1 << bit));
        }
      });
    });
    this.vocab = [...this.postings.keys()];
    this.sortedVocab = [...this.vocab].sort();
    this.fuse = new Fuse(this.vocab, { threshold: 0.34, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });
    this.scores = new Float64Array(entries.length);
    this.hitTerms = new Uint8Array(entries.length);
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
            this.entries.map((_, doc) => ({ doc, score: 0 })),
            { terms: [] },
          )
        : this.score(terms);
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
      out.push({ id: e.id, score: Math.round(score * 100) / 100, matched: this.explain(doc, ranked.terms ?? []) });
    }
    return out;
  }

  /** Every entry matching the query (no filters), for facet counts; memoised with the ranking. */
  matchingEntries(query: string): IndexEntry[] {
    const ranked = this.rank(query);
    ranked.matchedEntries ??= ranked.map((h) => this.entries[h.doc]).filter((e) => e !== undefined);
    return ranked.matchedEntries;
  }

  private score(terms: { term: string; raw: string }[]): Ranking {
    const { scores, hitTerms } = this;
    const touched: number[] = [];
    const expansions: string[][] = [];
    terms.forEach(({ term, raw }, qi) => {
      const exps = this.expandCached(term, raw, qi === terms.length - 1);
      expansions.push(exps.map((x) => x.term));
      const best = new Map<number, number>();
      for (const { term: t, weight } of exps) {
        const posting = this.postings.get(t);
        if (!posting) continue;
        const idf = Math.log(1 + this.entries.length / posting.size);
        for (const [doc, mask] of posting) {
          const s = (this.maskWeight[mask] ?? 0) * idf * weight;
          if (s > (best.get(doc) ?? 0)) best.set(doc, s);
        }
      }
      for (const [doc, s] of best) {
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = (scores[doc] ?? 0) + s;
        hitTerms[doc] = (hitTerms[doc] ?? 0) + 1;
      }
    });
    const hits: RankedHit[] = [];
    for (const doc of touched) {
      const coverage = (hitTerms[doc] ?? 0) / terms.length;
      hits.push({ doc, score: (scores[doc] ?? 0) * coverage * coverage });
      scores[doc] = 0;
      hitTerms[doc] = 0;
    }
    hits.sort((a, b) => b.score - a.score);
    return Object.assign(hits, { terms: expansions });
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
  private explain(doc: number, termSets: string[][]): string[] {
    const out = new Set<string>();
    const e = this.entries[doc];
    if (!e) return [];
    for (const set of termSets) {
      for (const t of set) {
        const mask = this.postings.get(t)?.get(doc) ?? 0;
        if (mask === 0) continue;
        FIELDS.forEach((f, bit) => {
          if (!(mask & (1 << bit))) return;
          if (f === 'labels') {
            for (const label of e.labels) if (tokenize(label).includes(t)) out.add(`label: ${label}`);
          } else out.add(f);
        });
      }
    }
    return [...out].slice(0, 6);
  }
}
