import type { Category, Gate, IncidentKind, Plane, SystemKind } from './taxonomy';
import type { Company, Source, Symptom } from './entry-schema';

/** Bumped whenever the shape of the generated index changes; the app refuses other versions. */
export const INDEX_FORMAT = 3;

/** A node of the primary diagram, as extracted by the build. */
export interface DiagramNode {
  id: string;
  label: string;
  plane?: Plane;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
}

/** One entry in the compact startup index (everything search and lists need, nothing more). */
export interface IndexEntry {
  id: string;
  title: string;
  category: Category;
  kind?: SystemKind;
  company?: string;
  summary: string;
  tags: string[];
  symptoms: string[];
  /** Planes used by the primary diagram's nodes. */
  planes: Plane[];
  /** The plane most of the entry's components are in (the plane list filter uses this). */
  mainPlane?: Plane;
  /** Mermaid diagram type of the primary block (flowchart, sequence, timeline, …). */
  diagram: string;
  /** Distinct node labels of the primary diagram, for search and "why it matched". */
  labels: string[];
  estimates: boolean;
  lastReviewed: string;
  incident?: { registry: string; org: string; date: string; kind: IncidentKind; duration?: string };
  /** Incidents: the system-diagram components this incident hit (validated ids), for failure history on the map. */
  affects?: { diagram: string; node: string }[];
  /** Incidents: technologies whose public failure this incident shows. */
  affectsTech?: string[];
}

export interface GateCount {
  pass: number;
  fail: number;
}

/** The startup index the SPA loads and the CLI searches. */
export interface StartupIndex {
  format: typeof INDEX_FORMAT;
  mermaidVersion: string;
  /** Content hash of all entries, used by the app to key caches. */
  contentHash: string;
  entries: IndexEntry[];
  companies: Company[];
  symptoms: Symptom[];
  gates: Record<Gate, GateCount>;
  /**
   * Honesty rule 2: entries citing at least one first-party source (the organisation's own page or a mirror
   * of it) and entries whose only citations are third-party write-ups.
   */
  sources: SourceCounts;
  /**
   * Set on the app's startup file, whose entries come without node labels (see index-split.ts): views
   * render from it, but search waits until the labels are merged in, so results never re-order under
   * a reader's cursor when they land.
   */
  partial?: true;
}

export interface SourceCounts {
  first_party: number;
  secondary_only: number;
  /** Ids of the secondary-only entries, so the status page can list them. */
  secondary_only_ids: string[];
}

/** Markdown reduced at build time to a few safe block types; inline marks are parsed by the app. */
export type Block = { type: 'p'; text: string } | { type: 'ul' | 'ol'; items: string[] } | { type: 'code'; lang: string; text: string };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface DiagramView {
  title: string;
  source: string;
  diagram: string;
}

/** One payload per entry, fetched when a diagram is opened (`/content/d/<id>.json`). */
export interface EntryPayload {
  id: string;
  title: string;
  /** The primary mermaid source, exactly as written (without injected palette). */
  source: string;
  diagram: string;
  /** Further mermaid blocks of the entry, each under its heading. */
  views: DiagramView[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  at3am: Section;
  sections: Section[];
  sources: Source[];
  related: { id: string; title: string; category: Category }[];
  /**
   * The entry's own index record (and its company's display name), so a cold-opened diagram link draws
   * from this small file alone instead of waiting for the whole startup index. Absent in payloads
   * cached by an older build: the app then waits for the index as before.
   */
  entry?: IndexEntry;
  companyName?: string;
  /** The `contentHash` of the index built with it: a payload from another deploy is never shown as current. */
  contentHash?: string;
}
