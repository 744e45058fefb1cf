/**
 * Audit of every pre-rendered diagram as the viewer would open it, in the real browser (issue #14):
 * - first view at a given canvas size: whole diagram, or a readable start with a minimap; is the start
 *   node on screen?
 * - text contrast: every text element against the fill of the shape it sits on (WCAG AA needs 4.5:1).
 * Driven by the /__audit page and tests/e2e/first-view.spec.ts and contrast.spec.ts.
 */
import { firstView, startNode, type Size } from './first-view';
import { svgSize } from './svg-nodes';

export interface AuditRow {
  path: string;
  whole: boolean;
  shown: number;
  /** The start node (flowcharts) is inside the canvas at the first view; null when the diagram has none. */
  startVisible: boolean | null;
  /** Lowest text contrast ratio in the diagram, and the text it belongs to. */
  minContrast: number;
  worst?: { text: string; fg: string; bg: string };
}

type Rgb = [number, number, number, number];

function parseColor(c: string): Rgb | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\s*\)/.exec(c);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

function luminance([r, g, b]: Rgb): number {
  const f = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
}

const SHAPES = 'rect, polygon, path, circle, ellipse';

/** The colour behind a text element: the topmost filled shape under its centre, else the page background. */
function backgroundOf(svg: SVGSVGElement, text: SVGGraphicsElement, page: Rgb): Rgb {
  const t = text.getBoundingClientRect();
  const cx = t.left + t.width / 2;
  const cy = t.top + t.height / 2;
  const shapes = [...svg.querySelectorAll<SVGGraphicsElement>(SHAPES)];
  // Document order = paint order: the last filled shape containing the point is the one on top.
  for (let i = shapes.length - 1; i >= 0; i--) {
    const s = shapes[i];
    if (!s || s.closest('marker, defs')) continue;
    const fill = parseColor(getComputedStyle(s).fill);
    if (!fill || fill[3] < 0.5 || Number(getComputedStyle(s).fillOpacity) < 0.5) continue;
    const r = s.getBoundingClientRect();
    if (r.width < 4 || r.height < 4) continue;
    if (cx >= r.left && cx <= r.right && cy >= r.top && cy <= r.bottom) return fill;
  }
  return page;
}

/** Audit one SVG, placed in `host` at its natural size. */
export function auditSvg(host: HTMLElement, path: string, svgText: string, frame: Size, phone: boolean, page: Rgb): AuditRow {
  host.innerHTML = svgText;
  const svg = host.querySelector('svg');
  if (!svg) return { path, whole: false, shown: 0, startVisible: false, minContrast: 0 };
  const size = svgSize(svg);
  svg.setAttribute('width', String(size.width));
  svg.setAttribute('height', String(size.height));
  svg.style.maxWidth = 'none';
  const start = startNode(svg, size);
  const v = firstView(frame, size, start, phone);
  const startVisible = start
    ? v.x + start.x * v.scale >= -1 &&
      v.y + start.y * v.scale >= -1 &&
      v.x + (start.x + start.width) * v.scale <= frame.width + 1 &&
      v.y + (start.y + start.height) * v.scale <= frame.height + 1
    : null;
  let minContrast = Infinity;
  let worst: AuditRow['worst'];
  // The element that paints the glyphs: a tspan with its own text, or a text element's own text nodes
  // (a sequence actor's <text class="actor"> has the box's fill; its <tspan> has the text colour).
  const painted = [...svg.querySelectorAll<SVGGraphicsElement>('text, tspan')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
  );
  for (const t of painted) {
    const label = (t.textContent ?? '').trim();
    if (!label) continue;
    const fg = parseColor(getComputedStyle(t).fill);
    if (!fg) continue;
    // Sequence numbers sit on a circle drawn as a line marker (inside <defs>), not on a shape in the picture.
    const marker = t.closest('.sequenceNumber, text.sequenceNumber') ? svg.querySelector<SVGElement>('marker circle') : null;
    const markerFill = marker ? parseColor(getComputedStyle(marker).fill) : undefined;
    const bg = markerFill ?? backgroundOf(svg, t, page);
    const c = contrast(fg, bg);
    if (c < minContrast) {
      minContrast = c;
      worst = { text: label.slice(0, 60), fg: `rgb(${fg.slice(0, 3).join(',')})`, bg: `rgb(${bg.slice(0, 3).join(',')})` };
    }
  }
  return { path, whole: v.whole, shown: v.shown, startVisible, minContrast: minContrast === Infinity ? 21 : minContrast, worst };
}

export function pageBackground(theme: 'light' | 'dark'): Rgb {
  return theme === 'dark' ? [15, 23, 42, 1] : [255, 255, 255, 1];
}
