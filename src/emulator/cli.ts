/**
 * Runs the App Store Connect emulator standalone: `node emulator/dist/cli.js --port 4010` (the
 * committed bundle) or `npm run emulator -- --port 4010` (from the sources). Seeds the demo account
 * or the account a `--seed-file` describes, writes an API key and credentials, and serves until
 * SIGINT/SIGTERM. A bad option ends it with one line naming the option (`port: ...`).
 */
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiKey } from './api-keys.js';
import type { FaultOptions } from './faults.js';
import { defaultVendorNumber } from './resources/reports.js';
import { seedDemoAccount } from './seed.js';
import { applySeedFile, readSeedFile, SeedFileError } from './seed-file.js';
import type { SeedFile } from './seed-file.js';
import { startEmulator } from './server.js';
import type { RunningEmulator } from './server.js';
import type { AccountConditions } from './store.js';

const USAGE = `Usage: node emulator/dist/cli.js [options]   (from the sources: npm run emulator -- [options])
  --port <n>                  port to listen on (default 4010; 0 = any free port)
  --host <host>               interface (default 127.0.0.1)
  --seed-file <file>          JSON file describing the account (default: the demo account)
  --out-dir <dir>             where the key and credentials.json go (default .emulator)
  --github-env <file>         append ASC_* variables to this file (e.g. $GITHUB_ENV)
  --latency-ms <n>            delay added before every answer
  --server-error-rate <0..1>  share of requests answered 500/503
  --rate-limit-rate <0..1>    share of requests answered 429
  --drop-rate <0..1>          share of connections dropped before handling
  --drop-after-write-rate <0..1>  share of writes applied, then dropped unanswered
  --fault-seed <n>            seed of the fault generator (also --seed)
  --agreements-missing        answer every request 403 REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED
  --rate-limit-per-minute <n> a per-minute quota, reported as user-minute-lim/user-minute-rem`;

/** A bad option: reported as one line naming it, without the usage text. */
class OptionError extends Error {
  constructor(option: string, problem: string) {
    super(`${option}: ${problem}`);
  }
}

function numberOption(
  values: Record<string, unknown>,
  name: string,
  range?: { min: number; max: number; integer?: boolean },
): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (String(raw).trim() === '' || !Number.isFinite(value)) {
    throw new OptionError(name, `must be a number, got '${String(raw)}'`);
  }
  if (
    range &&
    (value < range.min || value > range.max || (range.integer && !Number.isInteger(value)))
  ) {
    const what = range.integer ? 'an integer' : 'a number';
    throw new OptionError(
      name,
      `must be ${what} from ${range.min} to ${range.max}, got '${String(raw)}'`,
    );
  }
  return value;
}

async function listen(
  host: string,
  port: number,
  faults: FaultOptions,
  conditions: Partial<AccountConditions>,
): Promise<RunningEmulator> {
  try {
    return await startEmulator({ host, port, faults, conditions });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new OptionError(
        'port',
        `${port} is already in use on ${host} (choose another, or 0 for any free port)`,
      );
    }
    if (code === 'EACCES')
      throw new OptionError('port', `${port} may not be opened by this user on ${host}`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new OptionError('host', `'${host}' is not an address of this machine`);
    }
    throw error;
  }
}

function loadSeedFile(path: string): SeedFile {
  try {
    return readSeedFile(path);
  } catch (error) {
    if (error instanceof SeedFileError)
      throw new OptionError('seed-file', `${path}: ${error.message}`);
    throw error;
  }
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
      'fault-seed': { type: 'string' },
      'seed-file': { type: 'string' },
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
  const rate = { min: 0, max: 1 };
  const faults: FaultOptions = {
    latencyMs: numberOption(values, 'latency-ms', { min: 0, max: 600_000 }),
    serverErrorRate: numberOption(values, 'server-error-rate', rate),
    rateLimitRate: numberOption(values, 'rate-limit-rate', rate),
    dropConnectionRate: numberOption(values, 'drop-rate', rate),
    dropResponseAfterWriteRate: numberOption(values, 'drop-after-write-rate', rate),
    seed: numberOption(values, 'fault-seed') ?? numberOption(values, 'seed'),
  };
  const port = numberOption(values, 'port', { min: 0, max: 65_535, integer: true }) ?? 4010;
  const seedFile = values['seed-file'] ? loadSeedFile(values['seed-file']) : undefined;
  const host = values.host ?? '127.0.0.1';
  const emulator = await listen(host, port, faults, {
    agreementsMissing: values['agreements-missing'] ?? false,
    rateLimitPerMinute: numberOption(values, 'rate-limit-per-minute', { min: 1, max: 100_000 }),
  });
  const accountLines: string[] = [];
  if (seedFile) {
    const seeded = applySeedFile(emulator.store, seedFile);
    accountLines.push(`Account from ${resolve(values['seed-file'] ?? '')}:`);
    for (const app of seeded.apps) {
      accountLines.push(`  app: ${app.name} (${app.bundleId}, id ${app.id})`);
    }
  } else {
    const demo = seedDemoAccount(emulator.store);
    accountLines.push(`Demo app: ${demo.app.name} (${demo.app.bundleId}, id ${demo.app.id})`);
  }
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
    vendorNumber: defaultVendorNumber,
  };
  // Written whole, then renamed: whoever waits for the file never reads half of it.
  const credentialsPath = resolve(outDir, 'credentials.json');
  await writeFile(`${credentialsPath}.tmp`, `${JSON.stringify(credentials, null, 2)}\n`);
  await rename(`${credentialsPath}.tmp`, credentialsPath);
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
  for (const line of accountLines) console.log(line);
  console.log(`Vendor number for reports: ${defaultVendorNumber}`);
  console.log(`Credentials: ${credentialsPath}`);
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
  if (error instanceof OptionError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
  }
  process.exit(1);
});
