/** One part of `npm run bench`: measures its figures and returns them under their bench-results.json keys. */
export interface BenchContext {
  /** The repository root. */
  root: string;
  /** A fresh temporary folder for this run. */
  dir: string;
}

/** One printed line: figure, what was measured, target, verdict ('đạt' / 'CHƯA ĐẠT' / ''). */
export type BenchRow = [figure: string, measured: string, target: string, verdict: string];

export interface BenchOutput {
  /** Top-level keys of bench-results.json. */
  results: Record<string, unknown>;
  rows: BenchRow[];
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<BenchOutput>;
}

export const verdict = (value: number, target: number): string => (value <= target ? 'đạt' : 'CHƯA ĐẠT');
export const verdictAtLeast = (value: number, target: number): string => (value >= target ? 'đạt' : 'CHƯA ĐẠT');
