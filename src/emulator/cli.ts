/**
 * Runs the App Store Connect emulator standalone: `npm run emulator -- --port 4010`.
 * Seeds the demo account, writes an API key and credentials, and serves until SIGINT/SIGTERM.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiKey } from './api-keys.js';
import type { FaultOptions } from './faults.js';
import { seedDemoAccount } from './seed.js';
import { startEmulator } from './server.js';

const USAGE = `Usage: tsx src/emulator/cli.ts [options]
  --port <n>                  port to listen on (default 4010; 0 = any free port)
  --host <host>               interface (default 127.0.0.1)
  --latency-ms <n>            delay added before every answer
  --server-error-rate <0..1>  share of requests answered 500/503
  --rate-limit-rate <0..1>    share of requests answered 429
  --drop-rate <0..1>          share of connections dropped before handling
  --drop-after-write-rate <0..1>  share of writes applied, then dropped unanswered
  --seed <n>                  seed of the fault generator
  --agreements-missing        answer every request 403 REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED
  --rate-limit-per-minute <n> a per-minute quota, reported as user-minute-lim/user-minute-rem
  --out-dir <dir>             where the key and credentials go (default .emulator)
  --github-env <file>         append ASC_* variables to this file (e.g. $GITHUB_ENV)`;

function numberOption(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, got '${String(raw)}'`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'latency-ms': { type: 'string' },
      'server-error-rate': { type: 'string' },
      'rate-limit-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'drop-after-write-rate': { type: 'string' },
      seed: { type: 'string' },
      'agreements-missing': { type: 'boolean' },
      'rate-limit-per-minute': { type: 'string' },
      'out-dir': { type: 'string' },
      'github-env': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const faults: FaultOptions = {
    latencyMs: numberOption(values, 'latency-ms'),
    serverErrorRate: numberOption(values, 'server-error-rate'),
    rateLimitRate: numberOption(values, 'rate-limit-rate'),
    dropConnectionRate: numberOption(values, 'drop-rate'),
    dropResponseAfterWriteRate: numberOption(values, 'drop-after-write-rate'),
    seed: numberOption(values, 'seed'),
  };
  const emulator = await startEmulator({
    host: values.host ?? '127.0.0.1',
    port: numberOption(values, 'port') ?? 4010,
    faults,
    conditions: {
      agreementsMissing: values['agreements-missing'] ?? false,
      rateLimitPerMinute: numberOption(values, 'rate-limit-per-minute'),
    },
  });
  const demo = seedDemoAccount(emulator.store);
  const key = createApiKey();
  emulator.registerKey(key);

  const outDir = resolve(values['out-dir'] ?? '.emulator');
  await mkdir(outDir, { recursive: true });
  const privateKeyPath = resolve(outDir, `AuthKey_${key.keyId}.p8`);
  await writeFile(privateKeyPath, key.privateKeyPem, { mode: 0o600 });
  const credentials = {
    apiBaseUrl: emulator.baseUrl,
    keyId: key.keyId,
    issuerId: key.issuerId,
    privateKeyPath,
  };
  await writeFile(resolve(outDir, 'credentials.json'), `${JSON.stringify(credentials, null, 2)}\n`);
  if (values['github-env']) {
    await appendFile(
      values['github-env'],
      [
        `ASC_API_BASE_URL=${emulator.baseUrl}`,
        `ASC_KEY_ID=${key.keyId}`,
        `ASC_ISSUER_ID=${key.issuerId ?? ''}`,
        `ASC_PRIVATE_KEY_PATH=${privateKeyPath}`,
        '',
      ].join('\n'),
    );
  }

  console.log(`App Store Connect emulator listening on ${emulator.baseUrl}`);
  console.log(`Demo app: ${demo.app.name} (${demo.app.bundleId}, id ${demo.app.id})`);
  console.log(`Credentials: ${resolve(outDir, 'credentials.json')}`);
  console.log('Point the action at it with:');
  console.log(`  api-base-url: ${emulator.baseUrl}`);
  console.log(`  key-id: ${key.keyId}`);
  console.log(`  issuer-id: ${key.issuerId ?? ''}`);
  console.log(`  private-key: ${privateKeyPath}`);
  console.log(`Request log: GET ${emulator.baseUrl}/emulator/requests`);

  const stop = (signal: string) => {
    console.log(`Received ${signal}, stopping the emulator.`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});
