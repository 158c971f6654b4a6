/** Percentiles and a timed loop: latency is measured one request at a time, warm. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

export interface Latency {
  n: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
}

export function summarise(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, medianMs: r(percentile(s, 0.5)), p95Ms: r(percentile(s, 0.95)), p99Ms: r(percentile(s, 0.99)) };
}

/** Runs `once` `warmup` times unmeasured, then `runs` times measured. */
export async function timeLoop(once: (i: number) => Promise<unknown>, runs: number, warmup = 5): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await once(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await once(i);
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}
