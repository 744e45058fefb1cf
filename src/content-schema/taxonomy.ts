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
    fill: '#2563EB',
    stroke: '#1D4ED8',
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
    fill: '#7C3AED',
    stroke: '#6D28D9',
    text: '#ffffff',
    holds: 'monitoring, config, deploy, orchestration, chaos',
  },
};

/**
 * The neutral class for events and conditions ("a drive fails", "congestion"): planes are for components,
 * so a node marked as an event carries no plane (honesty rule 9 in docs/authoring.md).
 */
export const EVENT_CLASS = 'event';
export const EVENT_STYLE = { label: 'Event / condition', fill: '#F3F4F6', stroke: '#6B7280', text: '#111827' } as const;

/** Mermaid `classDef` lines for the palette, appended to a diagram just before rendering. */
export function planeClassDefs(): string {
  const planes = PLANES.map((p) => {
    const s = PLANE_PALETTE[p];
    return `classDef ${p} fill:${s.fill},stroke:${s.stroke},color:${s.text},stroke-width:2px`;
  });
  const e = EVENT_STYLE;
  planes.push(`classDef ${EVENT_CLASS} fill:${e.fill},stroke:${e.stroke},color:${e.text},stroke-width:1px,stroke-dasharray:4 3`);
  return planes.join('\n');
}

/**
 * First words that make a code span in "At 3 AM" a command or query. Each bullet holding one must say
 * `(read-only)` or `(changes-state: …)` (honesty rule 7). Lower-case; SQL/Redis verbs are matched case-insensitively.
 */
export const COMMAND_WORDS: readonly string[] = [
  'kubectl',
  'helm',
  'docker',
  'crictl',
  'ctr',
  'istioctl',
  'linkerd',
  'systemctl',
  'journalctl',
  'dmesg',
  'ss',
  'netstat',
  'lsof',
  'top',
  'htop',
  'vmstat',
  'iostat',
  'mpstat',
  'pidstat',
  'sar',
  'free',
  'df',
  'du',
  'ps',
  'kill',
  'pkill',
  'cat',
  'grep',
  'tail',
  'head',
  'less',
  'ls',
  'find',
  'curl',
  'wget',
  'dig',
  'nslookup',
  'host',
  'drill',
  'delv',
  'openssl',
  'certbot',
  'psql',
  'pg_dump',
  'pg_restore',
  'pg_basebackup',
  'pg_ctl',
  'pg_isready',
  'pgbench',
  'mysql',
  'mysqladmin',
  'mysqldump',
  'redis-cli',
  'memcstat',
  'mongosh',
  'mongo',
  'nodetool',
  'cqlsh',
  'aws',
  'gcloud',
  'gsutil',
  'az',
  'terraform',
  'rabbitmqctl',
  'rabbitmq-diagnostics',
  'rabbitmq-queues',
  'rabbitmq-plugins',
  'etcdctl',
  'etcdutl',
  'zkcli.sh',
  'zkserver.sh',
  'jcmd',
  'jstat',
  'jmap',
  'jstack',
  'jfr',
  'go',
  'node',
  'npm',
  'strace',
  'perf',
  'tcpdump',
  'traceroute',
  'mtr',
  'ping',
  'iptables',
  'nft',
  'conntrack',
  'sysctl',
  'ulimit',
  'ethtool',
  'ip',
  'chronyc',
  'ntpq',
  'timedatectl',
  'nginx',
  'haproxy',
  'git',
  'ab',
  'wrk',
  'hey',
  'nc',
  'telnet',
  'watch',
  'echo',
  'consul',
  'vault',
  'nomad',
  'envoy',
  'grpcurl',
  'kcat',
  'kafkacat',
  'varnishstat',
  'varnishlog',
  'rndc',
  'unbound-control',
  'whois',
  'bgpq4',
  'birdc',
  'vtysh',
  'stat',
  'sort',
  'select',
  'show',
  'explain',
  'alter',
  'update',
  'delete',
  'insert',
  'vacuum',
  'analyze',
  'reindex',
  'cluster',
  'kill',
  'call',
  'set',
  'reset',
  'info',
  'config',
  'client',
  'slowlog',
  'memory',
  'latency',
  'scan',
  'debug',
  'flushall',
  'flushdb',
  'db.currentop()',
  'db.serverstatus()',
  'rs.status()',
  'rs.printsecondaryreplicationinfo()',
  'sh.status()',
];

/** HTTP-style admin calls (`GET _cat/health`, `POST /v1/...`) count as commands too. */
export const HTTP_COMMAND = /^(GET|POST|PUT|DELETE|PATCH|HEAD)\s+[/_a-z]/;

/** Phrases that claim something is not public; they must be dated ("as of 2026-12"), honesty rule 3. */
export const NOT_PUBLIC =
  /\b(not (?:been )?public(?:ly (?:disclosed|available|documented|released))?|not published|no public (?:figure|number|data)|undisclosed|never (?:been )?published)\b/i;
export const DATED = /\bas of (?:19|20)\d\d\b/i;

/** Categories whose flowcharts are architecture-style: every node must sit in a plane. */
export const PLANE_REQUIRED_CATEGORIES: readonly Category[] = ['systems', 'incidents'];

/** Minimum number of list items in the `## At 3 AM` section. */
export const AT_3AM_MIN_ITEMS = 3;
/** Minimum characters of text in the `## At 3 AM` section. */
export const AT_3AM_MIN_CHARS = 200;
/** Readability warning thresholds (gate 7). */
export const MAX_NODES_WARN = 60;
export const MAX_SVG_BYTES_WARN = 150_000;
/**
 * Hard caps on one diagram (errors, not warnings): past these a diagram freezes a tab, overflows mermaid's
 * stack, or renders mermaid's "Maximum text size exceeded" instead of itself. Blocks over the size cap are
 * never handed to mermaid at all.
 */
export const MAX_BLOCK_CHARS = 20_000;
export const MAX_LABEL_CHARS = 400;
export const MAX_NODES = 200;
export const MAX_EDGES = 400;
export const MAX_SUBGRAPH_DEPTH = 5;

/** Largest entry file the build accepts. */
export const MAX_FILE_BYTES = 256 * 1024;

/** Quality gates (spec §1.9), in report order. */
export const GATES = ['parses', 'schema', 'sources', 'at-3am', 'planes', 'safe', 'size'] as const;
export type Gate = (typeof GATES)[number];
