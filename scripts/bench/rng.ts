/**
 * A small seeded PRNG (mulberry32). The synthetic corpus must be identical on every run and
 * every machine so that benchmark figures are comparable over time; Math.random is not.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Integer in [min, max] inclusive. */
  range(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    range: (min, max) => min + int(max - min + 1),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

/**
 * A frequency-weighted bag: terms are drawn as often as they occur in the real index, so the
 * synthetic corpus keeps the real skew (a few very common terms, a long tail of rare ones),
 * which is what decides posting-list sizes and therefore search cost.
 */
export class WeightedBag<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(counts: Iterable<[T, number]>) {
    for (const [item, count] of counts) {
      if (count <= 0) continue;
      this.total += count;
      this.items.push(item);
      this.cumulative.push(this.total);
    }
  }

  get size(): number {
    return this.items.length;
  }

  draw(rng: Rng): T {
    if (this.items.length === 0) throw new Error('draw from an empty bag');
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as T;
  }

  /** Up to `n` distinct items (gives up after a bounded number of tries on small bags). */
  distinct(rng: Rng, n: number): T[] {
    const out = new Set<T>();
    for (let tries = 0; out.size < n && tries < n * 8; tries++) out.add(this.draw(rng));
    return [...out];
  }
}
