/**
 * Vocabularies for the synthetic corpus, taken from the real startup index and registries.
 * Drawing terms from real content (with their real frequencies) is what makes typo
 * correction, prefix expansion and posting-list sizes behave as they would on real data.
 */
import { ARCHIVE_HOSTS, type Company, type IncidentRecord, type Source, type Symptom } from '../../src/content-schema/entry-schema';
import type { StartupIndex } from '../../src/content-schema/index-types';
import type { Registries } from '../content/registries';
import { WeightedBag } from './rng';

export interface Vocabulary {
  tags: WeightedBag<string>;
  /** Node labels, already safe to put inside quoted mermaid labels. */
  labels: WeightedBag<string>;
  /** Bigram chain over the words of real summaries: word → following words (with repeats). */
  chain: Map<string, string[]>;
  /** Words that start a real summary sentence. */
  starts: string[];
  companies: Company[];
  symptoms: Symptom[];
  incidents: IncidentRecord[];
  sourceIds: string[];
}

/**
 * Characters kept in generated mermaid text. Everything else (quotes, `:`, `;`, `#`, `<>`,
 * brackets, backticks) has a meaning in some mermaid grammar or in the safety gate, and a
 * label that changes under mermaid's own cleaning would no longer match the index.
 */
export function safeText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/[^\p{L}\p{N} ,.+/%~'()?-]/gu, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words the safety gate reads as styling when followed by `:` (timeline events are `a : b`),
 * and mermaid keywords that some grammars treat specially: kept out of generated text.
 */
const RESERVED = /\b(fill|stroke|color|background|style|classDef|linkStyle|click|call|javascript|end|section|title)\b/gi;

/** `safeText` without reserved words: for free text (messages, events) built from summaries. */
export function mermaidText(text: string): string {
  return safeText(text.replace(RESERVED, ' '));
}

// Used only when the real index is nearly empty (a fresh checkout's fixtures), so that the
// generator still produces valid entries.
const FALLBACK_TAGS = ['kafka', 'postgres', 'dns', 'bgp', 'tls', 'redis', 'kubernetes', 's3', 'cassandra', 'load-balancer'];
const FALLBACK_LABELS = ['API gateway', 'Primary database', 'Read replica', 'Cache cluster', 'Load balancer', 'Worker pool', 'Config service'];
const FALLBACK_SUMMARY =
  'A config push reached every region at once and the load balancers dropped healthy backends, so requests failed until the change was rolled back.';

function counts<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export function vocabularyFrom(index: StartupIndex, registries: Registries): Vocabulary {
  const tagCounts = counts(index.entries.flatMap((e) => e.tags));
  if (tagCounts.size < 5) for (const t of FALLBACK_TAGS) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);

  const labelCounts = counts(
    index.entries
      .flatMap((e) => e.labels)
      .map(safeText)
      // Times like 09:37 become "09 37" once `:` is dropped: they are timeline periods, which
      // the generator writes itself; sentence-length labels are capped like the build caps them.
      .filter((l) => l.length >= 3 && l.length <= 48 && /\p{L}/u.test(l) && mermaidText(l) === l),
  );
  if (labelCounts.size < 5) for (const l of FALLBACK_LABELS) labelCounts.set(l, (labelCounts.get(l) ?? 0) + 1);

  const chain = new Map<string, string[]>();
  const starts: string[] = [];
  const summaries = index.entries.map((e) => e.summary);
  if (summaries.length < 3) summaries.push(FALLBACK_SUMMARY);
  for (const summary of summaries) {
    const words = summary
      .replace(/[<>`*_#]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    words.forEach((w, i) => {
      const prev = words[i - 1];
      if (i === 0 || (prev !== undefined && /[.;]$/.test(prev) && /^\p{Lu}/u.test(w))) starts.push(w);
      const next = words[i + 1];
      if (next === undefined) return;
      let list = chain.get(w);
      if (!list) {
        list = [];
        chain.set(w, list);
      }
      list.push(next);
    });
  }

  return {
    tags: new WeightedBag(tagCounts),
    labels: new WeightedBag(labelCounts),
    chain,
    starts,
    companies: index.companies.length ? index.companies : [...registries.companies.values()],
    symptoms: index.symptoms.length ? index.symptoms : [...registries.symptoms.values()],
    // Only incidents whose reports an entry can cite on their own, and only such sources: a live status
    // page without an archived copy (or a recorded search for one) is refused by the stable-citation gate.
    incidents: [...registries.incidents.values()].filter((r) => r.sources.some((id) => citable(registries.sources.get(id)))),
    sourceIds: [...registries.sources.entries()].filter(([, src]) => citable(src)).map(([id]) => id),
  };
}

/** A source an entry can cite without an archived copy beside it. */
function citable(src: Source | undefined): boolean {
  return src !== undefined && (src.kind !== 'status-page' || ARCHIVE_HOSTS.test(src.url) || Boolean(src.archive) || Boolean(src.no_archive_found));
}
