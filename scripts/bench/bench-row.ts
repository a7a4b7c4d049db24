/** One line of the benchmark table. */
export interface BenchRow {
  benchmark: string;
  requests?: number;
  value: string;
  target: string;
}

export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
