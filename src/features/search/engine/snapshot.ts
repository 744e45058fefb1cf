/**
 * A built search engine in a form JSON can carry: the CLI loads it instead of re-tokenising every entry
 * on each call (at 1,000 entries that costs ~140 ms of a 300 ms budget, issue #21). Postings stay as flat
 * arrays and are turned into maps only for the terms a query touches.
 */
export interface EngineSnapshot {
  /** Format version: a snapshot of another version is ignored and the engine is built from the entries. */
  v: 1;
  /** Entry count and ids, in order: a snapshot for different entries is ignored. */
  ids: string[];
  /** Vocabulary in first-seen order (the typo index is built over it in this order). */
  terms: string[];
  /** For terms[i]: [doc, packed, doc, packed, …] (packed = 4-bit term frequency per field). */
  postings: number[][];
  /** Per doc and field, the BM25F weight of one occurrence (float32 values). */
  unit: number[];
  /** Each entry's title words, for the adjacent-in-title bonus. */
  titleWords: string[][];
}

/** What the engine needs from its postings: a Map of Maps satisfies it, and so does a snapshot. */
export interface PostingStore {
  has(term: string): boolean;
  get(term: string): Map<number, number> | undefined;
  keys(): Iterable<string>;
}

/** Postings read from a snapshot, decoded per term on first use. */
export class SnapshotPostings implements PostingStore {
  private readonly at = new Map<string, number>();
  private readonly decoded = new Map<string, Map<number, number>>();

  constructor(private readonly snapshot: EngineSnapshot) {
    snapshot.terms.forEach((t, i) => this.at.set(t, i));
  }

  has(term: string): boolean {
    return this.at.has(term);
  }

  get(term: string): Map<number, number> | undefined {
    const hit = this.decoded.get(term);
    if (hit) return hit;
    const i = this.at.get(term);
    if (i === undefined) return undefined;
    const flat = this.snapshot.postings[i] ?? [];
    const m = new Map<number, number>();
    for (let k = 0; k + 1 < flat.length; k += 2) m.set(flat[k] ?? 0, flat[k + 1] ?? 0);
    this.decoded.set(term, m);
    return m;
  }

  keys(): Iterable<string> {
    return this.snapshot.terms;
  }
}

/** True when `s` looks like a snapshot of this format for exactly these entries. */
export function snapshotFits(s: unknown, ids: readonly string[]): s is EngineSnapshot {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Partial<EngineSnapshot>;
  return (
    o.v === 1 &&
    Array.isArray(o.ids) &&
    o.ids.length === ids.length &&
    o.ids.every((id, i) => id === ids[i]) &&
    Array.isArray(o.terms) &&
    Array.isArray(o.postings) &&
    o.postings.length === o.terms.length &&
    Array.isArray(o.unit) &&
    Array.isArray(o.titleWords) &&
    o.titleWords.length === ids.length
  );
}
