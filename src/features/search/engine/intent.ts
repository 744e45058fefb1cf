import type { Company, Symptom } from '../../../content-schema/entry-schema';
import { wordMatches } from './fuzzy';
import { tokenize } from './tokenize';

export interface QueryTerm {
  term: string;
  raw: string;
}

/** What a query names, beyond its words: a symptom (by label or synonym) and/or a company. */
export interface Intent {
  /** Symptoms whose label or a synonym the query contains, with how much of the query that phrase covers (0–1). */
  symptoms: { id: string; label: string; strength: number; terms: number[] }[];
  /** Companies the query names, and the indexes of the query terms that named them. */
  companies: { id: string; terms: number[] }[];
}

interface Phrase {
  symptom: Symptom;
  words: string[];
}

/**
 * Reads a query the way an on-call engineer means it: "503 errors spike" names the elevated-5xx symptom,
 * "pods crashlooping" the crash-loop symptom, "github split brain" a company and a symptom. Matching is
 * typo-tolerant and accepts the last word half-typed.
 */
export class IntentReader {
  private phrases: Phrase[] = [];
  private companyWords: { id: string; words: string[] }[];

  constructor(companies: Company[], symptoms: Symptom[]) {
    for (const s of symptoms) {
      const seen = new Set<string>();
      for (const text of [s.label, ...s.synonyms, s.id.replace(/-/g, ' ')]) {
        const words = tokenize(text);
        const key = words.join(' ');
        if (words.length === 0 || seen.has(key)) continue;
        seen.add(key);
        this.phrases.push({ symptom: s, words });
      }
    }
    this.companyWords = companies.map((c) => ({ id: c.id, words: [...new Set([c.id, ...tokenize(c.name)])] }));
  }

  read(terms: QueryTerm[]): Intent {
    const symptoms = new Map<string, Intent['symptoms'][number]>();
    for (const p of this.phrases) {
      // Every word of the phrase must be matched by a different query word.
      const used = new Set<number>();
      const ok = p.words.every((w) => {
        const i = terms.findIndex((t, qi) => !used.has(qi) && wordMatches(t, w, qi === terms.length - 1));
        if (i < 0) return false;
        used.add(i);
        return true;
      });
      if (!ok) continue;
      const strength = Math.min(1, p.words.length / terms.length);
      const prev = symptoms.get(p.symptom.id);
      if (!prev || prev.strength < strength)
        symptoms.set(p.symptom.id, { id: p.symptom.id, label: p.symptom.label, strength, terms: [...used] });
    }
    const companies: Intent['companies'] = [];
    for (const c of this.companyWords) {
      const hit = terms.flatMap((t, qi) =>
        // Company names are matched whole (no prefixes): "go" must not name GoCardless.
        t.term.length >= 3 && c.words.some((w) => wordMatches({ term: t.term, raw: t.term }, w, false)) ? [qi] : [],
      );
      if (hit.length) companies.push({ id: c.id, terms: hit });
    }
    return { symptoms: [...symptoms.values()].sort((a, b) => b.strength - a.strength), companies };
  }
}
