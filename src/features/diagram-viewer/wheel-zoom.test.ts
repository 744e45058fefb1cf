import { describe, expect, it } from 'vitest';
import { wheelPixels, zoomAround } from './wheel-zoom';

describe('wheel zoom', () => {
  it('one mouse-wheel notch zooms by a modest factor, in and out', () => {
    const t = { x: 0, y: 0, scale: 1 };
    expect(zoomAround(t, -100, 0, 0).scale).toBeCloseTo(1.162, 2);
    expect(zoomAround(t, 100, 0, 0).scale).toBeCloseTo(0.861, 2);
  });
  it('keeps the point under the pointer in place', () => {
    const t = { x: 40, y: 10, scale: 0.8 };
    const n = zoomAround(t, -100, 300, 200);
    // The diagram point under (300, 200) before and after.
    expect((300 - n.x) / n.scale).toBeCloseTo((300 - t.x) / t.scale, 6);
    expect((200 - n.y) / n.scale).toBeCloseTo((200 - t.y) / t.scale, 6);
  });
  it('caps one event at 1.5× and the scale at its bounds', () => {
    expect(zoomAround({ x: 0, y: 0, scale: 1 }, -5000, 0, 0).scale).toBe(1.5);
    expect(zoomAround({ x: 0, y: 0, scale: 7.9 }, -100, 0, 0).scale).toBe(8);
    expect(zoomAround({ x: 0, y: 0, scale: 0.11 }, 100, 0, 0).scale).toBe(0.1);
  });
  it('reads line and page deltas as pixels', () => {
    expect(wheelPixels({ deltaY: 3, deltaMode: 1 })).toBe(48);
    expect(wheelPixels({ deltaY: 1, deltaMode: 2 })).toBe(400);
  });
});
