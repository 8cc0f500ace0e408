/**
 * How the benchmark measures: two (or more) sides run in one process, alternating
 * (A B A B …) so that a busy moment on a shared machine hits both sides alike, and every
 * side reports its min and its median. A ratio is given both ways: min ÷ min and
 * median ÷ median. Nothing here is a time limit.
 */
import { spawnSync } from 'node:child_process';

export interface Stat {
  min: number;
  median: number;
  samples: number[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function stat(samples: number[]): Stat {
  return { min: round(Math.min(...samples)), median: round(median(samples)), samples: samples.map((x) => round(x)) };
}

export function round(x: number, digits = 2): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

/** Runs every side once per round, alternating, after `warmup` unmeasured rounds. Each side returns its own figure (ms, bytes, …). */
export async function alternate<K extends string>(
  sides: Record<K, () => number | Promise<number>>,
  { runs = 7, warmup = 1 }: { runs?: number; warmup?: number } = {},
): Promise<Record<K, Stat>> {
  const keys = Object.keys(sides) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < warmup + runs; i++) {
    // Swap the order every round too, so neither side always runs right after the other.
    const order = i % 2 ? [...keys].reverse() : keys;
    for (const k of order) {
      const v = await sides[k]();
      if (i >= warmup) samples[k].push(v);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, stat(samples[k])])) as Record<K, Stat>;
}

export interface Ratio {
  min: number;
  median: number;
}

export function ratio(a: Stat, b: Stat): Ratio {
  return { min: round(a.min / b.min), median: round(a.median / b.median) };
}

/** Wall time of a function in ms. */
export async function timed(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Wall time (ms) of a whole node process; exit codes other than those allowed are a bench failure. */
export function timeNodeProcess(args: string[], cwd: string, okCodes: readonly number[] = [0, 1]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (!okCodes.includes(r.status ?? -1))
    throw new Error(`bench: node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
