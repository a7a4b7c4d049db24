/**
 * The main job: starts the embedded App Store Connect emulator with a demo account, then runs the
 * bundled action (dist/index.js) against it exactly as a GitHub runner would, and prints what a
 * workflow would see: the log, the outputs and the step summary.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  advanceAppStoreReview,
  createApiKey,
  seedDemoAccount,
  startEmulator,
} from '../src/emulator/index.js';
import { ensureFreshBundle } from './lib/fresh-bundle.js';
import { runAction, visibleLog } from './lib/run-action.js';
import { summaryAsText } from './lib/summary-text.js';

ensureFreshBundle();
const emulator = await startEmulator({ faults: { latencyMs: 20 } });
const account = seedDemoAccount(emulator.store);
const key = createApiKey();
emulator.registerKey(key);
console.log(
  `App Store Connect emulator on ${emulator.baseUrl}, demo app ${account.app.bundleId}\n`,
);

interface DemoStep {
  title: string;
  inputs: Record<string, string>;
  /** The step shows a refusal: it must fail. */
  fails?: boolean;
  /** The checkout the step runs in (GITHUB_WORKSPACE). */
  cwd?: string;
  /** What happens on Apple's side before the step (a reviewer approving the version). */
  before?: () => void;
}

/** A small repository, as actions/checkout with fetch-depth: 0 leaves it: a tag, then commits. */
function demoRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'demo-checkout-'));
  let second = Date.parse('2026-01-05T09:00:00Z') / 1000;
  const git = (...args: string[]) => {
    const date = `${second++} +0000`;
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Demo',
        GIT_AUTHOR_EMAIL: 'demo@example.com',
        GIT_COMMITTER_NAME: 'Demo',
        GIT_COMMITTER_EMAIL: 'demo@example.com',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  };
  git('init', '-q', '-b', 'main');
  git('commit', '--allow-empty', '-q', '-m', 'Release 1.1');
  git('tag', 'v1.1');
  git('commit', '--allow-empty', '-q', '-m', 'Fix the crash when refreshing the list');
  git('checkout', '-q', '-b', 'feature/cart');
  git('commit', '--allow-empty', '-q', '-m', 'Show the cart total with tax 🛒');
  git('checkout', '-q', 'main');
  git('merge', '-q', '--no-ff', '-m', "Merge branch 'feature/cart'", 'feature/cart');
  git('commit', '--allow-empty', '-q', '-m', 'Larger Save button in landscape');
  return dir;
}

/** Apple's review of the App Store version 1.1: waiting, in review, then approved. */
function approveVersion(versionString: string): void {
  const version = emulator.store
    .list('appStoreVersions')
    .find((v) => v.attributes.versionString === versionString);
  if (!version) return;
  while (['WAITING_FOR_REVIEW', 'IN_REVIEW'].includes(String(version.attributes.appStoreState))) {
    advanceAppStoreReview(emulator.store, version.id);
  }
  console.log(
    `  (Apple approved version ${versionString}: ${String(version.attributes.appStoreState)})`,
  );
}

