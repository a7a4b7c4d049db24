/**
 * The `main` step of the sub-action `emulator/action.yml`: starts the emulator bundle
 * (`emulator/dist/cli.js`) as a detached process whose output goes to a log file, waits until it
 * answers, masks its key, sets the outputs and exports the ASC_* variables for later steps.
 * It imports nothing of the emulator: it runs the committed bundle beside it.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** How long the emulator may take to answer (it starts in about a second). */
const START_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;
/** Inputs passed to the command as `--<name> <value>` when set. */
const FAULT_INPUTS = [
  'latency-ms',
  'server-error-rate',
  'rate-limit-rate',
  'drop-rate',
  'drop-after-write-rate',
  'fault-seed',
] as const;

export const State = {
  pid: 'pid',
  apiBaseUrl: 'api-base-url',
  logPath: 'log-path',
} as const;

interface Credentials {
  apiBaseUrl: string;
  keyId: string;
  issuerId?: string;
  privateKeyPath: string;
  vendorNumber?: string;
}

/** A problem with one input: reported as one line naming it. */
class InputError extends Error {
  constructor(input: string, problem: string) {
    super(`${input}: ${problem}`);
  }
}

function commandArguments(outDir: string): string[] {
  const args = ['--out-dir', outDir];
  const port = core.getInput('port').trim() || '4010';
  if (!/^\d+$/.test(port) || Number(port) > 65_535) {
    throw new InputError('port', `'${port}' is not a port number (0 to 65535; 0 = any free port)`);
  }
  args.push('--port', port);
  const seedFile = core.getInput('seed-file').trim();
  if (seedFile) {
    const path = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), seedFile);
    if (!existsSync(path)) throw new InputError('seed-file', `${seedFile} does not exist`);
    args.push('--seed-file', path);
  }
  for (const name of FAULT_INPUTS) {
    const value = core.getInput(name).trim();
    if (value) args.push(`--${name}`, value);
  }
  return args;
}

async function lastLines(path: string, count: number): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').filter(Boolean).slice(-count);
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/emulator/requests`, {
      headers: { Connection: 'close' },
      signal: AbortSignal.timeout(2_000),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export async function startEmulatorStep(): Promise<void> {
  const base = process.env.RUNNER_TEMP || tmpdir();
  const outDir = await mkdtemp(join(base, 'asc-emulator-'));
  const args = commandArguments(outDir);
  const logPath = join(outDir, 'emulator.log');
  const cliPath = join(dirname(fileURLToPath(import.meta.url)), 'cli.js');

  // Output to a file, never to this step's stdout: the runner would wait for the pipe to close.
  const log = openSync(logPath, 'a');
  const child = spawn(process.execPath, [cliPath, ...args], {
    detached: true,
    stdio: ['ignore', log, log],
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  });
  closeSync(log);
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${process.execPath} ${cliPath}`);

  const credentialsPath = join(outDir, 'credentials.json');
  const deadline = Date.now() + START_TIMEOUT_MS;
  let credentials: Credentials | undefined;
  while (!credentials) {
    if (exitCode !== undefined) {
      // The command reports a bad input as its last line, naming the input.
      const [last] = await lastLines(logPath, 1);
      throw new Error(last ?? `The emulator exited with code ${String(exitCode)}`);
    }
    if (existsSync(credentialsPath)) {
      const candidate = JSON.parse(await readFile(credentialsPath, 'utf8')) as Credentials;
      if (await answers(candidate.apiBaseUrl)) credentials = candidate;
    }
    if (!credentials) {
      if (Date.now() > deadline) {
        process.kill(pid, 'SIGKILL');
        const tail = (await lastLines(logPath, 10)).join('\n');
        throw new Error(
          `The emulator did not answer within ${START_TIMEOUT_MS / 1000} s. Its log ends:\n${tail}`,
        );
      }
      await delay(POLL_INTERVAL_MS);
    }
  }

  const privateKey = await readFile(credentials.privateKeyPath, 'utf8');
  core.setSecret(privateKey);
  for (const line of privateKey.split('\n')) {
    if (line.trim() && !line.startsWith('-----')) core.setSecret(line.trim());
  }
  core.saveState(State.pid, String(pid));
  core.saveState(State.apiBaseUrl, credentials.apiBaseUrl);
  core.saveState(State.logPath, logPath);

  core.setOutput('api-base-url', credentials.apiBaseUrl);
  core.setOutput('key-id', credentials.keyId);
  core.setOutput('issuer-id', credentials.issuerId ?? '');
  core.setOutput('private-key', privateKey);
  core.setOutput('private-key-path', credentials.privateKeyPath);
  core.setOutput('pid', String(pid));
  core.setOutput('vendor-number', credentials.vendorNumber ?? '');
  core.setOutput('log-path', logPath);
  core.exportVariable('ASC_API_BASE_URL', credentials.apiBaseUrl);
  core.exportVariable('ASC_KEY_ID', credentials.keyId);
  core.exportVariable('ASC_ISSUER_ID', credentials.issuerId ?? '');
  core.exportVariable('ASC_PRIVATE_KEY_PATH', credentials.privateKeyPath);

  for (const line of await lastLines(logPath, 40)) core.info(line);
  core.info(`The emulator runs as process ${pid}; the post step stops it.`);
}
