/** Deterministic randomness: a PRNG seeded from a text key, so every load yields the same registry. */
import type { CodePool } from "../enterprises-data.js";
import { iso } from "./dates.js";

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

export class Rand {
  private readonly next: () => number;
  constructor(key: string) {
    this.next = mulberry32(hashOf(key));
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.next() * xs.length)];
    if (x === undefined) throw new Error("pick from an empty list");
    return x;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** A day of `year` between months `m1` and `m2` (days 1–28, so every month has it). */
  day(year: number, m1 = 1, m2 = 12): string {
    return iso(year, this.int(m1, m2), this.int(1, 28));
  }
  code(pools: CodePool[]): { code: string; cluster: string | null } {
    const all = pools.flatMap((p) => Object.entries(p.codes).map(([code, w]) => ({ code, w, cluster: p.cluster })));
    let r = this.next() * all.reduce((s, x) => s + x.w, 0);
    for (const x of all) {
      r -= x.w;
      if (r < 0) return { code: x.code, cluster: x.cluster };
    }
    const last = all.at(-1);
    if (!last) throw new Error("empty code pool");
    return last;
  }
}
