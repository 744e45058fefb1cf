/**
 * Where a diagram opens (issue #14, item 1): the whole diagram when its text stays readable at that
 * size; otherwise at a readable size on the diagram's start (its first node, or its top-left corner
 * for charts without nodes), with the share of the diagram in view so the UI can say so and offer a
 * minimap. On phones a diagram opens fitted to the width when that keeps text legible.
 */

export interface Size {
  width: number;
  height: number;
}
/** A rectangle in the diagram's own units (its viewBox). */
export interface Rect extends Size {
  x: number;
  y: number;
}
export interface View {
  x: number;
  y: number;
  scale: number;
  /** The entire diagram is in view. */
  whole: boolean;
  /** Share of the diagram's area in view, 0–1. */
  shown: number;
}

/** Text smaller than this on screen is not readable at a glance (px). */
export const READABLE_PX = 11;
/** On a phone, fitting the width is worth it down to this text size (px); smaller, and we zoom to the start. */
export const PHONE_MIN_PX = 8;
/** Label size mermaid draws at scale 1 (atlas-theme.ts sets 16px). */
export const BASE_FONT_PX = 16;
const MARGIN = 8;
const MAX_FIRST_SCALE = 1.6;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Position along one axis: centred when it fits, else `anchor` placed at `at` without showing past either edge. */
function place(frame: number, size: number, anchor: number, at: number): number {
  if (size <= frame) return (frame - size) / 2;
  return clamp(at - anchor, frame - size - MARGIN, MARGIN);
}

export function firstView(frame: Size, diagram: Size, start: Rect | undefined, phone: boolean, fontPx = BASE_FONT_PX): View {
  const all = Math.min(frame.width / diagram.width, frame.height / diagram.height) * 0.95;
  const readable = READABLE_PX / fontPx;
  if (all >= readable) {
    const scale = Math.min(all, MAX_FIRST_SCALE);
    const w = diagram.width * scale;
    const h = diagram.height * scale;
    return { x: (frame.width - w) / 2, y: (frame.height - h) / 2, scale, whole: true, shown: 1 };
  }
  const widthFit = ((frame.width - 2 * MARGIN) / diagram.width) * 1;
  const scale = phone && widthFit * fontPx >= PHONE_MIN_PX ? Math.min(widthFit, readable) : readable;
  const w = diagram.width * scale;
  const h = diagram.height * scale;
  // The start sits a third of the way down (room for what follows it), centred across; without a
  // start node, the top-left corner opens (where sequence diagrams and timelines begin).
  const ax = start ? (start.x + start.width / 2) * scale : 0;
  const ay = start ? start.y * scale : 0;
  const x = start ? place(frame.width, w, ax, frame.width / 2) : w <= frame.width ? (frame.width - w) / 2 : MARGIN;
  const y = start ? place(frame.height, h, ay, frame.height / 3) : h <= frame.height ? (frame.height - h) / 2 : MARGIN;
  const shown = (Math.min(frame.width, w) / w) * (Math.min(frame.height, h) / h);
  return { x, y, scale, whole: shown >= 0.999, shown };
}

/**
 * The diagram's start: the flowchart node mermaid numbered first (the first one the source names), as a
 * rectangle in viewBox units. Undefined for diagram types without such nodes.
 */
export function startNode(svg: SVGSVGElement, diagram: Size): Rect | undefined {
  let best: { n: number; el: Element } | undefined;
  for (const el of svg.querySelectorAll('g.node')) {
    const m = /flowchart-.+-(\d+)$/.exec(el.id);
    if (!m) continue;
    const n = Number(m[1]);
    if (!best || n < best.n) best = { n, el };
  }
  if (!best) return undefined;
  const outer = svg.getBoundingClientRect();
  const r = best.el.getBoundingClientRect();
  const k = outer.width / diagram.width;
  if (!(k > 0)) return undefined;
  return { x: (r.left - outer.left) / k, y: (r.top - outer.top) / k, width: r.width / k, height: r.height / k };
}
