import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import type { Json } from './helpers.js';

const root = resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
let outDir = '';

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child!.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function waitForLine(process: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    process.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) resolvePromise(match);
    });
    process.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    process.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
}

it('writes a usable key and credentials, serves signed requests and stops on SIGTERM', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'asc-emulator-'));
  const githubEnv = join(outDir, 'github-env');
  child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/emulator/cli.ts',
      '--port',
      '0',
      '--out-dir',
      outDir,
      '--github-env',
      githubEnv,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const [, baseUrl] = await waitForLine(child, /listening on (http:\/\/127\.0\.0\.1:\d+)\n/);

  const credentials = JSON.parse(await readFile(join(outDir, 'credentials.json'), 'utf8'));
  expect(credentials.apiBaseUrl).toBe(baseUrl);
  expect(credentials.privateKeyPath).toBe(join(outDir, `AuthKey_${credentials.keyId}.p8`));
  const pem = await readFile(credentials.privateKeyPath, 'utf8');
  expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  const env = await readFile(githubEnv, 'utf8');
  expect(env).toContain(`ASC_API_BASE_URL=${baseUrl}\n`);
  expect(env).toContain(`ASC_KEY_ID=${credentials.keyId}\n`);
  expect(env).toContain(`ASC_ISSUER_ID=${credentials.issuerId}\n`);
  expect(env).toContain(`ASC_PRIVATE_KEY_PATH=${credentials.privateKeyPath}\n`);

  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    aud: 'appstoreconnect-v1',
    iss: credentials.issuerId,
    iat: now,
    exp: now + 600,
  })
    .setProtectedHeader({ alg: 'ES256', kid: credentials.keyId, typ: 'JWT' })
    .sign(createPrivateKey(pem));
  const response = await fetch(`${baseUrl}/v1/apps?filter[bundleId]=com.example.demo`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as Json;
  expect(body.data.map((a: Json) => a.attributes.name)).toContain('Demo App');

  const exited = new Promise<number | null>((done) => child!.once('exit', done));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});
