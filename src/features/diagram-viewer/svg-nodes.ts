/** Helpers over mermaid's rendered SVG: find the element drawn for a node id. */

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findNodeElement(root: Element, nodeId: string): Element | undefined {
  const re = new RegExp(`(?:^|-)flowchart-${escapeRe(nodeId)}-\\d+$`);
  for (const el of root.querySelectorAll('g.node, g[data-id]')) {
    if ((el as HTMLElement).dataset?.id === nodeId || re.test(el.id)) return el;
  }
  return undefined;
}

/** Mark the given nodes as highlighted (and clear any previous marks). */
export function highlightNodes(root: Element, nodeIds: string[]): Element[] {
  root.querySelectorAll('.atlas-hl').forEach((el) => el.classList.remove('atlas-hl'));
  const found: Element[] = [];
  for (const id of nodeIds) {
    const el = findNodeElement(root, id);
    if (el) {
      el.classList.add('atlas-hl');
      found.push(el);
    }
  }
  return found;
}

/** Natural size of a mermaid SVG (from its viewBox, falling back to its attributes). */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
  return {
    width: Number.parseFloat(svg.getAttribute('width') ?? '') || 800,
    height: Number.parseFloat(svg.getAttribute('height') ?? '') || 600,
  };
}
