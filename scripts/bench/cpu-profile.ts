/**
 * In-process CPU profile of a synchronous workload (the same data `node --cpu-prof` writes),
 * reduced to self time per function: a cheap way to say *where* a missed budget goes.
 */
import { Session } from 'node:inspector/promises';
import { basename } from 'node:path';

export interface HotFunction {
  fn: string;
  file: string;
  selfMs: number;
  share: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export async function profileSelfTime(work: () => void, top = 8): Promise<HotFunction[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    work();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, { fn: string; file: string; us: number }>();
    let totalUs = 0;
    (profile.samples ?? []).forEach((id, i) => {
      const dt = profile.timeDeltas?.[i] ?? 0;
      const n = byNode.get(id);
      if (!n) return;
      const fn = n.callFrame.functionName || '(anonymous)';
      if (fn === '(idle)' || fn === '(program)') return;
      const file = n.callFrame.url ? basename(n.callFrame.url) : '(native)';
      const key = `${fn}@${file}`;
      const cur = self.get(key) ?? { fn, file, us: 0 };
      cur.us += dt;
      totalUs += dt;
      self.set(key, cur);
    });
    return [...self.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((x) => ({ fn: x.fn, file: x.file, selfMs: Math.round(x.us / 100) / 10, share: Math.round((x.us / Math.max(1, totalUs)) * 1000) / 10 }));
  } finally {
    await session.post('Profiler.disable').catch(() => undefined);
    session.disconnect();
  }
}
