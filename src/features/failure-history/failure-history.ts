import type { DiagramNode, IndexEntry } from '../../content-schema/index-types';

/**
 * Failure history on the map (issue #16): which public incidents hit each component of a system diagram,
 * from the incidents' own declarations (`affects`: diagram + node, validated by the build) and, for
 * technology incidents (`affects_tech`), every node that names that technology.
 */
export interface NodeIncident {
  entry: IndexEntry;
  /** `direct`: the incident declares this node; otherwise the technology it showed failing. */
  via: 'direct' | string;
}

const words = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9.+#-]+/)
      .filter(Boolean),
  );

export function historyByNode(
  diagramId: string,
  isSystem: boolean,
  nodes: DiagramNode[],
  all: readonly IndexEntry[],
): Map<string, NodeIncident[]> {
  const out = new Map<string, NodeIncident[]>();
  if (!isSystem) return out;
  const add = (node: string, v: NodeIncident): void => {
    const list = out.get(node) ?? [];
    if (!list.some((x) => x.entry.id === v.entry.id)) list.push(v);
    out.set(node, list);
  };
  const labelWords = new Map(nodes.map((n) => [n.id, words(n.label)]));
  for (const e of all) {
    if (e.category !== 'incidents') continue;
    for (const a of e.affects ?? []) if (a.diagram === diagramId && labelWords.has(a.node)) add(a.node, { entry: e, via: 'direct' });
    for (const tech of e.affectsTech ?? []) for (const [id, w] of labelWords) if (w.has(tech)) add(id, { entry: e, via: tech });
  }
  for (const list of out.values()) list.sort((a, b) => (b.entry.incident?.date ?? '').localeCompare(a.entry.incident?.date ?? ''));
  return out;
}

export interface NodeCard {
  node: DiagramNode;
  incidents: NodeIncident[];
  /** Debugging guides tagged with a technology the node names. */
  guides: IndexEntry[];
  /** Other diagrams with a component of the same name or technology. */
  elsewhere: IndexEntry[];
}

/** What a component card shows: its incidents, the guides for its technology, where else it appears. */
export function nodeCard(node: DiagramNode, selfId: string, history: Map<string, NodeIncident[]>, all: readonly IndexEntry[]): NodeCard {
  const w = words(node.label);
  const label = node.label.toLowerCase().replace(/\s+/g, ' ').trim();
  const techs = new Set(all.flatMap((e) => e.tags).filter((t) => w.has(t)));
  const guides = all.filter((e) => e.category === 'debugging' && e.tags.some((t) => techs.has(t))).slice(0, 8);
  const incidents = history.get(node.id) ?? [];
  const listed = new Set(incidents.map((x) => x.entry.id));
  const elsewhere = all
    .filter(
      (e) =>
        e.id !== selfId &&
        !listed.has(e.id) &&
        e.category !== 'debugging' &&
        e.labels.some((l) => l.toLowerCase().replace(/\s+/g, ' ').trim() === label || [...techs].some((t) => words(l).has(t))),
    )
    .slice(0, 8);
  return { node, incidents, guides, elsewhere };
}
