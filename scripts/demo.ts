/**
 * The main job: starts the embedded App Store Connect emulator with a demo account, then runs the
 * bundled action (dist/index.js) against it exactly as a GitHub runner would, and prints what a
 * workflow would see: the log, the outputs and the step summary.
 */
import { createApiKey, seedDemoAccount, startEmulator } from '../src/emulator/index.js';
import { runAction, visibleLog } from './lib/run-action.js';
import { summaryAsText } from './lib/summary-text.js';

const emulator = await startEmulator({ faults: { latencyMs: 20 } });
const account = seedDemoAccount(emulator.store);
const key = createApiKey();
emulator.registerKey(key);
console.log(
  `App Store Connect emulator on ${emulator.baseUrl}, demo app ${account.app.bundleId}\n`,
);

const steps: { title: string; inputs: Record<string, string> }[] = [
  {
    title: 'List the beta groups',
    inputs: { operation: 'list-groups', app: account.app.bundleId },
  },
  {
    title: 'List the testers of two groups',
    inputs: {
      operation: 'list-testers',
      app: account.app.bundleId,
      group: 'Internal QA, External Testers',
    },
  },
  {
    title: 'List the enabled iOS devices',
    inputs: { operation: 'list-devices', platform: 'IOS', 'device-status': 'ENABLED' },
  },
  {
    title: 'A typo in a group name is refused before any request writes',
    inputs: { operation: 'list-testers', app: account.app.bundleId, group: 'Internal Q' },
  },
];

/** Long JSON is cut to its first lines: the whole of it is in the step's `result` output. */
function abbreviate(text: string, maxLines = 24): string {
  const lines = text.split('\n');
  if (lines.length <= maxLines) return text;
  return [...lines.slice(0, maxLines), `… (${lines.length - maxLines} more lines)`].join('\n');
}

let unexpected = 0;
for (const [index, step] of steps.entries()) {
  const expectFailure = index === steps.length - 1;
  console.log(`━━━ ${step.title}: operation ${step.inputs.operation} ━━━`);
  const run = await runAction({
    inputs: {
      'key-id': key.keyId,
      'issuer-id': key.issuerId ?? '',
      'private-key': key.privateKeyPem,
      'api-base-url': emulator.baseUrl,
      ...step.inputs,
    },
    env: { ASC_ACTION_TIME_SCALE: '0' },
  });
  const log = visibleLog(run).trim().split('\n');
  const debugLines = log.filter((line) => line.startsWith('::debug::')).length;
  const shownLog = log.filter((line) => !line.startsWith('::debug::'));
  console.log(shownLog.join('\n').replace(/^/gm, '  log │ '));
  console.log(`  log │ (${debugLines} debug lines, shown when the job runs with debug logging)`);
  for (const [name, value] of Object.entries(run.outputs)) {
    const shown =
      name === 'result' ? abbreviate(JSON.stringify(JSON.parse(value), null, 2)) : value;
    console.log(`  output ${name}: ${shown.replace(/\n/g, '\n    ')}`);
  }
  if (run.summary) console.log(summaryAsText(run.summary).replace(/^/gm, '  summary │ '));
  console.log(`  exit code ${run.exitCode}, ${Math.round(run.durationMs)} ms\n`);
  if ((run.exitCode === 0) === expectFailure) unexpected++;
}

console.log(`${emulator.requests.length} requests served by the emulator.`);
await emulator.close();
if (unexpected > 0) {
  console.error(`${unexpected} step(s) did not end as expected`);
  process.exitCode = 1;
}
