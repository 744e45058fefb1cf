import { describe, expect, it } from 'vitest';
import { firstView, READABLE_PX, BASE_FONT_PX } from './first-view';

const laptop = { width: 930, height: 530 };
const phone = { width: 368, height: 500 };

describe('firstView', () => {
  it('shows a small diagram whole and centred', () => {
    const v = firstView(laptop, { width: 600, height: 300 }, undefined, false);
    expect(v.whole).toBe(true);
    expect(v.shown).toBe(1);
    expect(v.x).toBeCloseTo((930 - 600 * v.scale) / 2);
  });

  it('shows a big diagram whole only while its text stays readable', () => {
    const v = firstView(laptop, { width: 1300, height: 700 }, undefined, false);
    expect(v.whole).toBe(true);
    expect(v.scale * BASE_FONT_PX).toBeGreaterThanOrEqual(READABLE_PX);
  });

  it('opens a huge diagram at a readable size on its start node, a third of the way down, and says how much is shown', () => {
    const start = { x: 1800, y: 40, width: 160, height: 50 };
    const v = firstView(laptop, { width: 4000, height: 3000 }, start, false);
    expect(v.whole).toBe(false);
    expect(v.scale * BASE_FONT_PX).toBeCloseTo(READABLE_PX);
    // The start node's centre is on screen, horizontally centred.
    const cx = v.x + (start.x + start.width / 2) * v.scale;
    const top = v.y + start.y * v.scale;
    expect(cx).toBeCloseTo(laptop.width / 2);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top + start.height * v.scale).toBeLessThanOrEqual(laptop.height);
    expect(v.shown).toBeGreaterThan(0);
    expect(v.shown).toBeLessThan(0.2);
  });

  it('never shows blank space past the diagram edge when the start is near a corner', () => {
    const v = firstView(laptop, { width: 4000, height: 3000 }, { x: 0, y: 0, width: 100, height: 40 }, false);
    expect(v.x).toBeLessThanOrEqual(8);
    expect(v.y).toBeLessThanOrEqual(8);
    expect(v.x).toBeGreaterThan(0);
  });

  it('fits a tall decision tree to the width on a phone when its text stays legible', () => {
    const v = firstView(phone, { width: 520, height: 2600 }, { x: 200, y: 10, width: 120, height: 60 }, true);
    expect(v.whole).toBe(false);
    expect(v.x).toBeCloseTo(8, 0);
    expect(520 * v.scale).toBeLessThanOrEqual(phone.width);
    expect(v.scale * BASE_FONT_PX).toBeGreaterThanOrEqual(8);
  });

  it('without a start node, opens on the top-left corner (where timelines and sequences begin)', () => {
    const v = firstView(laptop, { width: 5000, height: 900 }, undefined, false);
    expect(v.x).toBe(8);
    expect(v.whole).toBe(false);
  });
});
