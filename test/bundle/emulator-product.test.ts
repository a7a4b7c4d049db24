/**
 * The emulator as users run it: the committed bundles in emulator/dist, copied to a folder with
 * nothing installed, started as `node emulator/dist/cli.js` and as the sub-action
 * emulator/action.yml run the way the runner runs it (main, the action's steps, post).
 * These tests run the committed bundles: `npm run build:emulator` first after changing sources.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOutputFile, runAction } from '../../scripts/lib/run-action.js';
import type { Json } from '../emulator/helpers.js';

const root = resolve(import.meta.dirname, '../..');
let clone = '';
const started: ChildProcess[] = [];
const startedPids: number[] = [];

const SEED = {
  apps: [
    {
      bundleId: 'com.example.rehearsal',
      name: 'Rehearsal',
      betaGroups: [{ name: 'QA', internal: true }, { name: 'Friends' }],
      builds: [
        { version: '1.2', number: '56', processingState: 'VALID' },
        { version: '1.2', number: '57', processingState: 'VALID' },
      ],
      testers: [{ email: 'qa@example.com', firstName: 'Q', lastName: 'A', groups: ['QA'] }],
    },
  ],
  devices: [{ udid: '00008030-001A2B3C4D5E6F70', name: "A's iPhone", platform: 'IOS' }],
};

beforeAll(async () => {
  // A clone where `npm ci` was never run: only emulator/ (no node_modules, no package.json above).
  clone = await mkdtemp(join(tmpdir(), 'asc-emulator-clone-'));
  await cp(join(root, 'emulator'), join(clone, 'emulator'), { recursive: true });
  const bad = structuredClone(SEED);
  (bad.apps[0]!.builds[1] as { processingState: string }).processingState = 'DONE';
  await writeFile(join(clone, 'bad-seed.json'), JSON.stringify(bad));
});

afterAll(async () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  for (const pid of startedPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (clone) await rm(clone, { recursive: true, force: true });
});

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: clone,
      env: { PATH: process.env.PATH ?? '', HOME: clone, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A token as Apple's own example signs it: iss, exp, aud; header alg and kid only. */
async function appleExampleToken(credentials: Json): Promise<string> {
  const pem = await readFile(credentials.privateKeyPath, 'utf8');
  return new SignJWT({
    iss: credentials.issuerId,
    aud: 'appstoreconnect-v1',
    exp: Math.floor(Date.now() / 1000) + 1200,
  })
    .setProtectedHeader({ alg: 'ES256', kid: credentials.keyId })
    .sign(createPrivateKey(pem));
}

