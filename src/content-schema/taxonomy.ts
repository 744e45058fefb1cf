/**
 * The fixed vocabularies of Atlas content: categories with their targets, the eight
 * system kinds, the four planes and their palette. Defined once here and imported by
 * the build script, the CLI and the app so that none of them can drift.
 */

/** Content categories and the number of entries each should reach (spec §1.2). */
export const CATEGORY_TARGETS = {
  systems: 240,
  incidents: 100,
  debugging: 100,
  performance: 80,
  scaling: 80,
  patterns: 80,
  capacity: 60,
  migrations: 60,
  costs: 60,
  comparisons: 40,
  production: 20,
  foundations: 60,
} as const;

export type Category = keyof typeof CATEGORY_TARGETS;
export const CATEGORIES = Object.keys(CATEGORY_TARGETS) as Category[];

/** The eight diagrams every one of the 30 systems has, in their presentation order. */
export const SYSTEM_KINDS = [
  'architecture',
  'request-flow',
  'storage',
  'failure-domains',
  'scale-evolution',
  'cost-breakdown',
  'novel-solutions',
  'production-operations',
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

/** Incident kinds, the same list as the shared incidents registry uses. */
export const INCIDENT_KINDS = [
  'config-change',
  'capacity',
  'dependency',
  'network',
  'dns',
  'bgp',
  'certificate',
  'database',
  'cache',
  'deploy',
  'software-bug',
  'hardware',
  'human-error',
  'security',
  'power-cooling',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** The four planes every node of an architecture-style flowchart belongs to. */
export const PLANES = ['edge', 'service', 'state', 'control'] as const;
export type Plane = (typeof PLANES)[number];

export interface PlaneStyle {
  /** Human name shown in legends and filters. */
  label: string;
  fill: string;
  stroke: string;
  /** Text colour chosen for contrast on `fill` in both themes. */
  text: string;
  /** What belongs on this plane, for the legend and the authoring guide. */
  holds: string;
}

/**
 * The plane palette (spec §1.4). Content never defines these colours: the renderer
 * injects them as mermaid classDefs, so one change here restyles every diagram.
 */
export const PLANE_PALETTE: Record<Plane, PlaneStyle> = {
  edge: {
    label: 'Edge',
    fill: '#3B82F6',
    stroke: '#2563EB',
    text: '#ffffff',
    holds: 'CDN, WAF, load balancers, gateways at the edge',
  },
  service: {
    label: 'Service',
    fill: '#10B981',
    stroke: '#059669',
    text: '#052e1c',
    holds: 'APIs, business logic, workers',
  },
  state: {
    label: 'State',
    fill: '#F59E0B',
    stroke: '#D97706',
    text: '#3b2300',
    holds: 'databases, caches, queues, object storage',
  },
  control: {
    label: 'Control',
    fill: '#8B5CF6',
    stroke: '#7C3AED',
    text: '#ffffff',
    holds: 'monitoring, config, deploy, orchestration, chaos',
  },
};

/** Mermaid `classDef` lines for the palette, appended to a diagram just before rendering. */
export function planeClassDefs(): string {
  return PLANES.map((p) => {
    const s = PLANE_PALETTE[p];
    return `classDef ${p} fill:${s.fill},stroke:${s.stroke},color:${s.text},stroke-width:2px`;
  }).join('\n');
}

/** Categories whose flowcharts are architecture-style: every node must sit in a plane. */
export const PLANE_REQUIRED_CATEGORIES: readonly Category[] = ['systems', 'incidents'];

/** Minimum number of list items in the `## At 3 AM` section. */
export const AT_3AM_MIN_ITEMS = 3;
/** Minimum characters of text in the `## At 3 AM` section. */
export const AT_3AM_MIN_CHARS = 200;
/** Readability warning thresholds (gate 7). */
export const MAX_NODES_WARN = 60;
export const MAX_SVG_BYTES_WARN = 150_000;
/** Largest entry file the build accepts. */
export const MAX_FILE_BYTES = 256 * 1024;

/** Quality gates (spec §1.9), in report order. */
export const GATES = ['parses', 'schema', 'sources', 'at-3am', 'planes', 'safe', 'size'] as const;
export type Gate = (typeof GATES)[number];
