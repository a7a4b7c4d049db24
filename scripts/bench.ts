/**
 * Benchmarks: bundle size, start-up time of dist/index.js to its first request, and requests and
 * wall time of operations against the emulator with 100 ms of added latency. Prints a Markdown
 * table and writes it to bench-results/latest.md; with --readme, also into README.md between the
 * bench markers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAppStore } from './bench/app-store.js';
import type { BenchRow } from './bench/bench-row.js';
import { benchBuilds } from './bench/builds.js';
import { benchDevices } from './bench/devices.js';
import { benchFeedback } from './bench/feedback.js';
import { benchFoundation } from './bench/foundation.js';
import { benchProfiles } from './bench/profiles.js';
import { benchTesters } from './bench/testers.js';
import { benchUpload } from './bench/upload.js';
import { benchUsersReports } from './bench/users-reports.js';
import { ensureFreshBundle } from './lib/fresh-bundle.js';
import { projectRoot } from './lib/run-action.js';

const suites: (() => Promise<BenchRow[]>)[] = [
  benchFoundation,
  benchBuilds,
  benchTesters,
  benchUpload,
  benchDevices,
  benchProfiles,
  benchUsersReports,
  benchFeedback,
  benchAppStore,
];

ensureFreshBundle();
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
if (process.argv.includes('--readme')) {
  const readmePath = join(projectRoot, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const measured = `Measured on ${new Date().toISOString().slice(0, 10)} (2 cores, Node ${process.versions.node}):`;
  writeFileSync(
    readmePath,
    readme.replace(
      /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
      `<!-- bench:start -->\n${measured}\n\n${table}\n<!-- bench:end -->`,
    ),
  );
}
