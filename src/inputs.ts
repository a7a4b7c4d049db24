import * as core from '@actions/core';
import { loadPrivateKey, type LoadedPrivateKey } from './auth/private-key.js';
import { InputError } from './input-error.js';
import { findOperation, operationNames, type AnyOperation } from './operations/registry.js';

/** Reads one action input as the runner passes it (`INPUT_<NAME>`); '' when absent. */
export type ReadInput = (name: string) => string;

const defaultApiBaseUrl = 'https://api.appstoreconnect.apple.com';

/**
 * Typed access to the action's inputs. The only place inputs are read: operations receive a reader
 * in their `parse` step, which runs before anything is sent, so bad input never follows a write.
 */
export class InputReader {
  constructor(
    private readonly read: ReadInput,
    private readonly onSecret: (secret: string) => void = () => undefined,
  ) {}

  /** Like `optional`, for a secret (a password): masked in the log before anything else sees it. */
  secret(name: string): string | undefined {
    const value = this.optional(name);
    if (value !== undefined) this.onSecret(value);
    return value;
  }

  /** Trimmed text; undefined when empty. */
  optional(name: string): string | undefined {
    const value = this.read(name).trim();
    return value === '' ? undefined : value;
  }

  required(name: string, why = 'it is required'): string {
    const value = this.optional(name);
    if (value === undefined) throw new InputError(name, `it is empty, but ${why}`);
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (/^(true|yes|1)$/i.test(value)) return true;
    if (/^(false|no|0)$/i.test(value)) return false;
    throw new InputError(name, `'${value}' is not a boolean; use true or false`);
  }

  /** undefined when empty, so that callers can tell "not given" from false. */
  optionalBoolean(name: string): boolean | undefined {
    return this.optional(name) === undefined ? undefined : this.boolean(name, false);
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const value = this.optionalInteger(name, range);
    return value ?? fallback;
  }

  optionalInteger(name: string, range: { min: number; max: number }): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw new InputError(name, `'${value}' is not a whole number`);
    const number = Number(value);
    if (number < range.min || number > range.max) {
      throw new InputError(name, `${number} is out of range; use ${range.min} to ${range.max}`);
    }
    return number;
  }

  number(name: string, fallback: number, range: { min: number; max: number }): number {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (!Number.isFinite(number)) throw new InputError(name, `'${value}' is not a number`);
    if (number < range.min || number > range.max) {
      throw new InputError(name, `${number} is out of range; use ${range.min} to ${range.max}`);
    }
    return number;
  }

  /** Items separated by commas and/or newlines, trimmed, empty ones dropped. */
  list(name: string): string[] {
    return splitList(this.read(name));
  }

  /** Items separated by newlines only (for values that may contain commas). */
  lines(name: string): string[] {
    return this.read(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  /** One of `allowed` (matched case-insensitively, returned as spelled in `allowed`). */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  choice<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const match = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
    if (!match) {
      throw new InputError(name, `'${value}' is not one of ${allowed.join(', ')}`);
    }
    return match;
  }
}

export function splitList(text: string): string[] {
  return text
    .split(/[,\r\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

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

/** Everything the action was asked to do, validated. */
export interface Settings {
  operation: AnyOperation;
  operationInputs: unknown;
  auth: AuthSettings;
  api: ApiSettings;
  dryRun: boolean;
  /** Said once in the log; nothing stops the run. */
  warnings: string[];
}

/** Warnings about the settings, for the log (the run goes on). */
function settingWarnings(api: ApiSettings): string[] {
  const url = new URL(api.baseUrl);
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return [
      `api-base-url ${api.baseUrl} is plain http to another machine: tokens travel unencrypted. Use https unless this is a test server on a network you trust.`,
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
  return url.href.replace(/\/+$/, '');
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
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
 * Reads and validates every input the chosen operation needs. Throws InputError, naming the input,
 * on the first problem; nothing has been sent by then.
 */
export function readSettings(
  read: ReadInput = (name) => core.getInput(name),
  env: NodeJS.ProcessEnv = process.env,
  onSecret: (secret: string) => void = core.setSecret,
): Settings {
  const inputs = new InputReader(read, onSecret);
  const operationName = inputs.required(
    'operation',
    `it names what to do: ${operationNames().join(', ')}`,
  );
  const operation = findOperation(operationName);
  if (!operation) {
    throw new InputError(
      'operation',
      `'${operationName}' is not an operation of this action; use one of ${operationNames().join(', ')}`,
    );
  }

  const auth = readAuth(inputs, onSecret);

  const api: ApiSettings = {
    baseUrl: readApiBaseUrl(inputs),
    maxConcurrency: inputs.integer('max-concurrency', 4, { min: 1, max: 16 }),
    requestTimeoutMs: inputs.integer('request-timeout-seconds', 60, { min: 1, max: 600 }) * 1000,
    maxAttempts: inputs.integer('max-retries', 4, { min: 0, max: 10 }) + 1,
    timeScale: readTimeScale(env),
  };
  const dryRun = inputs.boolean('dry-run', false);
  const operationInputs = operation.parse(inputs);
  return { operation, operationInputs, auth, api, dryRun, warnings: settingWarnings(api) };
}
