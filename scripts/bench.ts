/**
 * Benchmarks: bundle size, start-up time of dist/index.js to its first request, and requests and
 * wall time of operations against the emulator with 100 ms of added latency. Prints a Markdown
 * table and writes it to bench-results/latest.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './bench/bench-row.js';
import { benchFoundation } from './bench/foundation.js';
import { projectRoot } from './lib/run-action.js';

const suites: (() => Promise<BenchRow[]>)[] = [benchFoundation];

const rows: BenchRow[] = [];
for (const suite of suites) rows.push(...(await suite()));

const table = [
  '| benchmark | requests | result | target |',
  '|---|---:|---|---|',
  ...rows.map((r) => `| ${r.benchmark} | ${r.requests ?? ''} | ${r.value} | ${r.target} |`),
].join('\n');
console.log(table);
mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(join(projectRoot, 'bench-results', 'latest.md'), `${table}\n`);
