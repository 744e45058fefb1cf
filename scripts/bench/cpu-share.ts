/**
 * How much of one core this process actually gets right now: a short busy loop's CPU time
 * over its wall time. Near 1 on a quiet machine; well below when other processes compete,
 * which inflates every timing in the report. Recorded at several points of a run.
 */
export function cpuShare(ms = 300): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let x = 0;
  while (performance.now() - t0 < ms) for (let i = 0; i < 10_000; i++) x += Math.sqrt(i);
  const c = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  // `x` is used so the loop cannot be optimised away.
  return x < 0 ? 0 : Math.round(((c.user + c.system) / 1000 / wall) * 100) / 100;
}