const profilesDir = mkdtempSync(join(tmpdir(), 'demo-profiles-'));
const feedbackDir = mkdtempSync(join(tmpdir(), 'demo-feedback-'));
const checkout = demoRepository();
const app = account.app.bundleId;
const steps: DemoStep[] = [
  { title: 'List the beta groups', inputs: { operation: 'list-groups', app } },
  {
    title: 'Distribute build 1.1 (3) to two groups, with What to Test, and submit it for review',
    inputs: {
      operation: 'distribute',
      app,
      build: '3',
      version: '1.1',
      group: 'Internal QA, External Testers',
      'whats-new': 'New onboarding flow. Please try signing up with a new account.',
      'submit-beta-review': 'true',
      'beta-review-contact-first-name': 'Ada',
      'beta-review-contact-last-name': 'Lovelace',
      'beta-review-contact-email': 'ada@example.com',
      'beta-review-contact-phone': '+1 555 0100',
    },
  },
  {
    title: 'Run the same distribute again: everything is already done, nothing is written',
    inputs: {
      operation: 'distribute',
      app,
      build: '3',
      version: '1.1',
      group: 'Internal QA, External Testers',
      'whats-new': 'New onboarding flow. Please try signing up with a new account.',
      'submit-beta-review': 'true',
    },
  },
  {
    title: 'The next build number to set before xcodebuild (expired builds count)',
    inputs: { operation: 'next-build-number', app },
  },
  {
    title: 'What to Test for build 1.1 (3) written from the commits since the tag v1.1',
    inputs: { operation: 'set-whats-new', app, build: '3', 'whats-new-from-git': 'true' },
    cwd: checkout,
  },
  {
    title: "Download the testers' feedback of the last 2 days: crash logs and screenshots",
    inputs: { operation: 'download-feedback', app, since: '48h', 'feedback-dir': feedbackDir },
  },
  {
    title: 'Add testers to the external group (one exists already, one is new)',
    inputs: {
      operation: 'add-testers',
      app,
      group: 'External Testers',
      testers: 'tester1@example.com\nJane Appleseed <jane@example.com>',
    },
  },
  {
    title: 'Plan device registrations as a pull request would (dry run)',
    inputs: {
      operation: 'register-devices',
      devices:
        '00008030-001A2B3C4D5E6F70\tDemo iPhone 16\tios\n00008112-000A1B2C3D4E5F60\tDemo iPad\tios',
      'dry-run': 'true',
    },
  },
  {
    title: 'Register them on merge and regenerate the development profile to include them',
    inputs: {
      operation: 'register-devices',
      devices:
        '00008030-001A2B3C4D5E6F70\tDemo iPhone 16\tios\n00008112-000A1B2C3D4E5F60\tDemo iPad\tios',
      'refresh-profiles': 'true',
      profiles: account.profiles.development.name,
    },
  },
  {
    title: "Download the app's development profiles",
    inputs: {
      operation: 'download-profiles',
      app,
      'profile-type': 'IOS_APP_DEVELOPMENT',
      'profiles-dir': profilesDir,
    },
  },
  {
    title: 'A typo in a group name is refused before anything is written',
    inputs: { operation: 'add-testers', app, group: 'External Tester', testers: 'bob@example.com' },
    fails: true,
  },
  {
    title:
      "Submit version 1.1 to the App Store with What's New, a manual release and a phased rollout",
    inputs: {
      operation: 'submit-app-store',
      app,
      version: '1.1',
      build: '3',
      'whats-new': 'A new onboarding flow and faster sync.',
      'release-type': 'MANUAL',
      'phased-release': 'true',
    },
  },
  {
    title: 'Submit it again: the version is already waiting for review, nothing is written',
    inputs: {
      operation: 'submit-app-store',
      app,
      version: '1.1',
      build: '3',
      'release-type': 'MANUAL',
    },
  },
  {
    title: 'Once Apple has approved it, release version 1.1',
    inputs: { operation: 'release-app-store', app, version: '1.1' },
    before: () => approveVersion('1.1'),
  },
  {
    title: 'Pause the phased release of 1.1',
    inputs: {
      operation: 'release-app-store',
      app,
      version: '1.1',
      'phased-release-action': 'pause',
    },
  },
];

/** Long JSON is cut to its first lines: the whole of it is in the step's `result` output. */
function abbreviate(text: string, maxLines = 24): string {
  const lines = text.split('\n');
  if (lines.length <= maxLines) return text;
  return [...lines.slice(0, maxLines), `… (${lines.length - maxLines} more lines)`].join('\n');
}

let unexpected = 0;
for (const step of steps) {
  const expectFailure = step.fails === true;
  console.log(`━━━ ${step.title}: operation ${step.inputs.operation} ━━━`);
  step.before?.();
  const run = await runAction({
    inputs: {
      'key-id': key.keyId,
      'issuer-id': key.issuerId ?? '',
      'private-key': key.privateKeyPem,
      'api-base-url': emulator.baseUrl,
      ...step.inputs,
    },
    env: { ASC_ACTION_TIME_SCALE: '0' },
    ...(step.cwd ? { cwd: step.cwd } : {}),
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
