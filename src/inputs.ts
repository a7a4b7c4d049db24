import { loadPrivateKey, type LoadedPrivateKey } from './auth/private-key.js';
import { isLoopbackHost } from './asc/plain-http.js';
import { InputError } from './input-error.js';
import type { InputReader } from './input-reader.js';

const defaultApiBaseUrl = 'https://api.appstoreconnect.apple.com';

export interface AuthSettings {
  keyId: string;
  issuerId?: string;
  privateKey: LoadedPrivateKey;
  tokenScope?: string[];
}

export interface ApiSettings {
  baseUrl: string;
  maxConcurrency: number;
  requestTimeoutMs: number;
  maxAttempts: number;
  /** Multiplies every wait (backoff, polling); from ASC_ACTION_TIME_SCALE, for tests and the emulator. */
  timeScale: number;
}

/** The common settings of every operation, validated; each operation reads its own inputs. */
export interface Settings {
  /** One of the names the caller knows (lower-cased). */
  operation: string;
  auth: AuthSettings;
  api: ApiSettings;
  dryRun: boolean;
  /** Said once in the log; nothing stops the run. */
  warnings: string[];
}

/** Warnings about the settings, for the log (the run goes on). */
function settingWarnings(api: ApiSettings): string[] {
  const url = new URL(api.baseUrl);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return [
      `api-base-url ${api.baseUrl} is plain http to another machine: tokens travel unencrypted (allowed by allow-insecure-http).`,
    ];
  }
  return [];
}

function readApiBaseUrl(inputs: InputReader): string {
  const value = inputs.optional('api-base-url') ?? defaultApiBaseUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError('api-base-url', `'${value}' is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('api-base-url', `'${value}' is not an http(s) URL`);
  }
  if (url.search || url.hash) {
    throw new InputError('api-base-url', `'${value}' must not have a query or fragment`);
  }
  // A token over plain http to another machine can be read on the way; a typo of Apple's URL
  // with http:// would send it so. Loopback (a local emulator) never leaves this machine.
  if (
    url.protocol === 'http:' &&
    !isLoopbackHost(url.hostname) &&
    !inputs.boolean('allow-insecure-http', false)
  ) {
    throw new InputError(
      'api-base-url',
      `'${value}' is plain http to another machine, which would send the token unencrypted; use https, or set allow-insecure-http: true for a test server on a network you trust`,
    );
  }
  return url.href.replace(/\/+$/, '');
}

function readTimeScale(env: NodeJS.ProcessEnv): number {
  const value = env.ASC_ACTION_TIME_SCALE?.trim();
  if (!value) return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale < 0 || scale > 1) {
    throw new InputError('ASC_ACTION_TIME_SCALE', `'${value}' is not a number from 0 to 1`);
  }
  return scale;
}

/** Masks a pasted key before it is parsed, so that even a refused one never reaches the log. */
function maskPastedKey(value: string, onSecret: (secret: string) => void): void {
  if (value.length < 100) return; // a path, which is not secret and names the file in errors
  onSecret(value);
  for (const line of value.split(/\r?\n|\\n/)) if (line.trim().length >= 8) onSecret(line.trim());
}

function readAuth(inputs: InputReader, onSecret: (secret: string) => void): AuthSettings {
  const keyId = inputs.required('key-id');
  if (!/^[\x21-\x7e]{1,100}$/.test(keyId)) {
    throw new InputError(
      'key-id',
      `it must be the key's ID as App Store Connect shows it (like 2X9R4HXF34), without spaces`,
    );
  }
  const issuerId = inputs.optional('issuer-id');
  if (issuerId !== undefined && !/^[\x21-\x7e]{1,100}$/.test(issuerId)) {
    throw new InputError(
      'issuer-id',
      `it must be the team's issuer ID as App Store Connect shows it (a UUID), without spaces`,
    );
  }
  const privateKeyInput = inputs.required('private-key');
  maskPastedKey(privateKeyInput, onSecret);
  const privateKey = loadPrivateKey(privateKeyInput);
  for (const secret of privateKey.secrets) onSecret(secret);
  const tokenScope = inputs.lines('token-scope');
  return {
    keyId,
    ...(issuerId ? { issuerId } : {}),
    privateKey,
    ...(tokenScope.length > 0 ? { tokenScope } : {}),
  };
}

/**
 * Reads and validates the common inputs: the operation's name (one of `operations`), the key, the
 * API settings and dry-run. Throws InputError, naming the input, on the first problem; nothing has
 * been sent by then. It knows no operation: the caller hands the operation the same reader.
 */
export function readSettings(
  inputs: InputReader,
  operations: readonly string[],
  mask: (secret: string) => void,
): Settings {
  const operation = inputs.required('operation', `it names what to do: ${operations.join(', ')}`);
  const wanted = operation.toLowerCase();
  if (!operations.includes(wanted)) {
    throw new InputError(
      'operation',
      `'${operation}' is not an operation of this action; use one of ${operations.join(', ')}`,
    );
  }

  const auth = readAuth(inputs, mask);

  const api: ApiSettings = {
    baseUrl: readApiBaseUrl(inputs),
    maxConcurrency: inputs.integer('max-concurrency', 4, { min: 1, max: 16 }),
    requestTimeoutMs: inputs.integer('request-timeout-seconds', 60, { min: 1, max: 600 }) * 1000,
    maxAttempts: inputs.integer('max-retries', 4, { min: 0, max: 10 }) + 1,
    timeScale: readTimeScale(inputs.env),
  };
  const dryRun = inputs.boolean('dry-run', false);
  return { operation: wanted, auth, api, dryRun, warnings: settingWarnings(api) };
}