async function busyPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('node emulator/dist/cli.js', () => {
  it('starts from a folder with nothing installed, prints its URL and writes the credentials', async () => {
    const outDir = join(clone, 'out');
    const startedAt = performance.now();
    const child = spawn(
      process.execPath,
      ['emulator/dist/cli.js', '--port', '0', '--out-dir', outDir],
      { cwd: clone, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    started.push(child);
    let output = '';
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    const baseUrl = await new Promise<string>((done, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\n[\s\S]*Request log/.exec(output);
        if (match?.[1]) done(match[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then((code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    console.log(`cli.js answered after ${Math.round(performance.now() - startedAt)} ms`);
    expect(output).toContain('Vendor number for reports: 80012345');
    expect(output).toContain('Demo app: Demo App (com.example.demo');

    const credentials = JSON.parse(await readFile(join(outDir, 'credentials.json'), 'utf8'));
    expect(credentials).toMatchObject({
      apiBaseUrl: baseUrl,
      privateKeyPath: join(outDir, `AuthKey_${credentials.keyId}.p8`),
      vendorNumber: '80012345',
    });
    expect(credentials.issuerId).toMatch(/^[0-9a-f-]{36}$/);
    const response = await fetch(`${baseUrl}/v1/apps`, {
      headers: { Authorization: `Bearer ${await appleExampleToken(credentials)}` },
    });
    expect(response.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a port in use with one line naming port', async () => {
    const { server, port } = await busyPort();
    try {
      const result = await run(['emulator/dist/cli.js', '--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `port: ${port} is already in use on 127.0.0.1 (choose another, or 0 for any free port)`,
      );
    } finally {
      server.close();
    }
  });

  it('refuses a bad seed file with one line naming seed-file and the path in the file', async () => {
    const result = await run([
      'emulator/dist/cli.js',
      '--port',
      '0',
      '--seed-file',
      'bad-seed.json',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "seed-file: bad-seed.json: apps[0].builds[1].processingState: 'DONE' is not one of PROCESSING, FAILED, INVALID, VALID",
    );
  });
});

describe('the sub-action emulator/action.yml, run as the runner runs it', () => {
  async function runnerFiles(name: string) {
    const dir = join(clone, name);
    await mkdir(join(dir, 'temp'), { recursive: true });
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_ENV: join(dir, 'env'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    };
    for (const file of Object.values(files)) await writeFile(file, '');
    return { ...files, RUNNER_TEMP: join(dir, 'temp'), GITHUB_WORKSPACE: clone };
  }

  it('main starts it and returns, the action works against it, post stops it and sums up', async () => {
    const files = await runnerFiles('job');
    const main = await run(['emulator/dist/main.js'], {
      ...files,
      INPUT_PORT: '0',
      'INPUT_SEED-FILE': 'emulator/seed.example.json',
    });
    expect(main.code, main.stdout + main.stderr).toBe(0);
    const outputs = parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8'));
    const env = parseOutputFile(await readFile(files.GITHUB_ENV, 'utf8'));
    const state = parseOutputFile(await readFile(files.GITHUB_STATE, 'utf8'));
    const pid = Number(outputs.pid);
    startedPids.push(pid);
    expect(isRunning(pid)).toBe(true);
    expect(outputs['api-base-url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(outputs['private-key']).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(env).toEqual({
      ASC_API_BASE_URL: outputs['api-base-url'],
      ASC_KEY_ID: outputs['key-id'],
      ASC_ISSUER_ID: outputs['issuer-id'],
      ASC_PRIVATE_KEY_PATH: outputs['private-key-path'],
    });
    // The key is masked before anything else is printed, and never printed otherwise.
    const keyLine = outputs['private-key']!.split('\n')[1]!;
    expect(main.stdout).toContain(`::add-mask::${keyLine}`);
    const visible = main.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(visible).not.toContain(keyLine);
    expect(visible).toContain('app: Example (com.example.app');

    // The action's own steps, with the exported variables, as a workflow passes them.
    const auth = {
      'api-base-url': env.ASC_API_BASE_URL!,
      'key-id': env.ASC_KEY_ID!,
      'issuer-id': env.ASC_ISSUER_ID!,
      'private-key': env.ASC_PRIVATE_KEY_PATH!,
    };
    // The steps of the README's workflow and of CI's smoke job.
    const actionEnv = { ASC_ACTION_TIME_SCALE: '0' };
    const step = async (inputs: Record<string, string>) => {
      const result = await runAction({ inputs: { ...auth, ...inputs }, env: actionEnv });
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      return result.outputs;
    };
    const app = 'com.example.app';
    const distributed = await step({ operation: 'distribute', app, build: '57', group: 'Public' });
    expect(distributed['build-id']).toBeTruthy();
    const added = await step({
      operation: 'add-testers',
      app,
      group: 'Public',
      testers: 'Ada Lovelace <ada@example.com>\ngrace@example.com',
    });
    expect(added['testers-added']).toBe('2');
    const registered = await step({
      operation: 'register-devices',
      devices: "00008110-000A1B2C3D4E5F60 Ada's iPhone",
    });
    expect(registered['devices-registered']).toBe('1');
    const listed = await step({ operation: 'list-testers', app, group: 'Public' });
    expect(listed['tester-count']).toBe('2');

    // post, with the saved state passed back as the runner passes it (STATE_<name>).
    const stateEnv = Object.fromEntries(
      Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]),
    );
    const post = await run(['emulator/dist/post.js'], {
      GITHUB_STEP_SUMMARY: files.GITHUB_STEP_SUMMARY,
      ...stateEnv,
    });
    expect(post.code, post.stdout + post.stderr).toBe(0);
    expect(isRunning(pid)).toBe(false);
    const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('### App Store Connect emulator');
    expect(summary).toContain('| Method | Path | Status |');
    expect(summary).toMatch(/\| POST \| `\/v1\/betaTesters` \| 201 \|/);
    expect(summary).toMatch(/\| POST \| `\/v1\/devices` \| 201 \|/);
    expect(summary).toContain('answered with an error');
  });

  it.each([
    [
      'a bad seed file',
      { 'INPUT_SEED-FILE': 'bad-seed.json' },
      /^::error::seed-file: .*apps\[0\]\.builds\[1\]\.processingState: 'DONE' is not one of PROCESSING, FAILED, INVALID, VALID$/,
    ],
    [
      'a seed file that is not there',
      { 'INPUT_SEED-FILE': 'nowhere.json' },
      /^::error::seed-file: nowhere\.json does not exist$/,
    ],
    [
      'a port that is no port',
      { INPUT_PORT: 'http' },
      /^::error::port: 'http' is not a port number/,
    ],
  ])('fails main with one line naming the input for %s', async (_name, inputs, line) => {
    const files = await runnerFiles(`failing-${Object.keys(inputs)[0]}-${Math.random()}`);
    const main = await run(['emulator/dist/main.js'], { ...files, INPUT_PORT: '0', ...inputs });
    expect(main.code).toBe(1);
    const errors = main.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(line);
  });

  it('fails main with one line naming port when the port is in use', async () => {
    const { server, port } = await busyPort();
    try {
      const files = await runnerFiles('busy');
      const main = await run(['emulator/dist/main.js'], { ...files, INPUT_PORT: String(port) });
      expect(main.code).toBe(1);
      expect(main.stdout).toContain(`::error::port: ${port} is already in use`);
    } finally {
      server.close();
    }
  });

  it('post without a started emulator does nothing and succeeds', async () => {
    const post = await run(['emulator/dist/post.js'], {});
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to stop');
  });
});
