import { existsSync } from 'node:fs';
import {
  createApiKey,
  seedDemoAccount,
  startEmulator,
  type ApiKey,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../src/emulator/index.js';
import {
  bundlePath,
  runAction,
  type ActionRun,
  type ActionRunOptions,
} from '../../scripts/lib/run-action.js';
import { runInProcess } from '../support/run-in-process.js';

export interface TestAccount {
  emulator: RunningEmulator;
  key: ApiKey;
  account: ReturnType<typeof seedDemoAccount>;
  /**
   * Runs the action in-process (from the sources) against this emulator with this key; inputs add
   * to or override the auth ones.
   */
  run(
    inputs: Record<string, string>,
    options?: Omit<ActionRunOptions, 'inputs'>,
  ): Promise<ActionRun>;
  /** The same through the built bundle, started as the runner starts it (the smoke set). */
  runBundle(
    inputs: Record<string, string>,
    options?: Omit<ActionRunOptions, 'inputs'>,
  ): Promise<ActionRun>;
}

export function requireBundle(): void {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} is missing: run npm run build first`);
}

export async function startTestAccount(options: EmulatorOptions = {}): Promise<TestAccount> {
  const emulator = await startEmulator(options);
  const account = seedDemoAccount(emulator.store);
  const key = createApiKey();
  emulator.registerKey(key);
  const withAccount = (
    inputs: Record<string, string>,
    runOptions: Omit<ActionRunOptions, 'inputs'>,
  ): ActionRunOptions => ({
    ...runOptions,
    inputs: {
      'key-id': key.keyId,
      'issuer-id': key.issuerId ?? '',
      'private-key': key.privateKeyPem,
      'api-base-url': emulator.baseUrl,
      ...inputs,
    },
    env: { ASC_ACTION_TIME_SCALE: '0', ...runOptions.env },
  });
  return {
    emulator,
    key,
    account,
    run: (inputs, runOptions = {}) => runInProcess(withAccount(inputs, runOptions)),
    runBundle: (inputs, runOptions = {}) => {
      requireBundle();
      return runAction(withAccount(inputs, runOptions));
    },
  };
}

/** The requests that could have written: everything but GET. */
export function writeRequests(emulator: RunningEmulator): RunningEmulator['requests'] {
  return emulator.requests.filter((request) => request.method !== 'GET');
}

/** The error lines the action printed (`::error::`), as the runner shows them. */
export function errorLines(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length));
}

export function resultOf(run: ActionRun): Record<string, unknown> {
  const text = run.outputs.result;
  if (!text) throw new Error(`no result output; log:\n${run.stdout}${run.stderr}`);
  return JSON.parse(text) as Record<string, unknown>;
}
