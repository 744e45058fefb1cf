/**
 * Wheel and trackpad zoom, proportional to how far the wheel moved: one mouse-wheel notch (deltaY ≈ 100 px)
 * is a modest ~1.16×, a trackpad pinch (many ctrl+wheel events of a few px each) is smooth, and the point
 * under the pointer stays under the pointer. The library's own wheel step jumped 0.6× → 8× in one notch.
 */
export const MIN_SCALE = 0.1;
export const MAX_SCALE = 8;
/** Zoom per pixel of wheel movement: exp(−0.0015 · 100) ≈ 0.86, so a notch zooms by ~1.16×. */
const PER_PIXEL = 0.0015;

export interface Transform {
  x: number;
  y: number;
  scale: number;
}

/** Wheel delta in pixels, whatever unit the device reported it in. */
export function wheelPixels(e: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
  return e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
}

/** The transform after zooming by a wheel movement of `pixels` around the point (`px`, `py`) of the frame. */
export function zoomAround(t: Transform, pixels: number, px: number, py: number): Transform {
  // One event never zooms by more than 1.5× either way, however large its delta.
  const factor = Math.min(1.5, Math.max(1 / 1.5, Math.exp(-pixels * PER_PIXEL)));
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.scale * factor));
  const k = scale / t.scale;
  return { scale, x: px - (px - t.x) * k, y: py - (py - t.y) * k };
}
