/**
 * Make a rendered flowchart's components interactive: each node is a focusable button (Enter/Space or a
 * click/tap that is not a drag opens it) and nodes with public incidents carry a count badge.
 * Returns a cleanup that removes the listeners and badges.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const DRAG_PX = 6;

export function nodeIdOf(el: Element): string | undefined {
  return /flowchart-(.+)-\d+$/.exec(el.id)?.[1];
}

export function decorateNodes(svg: SVGSVGElement, badges: ReadonlyMap<string, number>, onNode: (id: string) => void): () => void {
  const cleanups: (() => void)[] = [];
  let down: { x: number; y: number } | undefined;
  const onDown = (e: PointerEvent): void => {
    down = { x: e.clientX, y: e.clientY };
  };
  svg.addEventListener('pointerdown', onDown);
  cleanups.push(() => svg.removeEventListener('pointerdown', onDown));
  for (const g of svg.querySelectorAll<SVGGElement>('g.node')) {
    const id = nodeIdOf(g);
    if (!id) continue;
    const count = badges.get(id) ?? 0;
    g.setAttribute('tabindex', '0');
    // Named by its own visible text (plus the badge's count): an aria-label would not match what is seen.
    g.setAttribute('role', 'button');
    g.setAttribute('aria-haspopup', 'dialog');
    g.classList.add('atlas-node');
    const click = (e: MouseEvent): void => {
      // A pan that ends on a node is not a click on it.
      if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > DRAG_PX) return;
      onNode(id);
    };
    const key = (e: KeyboardEvent): void => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onNode(id);
    };
    g.addEventListener('click', click);
    g.addEventListener('keydown', key);
    cleanups.push(() => {
      g.removeEventListener('click', click);
      g.removeEventListener('keydown', key);
      g.removeAttribute('tabindex');
      g.removeAttribute('role');
      g.removeAttribute('aria-haspopup');
    });
    if (count > 0) {
      const box = g.getBBox();
      const badge = document.createElementNS(SVG_NS, 'g');
      badge.setAttribute('class', 'atlas-badge');
      badge.setAttribute('data-testid', 'history-badge');
      badge.setAttribute('data-node', id);
      badge.setAttribute('transform', `translate(${box.x + box.width - 2}, ${box.y + 2})`);
      const circle = document.createElementNS(SVG_NS, 'circle');
      circle.setAttribute('r', '11');
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('text-anchor', 'middle');
      text.setAttribute('dominant-baseline', 'central');
      text.textContent = String(count);
      badge.append(circle, text);
      g.append(badge);
      cleanups.push(() => badge.remove());
    }
  }
  return () => cleanups.forEach((c) => c());
}
